import { foundOf, type ProblemCode, type ProblemParams, problemText } from './problems';
import { isVerificationStatus, VERIFICATION_STATUSES } from './status';
import {
  DATASET_SHAPES,
  type Dataset,
  type DatasetShape,
  GAP_REASONS,
  KNOWN_UNITS,
  type Period,
  type Problem,
  type ProviderReport,
  type SeriesGap,
  type SeriesPoint,
  type ShareRow,
  type Source,
  type ValidationResult,
  type Verification,
} from './types';

/*
 * Validators for a user's own dataset of each shape. They accept a whole dataset (`{ unit, rows, … }`) or a
 * bare array of rows, never throw on any input, and return every problem they find with its row (0-based)
 * and field, in words a person can act on. Each reads every value once and returns what it read as `data`:
 * a fresh copy with only the fields its shape knows and only the rows without a problem, which is what a
 * chart then draws. Nothing a validator accepts can make a chart throw.
 */
/*
 * This module holds what every validator shares and the checks of series, provider reports and shares; hosting
 * (with the ISO 3166 table), laws and the check of any dataset have modules of their own, so a bundle that
 * checks one shape does not carry the others.
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

type Read = (key: string) => unknown;

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

export function checkNumber(
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

export function checkString(
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

export function checkBoolean(
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

/** One source: a publisher and a title, and the optional address and dates as text. */
export function checkSource(
  out: Collector,
  row: number | null,
  field: string,
  value: unknown,
): Source | undefined {
  if (value === undefined) return undefined;
  if (!isPlainObject(value)) {
    out.add(row, field, 'not-source', { found: foundOf(value) });
    return undefined;
  }
  const read = reader(value, row, out, `${field}.`);
  const before = out.problems.length;
  const publisher = checkString(out, row, `${field}.publisher`, read('publisher'));
  const title = checkString(out, row, `${field}.title`, read('title'));
  const url = checkString(out, row, `${field}.url`, read('url'), false);
  const published = checkString(out, row, `${field}.published`, read('published'), false);
  const accessed = checkString(out, row, `${field}.accessed`, read('accessed'), false);
  if (out.problems.length > before || publisher === undefined || title === undefined) return undefined;
  return assign({ publisher, title } as Source, { url, published, accessed });
}

/** A `verification`, when there is one: a known status, a note, finite numbers, a source and period. */
export function checkVerification(
  out: Collector,
  row: number | null,
  field: string,
  value: unknown,
): Verification | undefined {
  if (value === undefined) return undefined;
  if (!isPlainObject(value)) {
    out.add(row, field, 'not-verification', { found: foundOf(value) });
    return undefined;
  }
  const read = reader(value, row, out, `${field}.`);
  const before = out.problems.length;
  const status = read('status');
  if (!isVerificationStatus(status))
    out.add(row, `${field}.status`, 'not-one-of', {
      found: foundOf(status),
      choices: VERIFICATION_STATUSES,
    });
  const note = checkString(out, row, `${field}.note`, read('note'));
  const fields = {
    value: checkNumber(out, row, `${field}.value`, read('value'), 'any', false),
    seedValue: checkNumber(out, row, `${field}.seedValue`, read('seedValue'), 'any', false),
    part: checkNumber(out, row, `${field}.part`, read('part'), 'any', false),
    whole: checkNumber(out, row, `${field}.whole`, read('whole'), 'any', false),
    label: checkString(out, row, `${field}.label`, read('label'), false),
    of: checkString(out, row, `${field}.of`, read('of'), false),
    source: checkSource(out, row, `${field}.source`, read('source')),
    period: checkPeriod(out, row, `${field}.period`, read('period'), false),
  };
  if (out.problems.length > before || !isVerificationStatus(status) || note === undefined) return undefined;
  return assign({ status, note } as Verification, fields);
}

/** A list of sources, when there is one: each with a publisher and a title, for its source line. */
export function checkSources(out: Collector, value: unknown, field = 'sources'): Source[] | undefined {
  if (value === undefined) return undefined;
  const items = arrayOf(value);
  if (!items) {
    out.add(null, field, 'not-sources', { found: foundOf(value) });
    return undefined;
  }
  const sources: Source[] = [];
  items.forEach((item, i) => {
    const source = checkSource(out, null, `${field}[${i}]`, item);
    if (source) sources.push(source);
  });
  return sources;
}

