import { type KnownUnit, type Messages, plural } from '../types';

const units: Record<KnownUnit, [string, string]> = {
  videos: ['video', 'video’s'],
  images: ['afbeelding', 'afbeeldingen'],
  items: ['item', 'items'],
  reports: ['melding', 'meldingen'],
  webpages: ['webpagina', 'webpagina’s'],
  percent: ['procent', 'procent'],
};

/** Nederlands. */
export const nl: Messages = {
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
  changeSpan: (from, to) => `van ${from} tot ${to}`,
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
  noData: 'Geen gegevens',
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
};
