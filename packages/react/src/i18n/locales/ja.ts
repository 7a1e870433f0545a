import type { KnownUnit, Messages } from '../types';

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

/** 日本語. */
export const ja: Messages = {
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
  changeSpan: (from, to) => `${from}から${to}`,
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
  noData: 'データなし',
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
};