/** The dataset's notes, when it has them: an array of text. */
export function checkNotes(out: Collector, value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const items = arrayOf(value);
  if (!items) {
    out.add(null, 'notes', 'not-text-list', { found: foundOf(value) });
    return undefined;
  }
  const notes: string[] = [];
  items.forEach((item, i) => {
    const note = checkString(out, null, `notes[${i}]`, item);
    if (note !== undefined) notes.push(note);
  });
  return notes;
}

export function checkPeriod(
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
  if (!isPlainObject(value)) {
    out.add(row, field, 'not-period', { found: foundOf(value) });
    return undefined;
  }
  const read = reader(value, row, out, `${field}.`);
  const before = out.problems.length;
  const start = read('start');
  const end = read('end');
  const label = checkString(out, row, `${field}.label`, read('label'));
  for (const [name, date] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (!isIsoDate(date)) out.add(row, `${field}.${name}`, 'bad-date', { found: foundOf(date) });
  }
  if (isIsoDate(start) && isIsoDate(end) && (end as string) < (start as string)) {
    out.add(row, `${field}.end`, 'end-before-start', { start: start as string, end: end as string });
  }
  const partial = checkBoolean(out, row, `${field}.partial`, read('partial'));
  if (out.problems.length > before || label === undefined) return undefined;
  return assign({ start: start as string, end: end as string, label }, { partial });
}

