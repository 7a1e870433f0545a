import { ISO_3166_COUNTRIES } from './iso3166';
import { isVerificationStatus, VERIFICATION_STATUSES } from './status';
import type { LawStatus, Problem, Unit, ValidationResult } from './types';

/*
 * Validators for a user's own dataset of each shape. They accept a whole dataset (`{ unit, rows, … }`) or a
 * bare array of rows, never throw on any input, and return every problem they find with its row (0-based)
 * and field, in words a person can act on.
 */

let alpha3Codes: ReadonlySet<string> | undefined;
/** The alpha-3 codes, built on first use so a bundle that never checks a code drops the table. */
function alpha3(): ReadonlySet<string> {
  alpha3Codes ??= new Set(ISO_3166_COUNTRIES.map(([code]) => code));
  return alpha3Codes;
}
const UNITS: ReadonlySet<string> = /* @__PURE__ */ new Set<Unit>([
  'videos',
  'images',
  'items',
  'reports',
  'webpages',
  'percent',
]);
const STATUSES: ReadonlySet<string> = /* @__PURE__ */ new Set<LawStatus>([
  'signed',
  'pending',
  'passed-one-chamber',
  'in-progress',
  'law',
]);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `code` is an ISO 3166-1 alpha-3 country code (upper case), e.g. `NLD`. */
export function isIsoAlpha3(code: unknown): boolean {
  return typeof code === 'string' && alpha3().has(code);
}

/** How a value reads in a message: `the string "12"`, `NaN`, `null`. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

class Collector {
  readonly problems: Problem[] = [];
  add(row: number | null, field: string, text: string): void {
    // `row` is the 0-based index; the message counts rows from 1, as a person does.
    const where = row === null ? `Field "${field}"` : `Row ${row + 1}, field "${field}"`;
    this.problems.push({ row, field, message: `${where}: ${text}` });
  }
  result(): ValidationResult {
    return { ok: this.problems.length === 0, problems: this.problems };
  }
}

type Read = (key: string) => unknown;

/** A property reader that turns a throwing getter or Proxy trap into `undefined` plus a problem. */
function reader(value: unknown, row: number | null, out: Collector): Read {
  return (key) => {
    if (value === null || value === undefined) return undefined;
    try {
      return (value as Record<string, unknown>)[key];
    } catch {
      out.add(row, key, 'could not be read (the property threw an error).');
      return undefined;
    }
  };
}

function checkNumber(
  out: Collector,
  row: number | null,
  field: string,
  value: unknown,
  kind: 'count' | 'percent' | 'any',
  required = true,
): void {
  if (value === undefined || value === null) {
    if (required) out.add(row, field, `is missing: expected a number, got ${describe(value)}.`);
    return;
  }
  if (typeof value !== 'number') {
    out.add(row, field, `expected a number, got ${describe(value)}.`);
    return;
  }
  if (Number.isNaN(value)) {
    out.add(row, field, 'is NaN, not a number.');
    return;
  }
  if (!Number.isFinite(value)) {
    out.add(row, field, `is ${value > 0 ? 'Infinity' : '-Infinity'}: expected a finite number.`);
    return;
  }
  if (kind === 'count' && value < 0) out.add(row, field, `is ${value}: a count cannot be negative.`);
  if (kind === 'percent' && (value < 0 || value > 100))
    out.add(row, field, `is ${value}: a percentage must be between 0 and 100.`);
}

function checkString(
  out: Collector,
  row: number | null,
  field: string,
  value: unknown,
  required = true,
): void {
  if (value === undefined || value === null) {
    if (required) out.add(row, field, `is missing: expected text, got ${describe(value)}.`);
    return;
  }
  if (typeof value !== 'string') out.add(row, field, `expected text, got ${describe(value)}.`);
  else if (required && !value.trim()) out.add(row, field, 'is empty: expected text.');
}

/**
 * Whether `text` is a real calendar date written `YYYY-MM-DD` (proleptic Gregorian, leap years counted):
 * `2024-02-29` is, `2025-02-29` and `2024-13-01` are not.
 */
export function isIsoDate(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return m >= 1 && m <= 12 && d >= 1 && d <= days;
}

