import { month } from '../periods';
import { foundOf, PROBLEM_WORDS, type ProblemCode, type ProblemParams, problemText } from '../problems';
import type {
  Dataset,
  HostingDataset,
  Period,
  Problem,
  ProviderReport,
  SeriesGap,
  SeriesPoint,
  ShareRow,
  Source,
  ValidationResult,
} from '../types';
import { validateHosting } from '../validate/hosting';
import { validateProviderReports } from '../validate/providers';
import { validateSeries } from '../validate/series';
import { validateShares } from '../validate/shares';
import { countryCode } from './spreadsheet/countries';
import { headerWord, norm, wordSet } from './spreadsheet/normalize';
import { type DecimalMark, decimalMarkOf, isNoData, numberEvidence, readNumber } from './spreadsheet/numbers';
import { type DateOrder, dateOrderOf, type PeriodKind, readPeriod } from './spreadsheet/periods';
import {
  FOOTNOTE_WORDS,
  HEADER_WORDS,
  SPREADSHEET_LANGUAGES,
  TOTAL_WORDS,
  YES_WORDS,
} from './spreadsheet/words';

/**
 * The validator of each shape a spreadsheet can have: the per-shape validators, not `validatorOf`, whose table
 * also holds legislation's (no spreadsheet has that shape), so the reader does not carry it.
 */
const VALIDATORS = {
  series: validateSeries,
  shares: validateShares,
  providers: validateProviderReports,
  hosting: validateHosting,
} as const;

/*
 * Figures from a spreadsheet as its owner wrote it: CSV as Excel, LibreOffice and Google Sheets write it in any
 * shipped language (a byte-order mark, `,` `;` or tab between cells, headers in the owner's words, numbers and
 * periods in the file's own convention, country names), read into a dataset and through the shape's validator.
 * What is ambiguous is said, never guessed: problems (the chart is not drawn) and notices (it is, and says what
 * it did) name the spreadsheet's row and the column as its header names it. Pure; never throws.
 */

/** The shapes a spreadsheet can hold, and the figures each reads (the columns may be named in any words). */
export const CSV_COLUMNS = {
  series: ['period', 'value'],
  shares: ['label', 'percent'],
  providers: ['provider', 'value'],
  hosting: ['code'],
} as const;

const allWords = (lists: Readonly<Record<string, readonly string[]>>) => [
  ...new Set(SPREADSHEET_LANGUAGES.flatMap((language) => lists[language] ?? [])),
];

/**
 * The header words the reader knows for each role, in every shipped language and English (from the reader's
 * word lists): `Jahr;Meldungen` reads as period and figures. Any other header word is read by position.
 */
export const CSV_COLUMN_NAMES: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ (() => ({
  period: allWords(HEADER_WORDS.period),
  value: allWords(HEADER_WORDS.value),
  label: allWords(HEADER_WORDS.label),
  percent: allWords(HEADER_WORDS.percent),
  provider: allWords(HEADER_WORDS.label),
  code: allWords(HEADER_WORDS.code),
  name: allWords(HEADER_WORDS.country),
  count: allWords(HEADER_WORDS.value),
  of: allWords(HEADER_WORDS.of),
}))();

/** A shape of {@link CSV_COLUMNS}. */
export type CsvShape = keyof typeof CSV_COLUMNS;

/** The dataset each shape reads into. */
export interface CsvDatasets {
  /** Periods and values. */
  series: Dataset<SeriesPoint>;
  /** Labels and percentages. */
  shares: Dataset<ShareRow>;
  /** Providers (or any labels) and counts. */
  providers: Dataset<ProviderReport>;
  /** Countries and their share or count. */
  hosting: HostingDataset;
}

/** Options of {@link parseCsvDataset}. */
export interface CsvDatasetOptions {
  /** Which shape the rows are. */
  shape: CsvShape;
  /** The dataset's title. @default a title line above the table, if the file has one */
  title?: string;
  /** What the values count: any word (`URLs`), or one the charts translate (`reports`). @default the value column's header (`Meldungen`), or `percent` for a column of percentages */
  unit?: string;
  /** Where the figures come from, for the source line. */
  sources?: readonly Source[];
  /**
   * The page's language (`de-DE`): used only where the file itself cannot tell, to read `8.412` in a
   * comma-separated file and `01/04/2023` (day first except in American English).
   */
  locale?: string;
  /**
   * Which column to draw where the file has several columns of figures: its header (`Bestätigt`) or its number,
   * counting from 1. @default the first column of figures after the first column
   */
  valueColumn?: string | number;
  /** The cell separator; `auto` takes the one that splits the first lines evenly. @default 'auto' */
  delimiter?: ',' | ';' | '\t' | 'auto';
  /** The decimal mark; `auto` decides it once for the file, from its cells. @default 'auto' */
  decimal?: '.' | ',' | 'auto';
}

