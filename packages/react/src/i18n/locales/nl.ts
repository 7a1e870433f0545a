import { type CompleteMessages, type KnownUnit, plural } from '../types';

const units: Record<KnownUnit, [string, string]> = {
  videos: ['video', 'video’s'],
  images: ['afbeelding', 'afbeeldingen'],
  items: ['item', 'items'],
  reports: ['melding', 'meldingen'],
  webpages: ['webpagina', 'webpagina’s'],
  percent: ['procent', 'procent'],
};

/** What stands where a figure is missing (a table cell, a country, a gap): not zero. */
const noData = 'Geen gegevens';

/** Nederlands. */
export const nl: CompleteMessages = {
  locale: 'nl',
  sentence: ['.', ' '],
  source: 'Bron',
  sources: 'Bronnen',
  noSource: 'geen document van een uitgever gevonden',
  cited: 'Het rapport noemt',
  check: 'Controle',
  thePublisher: 'De uitgever',
  statuses: {
    confirmed: 'Bevestigd',
    corrected: 'Gecorrigeerd',
    'different-count': 'Telt iets anders',
    unverified: 'Niet geverifieerd',
  },
  ownFigure: ({ publisher, period, value, of, label, seed }) =>
    `Eigen cijfer van ${publisher}${period ? ` voor ${period}` : ''}: ${value}${of ? ` van ${of}` : label ? ` (${label})` : ''}${seed ? ` (het rapport noemt ${seed})` : ''}`,
  showData: 'Toon gegevens',
  hideData: 'Verberg gegevens',
  cantDraw: 'Deze grafiek kan niet worden getekend: de gegevens bevatten een fout.',
  moreProblems: (count) => `…en nog ${count}.`,
  cantShowList: 'Deze lijst kan niet worden getoond: de gegevens bevatten een fout.',
  unit: (unit, count) => units[unit as KnownUnit]?.[plural('nl', count) === 'one' ? 0 : 1] ?? unit,
  unitName: (unit) => units[unit as KnownUnit]?.[1] ?? unit,
  valueWithUnit: (value, unitWord) => `${value} ${unitWord}`,
  labelled: (label, value) => `${label}: ${value}`,
  period: 'Periode',
  valueIn: (unitWord) => `Waarde (${unitWord})`,
  partialPeriod: 'deelperiode',
  partialPeriodOf: (label) => `${label} (deelperiode)`,
  partialNote: 'Gearceerde staven zijn deelperiodes (bijvoorbeeld een halfjaar), geen hele jaren.',
  logNote: 'Logaritmische schaal: elke lijn is tien keer zo groot als de lijn eronder.',
  changeSpan: (from, to) => `van ${from} tot ${to} (berekend)`,
  noChange: ({ from, fromMonths, to, toMonths }) => {
    const covers = (label: string, months: number | undefined) =>
      months === undefined
        ? `${label} heeft geen leesbare data`
        : `${label} beslaat ${months} ${months === 1 ? 'maand' : 'maanden'}`;
    return `Geen verandering getoond: ${covers(from, fromMonths)} en ${covers(to, toMonths)}; die zijn niet te vergelijken.`;
  },
  needTwoPeriods: 'Deze grafiek heeft minstens twee periodes nodig om een verandering te tonen.',
  provider: 'Aanbieder',
  change: 'Verandering',
  newReporter: 'Meldt voor het eerst',
  reportsClaim: (label) => `${label} (volgens het rapport)`,
  shareNote: ({ count, total }) =>
    `Aandelen in het totaal van deze ${count} cijfers (${total}), hier berekend: geen uitgever publiceert ze.`,
  shareOfThese: ({ share, count }) => `${share} van het totaal van deze ${count} cijfers`,
  shareHeader: 'Aandeel',
  percentHeader: 'Percentage',
  ofHeader: 'Van',
  shareOf: (share, of) => (of ? `${share} van ${of}` : share),
  noRow: (row) => `De gegevens hebben geen rij ${row}.`,
  group: 'Groep',
  points: (difference, value) => `${difference} ${Math.abs(value) === 1 ? 'procentpunt' : 'procentpunten'}`,
  difference: ({ a, av, b, bv, points }) => `${a} ${av} tegenover ${b} ${bv}: een verschil van ${points}.`,
  legendShare: 'Aandeel in het totaal',
  legendCount: 'Aantal',
  noData,
  outlined: ({ name, value, period }) =>
    `Omlijnd: ${name}, ${value} van het totaal${period ? ` (${period})` : ''}.`,
  country: 'Land of gebied',
  code: 'Code',
  countIn: (unitWord) => `Aantal (${unitWord})`,
  leftOffMap: 'Deze rij staat niet op de kaart.',
  lawStatuses: {
    signed: 'Ondertekend',
    law: 'Wet',
    'passed-one-chamber': 'Aangenomen door één kamer',
    pending: 'In behandeling',
    'in-progress': 'In procedure',
  },
  reportSays: (status) => `(volgens het rapport: ${status.toLocaleLowerCase('nl')})`,
  reportDescribes: (text) => `Het rapport beschrijft het zo: ‘${text}’`,
  checkedIn: (month) => `Status gecontroleerd in ${month}.`,
  lawCheck: (note) => `Controle: ${note}`,
  noFigure: 'Geen geldig cijfer: de waarde ontbreekt of is geen getal.',
  sourcesTitle: 'Bronnen',
  download: 'Downloaden',
  downloadCsv: 'Gegevens (CSV)',
  downloadSvg: 'Afbeelding (SVG)',
  downloadPng: 'Afbeelding (PNG)',
  downloadBlocked: 'De beveiligingsinstellingen van deze pagina blokkeren het downloaden van de afbeelding.',
  downloadFailed: 'De afbeelding kon niet worden gemaakt.',
  copyEmbed: 'Insluitcode kopiëren',
  embedCopied: 'Insluitcode gekopieerd.',
  copyEmbedManual: 'Kopieer de insluitcode uit dit vak:',
  notOnMap: (list) => `Niet op deze kaart: ${list}.`,
  halfYear: (half, year) => `${half === 1 ? 'eerste' : 'tweede'} helft ${year}`,
  untitled: 'Grafiek',
  figuresNotFound: (name) =>
    name
      ? `Deze pagina vraagt om cijfers die het grafiekenpakket niet heeft (‘${name}’). Controleer de naam van de dataset in de insluitcode.`
      : 'Deze pagina geeft de grafiek geen cijfers. Controleer de insluitcode: die heeft de naam van een dataset of eigen cijfers nodig.',
  chartNotFound: (name) =>
    `Deze pagina vraagt om een soort grafiek die het grafiekenpakket niet heeft (‘${name}’). Controleer de naam van de grafiek in de insluitcode.`,
  figuresUnreadable:
    'De cijfers in de insluitcode van deze pagina konden niet worden gelezen. Controleer de insluitcode.',
  codeNotLoaded:
    'Deze grafiek kan niet worden getekend: de code ervan kon niet worden geladen. Laad de pagina opnieuw.',
  // Problems with a dataset (ProblemWords).
  problemAt: ({ row, field, csv }, text) =>
    csv && row === null && !field
      ? `Het bestand is ${text}`
      : `${row === null ? (csv ? 'Bestand, kolom' : 'Veld') : `Rij ${row}, ${csv ? 'kolom' : 'veld'}`} ‘${field}’: ${text}`,
  found: ({ kind, text = '' }) =>
    ({
      nothing: 'niets',
      null: 'null',
      text: `de tekst ‘${text}’`,
      number: text,
      'not-a-number': 'NaN',
      boolean: text,
      array: 'een array',
      object: 'een object',
      other: 'iets anders',
    })[kind],
  problems: {
    unreadable: () => 'onleesbaar.',
    'not-dataset': (p) => `dataset of lijst met rijen verwacht, gevonden: ${p.found}.`,
    'not-rows': (p) => `lijst met rijen verwacht, gevonden: ${p.found}.`,
    'no-rows': () => 'geen rijen: er valt niets te tekenen.',
    'not-object': (p) => `object verwacht, gevonden: ${p.found}.`,
    'missing-number': (p) => `waarde ontbreekt: getal verwacht, gevonden: ${p.found}.`,
    'not-number': (p) => `getal verwacht, gevonden: ${p.found}.`,
    'not-a-number': () => 'de waarde is NaN, geen getal.',
    infinite: (p) => `de waarde is ${p.positive ? 'Infinity' : '-Infinity'}: eindig getal verwacht.`,
    negative: (p) => `de waarde is ${p.value}: een aantal kan niet negatief zijn.`,
    'percent-range': (p) => `de waarde is ${p.value}: een percentage moet tussen 0 en 100 liggen.`,
    'missing-text': (p) => `waarde ontbreekt: tekst verwacht, gevonden: ${p.found}.`,
    'not-text': (p) => `tekst verwacht, gevonden: ${p.found}.`,
    'empty-text': () => 'de waarde is leeg: tekst verwacht.',
    'too-long': (p) => `de tekst is ${p.value} tekens lang: er zijn er hoogstens ${p.limit} toegestaan.`,
    'not-boolean': (p) => `true of false verwacht, gevonden: ${p.found}.`,
    'not-source': (p) => `bron { publisher, title } verwacht, gevonden: ${p.found}.`,
    'not-sources': (p) => `lijst met bronnen { publisher, title } verwacht, gevonden: ${p.found}.`,
    'not-verification': (p) => `controle { status, note } verwacht, gevonden: ${p.found}.`,
    'not-one-of': (p) => `${p.choices} verwacht, gevonden: ${p.found}.`,
    'not-text-list': (p) => `lijst met teksten verwacht, gevonden: ${p.found}.`,
    'not-list': (p) => `lijst verwacht, gevonden: ${p.found}.`,
    'not-dates': (p) => `lijst met datums { label, date } verwacht, gevonden: ${p.found}.`,
    'not-codes': (p) => `lijst met landcodes verwacht, gevonden: ${p.found}.`,
    'missing-period': (p) =>
      `waarde ontbreekt: periode { start, end, label } verwacht, gevonden: ${p.found}.`,
    'not-period': (p) => `periode { start, end, label } verwacht, gevonden: ${p.found}.`,
    'bad-date': (p) => `datum in de vorm YYYY-MM-DD verwacht, gevonden: ${p.found}.`,
    'end-before-start': (p) => `het einde (${p.end}) ligt vóór het begin (${p.start}).`,
    'bad-unit': (p) =>
      `kort woord verwacht voor wat de cijfers tellen, zoals ${p.choices}; gevonden: ${p.found}.`,
    'bad-stage': (p) => `fase verwacht zoals ${p.choices}, of een eigen fase; gevonden: ${p.found}.`,
    'not-code': (p) => `landcode volgens ISO 3166-1 verwacht, zoals "NLD" of "NL"; gevonden: ${p.found}.`,
    'unknown-code': (p) => `‘${p.code}’ is geen landcode volgens ISO 3166-1 alpha-3 of alpha-2.`,
    'unknown-member': (p) => `${p.found} is geen landcode volgens ISO 3166-1 alpha-3.`,
    'duplicate-code': (p) => `‘${p.code}’ staat al in rij ${p.firstRow}: noem elk land maar één keer.`,
    'percent-or-count': () => 'waarde ontbreekt, net als ‘count’: een rij heeft een van beide nodig.',
    'shares-over-100': (p) => `de aandelen van de rijen tellen op tot ${p.value}%, meer dan 100%.`,
    'csv-empty': () => 'leeg: er valt niets te tekenen.',
    'csv-columns': (p) => `ontbreekt; de eerste rij moet de kolommen ${p.allOf} noemen.`,
    'csv-not-number': (p) =>
      `${p.found} is geen getal${p.decimalComma ? ' (dit bestand gebruikt een komma als decimaalteken)' : ''}.`,
    'csv-not-period': (p) =>
      `${p.found} is geen periode: gebruik 2024, 2024-03, maart 2024, Q3 2024, H1 2025 of 2024-04-01/2025-03-31.`,
    'csv-no-values': (p) =>
      `niet te tekenen: geen enkele kolom bevat getallen. De eerste kolom noemt de perioden (of labels, of landen), de volgende bevat de cijfers. De kolommen zijn ${p.allOf}.`,
    'csv-value-column': (p) => `‘${p.column}’ is geen kolom van dit bestand: de kolommen zijn ${p.allOf}.`,
    'csv-fraction-in-counts': (p) =>
      `${p.found} is een decimaal getal in een kolom met hele getallen: bedoelde je ${p.value}? Schrijf het voor de zekerheid zonder scheidingsteken (${p.digits}).`,
    'csv-mixed-numbers': (p) =>
      `${p.found} gebruikt een ${p.decimalComma ? 'punt' : 'komma'} als decimaalteken, maar dit bestand schrijft getallen met een ${p.decimalComma ? 'komma' : 'punt'}: schrijf het zoals in de andere rijen.`,
    'csv-duplicate': (p) => `${p.found} staat al in rij ${p.firstRow}: noem elk item maar één keer.`,
    'csv-not-country': (p) =>
      `${p.found} is geen land dat de grafiek kent: schrijf de naam in het Nederlands of het Engels, of de ISO-code (NLD of NL).`,
    'csv-no-data': (p) => `${p.found} is geen cijfer: getoond als ‘${noData}’, niet als 0.`,
    'csv-gap': (p) =>
      `${p.found} staat niet in het bestand, tussen ${p.start} en ${p.end}: getoond als een gat zonder gegevens.`,
    'csv-total-row': (p) => `${p.found} is een totaal en blijft buiten de grafiek.`,
    'csv-footnote': (p) => `${p.found} staat onder de tabel en wordt niet als cijfer gelezen.`,
    'csv-other-columns': (p) =>
      `de grafiek toont ‘${p.column}’; het bestand heeft ook ${p.allOf}: noem een andere kolom om die te tekenen.`,
  },
};
