import type { ProblemCode, ProblemParams } from './problems';
import type { VerificationStatus } from './status';

export type { VerificationStatus } from './status';

/** Every shape of dataset, once: what each validator, chart and CSV column set is for. */
export const DATASET_SHAPES = ['series', 'shares', 'providers', 'hosting', 'legislation'] as const;
/** A shape of dataset. */
export type DatasetShape = (typeof DATASET_SHAPES)[number];

/** The units the library has words for in every language. `percent` values are in points: 65 means 65%. */
export const KNOWN_UNITS = ['videos', 'images', 'items', 'reports', 'webpages', 'percent'] as const;
/** A unit the library knows and translates. */
export type KnownUnit = (typeof KNOWN_UNITS)[number];

/**
 * What a number counts: one of the {@link KnownUnit}s, translated by the charts, or any word of your own
 * (`URLs`, `calls`, `children`), shown as you give it.
 */
export type Unit = KnownUnit | (string & {});

/**
 * The stretch of time a figure covers. Dates are ISO `YYYY-MM-DD`, both ends inclusive.
 * `partial: true` marks a period shorter than the series' usual one (H1 2025 in a series of years),
 * so a chart never reads it as a full year.
 */
export interface Period {
  /** The first day, `YYYY-MM-DD`. */
  start: string;
  /** The last day, `YYYY-MM-DD`, counted in: 2024 ends `2024-12-31`. */
  end: string;
  /** How a reader names it: `2024`, `H1 2025`, `Jan–Jun 2024`. */
  label: string;
  /** True for a period shorter than its series' usual one, such as H1 2025 beside full years. */
  partial?: boolean;
}

/** Where a figure comes from (after Our World in Data's origins): who published what, and when. */
export interface Source {
  /** The organisation that published the figure, e.g. `Internet Watch Foundation (IWF)`. */
  publisher: string;
  /** The document, page or dataset. */
  title: string;
  /** Where to read it, when known. */
  url?: string;
  /** When it was published: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  published?: string;
  /** When it was last read for this package: `YYYY-MM` or `YYYY-MM-DD`. */
  accessed?: string;
}

/**
 * What a check of a figure (or a dataset) against its publisher found, kept beside the seed's figure.
 * The seed's figure is never changed: the publisher's own number, where there is one, is in `value`.
 */
export interface Verification {
  /** What the check found, in one word: see {@link VerificationStatus}. */
  status: VerificationStatus;
  /** Plain-language note on what the check found. */
  note: string;
  /** The publisher's own figure, where it differs from the seed's. */
  value?: number;
  /** The publisher's source for the check. */
  source?: Source;
  /** The period of the publisher's figure, where it differs from the seed's. */
  period?: Period;
  /** The seed's value, kept here when `withFigures(…, 'publisher')` swaps the publisher's figure in. */
  seedValue?: number;
  /**
   * How the publisher's figure reads, where its label differs from the seed's row ("Girls, AI imagery, 2025"
   * where the seed's row reads "Victims depicted as girls (as the seed states)"). Swapped in with the value.
   */
  label?: string;
  /** What the publisher's percentage is of, where it differs from the seed's row. Swapped in with the value. */
  of?: string;
  /** The count behind the publisher's percentage (its numerator), where the publisher gives it. */
  part?: number;
  /** The count the publisher's percentage is of (its denominator), where the publisher gives it. */
  whole?: number;
}

/**
 * A set of figures of one kind with its provenance. `rows` carry the figures as the seed states them;
 * `verification` on the dataset and on each row says what a check against the publisher found.
 */
export interface Dataset<Row> {
  /** A stable name, e.g. `iwfAiVideos` (the export name for the package's own datasets). */
  id?: string;
  /**
   * What its rows are, so no one has to guess from their fields: `series`, `shares`, `providers`, `hosting` or
   * `legislation`. The package's datasets and the `define*` builders set it; `validateDataset`, the CSV export
   * and the embed read it, and guess from the first row only when it is absent.
   */
  shape?: DatasetShape;
  /** A chart title in plain words. */
  title: string;
  /** One or two sentences on what the figures count. */
  description?: string;
  /** The unit of every value in `rows`. */
  unit: Unit;
  /** The figures, as the seed states them, in the seed's order. */
  rows: readonly Row[];
  /**
   * The documents that hold these figures, as the check found them: the source line names these. Empty only
   * when no publisher's document was found (then `citedSources` says what the report cites instead).
   */
  sources: readonly Source[];
  /**
   * What the report (the seed) cites for these figures, where that is not the document that holds them: the
   * source line adds "The report cites: …" after the real sources.
   */
  citedSources?: readonly Source[];
  /** The check of the dataset as a whole, where a check was made; without one a chart shows no check line. */
  verification?: Verification;
  /**
   * The month the figures were checked against their publishers, `YYYY-MM` (`2026-11`), where they were. It is
   * a month, not a day: where a full date is needed, read it as the first of the month (`2026-11-01`).
   */
  asOf?: string;
  /** What a reader should know to read the figures right, in plain words. */
  notes?: readonly string[];
  /**
   * Periods of a series with no figure: a chart draws each as an empty slot marked "no data", never as 0, and
   * its table lists it. The spreadsheet reader fills it from cells such as `k.A.` or `n/a` and from periods
   * missing inside a regular series. Series only.
   */
  gaps?: readonly SeriesGap[];
}