/** How the reader read a file: for a page that says so, or a tool that lets the owner choose another column. */
export interface CsvRead {
  /** The cell separator. */
  delimiter: ',' | ';' | '\t';
  /** The decimal mark, decided once for the file. */
  decimal: DecimalMark;
  /** Whether the first row named the columns (else they are named A, B, C as a spreadsheet names them). */
  header: boolean;
  /** The header of the column of periods, labels or countries. */
  keyColumn: string;
  /** The header of the column drawn. */
  valueColumn: string;
  /** The headers of the other columns of figures, which `valueColumn` can name. */
  otherValueColumns: string[];
  /** A title line above the table, where there is one. */
  title?: string;
}

/**
 * What {@link parseCsvDataset} returns: `ok` with the dataset, or the problems that keep it from being drawn.
 * `notices` say what the reader did that a reader of the chart should know (a period with no figure, a total
 * row left out): show them as the chart's notes, with `problemText`.
 */
export type CsvResult<D> =
  | {
      ok: true;
      /** The figures, checked by the shape's validator. */
      data: D;
      /** Always empty when `ok`. */
      problems: Problem[];
      /** What the chart should say it did. */
      notices: Problem[];
      /** How the file was read. */
      read: CsvRead;
    }
  | {
      ok: false;
      data?: undefined;
      /** Every problem, one per row of the spreadsheet, in row order, the file's own first. */
      problems: Problem[];
      /** What the chart would have said it did. */
      notices: Problem[];
      /** How the file was read, as far as it could be. */
      read?: CsvRead;
    };

interface Line {
  /** The spreadsheet's row, counting from 1 (blank rows counted). */
  row: number;
  cells: string[];
}

/** CSV text as records of cells (RFC 4180: quoted cells, doubled quotes, CRLF or LF), blank ones kept. */
function records(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const n = source.length;
  const d = delimiter.charCodeAt(0);
  const at = (i: number) => source.charCodeAt(i);
  // The end of an unquoted run: the next separator or line break.
  const runEnd = (from: number) => {
    let e = from;
    while (e < n) {
      const c = at(e);
      if (c === d || c === 10 || c === 13) break;
      e += 1;
    }
    return e;
  };
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let start = i;
    while (start < n && (at(start) === 32 || (at(start) === 9 && d !== 9))) start += 1;
    if (start < n && at(start) === 34) {
      // A quoted cell: doubled quotes are one; line breaks and separators inside are text.
      let cell = '';
      let k = start + 1;
      for (;;) {
        const quote = source.indexOf('"', k);
        if (quote < 0) {
          cell += source.slice(k);
          k = n;
          break;
        }
        cell += source.slice(k, quote);
        if (at(quote + 1) === 34) {
          cell += '"';
          k = quote + 2;
        } else {
          k = quote + 1;
          break;
        }
      }
      const end = runEnd(k);
      row.push(cell + source.slice(k, end));
      i = end;
    } else {
      const end = runEnd(i);
      row.push(source.slice(i, end));
      i = end;
    }
    if (i >= n) {
      rows.push(row);
      break;
    }
    if (at(i) === d) {
      i += 1;
      continue;
    }
    if (at(i) === 13 && at(i + 1) === 10) i += 1;
    i += 1;
    rows.push(row);
    row = [];
    if (i >= n) break;
  }
  return rows;
}

/** A cell's text, trimmed; `="2026-11"` (how a download keeps a date-like cell text for Excel) as `2026-11`. */
function cellText(cell: string): string {
  const text = cell.trim();
  return text.startsWith('="') && text.endsWith('"') ? text.slice(2, -1) : text;
}

/** CSV text as rows of cells (RFC 4180: quoted cells, doubled quotes, CRLF or LF), without a byte-order mark or blank rows. */
export function csvRows(text: string, delimiter: string): string[][] {
  return records(text, delimiter).filter((r) => r.some((value) => value.trim() !== ''));
}

/**
 * A spreadsheet file's bytes as text: UTF-8 (with or without a byte-order mark), UTF-16 with its mark (Excel's
 * "Unicode text"), else Windows-1252 (what Excel's plain "CSV" writes on a Western European Windows).
 */
export function decodeSpreadsheet(bytes: Uint8Array | ArrayBuffer): string {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const decode = (encoding: string, fatal = false) => new TextDecoder(encoding, { fatal }).decode(data);
  if (data[0] === 0xff && data[1] === 0xfe) return decode('utf-16le');
  if (data[0] === 0xfe && data[1] === 0xff) return decode('utf-16be');
  try {
    return decode('utf-8', true);
  } catch {
    // Some runtimes' TextDecoder reads the label as ISO-8859-1 and leaves 0x80–0x9F (€, „, –, —, …) as control
    // characters: those are put right by hand.
    return decode('windows-1252').replace(/[\u0080-\u009f]/g, (c) =>
      String.fromCharCode(CP1252[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)),
    );
  }
}

