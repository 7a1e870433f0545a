/*
 * The words a spreadsheet's owner writes, in English and each of the eleven shipped languages: the header words
 * the reader knows, the words of a total row, of a cell with no figure and of a footnote, and the quarter and
 * half-year words. One list each, written once: the reader builds its lookups from them and the docs page
 * "Your spreadsheet" prints them. Lower case; the reader compares without accents.
 */

/** The languages the reader knows words of: English and the eleven the charts ship catalogues for. */
export const SPREADSHEET_LANGUAGES = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pt',
  'pl',
  'sv',
  'ar',
  'ja',
] as const;

/** One of {@link SPREADSHEET_LANGUAGES}. */
export type SpreadsheetLanguage = (typeof SPREADSHEET_LANGUAGES)[number];

type Words = Readonly<Record<SpreadsheetLanguage, readonly string[]>>;

/**
 * Header words, per language, that name a column's role. Any other header word is read by position: the first
 * column holds the periods (or labels, or countries), the next column of numbers the figures, and its header
 * is their unit.
 */
export const HEADER_WORDS: Readonly<
  Record<'period' | 'value' | 'percent' | 'label' | 'country' | 'code' | 'of' | 'newReporter', Words>
> = {
  period: {
    en: ['period', 'year', 'month', 'quarter', 'half', 'half year', 'date', 'time', 'reporting year'],
    de: ['zeitraum', 'jahr', 'monat', 'quartal', 'halbjahr', 'datum', 'zeit', 'periode', 'berichtsjahr'],
    fr: ['période', 'année', 'an', 'mois', 'trimestre', 'semestre', 'date'],
    es: ['período', 'periodo', 'año', 'mes', 'trimestre', 'semestre', 'fecha'],
    it: ['periodo', 'anno', 'mese', 'trimestre', 'semestre', 'data'],
    nl: ['periode', 'jaar', 'maand', 'kwartaal', 'halfjaar', 'datum'],
    pt: ['período', 'ano', 'mês', 'trimestre', 'semestre', 'data'],
    pl: ['okres', 'rok', 'miesiąc', 'kwartał', 'półrocze', 'data'],
    sv: ['period', 'år', 'månad', 'kvartal', 'halvår', 'datum'],
    ar: ['الفترة', 'السنة', 'العام', 'الشهر', 'الربع', 'التاريخ'],
    ja: ['期間', '年', '年度', '月', '年月', '四半期', '日付'],
  },
  value: {
    en: ['value', 'count', 'number', 'amount', 'figure', 'total'],
    de: ['wert', 'anzahl', 'zahl', 'menge', 'summe'],
    fr: ['valeur', 'nombre', 'chiffre', 'total'],
    es: ['valor', 'número', 'cantidad', 'cifra', 'total'],
    it: ['valore', 'numero', 'quantità', 'totale'],
    nl: ['waarde', 'aantal', 'totaal'],
    pt: ['valor', 'número', 'quantidade', 'total'],
    pl: ['wartość', 'liczba', 'ilość', 'suma'],
    sv: ['värde', 'antal', 'summa'],
    ar: ['القيمة', 'العدد', 'المجموع'],
    ja: ['値', '件数', '数', '合計'],
  },
  percent: {
    en: ['percent', 'percentage', 'share', '%'],
    de: ['prozent', 'anteil', 'prozentsatz'],
    fr: ['pourcentage', 'part', 'pourcent'],
    es: ['porcentaje', 'proporción', 'cuota'],
    it: ['percentuale', 'quota'],
    nl: ['percentage', 'aandeel', 'procent'],
    pt: ['percentagem', 'porcentagem', 'proporção', 'parcela'],
    pl: ['procent', 'odsetek', 'udział'],
    sv: ['procent', 'andel'],
    ar: ['النسبة', 'النسبة المئوية'],
    ja: ['割合', '比率', '構成比', 'パーセント'],
  },
  label: {
    en: ['label', 'category', 'name', 'provider', 'company'],
    de: ['bezeichnung', 'kategorie', 'name', 'anbieter', 'unternehmen'],
    fr: ['libellé', 'catégorie', 'nom', 'fournisseur', 'entreprise'],
    es: ['etiqueta', 'categoría', 'nombre', 'proveedor', 'empresa'],
    it: ['etichetta', 'categoria', 'nome', 'fornitore', 'azienda'],
    nl: ['label', 'categorie', 'naam', 'aanbieder', 'bedrijf'],
    pt: ['rótulo', 'categoria', 'nome', 'fornecedor', 'empresa'],
    pl: ['etykieta', 'kategoria', 'nazwa', 'dostawca', 'firma'],
    sv: ['etikett', 'kategori', 'namn', 'leverantör', 'företag'],
    ar: ['التسمية', 'الفئة', 'الاسم', 'الشركة'],
    ja: ['ラベル', '区分', '名称', '事業者', '企業'],
  },
  country: {
    en: ['country', 'country name', 'territory'],
    de: ['land', 'staat', 'ländername'],
    fr: ['pays', 'territoire'],
    es: ['país', 'territorio'],
    it: ['paese', 'stato'],
    nl: ['land'],
    pt: ['país', 'território'],
    pl: ['kraj', 'państwo'],
    sv: ['land'],
    ar: ['البلد', 'الدولة'],
    ja: ['国', '国・地域', '国名'],
  },
  code: {
    en: ['code', 'iso', 'iso code', 'country code', 'iso3'],
    de: ['code', 'iso-code', 'ländercode', 'kürzel'],
    fr: ['code', 'code iso', 'code pays'],
    es: ['código', 'código iso'],
    it: ['codice', 'codice iso'],
    nl: ['code', 'landcode'],
    pt: ['código'],
    pl: ['kod', 'kod kraju'],
    sv: ['kod', 'landskod'],
    ar: ['الرمز'],
    ja: ['コード', '国コード'],
  },
  of: {
    en: ['of'],
    de: ['bezogen auf', 'von'],
    fr: ['sur'],
    es: ['sobre', 'de'],
    it: ['su', 'di'],
    nl: ['van'],
    pt: ['de', 'sobre'],
    pl: ['spośród', 'z'],
    sv: ['av'],
    ar: ['من'],
    ja: ['対象'],
  },
  newReporter: {
    en: ['new reporter', 'newreporter', 'new'],
    de: ['neu', 'meldet erstmals'],
    fr: ['nouveau'],
    es: ['nuevo'],
    it: ['nuovo'],
    nl: ['nieuw'],
    pt: ['novo'],
    pl: ['nowy'],
    sv: ['ny'],
    ar: ['جديد'],
    ja: ['新規'],
  },
};

