import { calendarYear, dateRange, half, month, quarter } from './periods';
import { foundOf, type ProblemCode, type ProblemParams, problemText } from './problems';
import type { Period, Problem, Source, ValidationResult } from './types';
import { validateProviderReports, validateSeries, validateShares } from './validate';
import { validateHosting } from './validateHosting';

/*
 * Figures from a spreadsheet: CSV as Excel, LibreOffice and Google Sheets write it (RFC 4180 quoting, a
 * byte-order mark, `;` between cells and decimal commas where Excel is set to a European language) into a
 * dataset, then through the shape's validator. Problems name the row and the column as the spreadsheet shows
 * them. Pure; never throws.
 */

/** The shapes a spreadsheet can hold, and the columns each needs (any order, any case). */
export const CSV_COLUMNS = {
  series: ['period', 'value'],
  shares: ['label', 'percent'],
  providers: ['provider', 'value'],
  hosting: ['code'],
} as const;

/**
 * Other names a column may have in a spreadsheet written in one of the shipped languages (lower case):
 * `Zeitraum;Wert` reads as `period;value`.
 */
export const CSV_COLUMN_NAMES: Readonly<Record<string, readonly string[]>> = {
  period: ['zeitraum', 'période', 'periode', 'periodo', 'período', 'okres', 'الفترة', '期間'],
  value: ['wert', 'valeur', 'valor', 'valore', 'waarde', 'wartość', 'värde', 'القيمة', '値'],
  label: [
    'bezeichnung',
    'libellé',
    'etiqueta',
    'etichetta',
    'rótulo',
    'etykieta',
    'etikett',
    'التسمية',
    'ラベル',
  ],
  percent: [
    'prozent',
    'pourcentage',
    'porcentaje',
    'percentuale',
    'percentage',
    'percentagem',
    'procent',
    'النسبة',
    '割合',
  ],
  provider: [
    'anbieter',
    'fournisseur',
    'proveedor',
    'fornitore',
    'aanbieder',
    'fornecedor',
    'dostawca',
    'leverantör',
    'الشركة',
    '事業者',
  ],
  code: ['kód', 'código', 'codice', 'kod', 'الرمز', 'コード'],
  name: [
    'land',
    'pays',
    'país',
    'paese',
    'kraj',
    'البلد',
    '国・地域',
    'nom',
    'nombre',
    'nome',
    'naam',
    'nazwa',
    'namn',
  ],
  count: ['anzahl', 'nombre de', 'número', 'numero', 'aantal', 'liczba', 'antal', 'العدد', '件数'],
  of: ['bezogen auf', 'sur', 'sobre', 'su', 'van', 'de', 'spośród', 'av', 'من', '対象'],
};

/** A shape of {@link CSV_COLUMNS}. */
export type CsvShape = keyof typeof CSV_COLUMNS;

/** Options of {@link parseCsvDataset}. */
export interface CsvDatasetOptions {
  /** Which shape the rows are. */
  shape: CsvShape;
  /** The dataset's title. */
  title?: string;
  /** What the values count: any word (`URLs`), or one the charts translate (`reports`). */
  unit?: string;
  /** Where the figures come from, for the source line. */
  sources?: readonly Source[];
  /** The cell separator; `auto` takes whichever of `,`, `;` and tab the header line uses most. @default 'auto' */
  delimiter?: ',' | ';' | '\t' | 'auto';
  /** The decimal mark; `auto` is `,` when cells are separated by `;` (European Excel), else `.`. @default 'auto' */
  decimal?: '.' | ',' | 'auto';
}

/** CSV text as rows of cells (RFC 4180: quoted cells, doubled quotes, CRLF or LF), without a byte-order mark. */
export function csvRows(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((value) => value.trim() !== ''));
}

