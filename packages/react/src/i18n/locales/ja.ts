import type { CompleteMessages, KnownUnit } from '../types';

/** Japanese counts take a counter, written right after the number. */
const counters: Record<KnownUnit, string> = {
  videos: '本',
  images: '枚',
  items: '件',
  reports: '件',
  webpages: 'ページ',
  percent: '％',
};
const names: Record<KnownUnit, string> = {
  videos: '動画数',
  images: '画像数',
  items: '件数',
  reports: '通報件数',
  webpages: 'ページ数',
  percent: '割合',
};

/** What stands where a figure is missing (a table cell, a country, a gap): not zero. */
const noData = 'データなし';

/** 日本語. */
export const ja: CompleteMessages = {
  locale: 'ja',
  sentence: ['。', ''],
  source: '出典',
  sources: '出典',
  noSource: '発行元の文書は見つかりませんでした',
  cited: '報告書の引用元',
  check: '検証',
  thePublisher: '発行元',
  statuses: {
    confirmed: '確認済み',
    corrected: '訂正あり',
    'different-count': '別のものを数えている',
    unverified: '未検証',
  },
  ownFigure: ({ publisher, period, value, of, label, seed }) =>
    `${publisher}自身の数値${period ? `（${period}）` : ''}：${value}${of ? `（対象：${of}）` : label ? `（${label}）` : ''}${seed ? `（報告書では${seed}）` : ''}`,
  showData: 'データを表示',
  hideData: 'データを隠す',
  cantDraw: 'このグラフは描画できません。データに問題があります。',
  moreProblems: (count) => `ほか${count}件`,
  cantShowList: 'この一覧は表示できません。データに問題があります。',
  unit: (unit) => counters[unit as KnownUnit] ?? unit,
  unitName: (unit) => names[unit as KnownUnit] ?? unit,
  valueWithUnit: (value, unitWord) =>
    /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}％]/u.test(unitWord)
      ? `${value}${unitWord}`
      : `${value} ${unitWord}`,
  labelled: (label, value) => `${label}：${value}`,
  period: '期間',
  valueIn: (unitWord) => `値（${unitWord}）`,
  partialPeriod: '部分期間',
  partialPeriodOf: (label) => `${label}（部分期間）`,
  partialNote: '斜線の棒は部分期間（例：半期）で、1年分ではありません。',
  logNote: '対数目盛：目盛線は1本上がるごとに10倍になります。',
  changeSpan: (from, to) => `${from}から${to}（算出値）`,
  noChange: ({ from, fromMonths, to, toMonths }) => {
    const covers = (label: string, months: number | undefined) =>
      months === undefined ? `${label}は日付が読み取れません` : `${label}は${months}か月分`;
    return `変化は示していません。${covers(from, fromMonths)}、${covers(to, toMonths)}で、比較できないためです。`;
  },
  needTwoPeriods: '変化を示すには、少なくとも2つの期間が必要です。',
  provider: '事業者',
  change: '変化',
  newReporter: '初めての通報',
  reportsClaim: (label) => `${label}（報告書の主張）`,
  shareNote: ({ count, total }) =>
    `割合は表示中の${count}つの数値の合計（${total}）に対するもので、ここで計算しています。発行元は公表していません。`,
  shareOfThese: ({ share, count }) => `表示中の${count}つの数値の合計の${share}`,
  shareHeader: '割合',
  percentHeader: 'パーセント',
  ofHeader: '対象',
  shareOf: (share, of) => (of ? `${of}の${share}` : share),
  noRow: (row) => `データに${row}行目はありません。`,
  group: 'グループ',
  points: (difference) => `${difference}ポイント`,
  difference: ({ a, av, b, bv, points }) => `${a}は${av}、${b}は${bv}で、差は${points}です。`,
  legendShare: '合計に占める割合',
  legendCount: '件数',
  noData,
  outlined: ({ name, value, period }) => `枠線：${name}、合計の${value}${period ? `（${period}）` : ''}。`,
  country: '国・地域',
  code: 'コード',
  countIn: (unitWord) => `件数（${unitWord}）`,
  leftOffMap: 'この行は地図に表示されません。',
  lawStatuses: {
    signed: '署名・成立',
    law: '法律',
    'passed-one-chamber': '一院で可決',
    pending: '審議待ち',
    'in-progress': '審議中',
  },
  reportSays: (status) => `（報告書では：${status}）`,
  reportDescribes: (text) => `報告書の説明：「${text}」`,
  checkedIn: (month) => `${month}時点で確認した状況です。`,
  lawCheck: (note) => `検証：${note}`,
  noFigure: '有効な数値がありません。値が欠けているか、数値ではありません。',
  sourcesTitle: '出典',
  download: 'ダウンロード',
  downloadCsv: 'データ（CSV）',
  downloadSvg: '画像（SVG）',
  downloadPng: '画像（PNG）',
  downloadBlocked: 'このページのセキュリティ設定により、画像をダウンロードできません。',
  downloadFailed: '画像を作成できませんでした。',
  copyEmbed: '埋め込みコードをコピー',
  embedCopied: '埋め込みコードをコピーしました。',
  copyEmbedManual: 'このボックスから埋め込みコードをコピーしてください：',
  notOnMap: (list) => `この地図の範囲外：${list}。`,
  halfYear: (half, year) => `${year}年${half === 1 ? '上半期' : '下半期'}`,
  untitled: 'グラフ',
  figuresNotFound: (name) =>
    name
      ? `このページは、グラフパッケージにないデータ（「${name}」）を指定しています。埋め込みコードのデータセット名を確認してください。`
      : 'このページはグラフにデータを渡していません。埋め込みコードを確認してください。データセット名か独自のデータが必要です。',
  chartNotFound: (name) =>
    `このページは、グラフパッケージにない種類のグラフ（「${name}」）を指定しています。埋め込みコードのグラフ名を確認してください。`,
  figuresUnreadable:
    'このページの埋め込みコードにあるデータを読み取れませんでした。埋め込みコードを確認してください。',
  codeNotLoaded:
    'このグラフは描画できません。プログラムを読み込めませんでした。ページを再読み込みしてください。',
  // Problems with a dataset (ProblemWords).
  problemAt: ({ row, field, csv }, text) =>
    csv && row === null && !field
      ? `ファイル：${text}`
      : `${row === null ? (csv ? 'ファイルの列' : 'フィールド') : `${row}行目、${csv ? '列' : 'フィールド'}`}「${field}」：${text}`,
  found: ({ kind, text = '' }) =>
    ({
      nothing: 'なし',
      null: 'null',
      text: `文字列「${text}」`,
      number: text,
      'not-a-number': 'NaN',
      boolean: text,
      array: '配列',
      object: 'オブジェクト',
      other: 'その他の値',
    })[kind],
  problems: {
    unreadable: () => '読み取れませんでした。',
    'not-dataset': (p) => `データセットまたは行のリストが必要です（実際の値：${p.found}）。`,
    'not-rows': (p) => `行のリストが必要です（実際の値：${p.found}）。`,
    'no-rows': () => '行が1つもないため、描画するものがありません。',
    'not-object': (p) => `オブジェクトが必要です（実際の値：${p.found}）。`,
    'missing-number': (p) => `値がありません。数値が必要です（実際の値：${p.found}）。`,
    'not-number': (p) => `数値が必要です（実際の値：${p.found}）。`,
    'not-a-number': () => '値がNaNで、数値ではありません。',
    infinite: (p) => `値が${p.positive ? 'Infinity' : '-Infinity'}です。有限の数値が必要です。`,
    negative: (p) => `値が${p.value}です。件数に負の値は使えません。`,
    'percent-range': (p) => `値が${p.value}です。割合は0から100の範囲で指定してください。`,
    'missing-text': (p) => `値がありません。テキストが必要です（実際の値：${p.found}）。`,
    'not-text': (p) => `テキストが必要です（実際の値：${p.found}）。`,
    'empty-text': () => '値が空です。テキストが必要です。',
    'too-long': (p) => `${p.value}文字あります。${p.limit}文字以内にしてください。`,
    'not-boolean': (p) => `trueまたはfalseが必要です（実際の値：${p.found}）。`,
    'not-source': (p) => `出典 { publisher, title } が必要です（実際の値：${p.found}）。`,
    'not-sources': (p) => `出典 { publisher, title } のリストが必要です（実際の値：${p.found}）。`,
    'not-verification': (p) => `検証 { status, note } が必要です（実際の値：${p.found}）。`,
    'not-one-of': (p) => `${p.choices}のいずれかが必要です（実際の値：${p.found}）。`,
    'not-text-list': (p) => `テキストのリストが必要です（実際の値：${p.found}）。`,
    'not-list': (p) => `リストが必要です（実際の値：${p.found}）。`,
    'not-dates': (p) => `日付 { label, date } のリストが必要です（実際の値：${p.found}）。`,
    'not-codes': (p) => `国コードのリストが必要です（実際の値：${p.found}）。`,
    'missing-period': (p) =>
      `値がありません。期間 { start, end, label } が必要です（実際の値：${p.found}）。`,
    'not-period': (p) => `期間 { start, end, label } が必要です（実際の値：${p.found}）。`,
    'bad-date': (p) => `YYYY-MM-DD形式の日付が必要です（実際の値：${p.found}）。`,
    'end-before-start': (p) => `終了日（${p.end}）が開始日（${p.start}）より前です。`,
    'bad-unit': (p) =>
      `${p.choices}など、数値が数えている対象を表す短い語が必要です（実際の値：${p.found}）。`,
    'bad-stage': (p) => `${p.choices}などの段階、または独自の段階が必要です（実際の値：${p.found}）。`,
    'not-code': (p) => `"NLD"や"NL"のようなISO 3166-1の国コードが必要です（実際の値：${p.found}）。`,
    'unknown-code': (p) => `「${p.code}」はISO 3166-1 alpha-3またはalpha-2の国コードではありません。`,
    'unknown-member': (p) => `${p.found}はISO 3166-1 alpha-3の国コードではありません。`,
    'duplicate-code': (p) =>
      `「${p.code}」はすでに${p.firstRow}行目にあります。各国は1回だけ記載してください。`,
    'percent-or-count': () => '値がなく、「count」もありません。各行にはどちらか一方が必要です。',
    'shares-over-100': (p) => `各行の割合の合計が${p.value}％で、100％を超えています。`,
    'csv-empty': () => '空です。描画するものがありません。',
    'csv-columns': (p) => `見つかりません。1行目には${p.allOf}の列名が必要です。`,
    'csv-not-number': (p) =>
      `${p.found}は数値ではありません${p.decimalComma ? '（このファイルは小数点にカンマを使っています）' : ''}。`,
    'csv-not-period': (p) =>
      `${p.found}は期間ではありません。2024、2024-03、2024年3月、Q3 2024、H1 2025、または2024-04-01/2025-03-31の形式で書いてください。`,
    'csv-no-values': (p) =>
      `数値の列がありません。1列目に期間（またはラベル、国）を、次の列に数値を入れてください。列は${p.allOf}です。`,
    'csv-value-column': (p) => `「${p.column}」という列はありません。列は${p.allOf}です。`,
    'csv-fraction-in-counts': (p) =>
      `${p.found}は整数の列にある小数です。${p.value}のことですか？確実にするには、区切り記号なしで（${p.digits}）書いてください。`,
    'csv-mixed-numbers': (p) =>
      `${p.found}は小数点に${p.decimalComma ? 'ピリオド' : 'カンマ'}を使っていますが、このファイルの数値は小数点に${p.decimalComma ? 'カンマ' : 'ピリオド'}を使っています。ほかの行と同じ書き方にしてください。`,
    'csv-duplicate': (p) =>
      `${p.found}はすでに${p.firstRow}行目にあります。各項目は1回だけ記載してください。`,
    'csv-not-country': (p) =>
      `${p.found}はグラフが認識できる国ではありません。国名を日本語か英語で、またはISOコード（NLDまたはNL）で書いてください。`,
    'csv-no-data': (p) => `${p.found}は数値ではありません。0ではなく「${noData}」として表示します。`,
    'csv-gap': (p) =>
      `${p.found}はファイルにありません（${p.start}と${p.end}の間）。データなしの空白として表示します。`,
    'csv-total-row': (p) => `${p.found}は合計のため、グラフには含めません。`,
    'csv-footnote': (p) => `${p.found}は表の下にあるため、数値として読み取りません。`,
    'csv-other-columns': (p) =>
      `グラフは「${p.column}」を表示しています。ファイルには${p.allOf}の列もあります。別の列を表示するには、その列を指定してください。`,
  },
};
