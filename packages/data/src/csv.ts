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
  /** The sources the seed names, written in every CSV line. */
  sources?: readonly Source[];
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const obj = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

/** A source as one cell: "publisher, title (year)". */
function cite(source: Source | undefined): string {
  if (!source || typeof source !== 'object') return '';
  const year = /^\d{4}/.exec(str(source.published))?.[0];
  const publisher = str(source.publisher);
  const title = str(source.title);
  return `${[publisher, title === publisher ? '' : title].filter(Boolean).join(', ')}${year ? ` (${year})` : ''}`;
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
    count: percent !== undefined ? num(row.count) : undefined,
    detail: isLaw ? lawDetail(row) : members ? `${members} member countries` : '',
    status: str(check.status),
    verifiedValue: num(check.value),
    verifiedPeriod: checkPeriod !== str(period.label) ? checkPeriod : '',
    verifiedSource: cite(check.source),
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
  'detail',
  'verification_status',
  'publisher_value',
  'publisher_period',
  'verification_source',
  'verification_note',
  'source',
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
  'source',
];

function lawLine(raw: unknown, source: string): unknown[] {
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
    source,
  ];
}

/**
 * A dataset as CSV text (RFC 4180, CRLF, every cell through {@link csvCell}): a header line, then one line
 * per figure with its kind, label, period (label, start, end, partial), value, unit, count, check (status,
 * publisher's value and period, source, note) and the dataset's sources as the seed names them. The
 * legislation dataset gets its own columns instead: id, name, jurisdiction, bill number, the seed's status
 * and the checked one, dates, provisions, the seed's description and the check. Never throws.
 */
export function toCsv(dataset: FlattenableDataset): string {
  try {
    if (!dataset || typeof dataset !== 'object' || !Array.isArray(dataset.rows)) return csvLines([HEADER]);
    const source = (Array.isArray(dataset.sources) ? dataset.sources : [])
      .map(cite)
      .filter(Boolean)
      .join('; ');
    const rows = dataset.rows;
    if (rows.length && rows.every((row) => obj(row) && 'jurisdiction' in obj(row)))
      return csvLines([LAW_HEADER, ...rows.map((row) => lawLine(row, source))]);
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
        r.detail,
        r.status,
        r.verifiedValue,
        r.verifiedPeriod,
        r.verifiedSource,
        r.note,
        source,
      ]),
    ]);
  } catch {
    return csvLines([HEADER]);
  }
}
