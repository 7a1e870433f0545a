/*
 * What a validator or the CSV reader can find wrong, as codes with their parts, and the English words for each.
 * A problem carries its `code` and `params` as data, so a chart can write it in the reader's language (the
 * React package's catalogues hold the same keys); `message` is the English sentence, for logs and tests.
 */

/** Every kind of problem, once: the keys of {@link ProblemWords.problems} in every language. */
export const PROBLEM_CODES = [
  'unreadable',
  'not-dataset',
  'not-rows',
  'no-rows',
  'not-object',
  'missing-number',
  'not-number',
  'not-a-number',
  'infinite',
  'negative',
  'percent-range',
  'missing-text',
  'not-text',
  'empty-text',
  'too-long',
  'not-boolean',
  'not-source',
  'not-sources',
  'not-verification',
  'not-one-of',
  'not-text-list',
  'not-list',
  'not-dates',
  'not-codes',
  'missing-period',
  'not-period',
  'bad-date',
  'end-before-start',
  'bad-unit',
  'bad-stage',
  'not-code',
  'unknown-code',
  'unknown-member',
  'duplicate-code',
  'percent-or-count',
  'shares-over-100',
  'csv-empty',
  'csv-columns',
  'csv-not-number',
  'csv-not-period',
  'csv-no-values',
  'csv-value-column',
  'csv-fraction-in-counts',
  'csv-mixed-numbers',
  'csv-duplicate',
  'csv-not-country',
  'csv-no-data',
  'csv-gap',
  'csv-total-row',
  'csv-footnote',
  'csv-other-columns',
] as const;

/**
 * The codes of {@link PROBLEM_CODES} that are notices, not problems: the spreadsheet is drawn, and the chart says
 * what it did (a period with no figure, a total row left out, a footnote not read, the other value columns).
 */
export const NOTICE_CODES = [
  'csv-no-data',
  'csv-gap',
  'csv-total-row',
  'csv-footnote',
  'csv-other-columns',
] as const satisfies readonly ProblemCode[];

/** One kind of problem: `not-number`, `bad-date`, `csv-columns`… */
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** The kinds of value a validator can find where it expected something else. */
export const FOUND_KINDS = [
  'nothing',
  'null',
  'text',
  'number',
  'not-a-number',
  'boolean',
  'array',
  'object',
  'other',
] as const;

/** What kind of value was found. */
export type FoundKind = (typeof FOUND_KINDS)[number];

/** The value a validator found: its kind, and for text, numbers and booleans the value itself (text cut at 40 characters). */
export interface Found {
  /** What kind of value it was. */
  kind: FoundKind;
  /** The value itself as text, for text, numbers and booleans (text cut at 40 characters). */
  text?: string;
}

/** The parts of a problem, as data: each language puts them in its own sentence. */
export interface ProblemParams {
  /** What was found instead of what was expected. */
  found?: Found;
  /** The number found: negative, out of range, infinite; or the length of a text that is too long. */
  value?: number;
  /** The most a field allows (characters). */
  limit?: number;
  /** A country code as given (cut at 40 characters). */
  code?: string;
  /** The row, counted from 1, where the same country already is. */
  firstRow?: number;
  /** A period's start date, as given. */
  start?: string;
  /** A period's end date, as given. */
  end?: string;
  /** The values the field knows: statuses, units, stages, columns. */
  choices?: readonly string[];
  /** A CSV file read with a decimal comma. */
  decimalComma?: boolean;
  /** A spreadsheet's column, by its header as the file writes it. */
  column?: string;
}

/**
 * The parts of a problem written for the reader: numbers formatted in the reader's locale, `found` described
 * by {@link ProblemWords.found}, `choices` joined as a list ("a, b or c"). Absent parts are empty strings.
 */
export interface ProblemText {
  /** What was found instead, described ("the text “12”"). */
  found: string;
  /** The number found, formatted. */
  value: string;
  /** The most a field allows, formatted. */
  limit: string;
  /** The country code as given. */
  code: string;
  /** The row where the same country already is, formatted. */
  firstRow: string;
  /** A period's start date, as given. */
  start: string;
  /** A period's end date, as given. */
  end: string;
  /** The choices joined with "or": `"signed", "pending" or "law"`. */
  choices: string;
  /** The choices joined with "and": `period and value`. */
  allOf: string;
  /** The value's sign, for `infinite`: true when positive. */
  positive: boolean;
  /** True when the CSV file was read with a decimal comma. */
  decimalComma: boolean;
  /** A spreadsheet's column, by its header as the file writes it. */
  column: string;
  /** The number found, as digits without grouping (`14903`), for a fraction that may be a whole number. */
  digits: string;
}