/** The dataset-level fields every shape shares, as read once. */
export interface Base {
  rows: unknown[];
  fields: Record<string, unknown>;
  read: Read | undefined;
  /** The dataset's `unit` as read, before any shape checks it. */
  unit: unknown;
}

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
    id: checkString(out, null, 'id', read('id'), false),
    shape: checkShape(out, read('shape')),
    title: checkString(out, null, 'title', read('title'), false),
    description: checkString(out, null, 'description', read('description'), false),
    sources: checkSources(out, read('sources')) ?? [],
    citedSources: checkSources(out, read('citedSources'), 'citedSources'),
    verification: checkVerification(out, null, 'verification', read('verification')),
    asOf: checkString(out, null, 'asOf', read('asOf'), false),
    notes: checkNotes(out, read('notes')),
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
export function checkUnit(out: Collector, base: Base): void {
  const unit = base.unit;
  if (unit === undefined) return;
  if (typeof unit !== 'string' || !unit.trim() || unit.length > MAX_UNIT)
    out.add(null, 'unit', 'bad-unit', { found: foundOf(unit), choices: KNOWN_UNITS });
  else base.fields.unit = unit.trim();
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

/** The checked copy of a dataset: its shared fields that passed, then `rows`. */
export function copy<D>(base: Base, rows: unknown[], extra: Record<string, unknown> = {}): D {
  return assign({} as Record<string, unknown>, { ...base.fields, ...extra, rows }) as D;
}

/** Checks a time series (`SeriesPoint` rows): a valid period and a finite, non-negative value per row. */
export function validateSeries(input: unknown): ValidationResult<Dataset<SeriesPoint>> {
  return guard((out) => {
    const base = datasetOf(input, out);
    return base ? checkSeries(base, out) : undefined;
  });
}

export function checkSeries(base: Base, out: Collector): Dataset<SeriesPoint> {
  checkUnit(out, base);
  const kind = base.fields.unit === 'percent' ? 'percent' : 'count';
  const rows = eachRow<SeriesPoint>(base.rows, out, (read, i) => {
    const period = checkPeriod(out, i, 'period', read('period'));
    const value = checkNumber(out, i, 'value', read('value'), kind);
    const verification = checkVerification(out, i, 'verification', read('verification'));
    if (!period || value === undefined) return undefined;
    return assign({ period, value } as SeriesPoint, { verification });
  });
  const gaps = checkGaps(out, base.read?.('gaps'));
  return copy(base, rows, gaps ? { gaps } : {});
}

/** A series' periods without a figure (`gaps`): each a period and a reason; absent stays absent. */
function checkGaps(out: Collector, raw: unknown): SeriesGap[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  const list = arrayOf(raw);
  if (!list) {
    out.add(null, 'gaps', 'not-list', { found: foundOf(raw) });
    return undefined;
  }
  const gaps: SeriesGap[] = [];
  list.forEach((item, i) => {
    const read = reader(item, null, out, `gaps[${i}].`);
    const period = checkPeriod(out, null, `gaps[${i}].period`, read('period'));
    const reason = read('reason');
    if (!GAP_REASONS.includes(reason as SeriesGap['reason'])) {
      out.add(null, `gaps[${i}].reason`, 'not-one-of', { found: foundOf(reason), choices: GAP_REASONS });
      return;
    }
    if (period) gaps.push({ period, reason: reason as SeriesGap['reason'] });
  });
  return gaps;
}

/** Checks reports per provider (`ProviderReport` rows). */
export function validateProviderReports(input: unknown): ValidationResult<Dataset<ProviderReport>> {
  return guard((out) => {
    const base = datasetOf(input, out);
    return base ? checkProviderReports(base, out) : undefined;
  });
}

export function checkProviderReports(base: Base, out: Collector): Dataset<ProviderReport> {
  checkUnit(out, base);
  const rows = eachRow<ProviderReport>(base.rows, out, (read, i) => {
    const provider = checkString(out, i, 'provider', read('provider'));
    const value = checkNumber(out, i, 'value', read('value'), 'count');
    const newReporter = checkBoolean(out, i, 'newReporter', read('newReporter'));
    const rawChange = read('change');
    let change: ProviderReport['change'];
    if (rawChange !== undefined && rawChange !== null) {
      const readChange = reader(rawChange, i, out, 'change.');
      const percent = checkNumber(out, i, 'change.percent', readChange('percent'), 'any');
      const label = checkString(out, i, 'change.label', readChange('label'));
      const verification = checkVerification(out, i, 'change.verification', readChange('verification'));
      if (percent !== undefined && label !== undefined)
        change = assign({ percent, label } as NonNullable<ProviderReport['change']>, { verification });
    }
    const period = checkPeriod(out, i, 'period', read('period'), false);
    const verification = checkVerification(out, i, 'verification', read('verification'));
    if (provider === undefined || value === undefined) return undefined;
    return assign({ provider, value, newReporter: newReporter ?? false } as ProviderReport, {
      change,
      period,
      verification,
    });
  });
  return copy(base, rows);
}

/** Checks percentages of a whole (`ShareRow` rows): each between 0 and 100. */
export function validateShares(input: unknown): ValidationResult<Dataset<ShareRow>> {
  return guard((out) => {
    const base = datasetOf(input, out);
    return base ? checkShares(base, out) : undefined;
  });
}

export function checkShares(base: Base, out: Collector): Dataset<ShareRow> {
  checkUnit(out, base);
  const rows = eachRow<ShareRow>(base.rows, out, (read, i) => {
    const label = checkString(out, i, 'label', read('label'));
    const percent = checkNumber(out, i, 'percent', read('percent'), 'percent');
    const fields = {
      of: checkString(out, i, 'of', read('of'), false),
      part: checkNumber(out, i, 'part', read('part'), 'count', false),
      whole: checkNumber(out, i, 'whole', read('whole'), 'count', false),
      period: checkPeriod(out, i, 'period', read('period'), false),
      verification: checkVerification(out, i, 'verification', read('verification')),
    };
    if (label === undefined || percent === undefined) return undefined;
    return assign({ label, percent } as ShareRow, fields);
  });
  // The forum study's count of images travels with its share.
  const images = base.read?.('imagesInOneMonth');
  let imagesInOneMonth: Record<string, unknown> | undefined;
  if (images !== undefined) {
    const read = reader(images, null, out, 'imagesInOneMonth.');
    const value = checkNumber(out, null, 'imagesInOneMonth.value', read('value'), 'count');
    const unit = checkString(out, null, 'imagesInOneMonth.unit', read('unit'));
    const label = checkString(out, null, 'imagesInOneMonth.label', read('label'));
    if (value !== undefined && unit !== undefined && label !== undefined)
      imagesInOneMonth = { value, unit, label };
  }
  return copy(base, rows, { imagesInOneMonth });
}

/** A dataset's declared `shape`, when it has one: one of `DATASET_SHAPES`. */
export function checkShape(out: Collector, value: unknown): DatasetShape | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (DATASET_SHAPES as readonly string[]).includes(value))
    return value as DatasetShape;
  out.add(null, 'shape', 'not-one-of', { found: foundOf(value), choices: DATASET_SHAPES });
  return undefined;
}