/** Windows-1252's characters for the bytes 0x80–0x9F (the five it leaves unassigned stay as they are). */
const CP1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

// The data package is built for any JavaScript runtime (no DOM or Node types): every one has TextDecoder.
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean },
) => { decode(input: Uint8Array): string };

/** The separator that splits the first lines of the file into the same number of cells (two or more) most often. */
function detectDelimiter(text: string): ',' | ';' | '\t' {
  const head = text
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .slice(0, 12)
    .join('\n');
  let best: ',' | ';' | '\t' = ',';
  let bestScore = 0;
  for (const d of ['\t', ';', ','] as const) {
    const counts = records(head, d)
      .map((cells) => cells.length)
      .filter((n) => n > 1);
    if (!counts.length) continue;
    const tally = new Map<number, number>();
    for (const n of counts) tally.set(n, (tally.get(n) ?? 0) + 1);
    const score = Math.max(...tally.values());
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** A number as a spreadsheet writes it, in a file whose decimal mark is `decimal`: `1,234.5`, `1.234,5`, `12 %`, `8 412`. */
export function parseCsvNumber(cell: string, decimal: '.' | ','): number | undefined {
  return typeof cell === 'string' ? readNumber(cell, decimal)?.value : undefined;
}

/**
 * A period as a spreadsheet names it, in any shipped language: `2024`, `2024-03`, `März 2024`, `01.2024`,
 * `Q3 2024`, `1. Halbjahr 2025`, `2024年3月`, a date, or two dates `2024-04-01/2025-03-31`. The cell is kept as
 * the period's label.
 */
export function parseCsvPeriod(cell: string): Period | undefined {
  return typeof cell === 'string' ? readPeriod(cell)?.period : undefined;
}

let words: Record<'total' | 'footnote' | 'yes' | keyof typeof HEADER_WORDS, Set<string>> | undefined;

function lists() {
  words ??= {
    total: wordSet(TOTAL_WORDS),
    footnote: wordSet(FOOTNOTE_WORDS),
    yes: wordSet(YES_WORDS),
    period: wordSet(HEADER_WORDS.period),
    value: wordSet(HEADER_WORDS.value),
    percent: wordSet(HEADER_WORDS.percent),
    label: wordSet(HEADER_WORDS.label),
    country: wordSet(HEADER_WORDS.country),
    code: wordSet(HEADER_WORDS.code),
    of: wordSet(HEADER_WORDS.of),
    newReporter: wordSet(HEADER_WORDS.newReporter),
  };
  return words;
}

/** Excel's name of a column: A, B, … Z, AA. */
function letter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Whether a header names a percentage: a percent word, or `%` in it (`Anteil (%)`, `% of URLs`). */
const isPercentHeader = (header: string) => header.includes('%') || lists().percent.has(headerWord(header));

/** A footnote line under the table: one cell, starting with `Quelle:`, `Note`, `*`, `¹` or `(1)`. */
function isFootnote(line: Line): boolean {
  const filled = line.cells.filter((c) => c !== '');
  if (filled.length !== 1) return false;
  const text = norm(filled[0] as string);
  if (/^(\*|†|¹|²|³|\(\d\)|\d\))/.test(text)) return true;
  const first = text.split(/[\s:：]/)[0] ?? '';
  return lists().footnote.has(first) || lists().footnote.has(first.replace(/[.:]$/, ''));
}

/**
 * The unit a value column's header names, as the file writes it: `Meldungen`, `Anzahl`, `URLs` of
 * `Anzahl (URLs)`; none for a column named only by its letter.
 */
function unitOf(header: string): string | undefined {
  const bracket = /[([]\s*([^)\]]+?)\s*[)\]]\s*$/.exec(header)?.[1];
  if (bracket && !bracket.includes('%')) return bracket.length <= 40 ? bracket : undefined;
  if (!headerWord(header) || /^[A-Z]{1,2}$/.test(header)) return undefined;
  const text = header.replace(/\s*[([][^)\]]*[)\]]\s*$/, '').trim();
  return text.length <= 40 ? text : undefined;
}

interface Entry {
  /** The spreadsheet's row. */
  row: number;
  key: string;
  period?: Period;
  kind?: PeriodKind;
  code?: string;
  value?: number;
  count?: number;
  of?: string;
  newReporter?: boolean;
}