/** Where a problem is: a row and field of a dataset, or a row and column of a CSV file. */
export interface ProblemPlace {
  /** The row counted from 1 (the dataset's row, or the spreadsheet's row with its header as row 1); null for the whole. */
  row: number | null;
  /** The field's path, or the CSV column's name; absent for a problem with a CSV file as a whole. */
  field?: string;
  /** True when the problem is in a CSV file: `row` is the spreadsheet's row and `field` its column. */
  csv: boolean;
}

/** The words of every problem in one language: the React package's catalogues extend this. */
export interface ProblemWords {
  /** The whole sentence: where the problem is, then what it is (`Row 4, field "value": …`). */
  problemAt: (place: ProblemPlace, text: string) => string;
  /** A value found: `nothing`, `the text "12"`, `NaN`, `an array`. */
  found: (found: Found) => string;
  /** What each problem says, given its parts written for the reader. */
  problems: Readonly<Record<ProblemCode, (p: ProblemText) => string>>;
}

const quote = (text: string) => JSON.stringify(text);

/** The code of a problem a spreadsheet has, not a dataset: `csv-not-number`, `csv-gap`, … */
type CsvProblemCode = Extract<ProblemCode, `csv-${string}`>;

/**
 * The English words of every problem with a dataset, without the spreadsheet's: what `problemText` falls back to,
 * and so what every chart carries. A chart never meets a spreadsheet's problem; the reader's words
 * ({@link CSV_PROBLEM_WORDS}) stay with the reader.
 */
const DATASET_WORDS: Omit<ProblemWords, 'problems'> & {
  problems: Readonly<Record<Exclude<ProblemCode, CsvProblemCode>, (p: ProblemText) => string>>;
} = {
  problemAt: ({ row, field, csv }, text) =>
    csv && row === null && !field
      ? `The file ${text}`
      : `${row === null ? (csv ? `The file, column "${field}"` : `Field "${field}"`) : `Row ${row}, ${csv ? 'column' : 'field'} "${field}"`}: ${text}`,
  found: ({ kind, text = '' }) =>
    ({
      nothing: 'nothing',
      null: 'null',
      text: `the text ${quote(text)}`,
      number: text,
      'not-a-number': 'NaN',
      boolean: text,
      array: 'an array',
      object: 'an object',
      other: 'something else',
    })[kind],
  problems: {
    unreadable: () => 'could not be read.',
    'not-dataset': (p) => `expected a dataset or a list of rows, got ${p.found}.`,
    'not-rows': (p) => `expected a list of rows, got ${p.found}.`,
    'no-rows': () => 'there are no rows: there is nothing to draw.',
    'not-object': (p) => `expected an object, got ${p.found}.`,
    'missing-number': (p) => `is missing: expected a number, got ${p.found}.`,
    'not-number': (p) => `expected a number, got ${p.found}.`,
    'not-a-number': () => 'is NaN, not a number.',
    infinite: (p) => `is ${p.positive ? 'Infinity' : '-Infinity'}: expected a finite number.`,
    negative: (p) => `is ${p.value}: a count cannot be negative.`,
    'percent-range': (p) => `is ${p.value}: a percentage must be between 0 and 100.`,
    'missing-text': (p) => `is missing: expected text, got ${p.found}.`,
    'not-text': (p) => `expected text, got ${p.found}.`,
    'empty-text': () => 'is empty: expected text.',
    'too-long': (p) => `is ${p.value} characters long: at most ${p.limit} are allowed.`,
    'not-boolean': (p) => `expected true or false, got ${p.found}.`,
    'not-source': (p) => `expected a source { publisher, title }, got ${p.found}.`,
    'not-sources': (p) => `expected a list of sources { publisher, title }, got ${p.found}.`,
    'not-verification': (p) => `expected a check { status, note }, got ${p.found}.`,
    'not-one-of': (p) => `expected ${p.choices}, got ${p.found}.`,
    'not-text-list': (p) => `expected a list of texts, got ${p.found}.`,
    'not-list': (p) => `expected a list, got ${p.found}.`,
    'not-dates': (p) => `expected a list of dates { label, date }, got ${p.found}.`,
    'not-codes': (p) => `expected a list of country codes, got ${p.found}.`,
    'missing-period': (p) => `is missing: expected a period { start, end, label }, got ${p.found}.`,
    'not-period': (p) => `expected a period { start, end, label }, got ${p.found}.`,
    'bad-date': (p) => `expected a date written YYYY-MM-DD, got ${p.found}.`,
    'end-before-start': (p) => `${p.end} is before the start ${p.start}.`,
    'bad-unit': (p) =>
      `expected a short word for what the figures count, such as ${p.choices}, got ${p.found}.`,
    'bad-stage': (p) => `expected a stage such as ${p.choices}, or one of your own, got ${p.found}.`,
    'not-code': (p) => `expected an ISO 3166-1 country code such as "NLD" or "NL", got ${p.found}.`,
    'unknown-code': (p) => `${quote(p.code)} is not an ISO 3166-1 alpha-3 or alpha-2 country code.`,
    'unknown-member': (p) => `${p.found} is not an ISO 3166-1 alpha-3 country code.`,
    'duplicate-code': (p) => `${quote(p.code)} is already in row ${p.firstRow}: list a country once.`,
    'percent-or-count': () => 'is missing, and so is "count": a row needs one of them.',
    'shares-over-100': (p) => `the rows’ shares add up to ${p.value}%, more than 100%.`,
  },
};

