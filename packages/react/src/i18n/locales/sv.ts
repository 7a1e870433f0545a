import { type KnownUnit, type Messages, plural } from '../types';

const units: Record<KnownUnit, [string, string]> = {
  videos: ['video', 'videor'],
  images: ['bild', 'bilder'],
  items: ['objekt', 'objekt'],
  reports: ['anmälan', 'anmälningar'],
  webpages: ['webbsida', 'webbsidor'],
  percent: ['procent', 'procent'],
};

/** Svenska. */
export const sv: Messages = {
  locale: 'sv',
  sentence: ['.', ' '],
  source: 'Källa',
  sources: 'Källor',
  noSource: 'inget dokument från en utgivare hittades',
  cited: 'Rapporten hänvisar till',
  check: 'Kontroll',
  thePublisher: 'Utgivaren',
  statuses: {
    confirmed: 'Bekräftad',
    corrected: 'Korrigerad',
    'different-count': 'Räknar något annat',
    unverified: 'Inte verifierad',
  },
  ownFigure: ({ publisher, period, value, of, label, seed }) =>
    `${publisher}s egen siffra${period ? ` för ${period}` : ''}: ${value}${of ? ` av ${of}` : label ? ` (${label})` : ''}${seed ? ` (rapporten anger ${seed})` : ''}`,
  showData: 'Visa data',
  hideData: 'Dölj data',
  cantDraw: 'Diagrammet kan inte ritas: dess data innehåller ett fel.',
  moreProblems: (count) => `…och ${count} till.`,
  cantShowList: 'Listan kan inte visas: dess data innehåller ett fel.',
  unit: (unit, count) => units[unit as KnownUnit]?.[plural('sv', count) === 'one' ? 0 : 1] ?? unit,
  unitName: (unit) => units[unit as KnownUnit]?.[1] ?? unit,
  valueWithUnit: (value, unitWord) => `${value} ${unitWord}`,
  labelled: (label, value) => `${label}: ${value}`,
  period: 'Period',
  valueIn: (unitWord) => `Värde (${unitWord})`,
  partialPeriod: 'delperiod',
  partialPeriodOf: (label) => `${label} (delperiod)`,
  partialNote: 'Streckade staplar är delperioder (till exempel ett halvår), inte hela år.',
  logNote: 'Logaritmisk skala: varje linje är tio gånger linjen under.',
  changeSpan: (from, to) => `från ${from} till ${to}`,
  noChange: ({ from, fromMonths, to, toMonths }) => {
    const covers = (label: string, months: number | undefined) =>
      months === undefined
        ? `${label} har inga läsbara datum`
        : `${label} omfattar ${months} ${months === 1 ? 'månad' : 'månader'}`;
    return `Ingen förändring visas: ${covers(from, fromMonths)} och ${covers(to, toMonths)}; de går inte att jämföra.`;
  },
  needTwoPeriods: 'Diagrammet behöver minst två perioder för att visa en förändring.',
  provider: 'Leverantör',
  change: 'Förändring',
  newReporter: 'Anmäler för första gången',
  reportsClaim: (label) => `${label} (enligt rapporten)`,
  shareNote: ({ count, total }) =>
    `Andelar av summan av dessa ${count} siffror (${total}), beräknade här: ingen utgivare anger dem.`,
  shareOfThese: ({ share, count }) => `${share} av summan av dessa ${count} siffror`,
  shareHeader: 'Andel',
  percentHeader: 'Procent',
  ofHeader: 'Av',
  shareOf: (share, of) => (of ? `${share} av ${of}` : share),
  noRow: (row) => `Data har ingen rad ${row}.`,
  group: 'Grupp',
  points: (difference, value) => `${difference} ${Math.abs(value) === 1 ? 'procentenhet' : 'procentenheter'}`,
  difference: ({ a, av, b, bv, points }) => `${a} ${av} mot ${b} ${bv}: en skillnad på ${points}.`,
  legendShare: 'Andel av summan',
  legendCount: 'Antal',
  noData: 'Inga data',
  outlined: ({ name, value, period }) =>
    `Markerat: ${name}, ${value} av summan${period ? ` (${period})` : ''}.`,
  country: 'Land eller område',
  code: 'Kod',
  countIn: (unitWord) => `Antal (${unitWord})`,
  leftOffMap: 'Raden visas inte på kartan.',
  lawStatuses: {
    signed: 'Undertecknad',
    law: 'Lag',
    'passed-one-chamber': 'Antagen av en kammare',
    pending: 'Väntande',
    'in-progress': 'Under behandling',
  },
  reportSays: (status) => `(enligt rapporten: ${status.toLocaleLowerCase('sv')})`,
  reportDescribes: (text) => `Rapporten beskriver den så här: ”${text}”`,
  checkedIn: (month) => `Status kontrollerad ${month}.`,
  lawCheck: (note) => `Kontroll: ${note}`,
  noFigure: 'Ingen giltig siffra: värdet saknas eller är inte ett tal.',
  sourcesTitle: 'Källor',
};
