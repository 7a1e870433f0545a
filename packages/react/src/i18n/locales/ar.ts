import { type KnownUnit, type Messages, plural } from '../types';

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

/** العربية. */
export const ar: Messages = {
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
  changeSpan: (from, to) => `من ${from} إلى ${to}`,
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
  noData: 'لا بيانات',
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
};