const STEP: Partial<Record<PeriodKind, number>> = { year: 12, half: 6, quarter: 3, month: 1 };

/** Periods in date order: ISO dates sort as text (no collation needed, and none of its cost). */
const byStart = (a: Period, b: Period) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0);

/** The month number (year × 12 + month) a period starts in. */
const monthIndex = (period: Period) =>
  Number(period.start.slice(0, 4)) * 12 + Number(period.start.slice(5, 7)) - 1;

/**
 * A spreadsheet's rows as a dataset of `shape`, read as its owner wrote them and checked by that shape's
 * validator. The first column holds the periods (or labels, or countries), the first column of figures after it
 * is drawn; headers in any shipped language are understood, and any other header is the figures' unit.
 * Ambiguity is a problem naming the spreadsheet's row (the header is row 1) and column: a fraction among whole
 * counts (`14,903`), a period listed twice, a number in the other convention; a cell with no figure (`k.A.`),
 * a period missing inside a regular series, a total row and a footnote are notices, and the chart is drawn.
 * Never throws.
 */
export function parseCsvDataset<S extends CsvShape>(
  text: unknown,
  options: CsvDatasetOptions & { shape: S },
): CsvResult<CsvDatasets[S]> {
  const problems: Problem[] = [];
  const notices: Problem[] = [];
  const add = (
    list: Problem[],
    row: number | null,
    field: string,
    code: ProblemCode,
    params: ProblemParams = {},
  ) => {
    // `row` is the spreadsheet's own row; the validators' `row` counts data rows from 0.
    const problem = { row: row === null ? null : row - 2, field, code, params, csvRow: row };
    list.push({ ...problem, message: problemText(problem, PROBLEM_WORDS) });
  };
  const fail = (read?: CsvRead): CsvResult<CsvDatasets[S]> => ({
    ok: false,
    problems: oncePerRow(problems),
    notices,
    ...(read ? { read } : {}),
  });
  try {
    if (typeof text !== 'string' || !text.replace(/^\uFEFF/, '').trim()) {
      add(problems, null, 'csv', 'csv-empty');
      return fail();
    }
    const shape: CsvShape = CSV_COLUMNS[options.shape as CsvShape] ? options.shape : 'series';
    const delimiter =
      !options.delimiter || options.delimiter === 'auto' ? detectDelimiter(text) : options.delimiter;
    let lines: Line[] = records(text, delimiter)
      .map((cells, i) => ({ row: i + 1, cells: cells.map(cellText) }))
      .filter((line) => line.cells.some((c) => c !== ''));
    // Columns empty from top to bottom (a table that starts in column B, `;;;` after the last column) go.
    const width = Math.max(0, ...lines.map((l) => l.cells.length));
    const used = Array.from({ length: width }, (_, j) => lines.some((l) => (l.cells[j] ?? '') !== ''));
    if (used.includes(false))
      lines = lines.map((l) => ({ row: l.row, cells: l.cells.filter((_, j) => used[j]) }));
    if (!lines.length) {
      add(problems, null, 'csv', 'csv-empty');
      return fail();
    }
    // A title line above the table: one cell, with a row of two or more cells below.
    let title: string | undefined;
    while (
      lines.length > 1 &&
      lines[0]?.cells.filter((c) => c).length === 1 &&
      (lines[1]?.cells.filter((c) => c).length ?? 0) > 1
    ) {
      title ??= lines[0].cells.find((c) => c);
      lines = lines.slice(1);
    }
    // The header: a first row with no number after its first cell.
    const first = lines[0] as Line;
    const header = !first.cells.slice(1).some((c) => c && numberEvidence(c) !== 'invalid');
    const columns = lines.reduce((most, l) => Math.max(most, l.cells.length), 0);
    let names = Array.from({ length: columns }, (_, j) => (header ? first.cells[j] || letter(j) : letter(j)));
    let body = header ? lines.slice(1) : lines;
    // Footnotes under the table are not figures.
    while (body.length && isFootnote(body[body.length - 1] as Line)) {
      const line = body[body.length - 1] as Line;
      add(notices, line.row, names[0] as string, 'csv-footnote', {
        found: foundOf(line.cells.find((c) => c)),
      });
      body = body.slice(0, -1);
    }
    notices.reverse();
    const W = lists();
    // A year in one column and its month (or quarter, or half) in the next, the year often only on its first row.
    const joined = shape === 'series' && columns >= 3 ? yearAndPart(body, W.total) : undefined;
    if (joined) {
      body = joined;
      names = [`${names[0]}, ${names[1]}`, ...names.slice(2)];
    }
    const role = (j: number) => headerWord(names[j] ?? '');
    // The key column: the first, or for a map the column of codes where one is named.
    let key = 0;
    let nameColumn: number | undefined;
    if (shape === 'hosting' && header) {
      const code = names.findIndex((_, j) => W.code.has(role(j)));
      if (code >= 0) {
        key = code;
        const name = names.findIndex(
          (_, j) => j !== code && (W.country.has(role(j)) || W.label.has(role(j))),
        );
        if (name >= 0) nameColumn = name;
      }
    }
    const textColumns = new Set<number>([key]);
    if (nameColumn !== undefined) textColumns.add(nameColumn);
    const ofColumn = header ? names.findIndex((_, j) => W.of.has(role(j))) : -1;
    const newColumn = header ? names.findIndex((_, j) => W.newReporter.has(role(j))) : -1;
    if (ofColumn >= 0) textColumns.add(ofColumn);
    if (newColumn >= 0) textColumns.add(newColumn);
    // Columns of figures: most of their cells (those with anything in them that says a figure) are numbers.
    const numeric = names
      .map((_, j) => j)
      .filter((j) => {
        if (textColumns.has(j)) return false;
        const cells = body.map((l) => l.cells[j] ?? '').filter((c) => !isNoData(c));
        const numbers = cells.filter((c) => numberEvidence(c) !== 'invalid').length;
        return numbers > 0 && numbers * 2 >= cells.length;
      });
    // Whether a column holds percentages: by its header, or a cell with a percent sign (looked at once per column).
    const percentColumns = new Map<number, boolean>();
    const percentColumn = (j: number) => {
      let percent = percentColumns.get(j);
      if (percent === undefined) {
        percent = isPercentHeader(names[j] ?? '') || body.some((l) => (l.cells[j] ?? '').endsWith('%'));
        percentColumns.set(j, percent);
      }
      return percent;
    };
    let value: number | undefined;
    let count: number | undefined;
    if (options.valueColumn !== undefined && options.valueColumn !== '') {
      const asked = options.valueColumn;
      const at =
        typeof asked === 'number' || /^\d+$/.test(String(asked).trim())
          ? Number(asked) - 1
          : names.findIndex((name) => norm(name) === norm(String(asked)));
      if (!numeric.includes(at)) {
        add(problems, null, String(asked), 'csv-value-column', {
          found: foundOf(String(asked)),
          column: String(asked),
          choices: numeric.map((j) => names[j] as string),
        });
        return fail();
      }
      value = at;
    } else if (shape === 'hosting' || shape === 'shares') value = numeric.find(percentColumn) ?? numeric[0];
    else value = numeric[0];
    if (shape === 'hosting') {
      count = numeric.find((j) => j !== value && !percentColumn(j));
      // A map of counts only: the figures are the count.
      if (value !== undefined && !percentColumn(value) && count === undefined)
        [value, count] = [undefined, value];
    }
    const drawn = value ?? count;
    if (drawn === undefined) {
      add(problems, null, names[0] as string, 'csv-no-values', { choices: names });
      return fail();
    }
    const others = numeric.filter((j) => j !== value && j !== count);
    const decimal: DecimalMark =
      options.decimal === '.' || options.decimal === ','
        ? options.decimal
        : decimalMarkOf(numberCells(body, numeric), delimiter, options.locale);
    const read: CsvRead = {
      delimiter,
      decimal,
      header,
      keyColumn: names[key] as string,
      valueColumn: names[drawn] as string,
      otherValueColumns: others.map((j) => names[j] as string),
      ...(title ? { title } : {}),
    };
    if (others.length)
      add(notices, null, read.valueColumn, 'csv-other-columns', {
        column: read.valueColumn,
        choices: read.otherValueColumns,
      });
    const order: DateOrder = dateOrderOf(
      body.map((l) => l.cells[key] ?? ''),
      options.locale,
    );
    // A number in the file's convention; a problem (naming the row) when it is not one.
    const number = (line: Line, j: number): number | undefined | null => {
      const cell = line.cells[j] ?? '';
      if (isNoData(cell)) return null;
      const n = readNumber(cell, decimal);
      if (n) return n.value;
      const evidence = numberEvidence(cell);
      if (evidence === '.' || evidence === ',')
        add(problems, line.row, names[j] as string, 'csv-mixed-numbers', {
          found: foundOf(cell),
          decimalComma: decimal === ',',
        });
      else
        add(problems, line.row, names[j] as string, 'csv-not-number', {
          found: foundOf(cell),
          decimalComma: decimal === ',',
        });
      return undefined;
    };
    const entries: Entry[] = [];
    const gaps: { period: Period; reason: SeriesGap['reason']; kind: PeriodKind }[] = [];
    const keyName = names[key] as string;
    const seen = new Map<string, number>();
    for (const line of body) {
      const cell = line.cells[key] ?? '';
      // A total row: its first cell is a total word (checked only where it is not a period or country, so a
      // long series is not read word by word twice).
      const period = shape === 'series' ? readPeriod(cell, order) : undefined;
      const code = shape === 'hosting' ? countryCode(cell) : undefined;
      if (!period && !code && W.total.has(norm(cell).replace(/[:*]+$/, ''))) {
        const total = readNumber(line.cells[drawn] ?? '', decimal)?.value;
        add(notices, line.row, keyName, 'csv-total-row', {
          found: foundOf(cell),
          ...(total !== undefined ? { value: total } : {}),
        });
        continue;
      }
      const entry: Entry = { row: line.row, key: cell };
      let id = cell;
      if (shape === 'series') {
        if (!period) {
          add(problems, line.row, keyName, 'csv-not-period', { found: foundOf(cell) });
          continue;
        }
        entry.period = period.period;
        entry.kind = period.kind;
        id = `${period.period.start}/${period.period.end}`;
      } else if (shape === 'hosting') {
        if (!code) {
          add(problems, line.row, keyName, cell ? 'csv-not-country' : 'empty-text', { found: foundOf(cell) });
          continue;
        }
        entry.code = code;
        entry.key = nameColumn !== undefined ? line.cells[nameColumn] || cell : cell;
        id = code;
      } else if (!cell) {
        add(problems, line.row, keyName, 'empty-text', { found: foundOf(cell) });
        continue;
      } else id = norm(cell);
      // Each period, label or country once.
      const firstRow = seen.get(id);
      if (firstRow !== undefined) {
        add(problems, line.row, keyName, 'csv-duplicate', { found: foundOf(cell), firstRow });
        continue;
      }
      seen.set(id, line.row);
      if (shape === 'hosting') {
        const percent = value === undefined ? undefined : number(line, value);
        const counted = count === undefined ? undefined : number(line, count);
        if (percent === undefined && value !== undefined) continue;
        if (counted === undefined && count !== undefined) continue;
        if (percent === null && (counted === null || counted === undefined)) {
          add(notices, line.row, names[drawn] as string, 'csv-no-data', {
            found: foundOf(line.cells[drawn] || cell),
          });
          continue;
        }
        if (percent !== null) entry.value = percent;
        if (counted !== null && counted !== undefined) entry.count = counted;
      } else {
        const n = number(line, drawn);
        if (n === undefined) continue;
        if (n === null) {
          add(notices, line.row, names[drawn] as string, 'csv-no-data', {
            found: foundOf(line.cells[drawn] || ''),
          });
          if (entry.period)
            gaps.push({ period: entry.period, reason: 'no-data', kind: entry.kind ?? 'other' });
          continue;
        }
        entry.value = n;
      }
      if (ofColumn >= 0 && line.cells[ofColumn]) entry.of = line.cells[ofColumn];
      if (newColumn >= 0) entry.newReporter = W.yes.has(norm(line.cells[newColumn] ?? ''));
      entries.push(entry);
    }
    // A fraction among whole counts is most likely a mistyped thousands separator: `14,903` among `8.412`.
    const percent =
      options.unit === 'percent' || (value !== undefined && percentColumn(value) && shape !== 'hosting');
    if (!percent && drawn !== undefined) {
      const values = entries.filter((e) => e.value !== undefined);
      const whole = values.filter((e) => Number.isInteger(e.value));
      if (whole.length * 2 >= values.length && whole.length > 0)
        for (const line of body) {
          const cell = line.cells[drawn] ?? '';
          const n = readNumber(cell, decimal);
          if (n?.threeDecimals && !Number.isInteger(n.value))
            add(problems, line.row, names[drawn] as string, 'csv-fraction-in-counts', {
              found: foundOf(cell),
              value: Math.round(Math.abs(n.value) * 1000) * Math.sign(n.value),
            });
        }
    }
    if (shape === 'series') monthsFromDays(entries, gaps);
    if (problems.length) return fail(read);
    let outGaps: SeriesGap[] | undefined;
    if (shape === 'series') {
      entries.sort((a, b) => byStart(a.period as Period, b.period as Period));
      outGaps = seriesGaps(entries, gaps, options.locale, (found, start, end) =>
        add(notices, null, keyName, 'csv-gap', { found: foundOf(found), start, end }),
      );
    }
    // The figures' unit: the page's, else the header of the column drawn (a map's: of its counts), as written.
    const unit =
      options.unit ??
      (shape === 'hosting'
        ? count !== undefined && header
          ? unitOf(names[count] as string)
          : value !== undefined
            ? 'percent'
            : undefined
        : percent || (value !== undefined && percentColumn(value))
          ? 'percent'
          : header
            ? unitOf(names[drawn] as string)
            : undefined);
    const rows = entries.map((e) => rowOf(shape, e));
    const dataset: Record<string, unknown> = { shape, rows, sources: options.sources ?? [] };
    const datasetTitle = options.title ?? title;
    if (datasetTitle) dataset.title = datasetTitle;
    if (unit) dataset.unit = unit;
    if (outGaps?.length) dataset.gaps = outGaps;
    if (shape === 'hosting') dataset.aggregates = [];
    const result = VALIDATORS[shape](dataset) as ValidationResult<Dataset<unknown>>;
    // The validator counts the rows it was given from 0: name the spreadsheet's row instead.
    const checked = result.problems.map((p) => {
      const csvRow = p.row === null ? null : (entries[p.row]?.row ?? null);
      const problem = {
        ...p,
        csvRow,
        field: p.row === null ? p.field : fieldName(p.field, names, drawn, key),
      };
      return { ...problem, message: problemText(problem, PROBLEM_WORDS) };
    });
    if (checked.length || !result.data) {
      problems.push(...checked);
      return fail(read);
    }
    return { ok: true, data: result.data as CsvDatasets[S], problems: [], notices, read };
  } catch {
    problems.length = 0;
    add(problems, null, 'csv', 'unreadable');
    return fail();
  }
}