/** Yes, in a column of yes/no (a provider reporting for the first time). */
export const YES_WORDS: Words = {
  en: ['yes', 'true', 'y', 'x', '1'],
  de: ['ja', 'wahr'],
  fr: ['oui', 'vrai'],
  es: ['sí', 'si', 'verdadero'],
  it: ['sì', 'si', 'vero'],
  nl: ['ja', 'waar'],
  pt: ['sim', 'verdadeiro'],
  pl: ['tak', 'prawda'],
  sv: ['ja', 'sant'],
  ar: ['نعم'],
  ja: ['はい', '○', '◯'],
};

/** The first cell of a total row, left out of the chart and said. */
export const TOTAL_WORDS: Words = {
  en: ['total', 'sum', 'grand total', 'all', 'overall'],
  de: ['summe', 'gesamt', 'insgesamt', 'gesamtsumme', 'total', 'zusammen'],
  fr: ['total', 'total général', 'ensemble', 'somme'],
  es: ['total', 'suma', 'total general'],
  it: ['totale', 'somma', 'totale complessivo'],
  nl: ['totaal', 'som', 'eindtotaal'],
  pt: ['total', 'soma', 'total geral'],
  pl: ['suma', 'razem', 'ogółem', 'łącznie'],
  sv: ['summa', 'totalt', 'total', 'totalsumma'],
  ar: ['المجموع', 'الإجمالي', 'المجموع الكلي'],
  ja: ['合計', '総計', '計', '総数'],
};