/** A `verification`, when there is one: a known status, a note, a finite publisher's value. */
function checkVerification(out: Collector, row: number | null, field: string, value: unknown): void {
  if (value === undefined) return;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    out.add(row, field, `expected { status, note }, got ${describe(value)}.`);
    return;
  }
  const read = reader(value, row, out);
  const status = read('status');
  if (!isVerificationStatus(status))
    out.add(
      row,
      `${field}.status`,
      `expected one of ${VERIFICATION_STATUSES.join(', ')}, got ${describe(status)}.`,
    );
  checkString(out, row, `${field}.note`, read('note'));
  checkNumber(out, row, `${field}.value`, read('value'), 'any', false);
  checkNumber(out, row, `${field}.part`, read('part'), 'any', false);
  checkNumber(out, row, `${field}.whole`, read('whole'), 'any', false);
}

/** The dataset's `sources`, when it has them: each with a publisher and a title, for its source line. */
function checkSources(out: Collector, value: unknown, field = 'sources'): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    out.add(null, field, `expected an array of { publisher, title }, got ${describe(value)}.`);
    return;
  }
  for (let i = 0; i < value.length; i += 1) {
    const read = reader(value[i], null, out);
    checkString(out, null, `${field}[${i}].publisher`, read('publisher'));
    checkString(out, null, `${field}[${i}].title`, read('title'));
  }
}

function checkPeriod(
  out: Collector,
  row: number | null,
  field: string,
  value: unknown,
  required = true,
): void {
  if (value === undefined || value === null) {
    if (required)
      out.add(row, field, `is missing: expected a period { start, end, label }, got ${describe(value)}.`);
    return;
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    out.add(row, field, `expected a period { start, end, label }, got ${describe(value)}.`);
    return;
  }
  const read = reader(value, row, out);
  const start = read('start');
  const end = read('end');
  checkString(out, row, `${field}.label`, read('label'));
  for (const [name, date] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (!isIsoDate(date))
      out.add(row, `${field}.${name}`, `expected a date written YYYY-MM-DD, got ${describe(date)}.`);
  }
  if (isIsoDate(start) && isIsoDate(end) && (end as string) < (start as string)) {
    out.add(row, `${field}.end`, `${end} is before the start ${start}.`);
  }
  const partial = read('partial');
  if (partial !== undefined && typeof partial !== 'boolean')
    out.add(row, `${field}.partial`, `expected true or false, got ${describe(partial)}.`);
}

/**
 * The rows of `input` (a dataset or a bare array), checking the dataset's own fields on the way;
 * null when there is nothing to check further.
 */
function rowsOf(
  input: unknown,
  out: Collector,
  needsUnit: boolean,
): { rows: unknown[]; unit: unknown } | null {
  if (Array.isArray(input)) {
    if (!input.length) out.add(null, 'rows', 'there are no rows: there is nothing to draw.');
    return { rows: input, unit: undefined };
  }
  if (input === null || input === undefined || typeof input !== 'object') {
    out.add(null, 'data', `expected a dataset or an array of rows, got ${describe(input)}.`);
    return null;
  }
  const read = reader(input, null, out);
  const rows = read('rows');
  const unit = read('unit');
  checkSources(out, read('sources'));
  checkSources(out, read('citedSources'), 'citedSources');
  checkVerification(out, null, 'verification', read('verification'));
  if (needsUnit && unit !== undefined && (typeof unit !== 'string' || !UNITS.has(unit))) {
    out.add(null, 'unit', `expected one of ${[...UNITS].join(', ')}, got ${describe(unit)}.`);
  }
  if (!Array.isArray(rows)) {
    out.add(null, 'rows', `expected an array of rows, got ${describe(rows)}.`);
    return null;
  }
  if (!rows.length) out.add(null, 'rows', 'there are no rows: there is nothing to draw.');
  return { rows, unit };
}

/** Runs `check` on each row, catching anything a hostile row could throw. */
function eachRow(rows: unknown[], out: Collector, check: (read: Read, index: number) => void): void {
  const length = rows.length;
  for (let index = 0; index < length; index += 1) {
    try {
      const row = rows[index];
      if (row === null || typeof row !== 'object' || Array.isArray(row)) {
        out.add(index, 'row', `expected an object, got ${describe(row)}.`);
        continue;
      }
      check(reader(row, index, out), index);
    } catch {
      out.add(index, 'row', 'could not be read.');
    }
  }
}

