import { foundOf, type ProblemCode, type ProblemParams, problemText } from '../problems';
import { VERIFICATION_STATUSES } from '../status';
import {
  DATASET_SHAPES,
  type DatasetShape,
  KNOWN_UNITS,
  type Period,
  type Problem,
  type Source,
  type ValidationResult,
  type Verification,
} from '../types';

/*
 * Validators for a user's own dataset of each shape. They accept a whole dataset (`{ unit, rows, … }`) or a
 * bare array of rows, never throw on any input, and return every problem they find with its row (0-based)
 * and field, in words a person can act on. Each reads every value once and returns what it read as `data`:
 * a fresh copy with only the fields its shape knows and only the rows without a problem, which is what a
 * chart then draws. Nothing a validator accepts can make a chart throw.
 *
 * This module holds what every validator shares: the readers of a value (`readNumber`, `readString`,
 * `readPeriod`, `readSource`, `readVerification`: each takes the value, adds a problem where it is wrong and
 * returns what it read), of a list and of the dataset's own fields, and `validated`, which runs a shape's reader
 * on an input. Each shape has a module of its own (series.ts, shares.ts, providers.ts, hosting.ts with the
 * ISO 3166 table, legislation.ts), so a bundle that validates one shape does not carry the others; dataset.ts maps
 * each shape to its reader (`validatorOf`) for any dataset and the CSV reader. ("Check" is kept for a figure's
 * check against its publisher, the `verification` field.)
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The longest text a field may hold: a label or note longer than this is a mistake, not a figure. */
const MAX_TEXT = 10_000;
/** The longest unit: a word or two, not a sentence. */
const MAX_UNIT = 40;

export class Collector {
  readonly problems: Problem[] = [];
  add(row: number | null, field: string, code: ProblemCode, params: ProblemParams = {}): void {
    // `row` is the 0-based index; the message counts rows from 1, as a person does.
    const problem = { row, field, code, params };
    this.problems.push({ ...problem, message: problemText(problem) });
  }
}

export type Read = (key: string) => unknown;

/** A property reader that turns a throwing getter or Proxy trap into `undefined` plus a problem. */
export function reader(value: unknown, row: number | null, out: Collector, prefix = ''): Read {
  return (key) => {
    if (value === null || value === undefined || typeof value !== 'object') return undefined;
    try {
      return (value as Record<string, unknown>)[key];
    } catch {
      out.add(row, `${prefix}${key}`, 'unreadable');
      return undefined;
    }
  };
}

/** The elements of an array, read once each; `undefined` for anything that is not an array. */
export function arrayOf(value: unknown): unknown[] | undefined {
  try {
    if (!Array.isArray(value)) return undefined;
    const length = value.length;
    const items: unknown[] = [];
    for (let i = 0; i < length; i += 1) {
      try {
        items.push(value[i]);
      } catch {
        items.push(undefined);
      }
    }
    return items;
  } catch {
    return undefined;
  }
}

export function isPlainObject(value: unknown): boolean {
  try {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}

export function readNumber(
  out: Collector,
  row: number | null,
  field: string,
  value: unknown,
  kind: 'count' | 'percent' | 'any',
  required = true,
): number | undefined {
  if (value === undefined || value === null) {
    if (required) out.add(row, field, 'missing-number', { found: foundOf(value) });
    return undefined;
  }
  if (typeof value !== 'number') {
    out.add(row, field, 'not-number', { found: foundOf(value) });
    return undefined;
  }
  if (Number.isNaN(value)) {
    out.add(row, field, 'not-a-number');
    return undefined;
  }
  if (!Number.isFinite(value)) {
    out.add(row, field, 'infinite', { value: value > 0 ? 1 : -1 });
    return undefined;
  }
  if (kind === 'count' && value < 0) {
    out.add(row, field, 'negative', { value });
    return undefined;
  }
  if (kind === 'percent' && (value < 0 || value > 100)) {
    out.add(row, field, 'percent-range', { value });
    return undefined;
  }
  return value;
}

export function readString(
  out: Collector,
  row: number | null,
  field: string,
  value: unknown,
  required = true,
): string | undefined {
  if (value === undefined || value === null) {
    if (required) out.add(row, field, 'missing-text', { found: foundOf(value) });
    return undefined;
  }
  if (typeof value !== 'string') {
    out.add(row, field, 'not-text', { found: foundOf(value) });
    return undefined;
  }
  if (required && !value.trim()) {
    out.add(row, field, 'empty-text');
    return undefined;
  }
  if (value.length > MAX_TEXT) {
    out.add(row, field, 'too-long', { value: value.length, limit: MAX_TEXT });
    return undefined;
  }
  return value;
}

export function readBoolean(
  out: Collector,
  row: number | null,
  field: string,
  value: unknown,
): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') {
    out.add(row, field, 'not-boolean', { found: foundOf(value) });
    return undefined;
  }
  return value;
}