/** A cell that says there is no figure: shown as "no data", never as 0. Dashes and dots are in every language. */
export const NO_DATA_WORDS: Words = {
  en: ['n/a', 'na', 'n.a.', 'no data', 'not available', 'nd', 'n.d.', '-', '–', '—', '.', '..', '...', '…'],
  de: ['k.a.', 'k. a.', 'ka', 'keine angabe', 'keine angaben', 'n.v.', 'nv', 'n. v.', 'nicht verfügbar'],
  fr: ['n.d.', 'nd', 'n.c.', 'nc', 's.o.', 'so', 'non disponible', 'pas de données'],
  es: ['n.d.', 'nd', 's/d', 'sin datos', 'no disponible'],
  it: ['n.d.', 'nd', 'n.a.', 'non disponibile', 'dato mancante'],
  nl: ['n.b.', 'nb', 'onbekend', 'geen gegevens'],
  pt: ['n.d.', 'nd', 's/d', 'sem dados', 'não disponível'],
  pl: ['b.d.', 'bd', 'brak danych', 'b/d'],
  sv: ['uppgift saknas', 'saknas', 'u.s.'],
  ar: ['غير متوفر', 'لا توجد بيانات', 'لا يوجد'],
  ja: ['データなし', 'なし', '不明', '－', 'ー', '―'],
};

/** How a footnote under the table starts (`Quelle: …`, `* vorläufig`): the line is not read as a figure. */
export const FOOTNOTE_WORDS: Words = {
  en: ['source', 'sources', 'note', 'notes', 'footnote'],
  de: ['quelle', 'quellen', 'anmerkung', 'anmerkungen', 'hinweis', 'fußnote', 'stand'],
  fr: ['source', 'sources', 'note', 'notes', 'remarque'],
  es: ['fuente', 'fuentes', 'nota', 'notas'],
  it: ['fonte', 'fonti', 'nota', 'note'],
  nl: ['bron', 'bronnen', 'noot', 'opmerking'],
  pt: ['fonte', 'fontes', 'nota', 'notas'],
  pl: ['źródło', 'źródła', 'uwaga', 'uwagi', 'przypis'],
  sv: ['källa', 'källor', 'not', 'anmärkning'],
  ar: ['المصدر', 'المصادر', 'ملاحظة', 'ملاحظات'],
  ja: ['出典', '出所', '注', '備考', '資料'],
};

/** Words for a quarter (`1. Quartal`, `T1`, `K1`, `I kw.`, `第1四半期`) and a half year (`Halbjahr`, `S1`). */
export const PART_WORDS: Readonly<Record<'quarter' | 'half', Words>> = {
  quarter: {
    en: ['q', 'quarter', 'qtr'],
    de: ['q', 'quartal', 'qu', 'qrt'],
    fr: ['t', 'trimestre', 'trim'],
    es: ['t', 'trimestre', 'trim'],
    it: ['t', 'trimestre', 'trim'],
    nl: ['k', 'kwartaal', 'kw'],
    pt: ['t', 'trimestre', 'trim'],
    pl: ['kw', 'kwartał'],
    sv: ['k', 'kvartal', 'kv'],
    ar: ['الربع', 'ربع'],
    ja: ['四半期'],
  },
  half: {
    en: ['h', 'half', 'half year', 'half-year', 'hy'],
    de: ['h', 'halbjahr', 'hj'],
    fr: ['s', 'semestre', 'sem'],
    es: ['s', 'semestre', 'sem'],
    it: ['s', 'semestre', 'sem'],
    nl: ['h', 'halfjaar', 'hj'],
    pt: ['s', 'semestre', 'sem'],
    pl: ['półrocze', 'pół'],
    sv: ['h', 'halvår', 'halvåret'],
    ar: ['النصف', 'نصف'],
    ja: ['半期'],
  },
};

