import { type CompleteMessages, type KnownUnit, plural } from '../types';

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

/** What stands where a figure is missing (a table cell, a country, a gap): not zero. */
const noData = 'Brak danych';

/** Polski. */
export const pl: CompleteMessages = {
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
  changeSpan: (from, to) => `od ${from} do ${to} (obliczone)`,
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
  noData,
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
  download: 'Pobierz',
  downloadCsv: 'Dane (CSV)',
  downloadSvg: 'Obraz (SVG)',
  downloadPng: 'Obraz (PNG)',
  downloadBlocked: 'Ustawienia bezpieczeństwa tej strony blokują pobranie obrazu.',
  downloadFailed: 'Nie udało się utworzyć obrazu.',
  copyEmbed: 'Kopiuj kod do osadzenia',
  embedCopied: 'Skopiowano kod do osadzenia.',
  copyEmbedManual: 'Skopiuj kod do osadzenia z tego pola:',
  notOnMap: (list) => `Poza tą mapą: ${list}.`,
  halfYear: (half, year) => `${half === 1 ? 'I' : 'II'} półrocze ${year}`,
  untitled: 'Wykres',
  figuresNotFound: (name) =>
    name
      ? `Ta strona wskazuje dane, których pakiet wykresów nie zawiera („${name}”). Sprawdź nazwę zbioru danych w kodzie osadzenia.`
      : 'Ta strona nie przekazuje wykresowi żadnych danych. Sprawdź kod osadzenia: potrzebna jest nazwa zbioru danych albo własne dane.',
  chartNotFound: (name) =>
    `Ta strona wskazuje rodzaj wykresu, którego pakiet wykresów nie zawiera („${name}”). Sprawdź nazwę wykresu w kodzie osadzenia.`,
  figuresUnreadable: 'Nie udało się odczytać danych z kodu osadzenia tej strony. Sprawdź kod osadzenia.',
  codeNotLoaded:
    'Nie można narysować wykresu: nie udało się wczytać jego kodu. Spróbuj ponownie wczytać stronę.',
  // Problems with a dataset (ProblemWords).
  problemAt: ({ row, field, csv }, text) =>
    csv && row === null && !field
      ? `Plik: ${text}`
      : `${row === null ? (csv ? 'Plik, kolumna' : 'Pole') : `Wiersz ${row}, ${csv ? 'kolumna' : 'pole'}`} „${field}”: ${text}`,
  found: ({ kind, text = '' }) =>
    ({
      nothing: 'nic',
      null: 'null',
      text: `tekst „${text}”`,
      number: text,
      'not-a-number': 'NaN',
      boolean: text,
      array: 'tablica',
      object: 'obiekt',
      other: 'coś innego',
    })[kind],
  problems: {
    unreadable: () => 'nie można odczytać.',
    'not-dataset': (p) => `oczekiwano zbioru danych lub listy wierszy, otrzymano: ${p.found}.`,
    'not-rows': (p) => `oczekiwano listy wierszy, otrzymano: ${p.found}.`,
    'no-rows': () => 'brak wierszy – nie ma czego narysować.',
    'not-object': (p) => `oczekiwano obiektu, otrzymano: ${p.found}.`,
    'missing-number': (p) => `brak wartości: oczekiwano liczby, otrzymano: ${p.found}.`,
    'not-number': (p) => `oczekiwano liczby, otrzymano: ${p.found}.`,
    'not-a-number': () => 'wartość to NaN, a nie liczba.',
    infinite: (p) => `wartość to ${p.positive ? 'Infinity' : '-Infinity'}: oczekiwano liczby skończonej.`,
    negative: (p) => `wartość to ${p.value}: liczba nie może być ujemna.`,
    'percent-range': (p) =>
      `wartość to ${p.value}: wartość procentowa musi mieścić się w przedziale od 0 do 100.`,
    'missing-text': (p) => `brak wartości: oczekiwano tekstu, otrzymano: ${p.found}.`,
    'not-text': (p) => `oczekiwano tekstu, otrzymano: ${p.found}.`,
    'empty-text': () => 'wartość jest pusta: oczekiwano tekstu.',
    'too-long': (p) => `tekst jest za długi (liczba znaków: ${p.value}, dozwolone maksimum: ${p.limit}).`,
    'not-boolean': (p) => `oczekiwano true lub false, otrzymano: ${p.found}.`,
    'not-source': (p) => `oczekiwano źródła { publisher, title }, otrzymano: ${p.found}.`,
    'not-sources': (p) => `oczekiwano listy źródeł { publisher, title }, otrzymano: ${p.found}.`,
    'not-verification': (p) => `oczekiwano weryfikacji { status, note }, otrzymano: ${p.found}.`,
    'not-one-of': (p) => `oczekiwano wartości ${p.choices}, otrzymano: ${p.found}.`,
    'not-text-list': (p) => `oczekiwano listy tekstów, otrzymano: ${p.found}.`,
    'not-list': (p) => `oczekiwano listy, otrzymano: ${p.found}.`,
    'not-dates': (p) => `oczekiwano listy dat { label, date }, otrzymano: ${p.found}.`,
    'not-codes': (p) => `oczekiwano listy kodów krajów, otrzymano: ${p.found}.`,
    'missing-period': (p) => `brak wartości: oczekiwano okresu { start, end, label }, otrzymano: ${p.found}.`,
    'not-period': (p) => `oczekiwano okresu { start, end, label }, otrzymano: ${p.found}.`,
    'bad-date': (p) => `oczekiwano daty w formacie YYYY-MM-DD, otrzymano: ${p.found}.`,
    'end-before-start': (p) => `koniec (${p.end}) przypada przed początkiem (${p.start}).`,
    'bad-unit': (p) =>
      `oczekiwano krótkiego słowa określającego, co liczą dane, np. ${p.choices}; otrzymano: ${p.found}.`,
    'bad-stage': (p) => `oczekiwano etapu, np. ${p.choices}, lub własnego; otrzymano: ${p.found}.`,
    'not-code': (p) => `oczekiwano kodu kraju ISO 3166-1, np. "NLD" lub "NL"; otrzymano: ${p.found}.`,
    'unknown-code': (p) => `„${p.code}” nie jest kodem kraju ISO 3166-1 alfa-3 ani alfa-2.`,
    'unknown-member': (p) => `${p.found} nie jest kodem kraju ISO 3166-1 alfa-3.`,
    'duplicate-code': (p) =>
      `„${p.code}” występuje już w wierszu ${p.firstRow}: każdy kraj należy podać tylko raz.`,
    'percent-or-count': () => 'brak wartości, a także pola „count”: wiersz musi mieć jedno z nich.',
    'shares-over-100': (p) => `udziały wierszy sumują się do ${p.value}%, czyli ponad 100%.`,
    'csv-empty': () => 'brak danych – nie ma czego narysować.',
    'csv-columns': (p) => `brak tej kolumny – pierwszy wiersz musi zawierać nazwy kolumn ${p.allOf}.`,
    'csv-not-number': (p) =>
      `${p.found} nie jest liczbą${p.decimalComma ? ' (ten plik używa przecinka dziesiętnego)' : ''}.`,
    'csv-not-period': (p) =>
      `${p.found} nie jest okresem: wpisz 2024, 2024-03, marzec 2024, Q3 2024, H1 2025 lub 2024-04-01/2025-03-31.`,
    'csv-no-values': (p) =>
      `brak kolumny z liczbami – pierwsza kolumna podaje okresy (albo etykiety lub kraje), następna zawiera wartości. Kolumny to: ${p.allOf}.`,
    'csv-value-column': (p) => `„${p.column}” nie jest kolumną tego pliku – kolumny to: ${p.allOf}.`,
    'csv-fraction-in-counts': (p) =>
      `${p.found} to ułamek w kolumnie liczb całkowitych – czy chodziło o ${p.value}? Dla pewności wpisz liczbę bez separatora (${p.digits}).`,
    'csv-mixed-numbers': (p) =>
      `${p.found} ma ${p.decimalComma ? 'kropkę dziesiętną' : 'przecinek dziesiętny'}, a ten plik zapisuje liczby z ${p.decimalComma ? 'przecinkiem dziesiętnym' : 'kropką dziesiętną'} – wpisz liczbę tak jak w pozostałych wierszach.`,
    'csv-duplicate': (p) =>
      `${p.found} występuje już w wierszu ${p.firstRow}: każdą pozycję należy podać tylko raz.`,
    'csv-not-country': (p) =>
      `${p.found} nie jest krajem znanym wykresowi – wpisz nazwę po polsku lub po angielsku albo kod ISO (NLD lub NL).`,
    'csv-no-data': (p) => `${p.found} nie jest liczbą – pokazano jako „${noData}”, nie jako 0.`,
    'csv-gap': (p) =>
      `${p.found} nie występuje w pliku, między ${p.start} a ${p.end} – pokazano jako lukę bez danych.`,
    'csv-total-row': (p) => `${p.found} to suma – nie jest rysowana na wykresie.`,
    'csv-footnote': (p) => `${p.found} jest pod tabelą – nie jest odczytywany jako liczba.`,
    'csv-other-columns': (p) =>
      `wykres pokazuje „${p.column}”; plik zawiera też ${p.allOf} – podaj inną kolumnę, aby ją narysować.`,
  },
};
