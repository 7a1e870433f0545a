import { type KnownUnit, type Messages, plural } from '../types';

const units: Record<KnownUnit, [string, string]> = {
  videos: ['Video', 'Videos'],
  images: ['Bild', 'Bilder'],
  items: ['Inhalt', 'Inhalte'],
  reports: ['Meldung', 'Meldungen'],
  webpages: ['Webseite', 'Webseiten'],
  percent: ['Prozent', 'Prozent'],
};

/** Deutsch. */
export const de: Messages = {
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
  changeSpan: (from, to) => `von ${from} bis ${to}`,
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
  noData: 'Keine Daten',
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
};