function detectDelimiter(text: string): string {
  // The first line with text: a CSV pasted into a page often starts with a line break.
  const header =
    (text.startsWith('\uFEFF') ? text.slice(1) : text).split(/\r?\n/).find((line) => line.trim()) ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

/** A number as a spreadsheet writes it: `1,234.5`, `1.234,5` with a decimal comma, `12 %`, `1 234`. */
export function parseCsvNumber(cell: string, decimal: '.' | ','): number | undefined {
  const text = cell
    .trim()
    .replace(/[\s\u00A0\u202F']/g, '')
    .replace(/%$/, '');
  const group = decimal === ',' ? '\\.' : ',';
  const point = decimal === ',' ? ',' : '\\.';
  // Plain digits, or thousands grouped by three ("1,234,567"), with an optional fraction and exponent.
  const shape = new RegExp(`^[-+]?(\\d+|\\d{1,3}(${group}\\d{3})+)(${point}\\d+)?(e[-+]?\\d+)?$`, 'i');
  if (!shape.test(text)) return undefined;
  const plain = decimal === ',' ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * A period as a spreadsheet names it: `2024`, `2024-03` (a month), `H1 2025`, `Q3 2024`, or two dates
 * `2024-04-01/2025-03-31`. The cell is kept as the period's label.
 */
export function parseCsvPeriod(cell: string): Period | undefined {
  const text = cell.trim();
  let m = /^(\d{4})$/.exec(text);
  if (m) return calendarYear(Number(m[1]));
  m = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return month(Number(m[1]), Number(m[2]), { label: text });
  m = /^H([12])\s*(\d{4})$/i.exec(text);
  if (m) return half(Number(m[2]), Number(m[1]) as 1 | 2, { label: text });
  m = /^Q([1-4])\s*(\d{4})$/i.exec(text);
  if (m) return quarter(Number(m[2]), Number(m[1]) as 1 | 2 | 3 | 4, { label: text });
  m = /^(\d{4}-\d{2}-\d{2})\s*\/\s*(\d{4}-\d{2}-\d{2})$/.exec(text);
  if (m) return dateRange(m[1] as string, m[2] as string, text);
  return undefined;
}

/**
 * A spreadsheet's rows as a dataset of `shape`, checked by that shape's validator: `{ ok, problems, data }`
 * as every validator returns. The first line names the columns (`period,value`, `label,percent`,
 * `provider,value`, or `code,percent,count`; extra columns such as `name` or `of` are read where the shape has
 * them). A problem names the spreadsheet's row (the header is row 1) and column: `Row 3, column "value": "12,3,4"
 * is not a number.`. Never throws.
 */
export function parseCsvDataset(text: unknown, options: CsvDatasetOptions): ValidationResult {
  const problems: Problem[] = [];
  // The spreadsheet counts its header as row 1: data row `row` (0-based) is row `row + 2`.
  const add = (row: number | null, field: string, code: ProblemCode, params: ProblemParams = {}) => {
    const problem = { row, field, code, params, csvRow: row === null ? null : row + 2 };
    problems.push({ ...problem, message: problemText(problem) });
  };
  const whole = (code: ProblemCode): ValidationResult => {
    add(null, 'csv', code);
    return { ok: false, problems };
  };
  try {
    if (typeof text !== 'string' || !text.trim()) return whole('csv-empty');
    const delimiter =
      !options.delimiter || options.delimiter === 'auto' ? detectDelimiter(text) : options.delimiter;
    const decimal =
      !options.decimal || options.decimal === 'auto' ? (delimiter === ';' ? ',' : '.') : options.decimal;
    const [header = [], ...lines] = csvRows(text, delimiter);
    const names = header.map((name) => name.trim().toLowerCase());
    const column = (name: string) => {
      const at = names.indexOf(name);
      return at >= 0 ? at : names.findIndex((given) => CSV_COLUMN_NAMES[name]?.includes(given));
    };
    const needed = CSV_COLUMNS[options.shape] ?? CSV_COLUMNS.series;
    for (const name of needed) if (column(name) < 0) add(null, name, 'csv-columns', { choices: needed });
    if (problems.length) return { ok: false, problems };
    const cell = (line: string[], name: string) => {
      const at = column(name);
      return at < 0 ? undefined : (line[at] ?? '').trim();
    };
    const number = (line: string[], i: number, name: string, required: boolean) => {
      const raw = cell(line, name);
      if (raw === undefined || raw === '') {
        if (required) add(i, name, 'missing-number', { found: foundOf(undefined) });
        return undefined;
      }
      const value = parseCsvNumber(raw, decimal);
      if (value === undefined)
        add(i, name, 'csv-not-number', { found: foundOf(raw), decimalComma: decimal === ',' });
      return value;
    };
    const rows = lines.map((line, i) => {
      const row: Record<string, unknown> = {};
      if (options.shape === 'series') {
        const raw = cell(line, 'period') ?? '';
        const period = parseCsvPeriod(raw);
        if (!period) add(i, 'period', 'csv-not-period', { found: foundOf(raw) });
        row.period = period;
        row.value = number(line, i, 'value', true);
      } else if (options.shape === 'shares') {
        row.label = cell(line, 'label');
        row.percent = number(line, i, 'percent', true);
        const of = cell(line, 'of');
        if (of) row.of = of;
      } else if (options.shape === 'providers') {
        row.provider = cell(line, 'provider');
        row.value = number(line, i, 'value', true);
        row.newReporter = /^(true|yes|1|ja|oui|sí|si|sim|tak|はい)$/i.test(
          cell(line, 'new reporter') ?? cell(line, 'newreporter') ?? '',
        );
      } else {
        row.code = cell(line, 'code')?.toUpperCase();
        row.name = cell(line, 'name') || row.code;
        const percent = number(line, i, 'percent', false);
        const count = number(line, i, 'count', false);
        if (percent !== undefined) row.percent = percent;
        if (count !== undefined) row.count = count;
      }
      return row;
    });
    if (problems.length) return { ok: false, problems };
    const dataset: Record<string, unknown> = { shape: options.shape, rows, sources: options.sources ?? [] };
    if (options.title) dataset.title = options.title;
    if (options.unit) dataset.unit = options.unit;
    if (options.shape === 'hosting') dataset.aggregates = [];
    const validate =
      options.shape === 'shares'
        ? validateShares
        : options.shape === 'providers'
          ? validateProviderReports
          : options.shape === 'hosting'
            ? validateHosting
            : validateSeries;
    // The validator counts data rows from 1; the spreadsheet has its header in row 1.
    const result = validate(dataset);
    return {
      ...result,
      problems: result.problems.map((p) => {
        if (p.row === null) return p;
        const problem = { ...p, csvRow: p.row + 2 };
        return { ...problem, message: problemText(problem) };
      }),
    };
  } catch {
    problems.length = 0;
    return whole('unreadable');
  }
}