/** The English words of a spreadsheet's problems and notices. */
const CSV_PROBLEM_WORDS: Readonly<Record<CsvProblemCode, (p: ProblemText) => string>> = {
  'csv-empty': () => 'is empty: there is nothing to draw.',
  'csv-columns': (p) => `is missing: the first row must name the columns ${p.allOf}.`,
  'csv-not-number': (p) =>
    `${p.found} is not a number${p.decimalComma ? ' (this file uses a decimal comma)' : ''}.`,
  'csv-not-period': (p) =>
    `${p.found} is not a period: write 2024, 2024-03, March 2024, Q3 2024, H1 2025 or 2024-04-01/2025-03-31.`,
  'csv-no-values': (p) =>
    `has no column of numbers: the first column names the periods (or labels, or countries), the next one holds the figures. The columns are ${p.allOf}.`,
  'csv-value-column': (p) => `there is no column ${quote(p.column)} to draw: the columns are ${p.allOf}.`,
  'csv-fraction-in-counts': (p) =>
    `${p.found} is a fraction in a column of whole numbers: did you mean ${p.digits}? Write it without a separator to be sure.`,
  'csv-mixed-numbers': (p) =>
    `${p.found} is written with a decimal ${p.decimalComma ? 'point' : 'comma'}, but this file writes its numbers with a decimal ${p.decimalComma ? 'comma' : 'point'}: write it as the other rows do.`,
  'csv-duplicate': (p) => `${p.found} is already in row ${p.firstRow}: list each one once.`,
  'csv-not-country': (p) =>
    `${p.found} is not a country the chart knows: write its name in English or in your language, or its ISO code (NLD or NL).`,
  'csv-no-data': (p) => `${p.found} is not a figure: shown as “no data”, not as 0.`,
  'csv-gap': (p) =>
    `${p.found} is not in the file, between ${p.start} and ${p.end}: shown as a gap with no data.`,
  'csv-total-row': (p) => `${p.found} is a total: it is left out of the chart.`,
  'csv-footnote': (p) => `${p.found} is under the table: it is not read as a figure.`,
  'csv-other-columns': (p) =>
    `the chart draws the column ${quote(p.column)}; the file also has ${p.allOf}: name another column to draw it.`,
};

/** The English words of every problem, a spreadsheet's included. */
export const PROBLEM_WORDS: ProblemWords = /* @__PURE__ */ (() => ({
  ...DATASET_WORDS,
  problems: { ...DATASET_WORDS.problems, ...CSV_PROBLEM_WORDS },
}))();