/**
 * Whole dates that are all the first of a month (`01.04.2023`, as Excel writes a month formatted as a date)
 * are months.
 */
function monthsFromDays(entries: Entry[], gaps: { period: Period; kind: PeriodKind }[]): void {
  const days = [...entries, ...gaps].filter((e) => e.kind === 'day' && e.period);
  if (!days.length || !days.every((e) => (e.period as Period).start.endsWith('-01'))) return;
  for (const e of days) {
    const { start, label } = e.period as Period;
    e.period = month(Number(start.slice(0, 4)), Number(start.slice(5, 7)), { label });
    e.kind = 'month';
  }
}

/**
 * A year column and a month column (`Jahr;Monat;Anzahl` with `2023;Januar;512`, then `;Februar;498` where the
 * year is written once) as one column of periods (`Januar 2023`), or `undefined` when the first two columns are
 * not that: every year a four-digit year, the second column words (`Januar`, `1. Quartal`, `1月`), and more of
 * them periods with the year than without. Months written as bare numbers are not joined: `2023;5;3` is as
 * likely a year and two counts.
 */
function yearAndPart(body: readonly Line[], totals: ReadonlySet<string>): Line[] | undefined {
  let year = '';
  let words = 0;
  let withYear = 0;
  let alone = 0;
  const joined: Line[] = [];
  for (const line of body) {
    const [first = '', part = ''] = line.cells;
    if (first && !totals.has(norm(first))) {
      if (!/^\d{4}$/.test(first)) return undefined;
      year = first;
    }
    // A total row keeps its word (`Summe`, as a year's or the table's), so it is left out as a total.
    const cell = totals.has(norm(part))
      ? part
      : first && totals.has(norm(first))
        ? first
        : !part || !year
          ? first || part
          : /(月|四半期|半期)$/.test(part)
            ? `${year}年${part}`
            : `${part} ${year}`;
    if (/\D/.test(part)) words += 1;
    if (part && readPeriod(cell)) withYear += 1;
    if (part && readPeriod(part)) alone += 1;
    joined.push({ row: line.row, cells: [cell, ...line.cells.slice(2)] });
  }
  const half = body.length / 2;
  return words >= half && withYear >= half && withYear > alone ? joined : undefined;
}

