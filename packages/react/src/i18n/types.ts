import type {
  DatasetWords,
  KnownLawStatus,
  KnownUnit,
  ProblemWords,
  SourceWords,
} from '@safeguard-charts/data';

export type { KnownUnit };

/**
 * Every word a chart writes, for one language: a message catalogue. Strings are used as they are; functions
 * take the parts (already formatted for the locale) and put them in the language's order. Plurals go through
 * `Intl.PluralRules` (see {@link plural}). Every catalogue has every key: TypeScript and a test hold that. The
 * words of the data package's provenance builders (`SourceWords`) and of every problem a validator can find
 * (`ProblemWords`: where it is, what was found, what is wrong) are part of each catalogue; English takes the
 * problem words from the data package (`PROBLEM_WORDS`), which every chart that validates carries anyway, so a
 * catalogue without them writes problems in English.
 */
export interface Messages extends SourceWords, Partial<ProblemWords> {
  /** The catalogue's language, BCP 47: `en`, `de`, `ja`. */
  locale: string;
  /** The button that shows the data table. */
  showData: string;
  /** The same button once the table is shown. */
  hideData: string;
  /** What stands in a chart's place when its data has a problem. */
  cantDraw: string;
  /** "…and 3 more." after the first five problems. */
  moreProblems: (count: number) => string;
  /** What stands in a list's place (the laws) when its data has a problem. */
  cantShowList: string;
  /** A unit's word for a count of it: "1 video", "3,443 videos". Unknown units come back as given. */
  unit: (unit: string, count: number) => string;
  /** A unit's name as a column heading: "videos". Unknown units come back as given. */
  unitName: (unit: string) => string;
  /** A figure with its unit in a sentence: "3,443 videos". `value` is already formatted. */
  valueWithUnit: (value: string, unitWord: string) => string;
  /** One labelled figure: "2024: 13 videos". */
  labelled: (label: string, value: string) => string;
  /** The table header of a series' periods. */
  period: string;
  /** The table header of values: "Value (videos)". */
  valueIn: (unitWord: string) => string;
  /** Under a column that covers part of a period: "partial period". */
  partialPeriod: string;
  /** A partial period in the table: "H1 2025 (partial period)". */
  partialPeriodOf: (label: string) => string;
  /** The note under a chart with hatched (partial) columns. */
  partialNote: string;
  /** The note under a chart on a log scale. */
  logNote: string;
  /** "from 2024 to 2025 (computed)", after a percent change the chart computed from two of its figures. */
  changeSpan: (from: string, to: string) => string;
  /** Why no change is shown between periods of different lengths. */
  noChange: (parts: {
    from: string;
    fromMonths: number | undefined;
    to: string;
    toMonths: number | undefined;
  }) => string;
  /** A surge chart with fewer than two periods. */
  needTwoPeriods: string;
  /** Table header: the provider. */
  provider: string;
  /** Table header: the change on the year before. */
  change: string;
  /** A provider that had not reported before. */
  newReporter: string;
  /** A change the report claims and no one can recompute: "+9,650% YoY (report’s claim)". */
  reportsClaim: (label: string) => string;
  /** The note when shares of the figures shown are drawn. */
  shareNote: (parts: { count: number; total: string }) => string;
  /** A bar's share in its sentence: "50% of the total of these 3 figures". */
  shareOfThese: (parts: { share: string; count: number }) => string;
  /** Table headers of a share chart: the share's label ("Share"). */
  shareHeader: string;
  /** Table header of a share chart: its percentage ("Percent"). */
  percentHeader: string;
  /** Table header of a share chart: what the share is of ("Of"). */
  ofHeader: string;
  /** A share and what it is of: "94% of victims depicted …". */
  shareOf: (share: string, of: string) => string;
  /** A share chart asked for a row that is not there. */
  noRow: (row: number) => string;
  /** Table header of a comparison's groups. */
  group: string;
  /** A difference in percentage points: "+22 percentage points". */
  points: (difference: string, value: number) => string;
  /** "AI videos 65% against non-AI videos 43%: a difference of +22 percentage points." */
  difference: (parts: { a: string; av: string; b: string; bv: string; points: string }) => string;
  /** The map legend's name when it shows shares ("Share of the total"). */
  legendShare: string;
  /** The map legend's name when it shows counts ("Count"). */
  legendCount: string;
  /**
   * What stands where a figure is missing, which is not zero: a table cell, a chart's label for a period with no
   * figure (a gap in a series), a country with no data on the map. "No data", "Keine Daten", "データなし".
   */
  noData: string;
  /** "Outlined: European Union, 62% of the total (2024)." */
  outlined: (parts: { name: string; value: string; period: string }) => string;
  /** Map table headers: the country ("Country or territory"). */
  country: string;
  /** Map table header: the country's ISO code ("Code"). */
  code: string;
  /** Map table header: the count in its unit ("Count (webpages)"). */
  countIn: (unitWord: string) => string;
  /** After a validator's message for a row the map leaves off. */
  leftOffMap: string;
  /** The words of each stage of a law. */
  lawStatuses: Readonly<Record<KnownLawStatus, string>>;
  /** "(the report says: pending)" */
  reportSays: (status: string) => string;
  /** "The report describes it as: “…”" */
  reportDescribes: (text: string) => string;
  /** "Statuses as checked in 2026-11." */
  checkedIn: (month: string) => string;
  /** "Check: …" before a law's check note. */
  lawCheck: (note: string) => string;
  /** A stat card whose value is not a number. */
  noFigure: string;
  /** The default title of a source list. */
  sourcesTitle: string;
  /** The name of a chart's group of download buttons. */
  download: string;
  /** The download button for the data as CSV ("Data (CSV)"). */
  downloadCsv: string;
  /** The download button for the chart as SVG ("Image (SVG)"). */
  downloadSvg: string;
  /** The download button for the chart as PNG ("Image (PNG)"). */
  downloadPng: string;
  /** When the page's security policy stops an image download. */
  downloadBlocked: string;
  /** When the image could not be made for any other reason. */
  downloadFailed: string;
  /** The button that copies the chart's `<safeguard-chart>` snippet (shown where the chart has one). */
  copyEmbed: string;
  /** Said when the snippet is on the clipboard. */
  embedCopied: string;
  /** The label of the box that shows the snippet where the page does not allow the clipboard. */
  copyEmbedManual: string;
  /** A map of one region: the countries with data it cannot show (`list`: "United States: 14% and Hong Kong: 3%"). */
  notOnMap: (list: string) => string;
  /**
   * A half year as a chart names it, for a period labelled as the data package labels one (`H1 2025`, January to
   * June): "H1 2025", "1. Halbjahr 2025", "2025年上半期". `year` is the year's digits.
   */
  halfYear: (half: 1 | 2, year: string) => string;
  /** The title of a chart that has none (the embed's, when its figures cannot be read). */
  untitled: string;
  /**
   * The embed's message when its code names figures the chart package does not have (`name`, as the page wrote
   * it; empty when it names none): what a reader or an editor can act on, never a list of the package's ids.
   */
  figuresNotFound: (name: string) => string;
  /** The embed's message when its code names a kind of chart the package does not have (`name`, as written). */
  chartNotFound: (name: string) => string;
  /** The embed's message when the figures in its code (a JSON child) cannot be read. */
  figuresUnreadable: string;
  /** The embed's message when the chart's code could not be fetched. */
  codeNotLoaded: string;
  /**
   * The words of the data package's datasets in this language (`@safeguard-charts/data/words/de`): a chart of a
   * dataset shows each text of it this table has (its description, notes, labels, checks) in this language. Not in
   * the shipped catalogues, so a page pays for them only where it adds them:
   * `catalogs={[{ ...de, datasetWords: deWords }]}`.
   */
  datasetWords?: DatasetWords;
}

/** A catalogue with the words of every problem too: what each shipped language other than English is. */
export type CompleteMessages = Messages & ProblemWords;

const pluralRules = new Map<string, Intl.PluralRules>();

/** Categories already chosen, by locale and count: a chart of a hundred figures asks for each more than once. */
const categories = new Map<string, Intl.LDMLPluralRule>();

/**
 * The plural category of `count` in `locale`: `one`, `few`, `many`, `other`… (one `Intl.PluralRules` per locale,
 * and each count's category chosen once: up to 5,000, then the list starts over).
 */
export function plural(locale: string, count: number): Intl.LDMLPluralRule {
  try {
    const key = `${locale}|${count}`;
    const known = categories.get(key);
    if (known) return known;
    let rules = pluralRules.get(locale);
    if (!rules) {
      rules = new Intl.PluralRules(locale);
      pluralRules.set(locale, rules);
    }
    const category = rules.select(count);
    if (categories.size >= 5000) categories.clear();
    categories.set(key, category);
    return category;
  } catch {
    return 'other';
  }
}