/** Why a period of a series has no figure. */
export const GAP_REASONS = ['no-data', 'missing'] as const;

/** A period a series has no figure for (see {@link Dataset.gaps}). */
export interface SeriesGap {
  /** The period without a figure. */
  period: Period;
  /**
   * `no-data`: the file says there is none (`k.A.`, `n/a`, `—`, an empty cell); `missing`: the period is not in
   * the file, between two that are.
   */
  reason: (typeof GAP_REASONS)[number];
}

/**
 * A dataset of this package: every provenance field present (its name, description, check and the month of
 * the check). An organisation's own dataset needs none of them.
 */
export type CheckedDataset<D extends Dataset<unknown>> = D & {
  id: string;
  description: string;
  verification: Verification;
  asOf: string;
};

/** One value for one period: the shape of every time series here. */
export interface SeriesPoint {
  /** The period the value covers; `partial` for a half year. */
  period: Period;
  /** The figure as the seed states it, in the dataset's `unit`. */
  value: number;
  /** What a check of this figure found, when it says more than the dataset's check. */
  verification?: Verification;
}

/** Reports to NCMEC by one provider. */
export interface ProviderReport {
  /** The company, as the seed names it: `OpenAI`, `Amazon AI`, `Anthropic`. */
  provider: string;
  /** Reports, as the seed states them. */
  value: number;
  /** The period of the count, when the seed or the check gives one. */
  period?: Period;
  /**
   * Change on the year before, as the seed states it, e.g. `{ percent: 9650, label: '+9,650% YoY' }`. Without
   * the year before's count it cannot be recomputed: its `verification` says so.
   */
  change?: { percent: number; label: string; verification?: Verification };
  /** The provider had not reported before. */
  newReporter: boolean;
  /** What a check of this figure found. */
  verification?: Verification;
}

/** A percentage of a whole: 65% of AI videos were Category A. */
export interface ShareRow {
  /** What the share is of, as a reader names it: `AI-generated videos`. */
  label: string;
  /** In points: 65 means 65%. */
  percent: number;
  /** What the percentage is of: `AI-generated videos`. */
  of?: string;
  /** The period of the share, when known. */
  period?: Period;
  /** The count behind the percentage (its numerator), when the publisher gives it. */
  part?: number;
  /** The count the percentage is of (its denominator), when the publisher gives it. */
  whole?: number;
  /** What a check of this figure found. */
  verification?: Verification;
}

/** Where CSAM was hosted: one country (or territory) by ISO 3166-1 alpha-3 code. */
export interface HostingRow {
  /** ISO 3166-1 alpha-3, e.g. `NLD`, `HKG`. */
  code: string;
  /**
   * The name as the data gives it, where it does (Hong Kong stays "Hong Kong"); the charts name a country in
   * the reader's language from its code, and use this where the browser has no name for it.
   */
  name?: string;
  /** Share of the total, in points. */
  percent?: number;
  /** Count of webpages, when the publisher gives it. */
  count?: number;
  /** The year of the share. */
  period?: Period;
  /** What a check of this figure found. */
  verification?: Verification;
}

/** A group of countries reported as one figure, e.g. the EU. */
export interface HostingAggregate {
  /** The group's code, which is not an ISO 3166-1 code: `EU`. */
  code: string;
  /** The group's name: `European Union`. */
  name: string;
  /** Member codes (ISO 3166-1 alpha-3). */
  members: readonly string[];
  /** The group's share of the total, in points. */
  percent: number;
  /** Count of webpages, when the publisher gives it. */
  count?: number;
  /** The year of the share. */
  period?: Period;
  /** What a check of this figure found. */
  verification?: Verification;
}