function guard(run: (out: Collector) => void): ValidationResult {
  const out = new Collector();
  try {
    run(out);
  } catch {
    out.add(null, 'data', 'could not be read.');
  }
  return out.result();
}

/** Checks a time series (`SeriesPoint` rows): a valid period and a finite, non-negative value per row. */
export function validateSeries(input: unknown): ValidationResult {
  return guard((out) => {
    const data = rowsOf(input, out, true);
    if (!data) return;
    const kind = data.unit === 'percent' ? 'percent' : 'count';
    eachRow(data.rows, out, (read, i) => {
      checkPeriod(out, i, 'period', read('period'));
      checkNumber(out, i, 'value', read('value'), kind);
      checkVerification(out, i, 'verification', read('verification'));
    });
  });
}

/** Checks reports per provider (`ProviderReport` rows). */
export function validateProviderReports(input: unknown): ValidationResult {
  return guard((out) => {
    const data = rowsOf(input, out, true);
    if (!data) return;
    eachRow(data.rows, out, (read, i) => {
      checkString(out, i, 'provider', read('provider'));
      checkNumber(out, i, 'value', read('value'), 'count');
      const newReporter = read('newReporter');
      if (newReporter !== undefined && typeof newReporter !== 'boolean')
        out.add(i, 'newReporter', `expected true or false, got ${describe(newReporter)}.`);
      const change = read('change');
      if (change !== undefined && change !== null) {
        const readChange = reader(change, i, out);
        checkNumber(out, i, 'change.percent', readChange('percent'), 'any');
        checkString(out, i, 'change.label', readChange('label'));
        checkVerification(out, i, 'change.verification', readChange('verification'));
      }
      checkPeriod(out, i, 'period', read('period'), false);
      checkVerification(out, i, 'verification', read('verification'));
    });
  });
}

/** Checks percentages of a whole (`ShareRow` rows): each between 0 and 100. */
export function validateShares(input: unknown): ValidationResult {
  return guard((out) => {
    const data = rowsOf(input, out, true);
    if (!data) return;
    eachRow(data.rows, out, (read, i) => {
      checkString(out, i, 'label', read('label'));
      checkNumber(out, i, 'percent', read('percent'), 'percent');
      checkNumber(out, i, 'part', read('part'), 'count', false);
      checkNumber(out, i, 'whole', read('whole'), 'count', false);
      checkPeriod(out, i, 'period', read('period'), false);
      checkVerification(out, i, 'verification', read('verification'));
    });
  });
}

/**
 * Checks hosting by country (`HostingRow` rows, and `aggregates` when given): known ISO 3166-1 alpha-3 codes
 * (upper case), each country once, a share and/or a count per row, and shares that do not add up to more
 * than 100% (allowing half a point of rounding per row). A country with no data is left out, never zero.
 */
