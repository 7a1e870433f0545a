import { type KnownUnit, type Messages, plural } from '../types';

/** Forms for one, few (2–4, 22–24…), many (5–21…) and fractions (other). */
const units: Record<KnownUnit, { one: string; few: string; many: string; other: string }> = {
  videos: { one: 'nagranie', few: 'nagrania', many: 'nagrań', other: 'nagrania' },
  images: { one: 'obraz', few: 'obrazy', many: 'obrazów', other: 'obrazu' },
  items: { one: 'materiał', few: 'materiały', many: 'materiałów', other: 'materiału' },
  reports: { one: 'zgłoszenie', few: 'zgłoszenia', many: 'zgłoszeń', other: 'zgłoszenia' },
  webpages: { one: 'strona', few: 'strony', many: 'stron', other: 'strony' },
  percent: { one: 'procent', few: 'procent', many: 'procent', other: 'procent' },
};
const names: Record<KnownUnit, string> = {
  videos: 'nagrania',
  images: 'obrazy',
  items: 'materiały',
  reports: 'zgłoszenia',
  webpages: 'strony',
  percent: 'procent',
};

/** Polski. */
export const pl: Messages = {
  locale: 'pl',
  sentence: ['.', ' '],
  source: 'Źródło',
  sources: 'Źródła',
  noSource: 'nie znaleziono dokumentu wydawcy',
  cited: 'Raport powołuje się na',
  check: 'Weryfikacja',
  thePublisher: 'Wydawca',
  statuses: {
    confirmed: 'Potwierdzone',
    corrected: 'Skorygowane',
    'different-count': 'Liczy coś innego',
    unverified: 'Niezweryfikowane',
  },
  ownFigure: ({ publisher, period, value, of, label, seed }) =>
    `Własna liczba ${publisher}${period ? ` za ${period}` : ''}: ${value}${of ? ` spośród: ${of}` : label ? ` (${label})` : ''}${seed ? ` (raport podaje ${seed})` : ''}`,
  showData: 'Pokaż dane',
  hideData: 'Ukryj dane',
  cantDraw: 'Nie można narysować wykresu: dane zawierają błąd.',
  moreProblems: (count) => `…i jeszcze ${count}.`,
  cantShowList: 'Nie można wyświetlić listy: dane zawierają błąd.',
  unit: (unit, count) => {
    const forms = units[unit as KnownUnit];
    if (!forms) return unit;
    const category = plural('pl', count);
    return category === 'one' || category === 'few' || category === 'many' ? forms[category] : forms.other;
  },
  unitName: (unit) => names[unit as KnownUnit] ?? unit,
  valueWithUnit: (value, unitWord) => `${value} ${unitWord}`,
  labelled: (label, value) => `${label}: ${value}`,
  period: 'Okres',
  valueIn: (unitWord) => `Wartość (${unitWord})`,
  partialPeriod: 'okres niepełny',
  partialPeriodOf: (label) => `${label} (okres niepełny)`,
  partialNote: 'Zakreskowane słupki to okresy niepełne (na przykład półrocze), a nie pełne lata.',
  logNote: 'Skala logarytmiczna: każda linia to dziesięciokrotność linii poniżej.',
  changeSpan: (from, to) => `od ${from} do ${to}`,
  noChange: ({ from, fromMonths, to, toMonths }) => {
    const covers = (label: string, months: number | undefined) =>
      months === undefined
        ? `${label} nie ma czytelnych dat`
        : `${label} obejmuje ${months} ${months === 1 ? 'miesiąc' : plural('pl', months) === 'few' ? 'miesiące' : 'miesięcy'}`;
    return `Nie pokazano zmiany: ${covers(from, fromMonths)}, a ${covers(to, toMonths)}; tych okresów nie można porównać.`;
  },
  needTwoPeriods: 'Ten wykres potrzebuje co najmniej dwóch okresów, aby pokazać zmianę.',
  provider: 'Dostawca',
  change: 'Zmiana',
  newReporter: 'Zgłasza po raz pierwszy',
  reportsClaim: (label) => `${label} (według raportu)`,
  shareNote: ({ count, total }) =>
    `Udziały w sumie tych liczb (${count}; ${total}), obliczone tutaj: żaden wydawca ich nie podaje.`,
  shareOfThese: ({ share, count }) => `${share} sumy tych liczb (${count})`,
  shareHeader: 'Udział',
  percentHeader: 'Procent',
  ofHeader: 'Spośród',
  shareOf: (share, of) => (of ? `${share} spośród: ${of}` : share),
  noRow: (row) => `Dane nie mają wiersza ${row}.`,
  group: 'Grupa',
  points: (difference) => `${difference} pkt proc.`,
  difference: ({ a, av, b, bv, points }) => `${a} ${av} wobec ${b} ${bv}: różnica ${points}.`,
  legendShare: 'Udział w sumie',
  legendCount: 'Liczba',
  noData: 'Brak danych',
  outlined: ({ name, value, period }) => `Obrys: ${name}, ${value} sumy${period ? ` (${period})` : ''}.`,
  country: 'Kraj lub terytorium',
  code: 'Kod',
  countIn: (unitWord) => `Liczba (${unitWord})`,
  leftOffMap: 'Tego wiersza nie ma na mapie.',
  lawStatuses: {
    signed: 'Podpisana',
    law: 'Ustawa',
    'passed-one-chamber': 'Przyjęta przez jedną izbę',
    pending: 'Oczekuje',
    'in-progress': 'W toku prac',
  },
  reportSays: (status) => `(według raportu: ${status.toLocaleLowerCase('pl')})`,
  reportDescribes: (text) => `Raport opisuje ją tak: „${text}”`,
  checkedIn: (month) => `Stan sprawdzony: ${month}.`,
  lawCheck: (note) => `Weryfikacja: ${note}`,
  noFigure: 'Brak prawidłowej liczby: wartości brakuje lub nie jest liczbą.',
  sourcesTitle: 'Źródła',
};
