import { checkCell, citation, citationText, type SourceLinePart } from './sourceLine';
import type { Law, Source, Verification } from './types';

/*
 * Datasets as flat records and CSV text, for tables, the "Data" docs page and the published csv/ files.
 * Pure, and never throws: a value that cannot be read becomes an empty cell.
 */

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break, with quotes doubled.
 * A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet
 * shows it as text instead of running it as a formula (CSV injection). A JavaScript number is written as it is
 * (`-3` stays a number: it cannot hold a formula); `undefined`, `null` and numbers that are not finite give
 * an empty cell, never "NaN". Never throws: a value that cannot become text gives an empty cell.
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  // A number is written as it is, a negative one too: it cannot hold a formula, and stays a number.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let cell: string;
  try {
    cell = String(value);
  } catch {
    return '';
  }
  if (/^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Lines of cells as CSV text, with CRLF line ends as RFC 4180 asks (and one after the last line). */
export function csvLines(rows: readonly (readonly unknown[])[]): string {
  if (!Array.isArray(rows)) return '';
  return rows.map((row) => `${(Array.isArray(row) ? row : []).map(csvCell).join(',')}\r\n`).join('');
}

/** One figure of a dataset as a flat record: its label, period, value, unit and check. */
export interface FlatRecord {
  /** `row` for a data row, `aggregate` for a group such as the EU, `figure` for a dataset-level count. */
  kind: 'row' | 'aggregate' | 'figure';
  /** What the figure is: a provider, a country with its code, a share's label, or the period. */
  label: string;
  /** The period's label (`H1 2025`); empty when the figure has no period. */
  periodLabel: string;
  /** The period's first day, `YYYY-MM-DD`, or empty. */
  periodStart: string;
  /** The period's last day, `YYYY-MM-DD`, or empty. */
  periodEnd: string;
  /** True for a partial period such as H1 2025. */
  partial: boolean;
  /** The seed's value (a percentage in points for a share); `undefined` for a row without a number. */
  value: number | undefined;
  /** The unit of `value`; empty when there is no value. */
  unit: string;
  /** A count given beside a percentage (webpages behind a hosting share). */
  count: number | undefined;
  /** The count behind a percentage (its numerator), where the publisher gives it. */
  part: number | undefined;
  /** The count a percentage is of (its denominator), where the publisher gives it. */
  whole: number | undefined;
  /** Anything else a reader needs: a law's status and dates, an aggregate's members. */
  detail: string;
  /** The check's status (the row's, else the dataset's). */
  status: string;
  /** The publisher's own figure, where a check found one. */
  verifiedValue: number | undefined;
  /** The period of the publisher's figure, where it differs from the row's. */
  verifiedPeriod: string;
  /** The check's source as "publisher, title (year)". */
  verifiedSource: string;
  /** The check's source's address, where known. */
  verifiedSourceUrl: string;
  /** The check in a reader's words: "Corrected — NCMEC’s own figure for H1 2025: 440,419". */
  check: string;
  /** The check's note. */
  note: string;
}

/** What {@link flattenDataset} and {@link toCsv} read: any dataset of the package, or a user's own. */
export interface FlattenableDataset {
  /** The unit of the rows' values. */
  unit?: string;
  /** The rows, of any of the package's shapes. */
  rows: readonly unknown[];
  /** The dataset's check, used for rows without their own. */
  verification?: Verification;
  /** Groups of countries (a hosting dataset), written after the rows. */
  aggregates?: readonly unknown[];
  /** A dataset-level count (the forum study), written last. */
  imagesInOneMonth?: { value: number; unit: string; label: string };
  /** The documents that hold the figures, written in every CSV line. */
  sources?: readonly Source[];
  /** What the report cites instead, written in every CSV line. */
  citedSources?: readonly Source[];
  /** The count every share is of (a hosting dataset's total). */
  total?: { value: number; label: string };
  /** The month of the check, `YYYY-MM`. */
  asOf?: string;
  /** What a reader must know to read the figures right. */
  notes?: readonly string[];
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const obj = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

/** A source as one cell: "publisher, title (year)", built by the same `citation` as every source line. */
function cite(source: Source | undefined): string {
  const part = citation(source);
  return part ? citationText(part) : '';
}

function partsOf(list: unknown): SourceLinePart[] {
  return (Array.isArray(list) ? list : []).map(citation).filter((p): p is SourceLinePart => !!p);
}

function lawDetail(row: Record<string, unknown>): string {
  const status = str(row.status);
  const seed = str(row.seedStatus);
  const dates = Array.isArray(row.dates)
    ? row.dates.map((d) => `${str(obj(d).label)} ${str(obj(d).date)}`.trim())
    : [];
  const said = seed && seed !== status ? ` (the seed: ${seed})` : '';
  return [status ? `Status: ${status}${said}` : '', ...dates].filter(Boolean).join('; ');
}

/** The unit of a row's value: the dataset's for `value`, `percent` for a share, `webpages` for a bare count. */
function unitOf(row: Record<string, unknown>, dataset: FlattenableDataset): string {
  if (num(row.value) !== undefined) return str(dataset.unit);
  if (num(row.percent) !== undefined) return 'percent';
  return num(row.count) !== undefined ? 'webpages' : '';
}

function record(raw: unknown, kind: FlatRecord['kind'], dataset: FlattenableDataset): FlatRecord {
  const row = obj(raw);
  const own = obj(row.verification);
  const check = (own.status ? own : obj(dataset.verification)) as Partial<Verification>;
  const period = obj(row.period);
  const name = str(row.name);
  const code = str(row.code);
  const percent = num(row.percent);
  const value = num(row.value) ?? percent ?? num(row.count);
  const members = Array.isArray(row.members) ? row.members.length : 0;
  const isLaw = 'jurisdiction' in row;
  const checkPeriod = str(obj(check.period).label);
  const count = percent !== undefined ? num(row.count) : undefined;
  const total = num(obj(dataset.total).value);
  return {
    kind,
    label:
      str(row.provider) || str(row.label) || (name && code ? `${name} (${code})` : name) || str(period.label),
    periodLabel: str(period.label),
    periodStart: str(period.start),
    periodEnd: str(period.end),
    partial: period.partial === true,
    value,
    unit: unitOf(row, dataset),
    count,
    part: num(row.part) ?? (total !== undefined ? count : undefined),
    whole: num(row.whole) ?? (count !== undefined ? total : undefined),
    detail: isLaw ? lawDetail(row) : members ? `${members} member countries` : '',
    status: str(check.status),
    verifiedValue: num(check.value),
    verifiedPeriod: checkPeriod !== str(period.label) ? checkPeriod : '',
    verifiedSource: cite(check.source),
    verifiedSourceUrl: str(citation(check.source)?.url),
    check: checkCell(raw, dataset.verification, unitOf(row, dataset)),
    note: str(check.note),
  };
}

/**
 * Every figure of a dataset as a flat record, for tables and CSV: one per row, then one per aggregate of a
 * hosting dataset (the EU's 62%), then a dataset-level count such as the forum study's 20,254 images. The same
 * flattening feeds the published CSV files and the "Data" docs page, so no figure is left out of either.
 * A row without its own check takes the dataset's. Never throws: input that is not a dataset gives `[]`.
 */
export function flattenDataset(dataset: FlattenableDataset): FlatRecord[] {
  try {
    if (!dataset || typeof dataset !== 'object' || !Array.isArray(dataset.rows)) return [];
    const records = dataset.rows.map((row) => record(row, 'row', dataset));
    if (Array.isArray(dataset.aggregates))
      for (const aggregate of dataset.aggregates) records.push(record(aggregate, 'aggregate', dataset));
    const extra = dataset.imagesInOneMonth;
    if (extra && typeof extra === 'object') {
      const figure = record({ label: extra.label, value: extra.value }, 'figure', dataset);
      figure.unit = str(extra.unit);
      records.push(figure);
    }
    return records;
  } catch {
    return [];
  }
}

/** Columns every line of every file repeats, so a copied line keeps its provenance. */
const DATASET_HEADER = ['source', 'source_url', 'source_accessed', 'report_cites', 'as_of', 'dataset_notes'];

const HEADER = [
  'kind',
  'label',
  'period',
  'period_start',
  'period_end',
  'partial',
  'value',
  'unit',
  'count',
  'part',
  'whole',
  'detail',
  'verification_status',
  'check',
  'publisher_value',
  'publisher_period',
  'verification_source',
  'verification_source_url',
  'verification_note',
  ...DATASET_HEADER,
];

const LAW_HEADER = [
  'id',
  'name',
  'jurisdiction',
  'bill_number',
  'seed_status',
  'status',
  'dates',
  'provisions',
  'seed_description',
  'verification_status',
  'verification_note',
  'verification_source',
  'verification_source_url',
  ...DATASET_HEADER,
];

/** The cells of {@link DATASET_HEADER} for a dataset. */
function datasetCells(dataset: FlattenableDataset): string[] {
  const sources = partsOf(dataset.sources);
  const cited = partsOf(dataset.citedSources);
  return [
    sources.map(citationText).join('; '),
    sources
      .map((part) => part.url ?? '')
      .join('; ')
      .replace(/^(; )+$/, ''),
    sources
      .map((part) => part.accessed ?? '')
      .join('; ')
      .replace(/^(; )+$/, ''),
    cited.map(citationText).join('; '),
    str(dataset.asOf),
    (Array.isArray(dataset.notes) ? dataset.notes : []).map(str).filter(Boolean).join(' | '),
  ];
}

function lawLine(raw: unknown, cells: readonly string[]): unknown[] {
  const law = obj(raw) as Partial<Law>;
  const dates = Array.isArray(law.dates)
    ? law.dates.map((d) => `${str(obj(d).label)}: ${str(obj(d).date)}`).join('; ')
    : '';
  const provisions = Array.isArray(law.provisions) ? law.provisions.map(str).join(' | ') : '';
  const check = obj(law.verification) as Partial<Verification>;
  return [
    law.id,
    law.name,
    law.jurisdiction,
    law.billNumber,
    law.seedStatus,
    law.status,
    dates,
    provisions,
    law.seedDescription,
    check.status,
    check.note,
    cite(check.source),
    str(citation(check.source)?.url),
    ...cells,
  ];
}

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /**
   * Start with a UTF-8 byte-order mark, so Excel reads the file's “–” and “’” right when it is opened by a
   * double click. Leave it off only for text that is parsed, not saved as a file.
   * @default true
   */
  bom?: boolean;
}

/** The UTF-8 byte-order mark that starts a CSV file for Excel. */
export const CSV_BOM = '\uFEFF';

/**
 * A dataset as a CSV file (RFC 4180, CRLF, every cell through {@link csvCell}, a UTF-8 byte-order mark first):
 * a header line, then one line per figure with its kind, label, period (label, start, end, partial), value,
 * unit, count, the counts behind a percentage (part, whole), its check (status, in words, the publisher's
 * value and period, the check's source and address, note), and on every line the dataset's provenance: the
 * documents that hold the figures with their addresses and the month they were read, what the report cites
 * instead, the month of the check and the dataset's notes (such as "never add them up"). The legislation
 * dataset gets its own columns instead: id, name, jurisdiction, bill number, the seed's status and the
 * checked one, dates, provisions, the seed's description and the check. Never throws.
 */
export function toCsv(dataset: FlattenableDataset, { bom = true }: CsvOptions = {}): string {
  return (bom ? CSV_BOM : '') + csvBody(dataset);
}

function csvBody(dataset: FlattenableDataset): string {
  try {
    if (!dataset || typeof dataset !== 'object' || !Array.isArray(dataset.rows)) return csvLines([HEADER]);
    const cells = datasetCells(dataset);
    const rows = dataset.rows;
    // Laws get columns of their own: by the shape the dataset declares, else by its rows.
    const shape = (dataset as { shape?: unknown }).shape;
    const laws =
      shape === 'legislation' ||
      (shape === undefined && rows.length > 0 && rows.every((row) => obj(row) && 'jurisdiction' in obj(row)));
    if (laws) return csvLines([LAW_HEADER, ...rows.map((row) => lawLine(row, cells))]);
    return csvLines([
      HEADER,
      ...flattenDataset(dataset).map((r) => [
        r.kind,
        r.label,
        r.periodLabel,
        r.periodStart,
        r.periodEnd,
        r.partial,
        r.value,
        r.unit,
        r.count,
        r.part,
        r.whole,
        r.detail,
        r.status,
        r.check,
        r.verifiedValue,
        r.verifiedPeriod,
        r.verifiedSource,
        r.verifiedSourceUrl,
        r.note,
        ...cells,
      ]),
    ]);
  } catch {
    return csvLines([HEADER]);
  }
}