/** The cells of the columns of figures, in one list (for deciding the decimal mark once for the file). */
function numberCells(body: readonly Line[], columns: readonly number[]): string[] {
  const cells: string[] = [];
  for (const line of body) for (const j of columns) cells.push(line.cells[j] ?? '');
  return cells;
}

/** A validator's field (`value`, `percent`, `code`) as the spreadsheet's column header. */
function fieldName(field: string, names: readonly string[], drawn: number, key: number): string {
  if (field === 'value' || field === 'percent' || field === 'count') return names[drawn] ?? field;
  if (field === 'period' || field === 'code' || field === 'label' || field === 'provider')
    return names[key] ?? field;
  return field;
}

function rowOf(shape: CsvShape, e: Entry): Record<string, unknown> {
  if (shape === 'series') return { period: e.period, value: e.value };
  if (shape === 'shares') return { label: e.key, percent: e.value, ...(e.of ? { of: e.of } : {}) };
  if (shape === 'providers') return { provider: e.key, value: e.value, newReporter: e.newReporter ?? false };
  return {
    code: e.code,
    name: e.key || e.code,
    ...(e.value !== undefined ? { percent: e.value } : {}),
    ...(e.count !== undefined ? { count: e.count } : {}),
  };
}

/**
 * The gaps of a series: the periods the file says have no figure, and the periods missing between two of a
 * regular series (years, halves, quarters or months; each said through `say`). Periods shorter than the
 * series' usual one (H1 2025 among years) are marked partial.
 */
