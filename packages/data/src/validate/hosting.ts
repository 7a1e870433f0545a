import { ISO_3166_COUNTRIES } from '../iso3166';
import { foundOf } from '../problems';
import type { HostingAggregate, HostingDataset, HostingRow, ValidationResult } from '../types';
import {
  assign,
  type Base,
  type Collector,
  copy,
  eachRow,
  reader,
  readList,
  readNumber,
  readOptionalList,
  readPeriod,
  readString,
  readUnit,
  readVerification,
  validated,
} from './fields';

let alpha3Codes: ReadonlySet<string> | undefined;
let byAlpha2: ReadonlyMap<string, string> | undefined;
/** The alpha-3 codes, built on first use so a bundle that never checks a code drops the table. */
function alpha3(): ReadonlySet<string> {
  alpha3Codes ??= new Set(ISO_3166_COUNTRIES.map(([code]) => code));
  return alpha3Codes;
}

/**
 * The ISO 3166-1 alpha-3 code for an alpha-3 or alpha-2 code (upper case): `NLD` and `NL` both give `NLD`;
 * `undefined` for anything else.
 */
export function toAlpha3(code: unknown): string | undefined {
  if (typeof code !== 'string') return undefined;
  if (alpha3().has(code)) return code;
  byAlpha2 ??= new Map(ISO_3166_COUNTRIES.map(([a3, , a2]) => [a2, a3]));
  return byAlpha2.get(code);
}

/** Whether `code` is an ISO 3166-1 alpha-3 country code (upper case), e.g. `NLD`. */
export function isIsoAlpha3(code: unknown): boolean {
  return typeof code === 'string' && alpha3().has(code);
}

/**
 * Checks hosting by country (`HostingRow` rows, and `aggregates` when given): known ISO 3166-1 alpha-3 codes
 * (upper case), each country once, a share and/or a count per row, and shares that do not add up to more
 * than 100% (allowing half a point of rounding per row). A country with no data is left out, never zero.
 */
export function validateHosting(input: unknown): ValidationResult<HostingDataset> {
  return validated(input, readHosting);
}

export function readHosting(base: Base, out: Collector): HostingDataset {
  readUnit(out, base);
  const seen = new Map<string, number>();
  let total = 0;
  let shares = 0;
  const rows = eachRow<HostingRow>(base.rows, out, (read, i) => {
    const code = read('code');
    let known: string | undefined;
    const a3 = toAlpha3(code);
    if (typeof code !== 'string') out.add(i, 'code', 'not-code', { found: foundOf(code) });
    else if (!a3) out.add(i, 'code', 'unknown-code', { code: code.slice(0, 40) });
    else if (seen.has(a3)) out.add(i, 'code', 'duplicate-code', { code, firstRow: (seen.get(a3) ?? 0) + 1 });
    else {
      seen.set(a3, i);
      known = a3;
    }
    // A country's name is optional: the charts name it in the reader's language from its code.
    const name = readString(out, i, 'name', read('name'), false);
    const rawPercent = read('percent');
    const rawCount = read('count');
    if (rawPercent === undefined && rawCount === undefined) out.add(i, 'percent', 'percent-or-count');
    const percent = readNumber(out, i, 'percent', rawPercent, 'percent', false);
    const count = readNumber(out, i, 'count', rawCount, 'count', false);
    const period = readPeriod(out, i, 'period', read('period'), false);
    const verification = readVerification(out, i, 'verification', read('verification'));
    if (percent !== undefined) {
      total += percent;
      shares += 1;
    }
    if (known === undefined) return undefined;
    return assign({ code: known } as HostingRow, { name, percent, count, period, verification });
  });
  if (total > 100 + shares / 2)
    out.add(null, 'percent', 'shares-over-100', { value: Math.round(total * 10) / 10 });
  const aggregates = readOptionalList(
    out,
    null,
    'aggregates',
    base.read?.('aggregates'),
    'not-list',
    (item, field) => readAggregate(out, item, field),
  );
  let datasetTotal: HostingDataset['total'];
  const rawTotal = base.read?.('total');
  if (rawTotal !== undefined) {
    const read = reader(rawTotal, null, out, 'total.');
    const value = readNumber(out, null, 'total.value', read('value'), 'count');
    const label = readString(out, null, 'total.label', read('label'));
    if (value !== undefined && label !== undefined) datasetTotal = { value, label };
  }
  return copy<HostingDataset>(base, rows, { aggregates, total: datasetTotal });
}

/** A group of countries (`aggregates[i]`): a name, a share, and members that are ISO 3166-1 alpha-3 codes. */
function readAggregate(out: Collector, value: unknown, field: string): HostingAggregate | undefined {
  const read = reader(value, null, out, `${field}.`);
  const before = out.problems.length;
  const code = readString(out, null, `${field}.code`, read('code'), false);
  const name = readString(out, null, `${field}.name`, read('name'));
  const percent = readNumber(out, null, `${field}.percent`, read('percent'), 'percent');
  const count = readNumber(out, null, `${field}.count`, read('count'), 'count', false);
  const period = readPeriod(out, null, `${field}.period`, read('period'), false);
  const verification = readVerification(out, null, `${field}.verification`, read('verification'));
  const members = readList(out, null, `${field}.members`, read('members'), 'not-codes', (member) => {
    if (!isIsoAlpha3(member)) out.add(null, `${field}.members`, 'unknown-member', { found: foundOf(member) });
    return member as string;
  });
  if (out.problems.length > before || name === undefined || percent === undefined || !members)
    return undefined;
  return assign({ code: code ?? name, name, members, percent } as HostingAggregate, {
    count,
    period,
    verification,
  });
}
