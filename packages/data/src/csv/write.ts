import { checkCell, citation, citationText, type SourceLinePart } from '../sourceLine';
import type { Law, Source, Verification } from '../types';

/*
 * Datasets as flat records and CSV text, for tables, the "Data" docs page and the published csv/ files.
 * Pure, and never throws: a value that cannot be read becomes an empty cell.
 */

/** How a CSV file writes its cells for one spreadsheet: what separates them, and the numbers' decimal mark. */
export interface CsvFormat {
  /** What separates the cells: `,` (RFC 4180), or `;` where `,` is the decimal mark, as Excel there expects. */
  delimiter: ',' | ';';
  /** The decimal mark numbers are written with (never with a grouping separator). */
  decimal: '.' | ',';
}

/** How {@link csvCell} and {@link csvLines} write a cell: the parts of {@link CsvOptions} a cell needs. */
export type CsvCellOptions = Pick<CsvOptions, 'delimiter' | 'decimal' | 'textDates'>;

/**
 * Text that a spreadsheet opening the file would turn into a date, a time or a fraction: `2026-11`,
 * `2024-04-01`, `1/2`, `12.5` (12 May where `,` is the decimal mark), `10:30`, `Nov 2026`, `1-Mar`. It holds no
 * quote, so it can sit inside a formula's string literal as it is.
 */
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE_LIKE = new RegExp(
  `^(?:\\d{1,4}([-/.])\\d{1,2}(?:\\1\\d{1,4})?|\\d{1,2}:\\d{2}(?::\\d{2})?|\\d{1,2}[ -]${MONTH}(?:[ -]\\d{1,4})?|${MONTH}[ -]\\d{1,4})$`,
  'i',
);

/**
 * One CSV cell (RFC 4180): quoted when it holds the delimiter (a comma unless `delimiter` says `;`), a quote or a
 * line break, with quotes doubled. A cell that starts with `=`, `+`, `-` or `@`, also after spaces or tabs (a
 * spreadsheet skips them and still runs the formula), or with a tab or a carriage return, gets a leading `'`,
 * so a spreadsheet shows it as text instead of running it as a formula (CSV injection). A JavaScript number is
 * written as it is, with `decimal` as its decimal mark and no grouping (`-3` stays a number: it cannot hold a
 * formula); `undefined`, `null` and numbers that are not finite give an empty cell, never "NaN". With
 * `textDates`, text a spreadsheet would turn into a date (`2026-11`, `2024-04-01`, `1/2`) is written as the
 * formula `="2026-11"`, a string literal that Excel, LibreOffice and SheetJS all open as that text. Never
 * throws: a value that cannot become text gives an empty cell.
 */
export function csvCell(value: unknown, options: CsvCellOptions = {}): string {
  const { delimiter = ',', decimal = '.', textDates = false } = options ?? {};
  if (value === undefined || value === null) return '';
  // A number is written as it is, a negative one too: it cannot hold a formula, and stays a number.
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const text = String(value);
    return decimal === ',' ? quoted(text.replace('.', ','), delimiter) : text;
  }
  let cell: string;
  try {
    cell = String(value);
  } catch {
    return '';
  }
  if (/^[\t\r]|^\s*[=+\-@]/.test(cell)) cell = `'${cell}`;
  // Why a formula, `="2026-11"`, and not another way to keep a date as text. Tried in LibreOffice 7.4 headless
  // (German and US CSV filter, "detect special numbers" and "evaluate formulas" on and off); Excel and SheetJS
  // from their known behaviour, not run here: Excel ignores RFC 4180 quotes when it guesses a type and does not
  // read a leading `'` from a CSV file (the reader would see `'2026-11`, as LibreOffice shows it too) and trims
  // spaces before the guess; an invisible mark (U+2060, a trailing no-break space) kept it text in LibreOffice
  // but hides in the cell and breaks the reader's lookups and copies.
  // `="2026-11"` shows exactly `2026-11` in Excel (the usual way to keep text in a CSV), LibreOffice (it
  // evaluates formulas in CSV by default; with that off it shows `="2026-11"`, still text) and SheetJS (it
  // reads `="…"` as a string). It cannot run anything: only text matching DATE_LIKE, which holds no quote, goes
  // inside the literal, and a cell the guard above changed starts with `'` and never matches.
  if (textDates && DATE_LIKE.test(cell)) cell = `="${cell}"`;
  return quoted(cell, delimiter);
}

