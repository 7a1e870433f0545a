/** What a number counts. `percent` values are given in points: 65 means 65%. */
export type Unit = 'videos' | 'images' | 'items' | 'reports' | 'webpages' | 'percent';

/**
 * The stretch of time a figure covers. Dates are ISO `YYYY-MM-DD`, both ends inclusive.
 * `partial: true` marks a period shorter than the series' usual one (H1 2025 in a series of years),
 * so a chart never reads it as a full year.
 */
export interface Period {
  start: string;
  end: string;
  /** How a reader names it: `2024`, `H1 2025`, `Jan–Jun 2024`. */
  label: string;
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
 * What a check of the figure against its publisher found.
 * - `confirmed`: the publisher says so.
 * - `corrected`: the publisher gives a different number or document; both are kept.
 * - `different-count`: the number is right but counts something else than the seed's sentence says.
 * - `unverified`: no publisher's source was found.
 */
export type VerificationStatus = 'confirmed' | 'corrected' | 'different-count' | 'unverified';

export interface Verification {
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
}

/**
 * A set of figures of one kind with its provenance. `rows` carry the figures as the seed states them;
 * `verification` on the dataset and on each row says what a check against the publisher found.
 */
export interface Dataset<Row> {
  /** Equal to the export name, e.g. `iwfAiVideos`. */
  id: string;
  title: string;
  description: string;
  /** The unit of every value in `rows`. */
  unit: Unit;
  rows: readonly Row[];
  /** The sources the seed names for these figures. */
  sources: readonly Source[];
  /** The check of the dataset as a whole. */
  verification: Verification;
  /** The month the figures were last checked against their publishers (`YYYY-MM`). */
  asOf: string;
  notes?: readonly string[];
}

/** One value for one period: the shape of every time series here. */
export interface SeriesPoint {
  period: Period;
  value: number;
  verification?: Verification;
}

/** Reports to NCMEC by one provider. */
export interface ProviderReport {
  provider: string;
  value: number;
  period?: Period;
  /** Change on the year before, as the seed states it, e.g. `{ percent: 9650, label: '+9,650% YoY' }`. */
  change?: { percent: number; label: string };
  /** The provider had not reported before. */
  newReporter: boolean;
  verification?: Verification;
}

/** A percentage of a whole: 65% of AI videos were Category A. */
export interface ShareRow {
  label: string;
  /** In points: 65 means 65%. */
  percent: number;
  /** What the percentage is of: `AI-generated videos`. */
  of?: string;
  period?: Period;
  /** The counts behind the percentage, when the publisher gives them. */
  part?: number;
  whole?: number;
  verification?: Verification;
}

/** Where CSAM was hosted: one country (or territory) by ISO 3166-1 alpha-3 code. */
export interface HostingRow {
  /** ISO 3166-1 alpha-3, e.g. `NLD`, `HKG`. */
  code: string;
  /** The name as the data names it (Hong Kong stays "Hong Kong"). */
  name: string;
  /** Share of the total, in points. */
  percent?: number;
  /** Count of webpages, when the publisher gives it. */
  count?: number;
  period?: Period;
  verification?: Verification;
}

/** A group of countries reported as one figure, e.g. the EU. */
export interface HostingAggregate {
  code: string;
  name: string;
  /** Member codes (ISO 3166-1 alpha-3). */
  members: readonly string[];
  percent: number;
  count?: number;
  period?: Period;
  verification?: Verification;
}

/** CSAM hosting by country, plus aggregates such as the EU. Countries absent here have no data, not zero. */
export interface HostingDataset extends Dataset<HostingRow> {
  aggregates: readonly HostingAggregate[];
}

/** Where a law stands. */
export type LawStatus = 'signed' | 'pending' | 'passed-one-chamber' | 'in-progress' | 'law';

/** A bill or law on AI-generated CSAM. */
export interface Law {
  id: string;
  name: string;
  jurisdiction: string;
  /** The status the seed gives. */
  seedStatus: LawStatus;
  /** The status the check found (as of the dataset's `asOf`). */
  status: LawStatus;
  /** Key dates: signed, passed one chamber, in force… */
  dates: readonly { label: string; date: string }[];
  provisions: readonly string[];
  /** The bill number, where there is one: `S.1829`. */
  billNumber?: string;
  verification: Verification;
}

/** A headline figure of the report, with the dataset it comes from. */
export interface HeadlineStat {
  id: string;
  value: number;
  /** How to write it: a count, a percent or a percent change. */
  format: 'number' | 'percent' | 'percent-change';
  /** What follows the number: "increase in AI-generated CSAM videos". */
  label: string;
  /** The id of the dataset behind it. */
  datasetId: string;
  sources: readonly Source[];
  verification: Verification;
}

/**
 * One problem a validator found: `row` is the row's 0-based index (null for the dataset as a whole), `field`
 * the field's path, and `message` says both in words, counting rows from 1: `Row 4, field "value": …`.
 */
export interface Problem {
  row: number | null;
  field: string;
  message: string;
}

export interface ValidationResult {
  ok: boolean;
  problems: Problem[];
}