/** One of `choices` (a shape, a status, a reason), else `undefined` and a problem that lists them. */
export function readOneOf<T extends string>(
  out: Collector,
  row: number | null,
  field: string,
  value: unknown,
  choices: readonly T[],
): T | undefined {
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  out.add(row, field, 'not-one-of', { found: foundOf(value), choices });
  return undefined;
}

/**
 * A short word, trimmed: a known one (from `choices`, which the charts translate) or any of the owner's own up to
 * `max` characters. Else `undefined` and the problem `code`, which lists the known ones.
 */
export function readWord(
  out: Collector,
  row: number | null,
  field: string,
  value: unknown,
  max: number,
  code: ProblemCode,
  choices: readonly string[],
): string | undefined {
  if (typeof value === 'string' && value.trim() && value.length <= max) return value.trim();
  out.add(row, field, code, { found: foundOf(value), choices });
  return undefined;
}

/**
 * The items of a list, each checked by `check` (given the item and its field, `field[i]`) and kept where it gives
 * something back; `undefined` and the problem `code` when `value` is not a list.
 */
export function readList<T>(
  out: Collector,
  row: number | null,
  field: string,
  value: unknown,
  code: ProblemCode,
  check: (item: unknown, field: string) => T | undefined,
): T[] | undefined {
  const items = arrayOf(value);
  if (!items) {
    out.add(row, field, code, { found: foundOf(value) });
    return undefined;
  }
  const list: T[] = [];
  items.forEach((item, i) => {
    const checked = check(item, `${field}[${i}]`);
    if (checked !== undefined) list.push(checked);
  });
  return list;
}

/** {@link readList} of a list that may be left out: none is an empty list, as is one that is not a list. */
export function readOptionalList<T>(
  out: Collector,
  row: number | null,
  field: string,
  value: unknown,
  code: ProblemCode,
  check: (item: unknown, field: string) => T | undefined,
): T[] {
  return value === undefined ? [] : (readList(out, row, field, value, code, check) ?? []);
}

/** Copies the optional fields that passed into `target`, leaving out those that are `undefined`. */
export function assign<T extends object>(target: T, fields: Record<string, unknown>): T {
  // A plain loop over own keys: no array of entries per row, for series of thousands of rows.
  for (const key in fields)
    if (Object.hasOwn(fields, key) && fields[key] !== undefined)
      (target as Record<string, unknown>)[key] = fields[key];
  return target;
}

/**
 * Whether `text` is a real calendar date written `YYYY-MM-DD` (proleptic Gregorian, leap years counted):
 * `2024-02-29` is, `2025-02-29` and `2024-13-01` are not.
 */
export function isIsoDate(text: unknown): boolean {
  if (typeof text !== 'string' || !ISO_DATE.test(text)) return false;
  // Read by position (the pattern fixed it): no match array to allocate, for series of thousands of rows.
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(5, 7));
  const d = Number(text.slice(8, 10));
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return m >= 1 && m <= 12 && d >= 1 && d <= days;
}

/** The reader of an object's fields (`field.name`), or undefined with problem `code` when `value` is no object. */
function objectReader(
  out: Collector,
  row: number | null,
  field: string,
  value: unknown,
  code: ProblemCode,
): Read | undefined {
  if (isPlainObject(value)) return reader(value, row, out, `${field}.`);
  out.add(row, field, code, { found: foundOf(value) });
  return undefined;
}