/** Ordinal words a quarter or half may be written with (`erstes Halbjahr`, `premier trimestre`, `الأول`). */
export const ORDINAL_WORDS: Readonly<Record<1 | 2 | 3 | 4, readonly string[]>> = {
  1: [
    'first',
    'erstes',
    'erste',
    'premier',
    'premier',
    'primer',
    'primero',
    'primo',
    'eerste',
    'primeiro',
    'pierwszy',
    'första',
    'الأول',
    '上',
    '前',
  ],
  2: [
    'second',
    'zweites',
    'zweite',
    'deuxième',
    'second',
    'segundo',
    'secondo',
    'tweede',
    'drugi',
    'andra',
    'الثاني',
    '下',
    '後',
  ],
  3: [
    'third',
    'drittes',
    'dritte',
    'troisième',
    'tercer',
    'tercero',
    'terzo',
    'derde',
    'terceiro',
    'trzeci',
    'tredje',
    'الثالث',
  ],
  4: [
    'fourth',
    'viertes',
    'vierte',
    'quatrième',
    'cuarto',
    'quarto',
    'vierde',
    'czwarty',
    'fjärde',
    'الرابع',
  ],
};

/**
 * Short names of countries that `Intl.DisplayNames` does not give, as people write them in a table (upper or
 * lower case): ISO 3166-1 alpha-3 code for each.
 */
export const COUNTRY_SHORT_NAMES: Readonly<Record<string, string>> = {
  usa: 'USA',
  us: 'USA',
  'u.s.': 'USA',
  'u.s.a.': 'USA',
  'united states of america': 'USA',
  amerika: 'USA',
  'vereinigte staaten von amerika': 'USA',
  'états-unis d’amérique': 'USA',
  eeuu: 'USA',
  'ee. uu.': 'USA',
  'ee.uu.': 'USA',
  uk: 'GBR',
  'u.k.': 'GBR',
  'great britain': 'GBR',
  britain: 'GBR',
  england: 'GBR',
  großbritannien: 'GBR',
  grossbritannien: 'GBR',
  'grande-bretagne': 'GBR',
  'gran bretaña': 'GBR',
  'gran bretagna': 'GBR',
  'groot-brittannië': 'GBR',
  'grã-bretanha': 'GBR',
  'wielka brytania': 'GBR',
  storbritannien: 'GBR',
  holland: 'NLD',
  holanda: 'NLD',
  hollande: 'NLD',
  olanda: 'NLD',
  'the netherlands': 'NLD',
  russia: 'RUS',
  russland: 'RUS',
  'south korea': 'KOR',
  'korea, republic of': 'KOR',
  czechia: 'CZE',
  tschechien: 'CZE',
  'czech republic': 'CZE',
  'hong kong': 'HKG',
  türkei: 'TUR',
  turkey: 'TUR',
  uae: 'ARE',
  vae: 'ARE',
  アメリカ: 'USA',
  米国: 'USA',
  英国: 'GBR',
  イギリス: 'GBR',
  أمريكا: 'USA',
  'الولايات المتحدة الأمريكية': 'USA',
  بريطانيا: 'GBR',
};

/**
 * Every word list the spreadsheet reader knows, per language: what the "Your spreadsheet" docs print, so the
 * page and the reader never differ.
 */
export const SPREADSHEET_WORDS = {
  header: HEADER_WORDS,
  total: TOTAL_WORDS,
  noData: NO_DATA_WORDS,
  footnote: FOOTNOTE_WORDS,
  parts: PART_WORDS,
  yes: YES_WORDS,
} as const;
