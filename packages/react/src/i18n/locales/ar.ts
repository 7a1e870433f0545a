import { type CompleteMessages, type KnownUnit, plural } from '../types';

type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Arabic counts: one, two (dual), few (3–10, plural), many (11–99) and other (100…, tamyiz in the singular). */
const units: Record<KnownUnit, Forms> = {
  videos: {
    one: 'مقطع فيديو',
    two: 'مقطعا فيديو',
    few: 'مقاطع فيديو',
    many: 'مقطع فيديو',
    other: 'مقطع فيديو',
  },
  images: { one: 'صورة', two: 'صورتان', few: 'صور', many: 'صورة', other: 'صورة' },
  items: { one: 'مادة', two: 'مادتان', few: 'مواد', many: 'مادة', other: 'مادة' },
  reports: { one: 'بلاغ', two: 'بلاغان', few: 'بلاغات', many: 'بلاغًا', other: 'بلاغ' },
  webpages: { one: 'صفحة ويب', two: 'صفحتا ويب', few: 'صفحات ويب', many: 'صفحة ويب', other: 'صفحة ويب' },
  percent: { other: 'بالمئة' },
};
const names: Record<KnownUnit, string> = {
  videos: 'مقاطع الفيديو',
  images: 'الصور',
  items: 'المواد',
  reports: 'البلاغات',
  webpages: 'صفحات الويب',
  percent: 'النسبة المئوية',
};

/** Text from the data (a value found, a country code) isolated, so its numbers and signs keep their order. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** What stands where a figure is missing (a table cell, a country, a gap): not zero. */
const noData = 'لا بيانات';

