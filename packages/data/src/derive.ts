/*
 * Derived numbers: computed from the figures, never typed in. Each returns `undefined` where the
 * answer has no meaning (a change from zero, a share of nothing, a value that is not a finite number),
 * so a caller never gets NaN or Infinity to print.
 */

function finite(...values: unknown[]): boolean {
  return values.every((value) => typeof value === 'number' && Number.isFinite(value));
}

/** Percent change from `from` to `to`: `percentChange(13, 3443)` is 26,384.6… (the report's "+26,385%"). */
export function percentChange(from: number, to: number): number | undefined {
  if (!finite(from, to) || from === 0) return undefined;
  return ((to - from) / Math.abs(from)) * 100;
}

/** How many times `a` is `b`: `ratio(75027, 947)` is 79.2… (the report's "80x"). */
export function ratio(a: number, b: number): number | undefined {
  if (!finite(a, b) || b === 0) return undefined;
  return a / b;
}

/** `part` as a percentage of `whole`: `shareOf(2562, 2978)` is 86.0…. */
export function shareOf(part: number, whole: number): number | undefined {
  if (!finite(part, whole) || whole === 0) return undefined;
  return (part / whole) * 100;
}

/** Sum of finite values; `undefined` for an empty list or any value that is not a finite number. */
export function sum(values: readonly number[]): number | undefined {
  if (!values.length || !finite(...values)) return undefined;
  return values.reduce((total, value) => total + value, 0);
}

/** `value` rounded to `digits` decimals, for holding a published claim against a computation. */
export function roundTo(value: number, digits = 0): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
