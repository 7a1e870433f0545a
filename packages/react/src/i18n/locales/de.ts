import { type CompleteMessages, type KnownUnit, plural } from '../types';

const units: Record<KnownUnit, [string, string]> = {
  videos: ['Video', 'Videos'],
  images: ['Bild', 'Bilder'],
  items: ['Inhalt', 'Inhalte'],
  reports: ['Meldung', 'Meldungen'],
  webpages: ['Webseite', 'Webseiten'],
  percent: ['Prozent', 'Prozent'],
};

/** A value found, at the start of a sentence: „der Text …“ becomes „Der Text …“. */
const atStart = (found: string) =>
  found.replace(/^(der|ein|nichts|etwas)\b/, (word) => word.charAt(0).toUpperCase() + word.slice(1));

/** What stands where a figure is missing (a table cell, a country, a gap): not zero. */
const noData = 'Keine Daten';

/** Deutsch. */
export const de: CompleteMessages = {
  locale: 'de',
  sentence: ['.', ' '],
  source: 'Quelle',
  sources: 'Quellen',
  noSource: 'kein Dokument einer herausgebenden Stelle gefunden',
  cited: 'Der Bericht nennt',
  check: 'Prüfung',
  thePublisher: 'Die herausgebende Stelle',
  statuses: {
    confirmed: 'Bestätigt',
    corrected: 'Korrigiert',
    'different-count': 'Zählt etwas anderes',
    unverified: 'Nicht bestätigt',
  },
  ownFigure: ({ publisher, period, value, of, label, seed }) =>
    `Eigene Zahl von ${publisher}${period ? ` für ${period}` : ''}: ${value}${of ? ` von ${of}` : label ? ` (${label})` : ''}${seed ? ` (der Bericht nennt ${seed})` : ''}`,
  showData: 'Daten anzeigen',
  hideData: 'Daten ausblenden',
  cantDraw: 'Diese Grafik kann nicht gezeichnet werden: Ihre Daten enthalten einen Fehler.',
  moreProblems: (count) => `…und ${count} weitere.`,
  cantShowList: 'Diese Liste kann nicht angezeigt werden: Ihre Daten enthalten einen Fehler.',
  unit: (unit, count) => units[unit as KnownUnit]?.[plural('de', count) === 'one' ? 0 : 1] ?? unit,
  unitName: (unit) => units[unit as KnownUnit]?.[1] ?? unit,
  valueWithUnit: (value, unitWord) => `${value} ${unitWord}`,
  labelled: (label, value) => `${label}: ${value}`,
  period: 'Zeitraum',
  valueIn: (unitWord) => `Wert (${unitWord})`,
  partialPeriod: 'Teilzeitraum',
  partialPeriodOf: (label) => `${label} (Teilzeitraum)`,
  partialNote: 'Schraffierte Balken sind Teilzeiträume (zum Beispiel ein Halbjahr), keine ganzen Jahre.',
  logNote: 'Logarithmische Skala: Jede Gitterlinie ist zehnmal so groß wie die darunter.',
  changeSpan: (from, to) => `von ${from} bis ${to} (berechnet)`,
  noChange: ({ from, fromMonths, to, toMonths }) => {
    const covers = (label: string, months: number | undefined) =>
      months === undefined
        ? `${label} hat keine lesbaren Daten`
        : `${label} umfasst ${months} ${months === 1 ? 'Monat' : 'Monate'}`;
    return `Keine Veränderung angegeben: ${covers(from, fromMonths)}, ${covers(to, toMonths)}; die beiden sind nicht vergleichbar.`;
  },
  needTwoPeriods: 'Diese Grafik braucht mindestens zwei Zeiträume, um eine Veränderung zu zeigen.',
  provider: 'Anbieter',
  change: 'Veränderung',
  newReporter: 'Meldet erstmals',
  reportsClaim: (label) => `${label} (Angabe des Berichts)`,
  shareNote: ({ count, total }) =>
    `Anteile an der Summe dieser ${count} Zahlen (${total}), hier berechnet: Keine herausgebende Stelle nennt sie.`,
  shareOfThese: ({ share, count }) => `${share} der Summe dieser ${count} Zahlen`,
  shareHeader: 'Anteil',
  percentHeader: 'Prozent',
  ofHeader: 'Bezogen auf',
  shareOf: (share, of) => (of ? `${share} von ${of}` : share),
  noRow: (row) => `Die Daten haben keine Zeile ${row}.`,
  group: 'Gruppe',
  points: (difference, value) => `${difference} ${Math.abs(value) === 1 ? 'Prozentpunkt' : 'Prozentpunkte'}`,
  difference: ({ a, av, b, bv, points }) => `${a} ${av} gegenüber ${b} ${bv}: ein Unterschied von ${points}.`,
  legendShare: 'Anteil an der Summe',
  legendCount: 'Anzahl',
  noData,
  outlined: ({ name, value, period }) =>
    `Umrandet: ${name}, ${value} der Summe${period ? ` (${period})` : ''}.`,
  country: 'Land oder Gebiet',
  code: 'Code',
  countIn: (unitWord) => `Anzahl (${unitWord})`,
  leftOffMap: 'Diese Zeile fehlt auf der Karte.',
  lawStatuses: {
    signed: 'In Kraft gesetzt',
    law: 'Gesetz',
    'passed-one-chamber': 'Von einer Kammer verabschiedet',
    pending: 'Anhängig',
    'in-progress': 'Im Verfahren',
  },
  reportSays: (status) => `(laut Bericht: ${status})`,
  reportDescribes: (text) => `Der Bericht beschreibt es so: „${text}“`,
  checkedIn: (month) => `Stand der Prüfung: ${month}.`,
  lawCheck: (note) => `Prüfung: ${note}`,
  noFigure: 'Keine gültige Zahl: Der Wert fehlt oder ist keine Zahl.',
  sourcesTitle: 'Quellen',
  download: 'Herunterladen',
  downloadCsv: 'Daten (CSV)',
  downloadSvg: 'Bild (SVG)',
  downloadPng: 'Bild (PNG)',
  downloadBlocked: 'Die Sicherheitseinstellungen dieser Seite verhindern den Bild-Download.',
  downloadFailed: 'Das Bild konnte nicht erstellt werden.',
  copyEmbed: 'Einbettungscode kopieren',
  embedCopied: 'Einbettungscode kopiert.',
  copyEmbedManual: 'Kopieren Sie den Einbettungscode aus diesem Feld:',
  notOnMap: (list) => `Nicht auf dieser Karte: ${list}.`,
  halfYear: (half, year) => `${half}. Halbjahr ${year}`,
  untitled: 'Grafik',
  figuresNotFound: (name) =>
    name
      ? `Diese Seite nennt Zahlen, die das Grafikpaket nicht hat („${name}“). Bitte den Namen des Datensatzes im Einbettungscode prüfen.`
      : 'Diese Seite gibt der Grafik keine Zahlen. Bitte den Einbettungscode prüfen.',
  chartNotFound: (name) =>
    `Diese Seite nennt eine Grafikart, die das Grafikpaket nicht hat („${name}“). Bitte den Namen der Grafik im Einbettungscode prüfen.`,
  figuresUnreadable:
    'Die Zahlen im Einbettungscode können nicht gelesen werden. Bitte den Einbettungscode prüfen.',
  codeNotLoaded: 'Der Code dieser Grafik konnte nicht geladen werden. Bitte die Seite neu laden.',
  // Problems with a dataset (ProblemWords).
  problemAt: ({ row, field, csv }, text) =>
    csv && row === null && !field
      ? `Die Datei ist ${text}`
      : `${row === null ? (csv ? 'Datei, Spalte' : 'Feld') : `Zeile ${row}, ${csv ? 'Spalte' : 'Feld'}`} „${field}“: ${text}`,
  found: ({ kind, text = '' }) =>
    ({
      nothing: 'nichts',
      null: 'null',
      text: `der Text „${text}“`,
      number: text,
      'not-a-number': 'NaN',
      boolean: text,
      array: 'ein Array',
      object: 'ein Objekt',
      other: 'etwas anderes',
    })[kind],
  problems: {
    unreadable: () => 'nicht lesbar.',
    'not-dataset': (p) => `Datensatz oder Liste von Zeilen erwartet, gefunden: ${p.found}.`,
    'not-rows': (p) => `Liste von Zeilen erwartet, gefunden: ${p.found}.`,
    'no-rows': () => 'Es gibt keine Zeilen, also nichts zu zeichnen.',
    'not-object': (p) => `Objekt erwartet, gefunden: ${p.found}.`,
    'missing-number': (p) => `Wert fehlt – Zahl erwartet, gefunden: ${p.found}.`,
    'not-number': (p) => `Zahl erwartet, gefunden: ${p.found}.`,
    'not-a-number': () => 'Wert ist NaN, keine Zahl.',
    infinite: (p) => `Wert ist ${p.positive ? 'Infinity' : '-Infinity'}, erwartet wird eine endliche Zahl.`,
    negative: (p) => `Wert ist ${p.value}: Eine Anzahl kann nicht negativ sein.`,
    'percent-range': (p) => `Wert ist ${p.value}: Ein Prozentwert muss zwischen 0 und 100 liegen.`,
    'missing-text': (p) => `Wert fehlt – Text erwartet, gefunden: ${p.found}.`,
    'not-text': (p) => `Text erwartet, gefunden: ${p.found}.`,
    'empty-text': () => 'Wert ist leer – Text erwartet.',
    'too-long': (p) => `Text ist ${p.value} Zeichen lang, erlaubt sind höchstens ${p.limit}.`,
    'not-boolean': (p) => `true oder false erwartet, gefunden: ${p.found}.`,
    'not-source': (p) => `Quelle { publisher, title } erwartet, gefunden: ${p.found}.`,
    'not-sources': (p) => `Liste von Quellen { publisher, title } erwartet, gefunden: ${p.found}.`,
    'not-verification': (p) => `Prüfung { status, note } erwartet, gefunden: ${p.found}.`,
    'not-one-of': (p) => `${p.choices} erwartet, gefunden: ${p.found}.`,
    'not-text-list': (p) => `Liste von Texten erwartet, gefunden: ${p.found}.`,
    'not-list': (p) => `Liste erwartet, gefunden: ${p.found}.`,
    'not-dates': (p) => `Liste von Datumsangaben { label, date } erwartet, gefunden: ${p.found}.`,
    'not-codes': (p) => `Liste von Ländercodes erwartet, gefunden: ${p.found}.`,
    'missing-period': (p) => `Wert fehlt – Zeitraum { start, end, label } erwartet, gefunden: ${p.found}.`,
    'not-period': (p) => `Zeitraum { start, end, label } erwartet, gefunden: ${p.found}.`,
    'bad-date': (p) => `Datum im Format YYYY-MM-DD erwartet, gefunden: ${p.found}.`,
    'end-before-start': (p) => `Das Ende (${p.end}) liegt vor dem Beginn (${p.start}).`,
    'bad-unit': (p) =>
      `Erwartet wird ein kurzes Wort dafür, was die Zahlen zählen, etwa ${p.choices}; gefunden: ${p.found}.`,
    'bad-stage': (p) =>
      `Erwartet wird ein Verfahrensstand wie ${p.choices} oder ein eigener; gefunden: ${p.found}.`,
    'not-code': (p) => `Ländercode nach ISO 3166-1 wie "NLD" oder "NL" erwartet, gefunden: ${p.found}.`,
    'unknown-code': (p) => `„${p.code}“ ist kein Ländercode nach ISO 3166-1 alpha-3 oder alpha-2.`,
    'unknown-member': (p) => `${atStart(p.found)} ist kein Ländercode nach ISO 3166-1 alpha-3.`,
    'duplicate-code': (p) =>
      `„${p.code}“ steht schon in Zeile ${p.firstRow}: Jedes Land bitte nur einmal aufführen.`,
    'percent-or-count': () => 'Wert fehlt, ebenso „count“: Eine Zeile braucht einen der beiden Werte.',
    'shares-over-100': (p) => `Die Anteile der Zeilen ergeben zusammen ${p.value} %, mehr als 100 %.`,
    'csv-empty': () => 'leer: Es gibt nichts zu zeichnen.',
    'csv-columns': (p) => `fehlt – die erste Zeile muss die Spalten ${p.allOf} benennen.`,
    'csv-not-number': (p) =>
      `${atStart(p.found)} ist keine Zahl${p.decimalComma ? ' (diese Datei verwendet ein Dezimalkomma)' : ''}.`,
    'csv-not-period': (p) =>
      `${atStart(p.found)} ist kein Zeitraum: Schreiben Sie 2024, 2024-03, März 2024, Q3 2024, H1 2025 oder 2024-04-01/2025-03-31.`,
    'csv-no-values': (p) =>
      `nicht zu zeichnen: Keine Spalte enthält Zahlen. Die erste Spalte nennt die Zeiträume (oder Bezeichnungen oder Länder), die nächste die Zahlen. Die Spalten sind ${p.allOf}.`,
    'csv-value-column': (p) => `„${p.column}“ ist keine Spalte dieser Datei: Die Spalten sind ${p.allOf}.`,
    'csv-fraction-in-counts': (p) =>
      `${atStart(p.found)} ist eine Kommazahl in einer Spalte mit ganzen Zahlen: Meinten Sie ${p.value}? Schreiben Sie die Zahl zur Sicherheit ohne Trennzeichen (${p.digits}).`,
    'csv-mixed-numbers': (p) =>
      `${atStart(p.found)} ist mit ${p.decimalComma ? 'Dezimalpunkt' : 'Dezimalkomma'} geschrieben, diese Datei schreibt ihre Zahlen aber mit ${p.decimalComma ? 'Dezimalkomma' : 'Dezimalpunkt'}: Schreiben Sie die Zahl wie in den anderen Zeilen.`,
    'csv-duplicate': (p) =>
      `${atStart(p.found)} steht schon in Zeile ${p.firstRow}: Jeden Eintrag bitte nur einmal aufführen.`,
    'csv-not-country': (p) =>
      `${atStart(p.found)} ist kein Land, das die Grafik kennt: Schreiben Sie den Namen auf Deutsch oder Englisch oder den ISO-Code (NLD oder NL).`,
    'csv-no-data': (p) => `${atStart(p.found)} ist keine Zahl: als „${noData}“ gezeigt, nicht als 0.`,
    'csv-gap': (p) =>
      `${atStart(p.found)} fehlt in der Datei, zwischen ${p.start} und ${p.end}: als Lücke ohne Daten gezeigt.`,
    'csv-total-row': (p) => `${atStart(p.found)} ist eine Summe und wird in der Grafik weggelassen.`,
    'csv-footnote': (p) => `${atStart(p.found)} steht unter der Tabelle und wird nicht als Zahl gelesen.`,
    'csv-other-columns': (p) =>
      `Gezeichnet wird „${p.column}“; die Datei enthält außerdem ${p.allOf}: Nennen Sie eine andere Spalte, um sie zu zeichnen.`,
  },
};
