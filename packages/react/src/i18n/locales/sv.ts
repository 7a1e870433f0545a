import { type CompleteMessages, type KnownUnit, plural } from '../types';

const units: Record<KnownUnit, [string, string]> = {
  videos: ['video', 'videor'],
  images: ['bild', 'bilder'],
  items: ['objekt', 'objekt'],
  reports: ['anmälan', 'anmälningar'],
  webpages: ['webbsida', 'webbsidor'],
  percent: ['procent', 'procent'],
};

/** What stands where a figure is missing (a table cell, a country, a gap): not zero. */
const noData = 'Inga data';

/** Svenska. */
export const sv: CompleteMessages = {
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
  changeSpan: (from, to) => `från ${from} till ${to} (beräknat)`,
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
  noData,
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
  download: 'Ladda ner',
  downloadCsv: 'Uppgifter (CSV)',
  downloadSvg: 'Bild (SVG)',
  downloadPng: 'Bild (PNG)',
  downloadBlocked: 'Sidans säkerhetsinställningar blockerar nedladdningen av bilden.',
  downloadFailed: 'Bilden kunde inte skapas.',
  copyEmbed: 'Kopiera inbäddningskod',
  embedCopied: 'Inbäddningskoden har kopierats.',
  copyEmbedManual: 'Kopiera inbäddningskoden från den här rutan:',
  notOnMap: (list) => `Inte på den här kartan: ${list}.`,
  halfYear: (half, year) => `${half === 1 ? 'första' : 'andra'} halvåret ${year}`,
  untitled: 'Diagram',
  figuresNotFound: (name) =>
    name
      ? `Sidan anger siffror som diagrampaketet inte har (”${name}”). Kontrollera datamängdens namn i inbäddningskoden.`
      : 'Sidan ger diagrammet inga siffror. Kontrollera inbäddningskoden: den behöver namnet på en datamängd eller egna siffror.',
  chartNotFound: (name) =>
    `Sidan ber om en diagramtyp som diagrampaketet inte har (”${name}”). Kontrollera diagrammets namn i inbäddningskoden.`,
  figuresUnreadable: 'Siffrorna i sidans inbäddningskod kunde inte läsas. Kontrollera inbäddningskoden.',
  codeNotLoaded: 'Diagrammet kan inte ritas: dess kod kunde inte laddas. Försök att ladda om sidan.',
  // Problems with a dataset (ProblemWords).
  problemAt: ({ row, field, csv }, text) =>
    csv && row === null && !field
      ? `Filen ${text}`
      : `${row === null ? (csv ? 'Filen, kolumn' : 'Fält') : `Rad ${row}, ${csv ? 'kolumn' : 'fält'}`} ”${field}”: ${text}`,
  found: ({ kind, text = '' }) =>
    ({
      nothing: 'ingenting',
      null: 'null',
      text: `texten ”${text}”`,
      number: text,
      'not-a-number': 'NaN',
      boolean: text,
      array: 'en array',
      object: 'ett objekt',
      other: 'något annat',
    })[kind],
  problems: {
    unreadable: () => 'kunde inte läsas.',
    'not-dataset': (p) => `förväntade en datamängd eller en lista med rader, fick ${p.found}.`,
    'not-rows': (p) => `förväntade en lista med rader, fick ${p.found}.`,
    'no-rows': () => 'det finns inga rader, så det finns inget att rita.',
    'not-object': (p) => `förväntade ett objekt, fick ${p.found}.`,
    'missing-number': (p) => `värde saknas: förväntade ett tal, fick ${p.found}.`,
    'not-number': (p) => `förväntade ett tal, fick ${p.found}.`,
    'not-a-number': () => 'värdet är NaN, inte ett tal.',
    infinite: (p) => `värdet är ${p.positive ? 'Infinity' : '-Infinity'}: förväntade ett ändligt tal.`,
    negative: (p) => `värdet är ${p.value}: ett antal kan inte vara negativt.`,
    'percent-range': (p) => `värdet är ${p.value}: en procentsats måste ligga mellan 0 och 100.`,
    'missing-text': (p) => `värde saknas: förväntade text, fick ${p.found}.`,
    'not-text': (p) => `förväntade text, fick ${p.found}.`,
    'empty-text': () => 'värdet är tomt: förväntade text.',
    'too-long': (p) => `texten är ${p.value} tecken lång: högst ${p.limit} tecken är tillåtna.`,
    'not-boolean': (p) => `förväntade true eller false, fick ${p.found}.`,
    'not-source': (p) => `förväntade en källa { publisher, title }, fick ${p.found}.`,
    'not-sources': (p) => `förväntade en lista med källor { publisher, title }, fick ${p.found}.`,
    'not-verification': (p) => `förväntade en kontroll { status, note }, fick ${p.found}.`,
    'not-one-of': (p) => `förväntade ${p.choices}, fick ${p.found}.`,
    'not-text-list': (p) => `förväntade en lista med texter, fick ${p.found}.`,
    'not-list': (p) => `förväntade en lista, fick ${p.found}.`,
    'not-dates': (p) => `förväntade en lista med datum { label, date }, fick ${p.found}.`,
    'not-codes': (p) => `förväntade en lista med landskoder, fick ${p.found}.`,
    'missing-period': (p) => `värde saknas: förväntade en period { start, end, label }, fick ${p.found}.`,
    'not-period': (p) => `förväntade en period { start, end, label }, fick ${p.found}.`,
    'bad-date': (p) => `förväntade ett datum på formen YYYY-MM-DD, fick ${p.found}.`,
    'end-before-start': (p) => `slutet (${p.end}) ligger före starten (${p.start}).`,
    'bad-unit': (p) =>
      `förväntade ett kort ord för vad siffrorna räknar, till exempel ${p.choices}, fick ${p.found}.`,
    'bad-stage': (p) => `förväntade ett skede som ${p.choices} eller ett eget, fick ${p.found}.`,
    'not-code': (p) =>
      `förväntade en landskod enligt ISO 3166-1, till exempel "NLD" eller "NL", fick ${p.found}.`,
    'unknown-code': (p) => `”${p.code}” är inte en landskod enligt ISO 3166-1 alfa-3 eller alfa-2.`,
    'unknown-member': (p) => `${p.found} är inte en landskod enligt ISO 3166-1 alfa-3.`,
    'duplicate-code': (p) => `”${p.code}” finns redan på rad ${p.firstRow}: ange varje land bara en gång.`,
    'percent-or-count': () => 'värde saknas, och det gör ”count” också: en rad behöver ett av dem.',
    'shares-over-100': (p) => `radernas andelar blir sammanlagt ${p.value} %, mer än 100 %.`,
    'csv-empty': () => 'är tom: det finns inget att rita.',
    'csv-columns': (p) => `saknas; den första raden måste namnge kolumnerna ${p.allOf}.`,
    'csv-not-number': (p) =>
      `${p.found} är inte ett tal${p.decimalComma ? ' (filen använder decimalkomma)' : ''}.`,
    'csv-not-period': (p) =>
      `${p.found} är inte en period: skriv 2024, 2024-03, mars 2024, Q3 2024, H1 2025 eller 2024-04-01/2025-03-31.`,
    'csv-no-values': (p) =>
      `har ingen kolumn med tal: den första kolumnen anger perioderna (eller etiketterna, eller länderna), nästa innehåller siffrorna. Kolumnerna är ${p.allOf}.`,
    'csv-value-column': (p) => `”${p.column}” är inte en kolumn i filen: kolumnerna är ${p.allOf}.`,
    'csv-fraction-in-counts': (p) =>
      `${p.found} är ett decimaltal i en kolumn med heltal: menade du ${p.value}? Skriv talet utan avgränsare (${p.digits}) för säkerhets skull.`,
    'csv-mixed-numbers': (p) =>
      `${p.found} är skrivet med decimal${p.decimalComma ? 'punkt' : 'komma'}, men filen skriver sina tal med decimal${p.decimalComma ? 'komma' : 'punkt'}: skriv talet som på de andra raderna.`,
    'csv-duplicate': (p) => `${p.found} finns redan på rad ${p.firstRow}: ange varje post bara en gång.`,
    'csv-not-country': (p) =>
      `${p.found} är inte ett land som diagrammet känner till: skriv namnet på svenska eller engelska, eller ISO-koden (NLD eller NL).`,
    'csv-no-data': (p) => `${p.found} är inte en siffra: visas som ”${noData}”, inte som 0.`,
    'csv-gap': (p) =>
      `${p.found} finns inte i filen, mellan ${p.start} och ${p.end}: visas som en lucka utan data.`,
    'csv-total-row': (p) => `${p.found} är en summa och tas inte med i diagrammet.`,
    'csv-footnote': (p) => `${p.found} står under tabellen och läses inte som en siffra.`,
    'csv-other-columns': (p) =>
      `diagrammet visar ”${p.column}”; filen har också ${p.allOf}: ange en annan kolumn för att rita den.`,
  },
};