/** CSAM hosting by country, plus aggregates such as the EU. Countries absent here have no data, not zero. */
export interface HostingDataset extends Dataset<HostingRow> {
  /** The count every share is of, where the publisher gives it: 291,273 webpages the IWF confirmed in 2024. */
  total?: { value: number; label: string };
  /** Figures for groups of countries (the EU), kept apart from the country rows so no one adds them twice. */
  aggregates: readonly HostingAggregate[];
}

/** Where a law stands. */
export const KNOWN_LAW_STATUSES = ['signed', 'pending', 'passed-one-chamber', 'in-progress', 'law'] as const;
/** A stage of a law the library knows and translates. */
export type KnownLawStatus = (typeof KNOWN_LAW_STATUSES)[number];

/**
 * Where a law stands: one of the {@link KnownLawStatus}es, which the charts translate, or any stage of your
 * jurisdiction's own (`second reading`, `Bundesrat`), shown as you give it.
 */
export type LawStatus = KnownLawStatus | (string & {});

/** A bill or law on AI-generated CSAM. */
export interface Law {
  /** A stable kebab-case id: `take-it-down-act`. */
  id: string;
  /** The law's name, as the check found it (the seed's name in brackets where it differs). */
  name: string;
  /** Where it applies: `United States (federal)`, `United Kingdom`. */
  jurisdiction: string;
  /** The status the seed gives. */
  seedStatus: LawStatus;
  /** The status the check found (as of the dataset's `asOf`). */
  status: LawStatus;
  /** Key dates: signed, passed one chamber, in force… */
  dates: readonly { label: string; date: string }[];
  /** What the law does, as the check found it. */
  provisions: readonly string[];
  /** What the law does in the seed's words, where that differs from `provisions`. */
  seedDescription?: string;
  /** The bill number, where there is one: `S.1829`. */
  billNumber?: string;
  /** What the check of the seed's status and description found, where a check was made. */
  verification?: Verification;
}

/** A headline figure of the report, with the dataset it comes from. */
export interface HeadlineStat {
  /** A stable kebab-case id: `ai-video-surge`. */
  id: string;
  /** The figure as the seed states it, or computed from its dataset (the percent change). */
  value: number;
  /** How to write it: a count, a percent or a percent change. */
  format: 'number' | 'percent' | 'percent-change';
  /** What follows the number, saying what is counted: "increase in AI-generated CSAM videos". */
  label: string;
  /** The seed's own words after the number, where `label` says more exactly what is counted. */
  seedLabel?: string;
  /** The id of the dataset behind it. */
  datasetId: string;
  /** The documents that hold the figure, as the check found them (empty when none was found). */
  sources: readonly Source[];
  /** What the report (the seed) cites for it, where that is not the document that holds it. */
  citedSources?: readonly Source[];
  /** What a check of the figure found. */
  verification: Verification;
}

/**
 * One problem a validator found: `row` is the row's 0-based index (null for the dataset as a whole), `field`
 * the field's path, `code` and `params` say what is wrong as data (so a chart can say it in the reader's
 * language: see `problemText`), and `message` says it all in English, counting rows from 1:
 * `Row 4, field "value": …`.
 */
export interface Problem {
  /** The row's 0-based index; `null` for the dataset as a whole (or input that is not a dataset). */
  row: number | null;
  /** The field's path within the row: `value`, `period.end`, `change.percent`, `aggregates[0].members`; for a CSV file, the column. */
  field: string;
  /** What kind of problem it is. */
  code: ProblemCode;
  /** Its parts: what was found, the number, the choices. */
  params: ProblemParams;
  /** For a problem in a CSV file: the spreadsheet's row, counting the header as row 1 (null for the file as a whole). */
  csvRow?: number | null;
  /** The problem in English, naming the row (counted from 1) and the field: for logs; show `problemText` to readers. */
  message: string;
}

/**
 * What a validator returns: `ok` is true when `problems` is empty. `data` is the input as the validator read
 * it: a fresh copy in which every value was read once, holding only the fields its shape knows and only the
 * rows without a problem, so a chart draws from what was checked, never from the raw input (no getter is read
 * twice). It is absent only when the input is not a dataset at all.
 */
export interface ValidationResult<T = unknown> {
  /** True when there is no problem. */
  ok: boolean;
  /** Every problem found, in row order, dataset-level problems first. */
  problems: Problem[];
  /** The checked copy: every row without a problem, every dataset field that passed. */
  data?: T;
}