function seriesGaps(
  entries: Entry[],
  noData: { period: Period; reason: SeriesGap['reason']; kind: PeriodKind }[],
  locale: string | undefined,
  say: (found: string, start: string, end: string) => void,
): SeriesGap[] {
  const all = [...entries.map((e) => ({ period: e.period as Period, kind: e.kind ?? 'other' })), ...noData];
  const tally = new Map<PeriodKind, number>();
  for (const { kind } of all) tally.set(kind, (tally.get(kind) ?? 0) + 1);
  const [usual] = [...tally.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  const step = usual ? STEP[usual] : undefined;
  // Shorter periods than the usual one are partial (a half year at the end of a series of years).
  if (step)
    for (const e of entries) {
      const own = e.kind ? STEP[e.kind] : undefined;
      if (own !== undefined && own < step && e.period) e.period = { ...e.period, partial: true };
    }
  const gaps: SeriesGap[] = noData.map(({ period, reason }) => ({ period, reason }));
  if (!step || !usual) return gaps;
  const regular = all.filter((p) => p.kind === usual).sort((a, b) => byStart(a.period, b.period));
  for (let i = 1; i < regular.length; i += 1) {
    const before = (regular[i - 1] as (typeof regular)[number]).period;
    const after = (regular[i] as (typeof regular)[number]).period;
    for (let m = monthIndex(before) + step; m < monthIndex(after); m += step) {
      const period = periodAt(usual, m, locale);
      if (!period) continue;
      gaps.push({ period, reason: 'missing' });
      say(period.label, before.label, after.label);
    }
  }
  return gaps.sort((a, b) => byStart(a.period, b.period));
}

/** The period of `kind` that starts in month `index` (year × 12 + month − 1). */
function periodAt(kind: PeriodKind, index: number, locale = 'en'): Period | undefined {
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = (month: number) => new Date(Date.UTC(y, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  const span = STEP[kind];
  if (!span) return undefined;
  const endMonth = m + span - 1;
  const label =
    kind === 'month'
      ? monthName(y, m, locale)
      : kind === 'year'
        ? String(y)
        : kind === 'half' || kind === 'quarter'
          ? partName(kind, kind === 'half' ? (m === 1 ? 1 : 2) : (m + 2) / 3, y, locale)
          : `${y}-${pad(m)}`;
  return { start: `${y}-${pad(m)}-01`, end: `${y}-${pad(endMonth)}-${pad(last(endMonth))}`, label };
}

/** A quarter or half year as a spreadsheet in the page's language names it: `3. Quartal 2024`, `2024年上半期`. */
function partName(kind: 'half' | 'quarter', n: number, y: number, locale: string): string {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  const roman = ['I', 'II', 'III', 'IV'][n - 1];
  if (language === 'de') return `${n}. ${kind === 'half' ? 'Halbjahr' : 'Quartal'} ${y}`;
  if (language === 'ja') return kind === 'half' ? `${y}年${n === 1 ? '上' : '下'}半期` : `${y}年第${n}四半期`;
  if (language === 'pl') return `${roman} ${kind === 'half' ? 'półrocze' : 'kw.'} ${y}`;
  const letter: Record<string, [string, string]> = {
    fr: ['S', 'T'],
    es: ['S', 'T'],
    it: ['S', 'T'],
    pt: ['S', 'T'],
    nl: ['H', 'K'],
    sv: ['H', 'K'],
  };
  const [h, q] = letter[language ?? ''] ?? ['H', 'Q'];
  return `${kind === 'half' ? h : q}${n} ${y}`;
}

/** A month as the charts name it (`Apr 2024`, `Apr. 2024`), in the page's language. */
function monthName(y: number, m: number, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      Date.UTC(y, m - 1, 1),
    );
  } catch {
    return `${y}-${String(m).padStart(2, '0')}`;
  }
}

/** One problem per spreadsheet row (the first found there), the file's own problems first: a user fixes each row once. */
function oncePerRow(problems: Problem[]): Problem[] {
  const rows = new Set<number>();
  const out: Problem[] = [];
  for (const problem of [...problems].sort((a, b) => (a.csvRow ?? 0) - (b.csvRow ?? 0))) {
    if (problem.csvRow !== null && problem.csvRow !== undefined) {
      if (rows.has(problem.csvRow)) continue;
      rows.add(problem.csvRow);
    }
    out.push(problem);
  }
  return out;
}