/** العربية. */
export const ar: CompleteMessages = {
  locale: 'ar',
  sentence: ['.', ' '],
  source: 'المصدر',
  sources: 'المصادر',
  noSource: 'لم يُعثر على وثيقة من الجهة الناشرة',
  cited: 'المصدر الذي يستشهد به التقرير',
  check: 'التحقق',
  thePublisher: 'الجهة الناشرة',
  statuses: {
    confirmed: 'مؤكَّد',
    corrected: 'مصحَّح',
    'different-count': 'يحصي شيئًا آخر',
    unverified: 'غير متحقَّق منه',
  },
  ownFigure: ({ publisher, period, value, of, label, seed }) =>
    `الرقم الخاص بـ${publisher}${period ? ` عن ${period}` : ''}: ${value}${of ? ` من ${of}` : label ? ` (${label})` : ''}${seed ? ` (يذكر التقرير ${seed})` : ''}`,
  showData: 'عرض البيانات',
  hideData: 'إخفاء البيانات',
  cantDraw: 'لا يمكن رسم هذا المخطط: في بياناته مشكلة.',
  moreProblems: (count) => `…و${count} مشكلات أخرى.`,
  cantShowList: 'لا يمكن عرض هذه القائمة: في بياناتها مشكلة.',
  unit: (unit, count) => {
    const forms = units[unit as KnownUnit];
    return forms ? (forms[plural('ar', count)] ?? forms.other) : unit;
  },
  unitName: (unit) => names[unit as KnownUnit] ?? unit,
  valueWithUnit: (value, unitWord) => `${value} ${unitWord}`,
  labelled: (label, value) => `${label}: ${value}`,
  period: 'الفترة',
  valueIn: (unitWord) => `القيمة (${unitWord})`,
  partialPeriod: 'فترة جزئية',
  partialPeriodOf: (label) => `${label} (فترة جزئية)`,
  partialNote: 'الأعمدة المظلَّلة بخطوط فترات جزئية (مثل نصف سنة)، وليست سنوات كاملة.',
  logNote: 'مقياس لوغاريتمي: كل خط يساوي عشرة أضعاف الخط الذي تحته.',
  changeSpan: (from, to) => `من ${from} إلى ${to} (محسوب)`,
  noChange: ({ from, fromMonths, to, toMonths }) => {
    const covers = (label: string, months: number | undefined) =>
      months === undefined
        ? `${label} بلا تواريخ مقروءة`
        : `${label} تغطي ${months} ${months >= 3 && months <= 10 ? 'أشهر' : 'شهرًا'}`;
    return `لا يُعرض أي تغيُّر: ${covers(from, fromMonths)} و${covers(to, toMonths)}، فلا تجوز المقارنة بينهما.`;
  },
  needTwoPeriods: 'يحتاج هذا المخطط إلى فترتين على الأقل لعرض التغيُّر.',
  provider: 'الشركة',
  change: 'التغيُّر',
  newReporter: 'يبلِّغ لأول مرة',
  // The report's Latin label is isolated, so its numbers and signs keep their order inside Arabic text.
  reportsClaim: (label) => `\u2068${label}\u2069 (بحسب التقرير)`,
  shareNote: ({ count, total }) =>
    `الحصص من مجموع هذه الأرقام الـ${count} (${total})، محسوبة هنا: لا تنشرها أي جهة.`,
  shareOfThese: ({ share, count }) => `${share} من مجموع هذه الأرقام الـ${count}`,
  shareHeader: 'الحصة',
  percentHeader: 'النسبة المئوية',
  ofHeader: 'من',
  shareOf: (share, of) => (of ? `${share} من ${of}` : share),
  noRow: (row) => `لا يوجد في البيانات صف رقم ${row}.`,
  group: 'الفئة',
  points: (difference) => `${difference} نقطة مئوية`,
  difference: ({ a, av, b, bv, points }) => `${a} ${av} مقابل ${b} ${bv}: فارق قدره ${points}.`,
  legendShare: 'الحصة من المجموع',
  legendCount: 'العدد',
  noData,
  outlined: ({ name, value, period }) =>
    `محاطة بخط: ${name}، ${value} من المجموع${period ? ` (${period})` : ''}.`,
  country: 'البلد أو الإقليم',
  code: 'الرمز',
  countIn: (unitWord) => `العدد (${unitWord})`,
  leftOffMap: 'لا يظهر هذا الصف على الخريطة.',
  lawStatuses: {
    signed: 'وُقِّع ليصبح قانونًا',
    law: 'قانون',
    'passed-one-chamber': 'أقرَّه أحد المجلسين',
    pending: 'قيد الانتظار',
    'in-progress': 'قيد الإجراء',
  },
  reportSays: (status) => `(بحسب التقرير: ${status})`,
  reportDescribes: (text) => `يصفه التقرير هكذا: «${text}»`,
  checkedIn: (month) => `الحالات كما تُحقِّق منها في ${month}.`,
  lawCheck: (note) => `التحقق: ${note}`,
  noFigure: 'لا رقم صالحًا للعرض: القيمة مفقودة أو ليست رقمًا.',
  sourcesTitle: 'المصادر',
  download: 'تنزيل',
  downloadCsv: 'البيانات (CSV)',
  downloadSvg: 'صورة (SVG)',
  downloadPng: 'صورة (PNG)',
  downloadBlocked: 'إعدادات الأمان في هذه الصفحة تمنع تنزيل الصورة.',
  downloadFailed: 'تعذّر إنشاء الصورة.',
  copyEmbed: 'نسخ رمز التضمين',
  embedCopied: 'تم نسخ رمز التضمين.',
  copyEmbedManual: 'انسخ رمز التضمين من هذا المربع:',
  notOnMap: (list) => `خارج هذه الخريطة: ${list}.`,
  halfYear: (half, year) => `${half === 1 ? 'النصف الأول' : 'النصف الثاني'} ${year}`,
  untitled: 'مخطط',
  figuresNotFound: (name) =>
    name
      ? `تطلب هذه الصفحة أرقامًا لا توجد في حزمة المخططات («${name}»). تحقّق من اسم مجموعة البيانات في شيفرة التضمين.`
      : 'لا تعطي هذه الصفحة المخطط أي أرقام. تحقّق من شيفرة التضمين: تحتاج إلى اسم مجموعة بيانات أو أرقام خاصة بها.',
  chartNotFound: (name) =>
    `تطلب هذه الصفحة نوعًا من المخططات لا يوجد في حزمة المخططات («${name}»). تحقّق من اسم المخطط في شيفرة التضمين.`,
  figuresUnreadable: 'تعذّرت قراءة الأرقام في شيفرة التضمين في هذه الصفحة. تحقّق من شيفرة التضمين.',
  codeNotLoaded: 'لا يمكن رسم هذا المخطط: تعذّر تحميل شيفرته. جرّب إعادة تحميل الصفحة.',
  // Problems with a dataset (ProblemWords).
  problemAt: ({ row, field, csv }, text) =>
    csv && row === null && !field
      ? `الملف ${text}`
      : `${row === null ? (csv ? 'الملف، العمود' : 'الحقل') : `الصف ${row}، ${csv ? 'العمود' : 'الحقل'}`} «${field}»: ${text}`,
  found: ({ kind, text = '' }) =>
    ({
      nothing: 'لا شيء',
      null: 'null',
      text: `النص «${isolate(text)}»`,
      number: text,
      'not-a-number': 'NaN',
      boolean: text,
      array: 'مصفوفة',
      object: 'كائن',
      other: 'شيء آخر',
    })[kind],
  problems: {
    unreadable: () => 'تعذّرت قراءته.',
    'not-dataset': (p) => `المتوقَّع مجموعة بيانات أو قائمة صفوف، والموجود: ${p.found}.`,
    'not-rows': (p) => `المتوقَّع قائمة صفوف، والموجود: ${p.found}.`,
    'no-rows': () => 'لا توجد صفوف، فلا شيء لرسمه.',
    'not-object': (p) => `المتوقَّع كائن، والموجود: ${p.found}.`,
    'missing-number': (p) => `القيمة مفقودة: المتوقَّع رقم، والموجود: ${p.found}.`,
    'not-number': (p) => `المتوقَّع رقم، والموجود: ${p.found}.`,
    'not-a-number': () => 'القيمة NaN، وهي ليست رقمًا.',
    infinite: (p) => `القيمة ${p.positive ? 'Infinity' : '-Infinity'}: المتوقَّع رقم منتهٍ.`,
    negative: (p) => `القيمة ${p.value}: لا يمكن أن يكون العدد سالبًا.`,
    'percent-range': (p) => `القيمة ${p.value}: يجب أن تكون النسبة المئوية بين 0 و100.`,
    'missing-text': (p) => `القيمة مفقودة: المتوقَّع نص، والموجود: ${p.found}.`,
    'not-text': (p) => `المتوقَّع نص، والموجود: ${p.found}.`,
    'empty-text': () => 'القيمة فارغة: المتوقَّع نص.',
    'too-long': (p) => `عدد أحرف النص ${p.value}، والحد الأقصى المسموح به ${p.limit}.`,
    'not-boolean': (p) => `المتوقَّع true أو false، والموجود: ${p.found}.`,
    'not-source': (p) => `المتوقَّع مصدر { publisher, title }، والموجود: ${p.found}.`,
    'not-sources': (p) => `المتوقَّع قائمة مصادر { publisher, title }، والموجود: ${p.found}.`,
    'not-verification': (p) => `المتوقَّع تحقُّق { status, note }، والموجود: ${p.found}.`,
    'not-one-of': (p) => `المتوقَّع ${p.choices}، والموجود: ${p.found}.`,
    'not-text-list': (p) => `المتوقَّع قائمة نصوص، والموجود: ${p.found}.`,
    'not-list': (p) => `المتوقَّع قائمة، والموجود: ${p.found}.`,
    'not-dates': (p) => `المتوقَّع قائمة تواريخ { label, date }، والموجود: ${p.found}.`,
    'not-codes': (p) => `المتوقَّع قائمة رموز بلدان، والموجود: ${p.found}.`,
    'missing-period': (p) => `القيمة مفقودة: المتوقَّع فترة { start, end, label }، والموجود: ${p.found}.`,
    'not-period': (p) => `المتوقَّع فترة { start, end, label }، والموجود: ${p.found}.`,
    'bad-date': (p) => `المتوقَّع تاريخ بصيغة YYYY-MM-DD، والموجود: ${p.found}.`,
    'end-before-start': (p) => `النهاية (${p.end}) تسبق البداية (${p.start}).`,
    'bad-unit': (p) => `المتوقَّع كلمة قصيرة لما تُحصيه الأرقام، مثل ${p.choices}، والموجود: ${p.found}.`,
    'bad-stage': (p) => `المتوقَّع مرحلة مثل ${p.choices} أو مرحلة من اختيارك، والموجود: ${p.found}.`,
    'not-code': (p) => `المتوقَّع رمز بلد وفق ISO 3166-1 مثل "NLD" أو "NL"، والموجود: ${p.found}.`,
    'unknown-code': (p) => `«${isolate(p.code)}» ليس رمز بلد وفق ISO 3166-1 alpha-3 أو alpha-2.`,
    'unknown-member': (p) => `${p.found} ليس رمز بلد وفق ISO 3166-1 alpha-3.`,
    'duplicate-code': (p) =>
      `«${isolate(p.code)}» موجود من قبل في الصف ${p.firstRow}: اذكر كل بلد مرة واحدة فقط.`,
    'percent-or-count': () => 'القيمة مفقودة، وكذلك «count»: يحتاج كل صف إلى إحداهما.',
    'shares-over-100': (p) => `مجموع حصص الصفوف ${p.value}%، أي أكثر من 100%.`,
    'csv-empty': () => 'فارغ: لا شيء لرسمه.',
    'csv-columns': (p) => `غير موجود؛ يجب أن يذكر الصف الأول أسماء الأعمدة ${p.allOf}.`,
    'csv-not-number': (p) =>
      `${p.found} ليس رقمًا${p.decimalComma ? ' (يستخدم هذا الملف الفاصلة العشرية)' : ''}.`,
    'csv-not-period': (p) =>
      `${p.found} ليس فترة: اكتب 2024، 2024-03، مارس 2024، Q3 2024، H1 2025 أو 2024-04-01/2025-03-31.`,
    'csv-no-values': (p) =>
      `لا يحتوي على عمود أرقام: يذكر العمود الأول الفترات (أو التسميات، أو البلدان)، ويحمل العمود التالي الأرقام. الأعمدة هي ${p.allOf}.`,
    'csv-value-column': (p) => `«${isolate(p.column)}» ليس عمودًا في هذا الملف: الأعمدة هي ${p.allOf}.`,
    'csv-fraction-in-counts': (p) =>
      `${p.found} عدد كسري في عمود أعداد صحيحة: هل تقصد ${p.value}؟ للتأكد، اكتبه دون فاصل (${isolate(p.digits)}).`,
    'csv-mixed-numbers': (p) =>
      `${p.found} مكتوب ب${p.decimalComma ? 'نقطة' : 'فاصلة'} عشرية، لكن هذا الملف يكتب أرقامه ب${p.decimalComma ? 'فاصلة' : 'نقطة'} عشرية: اكتبه كما في الصفوف الأخرى.`,
    'csv-duplicate': (p) => `${p.found} موجود من قبل في الصف ${p.firstRow}: اذكر كل إدخال مرة واحدة فقط.`,
    'csv-not-country': (p) =>
      `${p.found} ليس بلدًا يعرفه المخطط: اكتب اسمه بالعربية أو بالإنجليزية، أو رمز ISO الخاص به (NLD أو NL).`,
    'csv-no-data': (p) => `${p.found} ليس رقمًا: يُعرض «${noData}»، لا 0.`,
    'csv-gap': (p) =>
      `${p.found} غير موجود في الملف، بين ${isolate(p.start)} و${isolate(p.end)}: يُعرض فجوةً بلا بيانات.`,
    'csv-total-row': (p) => `${p.found} مجموع، فلا يُرسم في المخطط.`,
    'csv-footnote': (p) => `${p.found} تحت الجدول، فلا يُقرأ رقمًا.`,
    'csv-other-columns': (p) =>
      `يرسم المخطط «${isolate(p.column)}»؛ وفي الملف أيضًا ${p.allOf}: اذكر عمودًا آخر لرسمه.`,
  },
};