export function validateHosting(input: unknown): ValidationResult {
  return guard((out) => {
    const data = rowsOf(input, out, true);
    if (!data) return;
    const seen = new Map<string, number>();
    let total = 0;
    let shares = 0;
    eachRow(data.rows, out, (read, i) => {
      const code = read('code');
      if (typeof code !== 'string')
        out.add(i, 'code', `expected an ISO 3166-1 alpha-3 code such as "NLD", got ${describe(code)}.`);
      else if (!alpha3().has(code))
        out.add(i, 'code', `"${code}" is not an ISO 3166-1 alpha-3 country code.`);
      else if (seen.has(code))
        out.add(i, 'code', `"${code}" is already in row ${(seen.get(code) ?? 0) + 1}: list a country once.`);
      else seen.set(code, i);
      checkString(out, i, 'name', read('name'));
      const percent = read('percent');
      const count = read('count');
      if (percent === undefined && count === undefined)
        out.add(i, 'percent', 'is missing, and so is "count": a row needs one of them.');
      checkNumber(out, i, 'percent', percent, 'percent', false);
      checkNumber(out, i, 'count', count, 'count', false);
      checkPeriod(out, i, 'period', read('period'), false);
      checkVerification(out, i, 'verification', read('verification'));
      if (typeof percent === 'number' && percent >= 0 && percent <= 100) {
        total += percent;
        shares += 1;
      }
    });
    if (total > 100 + shares / 2)
      out.add(null, 'percent', `the rows' shares add up to ${Math.round(total * 10) / 10}%, more than 100%.`);
    if (Array.isArray(input)) return;
    const aggregates = reader(input, null, out)('aggregates');
    if (aggregates === undefined) return;
    if (!Array.isArray(aggregates)) {
      out.add(null, 'aggregates', `expected an array, got ${describe(aggregates)}.`);
      return;
    }
    aggregates.forEach((aggregate, a) => {
      const read = reader(aggregate, null, out);
      checkString(out, null, `aggregates[${a}].name`, read('name'));
      checkNumber(out, null, `aggregates[${a}].percent`, read('percent'), 'percent');
      const members = read('members');
      if (!Array.isArray(members))
        out.add(null, `aggregates[${a}].members`, `expected an array of codes, got ${describe(members)}.`);
      else
        for (const m of members)
          if (!alpha3().has(m))
            out.add(
              null,
              `aggregates[${a}].members`,
              `"${String(m)}" is not an ISO 3166-1 alpha-3 country code.`,
            );
    });
  });
}

/** Checks laws (`Law` rows): a known status, real dates, provisions as text. */
export function validateLegislation(input: unknown): ValidationResult {
  return guard((out) => {
    const data = rowsOf(input, out, false);
    if (!data) return;
    eachRow(data.rows, out, (read, i) => {
      checkString(out, i, 'name', read('name'));
      checkString(out, i, 'jurisdiction', read('jurisdiction'));
      for (const field of ['status', 'seedStatus']) {
        const status = read(field);
        if (field === 'seedStatus' && status === undefined) continue;
        if (typeof status !== 'string' || !STATUSES.has(status))
          out.add(i, field, `expected one of ${[...STATUSES].join(', ')}, got ${describe(status)}.`);
      }
      const dates = read('dates');
      if (!Array.isArray(dates))
        out.add(i, 'dates', `expected an array of { label, date }, got ${describe(dates)}.`);
      else
        dates.forEach((entry, d) => {
          const readDate = reader(entry, i, out);
          checkString(out, i, `dates[${d}].label`, readDate('label'));
          const date = readDate('date');
          if (!isIsoDate(date))
            out.add(i, `dates[${d}].date`, `expected a date written YYYY-MM-DD, got ${describe(date)}.`);
        });
      const provisions = read('provisions');
      if (!Array.isArray(provisions))
        out.add(i, 'provisions', `expected an array of text, got ${describe(provisions)}.`);
      else
        for (let n = 0; n < provisions.length; n += 1) checkString(out, i, `provisions[${n}]`, provisions[n]);
      checkVerification(out, i, 'verification', read('verification'));
    });
  });
}

/** Which validator fits a dataset's rows, by the field that tells its shape apart. */
function validatorFor(input: unknown): (input: unknown) => ValidationResult {
  let first: unknown;
  try {
    const rows = Array.isArray(input) ? input : (input as { rows?: unknown } | null)?.rows;
    first = Array.isArray(rows) ? rows.find((row) => row && typeof row === 'object') : undefined;
  } catch {
    return validateSeries;
  }
  const has = (key: string): boolean => {
    try {
      return !!first && typeof first === 'object' && key in first;
    } catch {
      return false;
    }
  };
  if (has('jurisdiction')) return validateLegislation;
  if (has('code')) return validateHosting;
  if (has('provider')) return validateProviderReports;
  if (has('percent')) return validateShares;
  return validateSeries;
}

/**
 * Checks any dataset of the package's shapes, picking the validator by its rows: laws (`jurisdiction`),
 * hosting (`code`), provider reports (`provider`), shares (`percent`), else a time series. Same input and
 * result as the validator it picks; never throws.
 */
export function validateDataset(input: unknown): ValidationResult {
  return validatorFor(input)(input);
}
