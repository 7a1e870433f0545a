/*
 * Derived numbers: computed from the figures, never typed in. Every function here is pure and never throws.
 * Where the answer has no meaning (a change from zero, a share of nothing, an input that is not a finite
 * number, or no input at all) it returns `undefined`, so a caller never gets NaN or Infinity to print.
 */

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Percent change from `from` to `to`: `percentChange(13, 3443)` is 26,384.6… (the report's "+26,385%").
 * A fall is negative. Measured against the size of `from`, so a change from a negative number keeps its
 * direction. `undefined` when `from` is 0 or either value is not a finite number.
 */
/* @__NO_SIDE_EFFECTS__ */
export function percentChange(from: number, to: number): number | undefined {
  if (!isFiniteNumber(from) || !isFiniteNumber(to) || from === 0) return undefined;
  return ((to - from) / Math.abs(from)) * 100;
}

/**
 * How many times `b` goes into `a`: `ratio(75027, 947)` is 79.2… (the report's "80x").
 * `undefined` when `b` is 0 or either value is not a finite number.
 */
/* @__NO_SIDE_EFFECTS__ */
export function ratio(a: number, b: number): number | undefined {
  if (!isFiniteNumber(a) || !isFiniteNumber(b) || b === 0) return undefined;
  return a / b;
}

/**
 * `part` as a percentage of `whole`, in points: `shareOf(2562, 2978)` is 86.0…. Not clamped: a part larger
 * than its whole gives more than 100, which a validator then reports. `undefined` when `whole` is 0 or either
 * value is not a finite number.
 */
/* @__NO_SIDE_EFFECTS__ */
export function shareOf(part: number, whole: number): number | undefined {
  if (!isFiniteNumber(part) || !isFiniteNumber(whole) || whole === 0) return undefined;
  return (part / whole) * 100;
}

/**
 * The total of `values`: `sum([4700, 67000])` is 71,700. `undefined` for an empty list, for anything that is
 * not an array, and when any value is not a finite number (a total with a hole in it is not a total).
 */
/* @__NO_SIDE_EFFECTS__ */
export function sum(values: readonly number[]): number | undefined {
  if (!Array.isArray(values) || values.length === 0) return undefined;
  let total = 0;
  for (const value of values) {
    if (!isFiniteNumber(value)) return undefined;
    total += value;
  }
  return isFiniteNumber(total) ? total : undefined;
}

/**
 * `b − a`: `difference(8029, 15036)` is 7,007. `undefined` when either value is not a finite number.
 */
/* @__NO_SIDE_EFFECTS__ */
export function difference(a: number, b: number): number | undefined {
  if (!isFiniteNumber(a) || !isFiniteNumber(b)) return undefined;
  const result = b - a;
  return isFiniteNumber(result) ? result : undefined;
}

/**
 * `value` rounded half away from zero to `digits` decimals (0–10, default 0), for holding a published claim
 * against a computation: `roundTo(79.2259…, 1)` is 79.2. `undefined` when `value` is not a finite number.
 * A `digits` outside 0–10 or not a whole number is clamped and truncated.
 */
/* @__NO_SIDE_EFFECTS__ */
export function roundTo(value: number, digits = 0): number | undefined {
  if (!isFiniteNumber(value)) return undefined;
  const places = isFiniteNumber(digits) ? Math.min(10, Math.max(0, Math.trunc(digits))) : 0;
  const factor = 10 ** places;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  // Math.sign(-0.2) * 0 is -0: a reader should see 0.
  return rounded === 0 ? 0 : rounded;
}