/** One source: a publisher and a title, and the optional address and dates as text. */
export function readSource(
  out: Collector,
  row: number | null,
  field: string,
  value: unknown,
): Source | undefined {
  if (value === undefined) return undefined;
  const read = objectReader(out, row, field, value, 'not-source');
  if (!read) return undefined;
  const before = out.problems.length;
  const publisher = readString(out, row, `${field}.publisher`, read('publisher'));
  const title = readString(out, row, `${field}.title`, read('title'));
  const url = readString(out, row, `${field}.url`, read('url'), false);
  const published = readString(out, row, `${field}.published`, read('published'), false);
  const accessed = readString(out, row, `${field}.accessed`, read('accessed'), false);
  if (out.problems.length > before || publisher === undefined || title === undefined) return undefined;
  return assign({ publisher, title } as Source, { url, published, accessed });
}

/** A `verification`, when there is one: a known status, a note, finite numbers, a source and period. */
export function readVerification(
  out: Collector,
  row: number | null,
  field: string,
  value: unknown,
): Verification | undefined {
  if (value === undefined) return undefined;
  const read = objectReader(out, row, field, value, 'not-verification');
  if (!read) return undefined;
  const before = out.problems.length;
  const status = readOneOf(out, row, `${field}.status`, read('status'), VERIFICATION_STATUSES);
  const note = readString(out, row, `${field}.note`, read('note'));
  const fields = {
    value: readNumber(out, row, `${field}.value`, read('value'), 'any', false),
    seedValue: readNumber(out, row, `${field}.seedValue`, read('seedValue'), 'any', false),
    part: readNumber(out, row, `${field}.part`, read('part'), 'any', false),
    whole: readNumber(out, row, `${field}.whole`, read('whole'), 'any', false),
    label: readString(out, row, `${field}.label`, read('label'), false),
    of: readString(out, row, `${field}.of`, read('of'), false),
    source: readSource(out, row, `${field}.source`, read('source')),
    period: readPeriod(out, row, `${field}.period`, read('period'), false),
  };
  if (out.problems.length > before || status === undefined || note === undefined) return undefined;
  return assign({ status, note } as Verification, fields);
}

/** A list of sources, when there is one: each with a publisher and a title, for its source line. */
export function readSources(out: Collector, value: unknown, field = 'sources'): Source[] | undefined {
  if (value === undefined) return undefined;
  return readList(out, null, field, value, 'not-sources', (item, at) => readSource(out, null, at, item));
}

/** The dataset's notes, when it has them: an array of text. */
export function readNotes(out: Collector, value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  return readList(out, null, 'notes', value, 'not-text-list', (item, at) => readString(out, null, at, item));
}

export function readPeriod(
  out: Collector,
  row: number | null,
  field: string,
  value: unknown,
  required = true,
): Period | undefined {
  if (value === undefined || value === null) {
    if (required) out.add(row, field, 'missing-period', { found: foundOf(value) });
    return undefined;
  }
  const read = objectReader(out, row, field, value, 'not-period');
  if (!read) return undefined;
  const before = out.problems.length;
  const start = read('start');
  const end = read('end');
  const label = readString(out, row, `${field}.label`, read('label'));
  // Each date checked once (a series reads thousands of periods).
  const startIsDate = isIsoDate(start);
  const endIsDate = isIsoDate(end);
  if (!startIsDate) out.add(row, `${field}.start`, 'bad-date', { found: foundOf(start) });
  if (!endIsDate) out.add(row, `${field}.end`, 'bad-date', { found: foundOf(end) });
  if (startIsDate && endIsDate && (end as string) < (start as string)) {
    out.add(row, `${field}.end`, 'end-before-start', { start: start as string, end: end as string });
  }
  const partial = readBoolean(out, row, `${field}.partial`, read('partial'));
  if (out.problems.length > before || label === undefined) return undefined;
  const period: Period = { start: start as string, end: end as string, label };
  if (partial !== undefined) period.partial = partial;
  return period;
}

/** The dataset-level fields every shape shares, as read once. */
export interface Base {
  rows: unknown[];
  fields: Record<string, unknown>;
  read: Read | undefined;
  /** The dataset's `unit` as read, before any shape checks it. */
  unit: unknown;
}