/** A cell in RFC 4180 quotes, quotes doubled, when it holds the delimiter, a quote or a line break. */
function quoted(cell: string, delimiter: string): string {
  const special = delimiter === ';' ? /[";\r\n]/ : /[",\r\n]/;
  return special.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * Lines of cells as CSV text, with CRLF line ends as RFC 4180 asks (and one after the last line), cells
 * separated by `options.delimiter` (a comma by default) and written by {@link csvCell} with `options`.
 */
export function csvLines(rows: readonly (readonly unknown[])[], options: CsvCellOptions = {}): string {
  if (!Array.isArray(rows)) return '';
  const delimiter = options?.delimiter === ';' ? ';' : ',';
  const cell = (value: unknown) => csvCell(value, options);
  return rows.map((row) => `${(Array.isArray(row) ? row : []).map(cell).join(delimiter)}\r\n`).join('');
}

/** One figure of a dataset as a flat record: its label, period, value, unit and check. */
export interface FlatRecord {
  /**
   * `row` for a data row, `aggregate` for a group such as the EU, `figure` for a dataset-level count, `gap` for
   * a period of a series with no figure (its `value` empty, its `detail` saying why).
   */
  kind: 'row' | 'aggregate' | 'figure' | 'gap';
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
  /** A series' periods with no figure, written among the rows in period order. */
  gaps?: readonly unknown[];
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
    // A series' periods with no figure, in period order among the rows: never a 0, never left out.
    if (Array.isArray(dataset.gaps) && dataset.gaps.length) {
      for (const gap of dataset.gaps) {
        const flat = record({ period: obj(gap).period }, 'gap', dataset);
        flat.detail = obj(gap).reason === 'missing' ? 'no data: not in the file' : 'no data';
        // A gap holds no figure: no check of the dataset's applies to it.
        Object.assign(flat, {
          status: '',
          check: '',
          note: '',
          verifiedValue: undefined,
          verifiedPeriod: '',
          verifiedSource: '',
          verifiedSourceUrl: '',
        });
        records.push(flat);
      }
      records.sort((a, b) =>
        a.periodStart && b.periodStart
          ? a.periodStart < b.periodStart
            ? -1
            : a.periodStart > b.periodStart
              ? 1
              : 0
          : 0,
      );
    }
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
  /**
   * What separates the cells. `;` for a reader whose spreadsheet writes `1,5` (German, French, Spanish, Italian,
   * Dutch, Portuguese, Polish, Swedish Excel open a comma-separated file as one column): see {@link csvFormatFor}.
   * @default ','
   */
  delimiter?: ',' | ';';
  /**
   * The decimal mark numbers are written with; they never get a grouping separator.
   * @default '.'
   */
  decimal?: '.' | ',';
  /**
   * Keep text a spreadsheet would turn into a date (`as_of` `2026-11`, periods such as `2024-04-01`, fractions
   * such as `1/2`) as text, written `="2026-11"`: for a file a reader opens in a spreadsheet, not for one a
   * program parses.
   * @default false
   */
  textDates?: boolean;
}

/** The UTF-8 byte-order mark that starts a CSV file for Excel. */
export const CSV_BOM = '\uFEFF';

/**
 * How a spreadsheet in `locale` (a BCP 47 tag such as `de-DE`) expects a CSV file: the locale's decimal mark
 * (from `Intl.NumberFormat(locale).formatToParts(1.5)`), and the cell delimiter Excel uses there, `;` wherever
 * the decimal mark is `,`, else `,`. Pass it to {@link toCsv}. A locale whose mark is neither, or a tag `Intl`
 * does not accept, gets RFC 4180's `,` and `.`. Never throws.
 */
export function csvFormatFor(locale: string): CsvFormat {
  let mark: string | undefined;
  try {
    mark = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
  } catch {
    mark = undefined;
  }
  return mark === ',' ? { delimiter: ';', decimal: ',' } : { delimiter: ',', decimal: '.' };
}

/**
 * A dataset as a CSV file (RFC 4180, CRLF, every cell through {@link csvCell}, a UTF-8 byte-order mark first):
 * a header line, then one line per figure with its kind, label, period (label, start, end, partial), value,
 * unit, count, the counts behind a percentage (part, whole), its check (status, in words, the publisher's
 * value and period, the check's source and address, note), and on every line the dataset's provenance: the
 * documents that hold the figures with their addresses and the month they were read, what the report cites
 * instead, the month of the check and the dataset's notes (such as "never add them up"). The legislation
 * dataset gets its own columns instead: id, name, jurisdiction, bill number, the seed's status and the
 * checked one, dates, provisions, the seed's description and the check. The header's words are the same
 * machine names in every format. With `delimiter`, `decimal` and `textDates` (see {@link csvFormatFor}) it is
 * the file a reader's spreadsheet opens in columns, numbers as numbers and dates as the text they are. Never
 * throws.
 */
export function toCsv(
  dataset: FlattenableDataset,
  { bom = true, delimiter = ',', decimal = '.', textDates = false }: CsvOptions = {},
): string {
  return (bom ? CSV_BOM : '') + csvBody(dataset, { delimiter, decimal, textDates });
}

function csvBody(dataset: FlattenableDataset, format: CsvCellOptions): string {
  try {
    if (!dataset || typeof dataset !== 'object' || !Array.isArray(dataset.rows))
      return csvLines([HEADER], format);
    const cells = datasetCells(dataset);
    const rows = dataset.rows;
    // Laws get columns of their own: by the shape the dataset declares, else by its rows.
    const shape = (dataset as { shape?: unknown }).shape;
    const laws =
      shape === 'legislation' ||
      (shape === undefined && rows.length > 0 && rows.every((row) => obj(row) && 'jurisdiction' in obj(row)));
    if (laws) return csvLines([LAW_HEADER, ...rows.map((row) => lawLine(row, cells))], format);
    return csvLines(
      [
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
      ],
      format,
    );
  } catch {
    return csvLines([HEADER], format);
  }
}