/** What kind of value `value` is, and its text where that helps: for a problem's `found`. */
export function foundOf(value: unknown): Found {
  if (value === undefined) return { kind: 'nothing' };
  if (value === null) return { kind: 'null' };
  if (typeof value === 'string')
    return { kind: 'text', text: value.length > 40 ? `${value.slice(0, 40)}…` : value };
  if (typeof value === 'number')
    return Number.isNaN(value) ? { kind: 'not-a-number' } : { kind: 'number', text: String(value) };
  if (typeof value === 'boolean') return { kind: 'boolean', text: String(value) };
  try {
    if (Array.isArray(value)) return { kind: 'array' };
  } catch {
    return { kind: 'other' };
  }
  return typeof value === 'object' ? { kind: 'object' } : { kind: 'other' };
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

function formatter<T>(cache: Map<string, T>, key: string, make: () => T, fallback: () => T): T {
  let value = cache.get(key);
  if (!value) {
    try {
      value = make();
    } catch {
      value = fallback();
    }
    cache.set(key, value);
  }
  return value;
}

/** The parts of a problem written for a reader in `locale`, with `words` describing what was found. */
export function problemTextOf(
  params: ProblemParams,
  words: Pick<ProblemWords, 'found'>,
  locale = 'en',
): ProblemText {
  const numbers = formatter(
    numberFormats,
    locale,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
    () => new Intl.NumberFormat('en', { maximumFractionDigits: 1 }),
  );
  const list = (type: 'disjunction' | 'conjunction') =>
    formatter(
      listFormats,
      `${locale} ${type}`,
      () => new Intl.ListFormat(locale, { type }),
      () => new Intl.ListFormat('en', { type }),
    );
  const number = (value: number | undefined) =>
    value === undefined || !Number.isFinite(value) ? '' : numbers.format(value);
  const choices = params.choices ?? [];
  return {
    found: params.found ? words.found(params.found) : '',
    value: number(params.value),
    limit: number(params.limit),
    code: params.code ?? '',
    // Row numbers are written as a spreadsheet writes them: digits without grouping.
    firstRow: params.firstRow === undefined ? '' : String(params.firstRow),
    start: params.start ?? '',
    end: params.end ?? '',
    choices: list('disjunction').format(choices.map(quote)),
    allOf: list('conjunction').format(choices),
    positive: (params.value ?? 0) > 0,
    decimalComma: !!params.decimalComma,
    column: params.column ?? '',
    digits: params.value === undefined || !Number.isFinite(params.value) ? '' : String(params.value),
  };
}

/** What a problem's sentence needs: where it is, what it is and its parts. */
export interface ProblemLike {
  /** The dataset's row, counted from 0; null for the dataset as a whole. */
  row: number | null;
  /** The field's path (`rows[2].value`), or the CSV column's name. */
  field: string;
  /** What the problem is. */
  code: ProblemCode;
  /** The problem's parts, which each language puts in its own sentence. */
  params: ProblemParams;
  /** For a CSV file: the spreadsheet's row, with its header as row 1. */
  csvRow?: number | null;
  /** The problem in English (`Problem.message`): said when no words for its code are given. */
  message?: string;
}

/**
 * A problem as a sentence in the reader's language (any word `words` lacks is the English one): `Row 4, field “value”: expected a number, got the text
 * “12”.` in English (the default), the same in German with the German catalogue. Rows count from 1, as a
 * person counts; a CSV file's rows count its header as row 1.
 */
export function problemText(
  problem: ProblemLike,
  words: Partial<ProblemWords> = DATASET_WORDS as Partial<ProblemWords>,
  locale = 'en',
): string {
  // A catalogue or a page's own words may lack a key: the English words stand in, never an exception. A
  // spreadsheet's problem comes with its English sentence (`message`), which the reader wrote with its words.
  const write =
    words.problems?.[problem.code] ??
    (DATASET_WORDS.problems as Partial<Record<ProblemCode, (p: ProblemText) => string>>)[problem.code];
  if (!write && problem.message) return problem.message;
  const found = words.found ?? DATASET_WORDS.found;
  const text = write ? write(problemTextOf(problem.params ?? {}, { found }, locale)) : problem.code;
  const csv = problem.csvRow !== undefined;
  const row = csv ? (problem.csvRow ?? null) : problem.row === null ? null : problem.row + 1;
  // A CSV file's own problems (empty, unreadable) are in field `csv`: the file as a whole.
  const field = csv && row === null && problem.field === 'csv' ? undefined : problem.field;
  const at = words.problemAt ?? DATASET_WORDS.problemAt;
  return at(field === undefined ? { row, csv } : { row, field, csv }, text);
}