/** The reader of one shape: its rows and own fields, on a dataset whose shared fields were read. */
export type ShapeReader<T> = (base: Base, out: Collector) => T;

/**
 * The rows of `input` (a dataset or a bare array), checking the dataset's own fields on the way;
 * null when there is nothing to check further.
 */
export function datasetOf(input: unknown, out: Collector): Base | null {
  const bare = arrayOf(input);
  if (bare) {
    if (!bare.length) out.add(null, 'rows', 'no-rows');
    return { rows: bare, fields: { sources: [] }, read: undefined, unit: undefined };
  }
  if (!isPlainObject(input)) {
    out.add(null, 'data', 'not-dataset', { found: foundOf(input) });
    return null;
  }
  const read = reader(input, null, out);
  const rawRows = read('rows');
  const unit = read('unit');
  const fields: Record<string, unknown> = {
    id: readString(out, null, 'id', read('id'), false),
    shape: readShape(out, read('shape')),
    title: readString(out, null, 'title', read('title'), false),
    description: readString(out, null, 'description', read('description'), false),
    sources: readSources(out, read('sources')) ?? [],
    citedSources: readSources(out, read('citedSources'), 'citedSources'),
    verification: readVerification(out, null, 'verification', read('verification')),
    asOf: readString(out, null, 'asOf', read('asOf'), false),
    notes: readNotes(out, read('notes')),
  };
  const rows = arrayOf(rawRows);
  if (!rows) {
    out.add(null, 'rows', 'not-rows', { found: foundOf(rawRows) });
    return null;
  }
  if (!rows.length) out.add(null, 'rows', 'no-rows');
  return { rows, fields, read, unit };
}

/**
 * Checks the dataset's unit, for the shapes whose figures have one: a word of the library's own
 * (`videos`, `images`, `items`, `reports`, `webpages`, `percent`, which the charts translate) or any short word
 * of yours (`URLs`, `calls`), shown as you give it.
 */
export function readUnit(out: Collector, base: Base): void {
  if (base.unit === undefined) return;
  const unit = readWord(out, null, 'unit', base.unit, MAX_UNIT, 'bad-unit', KNOWN_UNITS);
  if (unit !== undefined) base.fields.unit = unit;
}

/** Runs `check` on each row, catching anything a hostile row could throw; keeps the rows without a problem. */
export function eachRow<Row>(
  rows: unknown[],
  out: Collector,
  check: (read: Read, index: number) => Row | undefined,
): Row[] {
  const clean: Row[] = [];
  const length = rows.length;
  for (let index = 0; index < length; index += 1) {
    const before = out.problems.length;
    try {
      const row = rows[index];
      if (!isPlainObject(row)) {
        out.add(index, 'row', 'not-object', { found: foundOf(row) });
        continue;
      }
      const result = check(reader(row, index, out), index);
      if (result !== undefined && out.problems.length === before) clean.push(result);
    } catch {
      out.add(index, 'row', 'unreadable');
    }
  }
  return clean;
}

export function guard<T>(run: (out: Collector) => T | undefined): ValidationResult<T> {
  const out = new Collector();
  let data: T | undefined;
  try {
    data = run(out);
  } catch {
    out.add(null, 'data', 'unreadable');
  }
  const result: ValidationResult<T> = { ok: out.problems.length === 0, problems: out.problems };
  if (data !== undefined) result.data = data;
  return result;
}

/** What a validator returns for `input`: its shared fields read once, then its shape's reader; never throws. */
export function validated<T>(input: unknown, shapeReader: ShapeReader<T>): ValidationResult<T> {
  return guard((out) => {
    const base = datasetOf(input, out);
    return base ? shapeReader(base, out) : undefined;
  });
}

/** The checked copy of a dataset: its shared fields that passed, then `rows`. */
export function copy<D>(base: Base, rows: unknown[], extra: Record<string, unknown> = {}): D {
  return assign({} as Record<string, unknown>, { ...base.fields, ...extra, rows }) as D;
}

/** A dataset's declared `shape`, when it has one: one of `DATASET_SHAPES`. */
export function readShape(out: Collector, value: unknown): DatasetShape | undefined {
  return value === undefined ? undefined : readOneOf(out, null, 'shape', value, DATASET_SHAPES);
}
