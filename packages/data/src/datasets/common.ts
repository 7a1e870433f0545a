import { roundTo, shareOf } from '../derive';
import type { Period } from '../types';

/**
 * The month the seed's figures were checked against their publishers: November 2026, written `YYYY-MM`.
 * It is the month of the check, not a day; where a full date is needed, use the first of the month
 * (`2026-11-01`). Every dataset's `asOf` and every checked source's `accessed` is this value.
 */
export const AS_OF = '2026-11';

/** A calendar year as a period. */
/* @__NO_SIDE_EFFECTS__ */
export function year(y: number): Period {
  return { start: `${y}-01-01`, end: `${y}-12-31`, label: String(y) };
}

/** The first half of a year, January to June: a partial period. */
/* @__NO_SIDE_EFFECTS__ */
export function firstHalf(y: number): Period {
  return { start: `${y}-01-01`, end: `${y}-06-30`, label: `H1 ${y}`, partial: true };
}

/**
 * A derived figure of the package's own data, which must exist: a failed derivation (a zero base, a missing
 * row) is an error in the data, caught by the tests, never a 0 in a headline.
 */
/* @__NO_SIDE_EFFECTS__ */
export function mustDerive(value: number | undefined, what: string): number {
  if (value === undefined || !Number.isFinite(value))
    throw new Error(`@safeguard-charts/data: ${what} cannot be computed from the data.`);
  return value;
}

/**
 * `part` as a share of `whole`, rounded to whole points as the publishers round their shares: computed from the
 * publisher's counts, never typed. Throws (through `mustDerive`) when it cannot be computed. Call it with
 * constants and `/* @__PURE__ *\/`, so a bundle that does not use the figure drops it.
 */
/* @__NO_SIDE_EFFECTS__ */
export function roundedShare(part: number, whole: number, what: string): number {
  return mustDerive(roundTo(shareOf(part, whole) ?? Number.NaN), what);
}
