import { warnOnce } from './warnOnce';

/*
 * Props a page author passes are bounded here, once, so no value can reach the markup as NaN or Infinity,
 * make Intl throw, or name an element React cannot create. A value out of bounds is replaced by the default
 * and named in one development warning.
 */

/** The heading elements a chart's title may use. */
export const HEADING_LEVELS = ['h2', 'h3', 'h4', 'h5', 'h6', 'p'] as const;

/** A heading element for a chart's title. */
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** The tallest plot a chart draws, in pixels. */
export const MAX_PLOT_HEIGHT = 4000;

/** The narrowest and widest a chart's `width` may be, in pixels. */
export const MIN_WIDTH = 120;
export const MAX_WIDTH = 4000;

/** The most digits after the decimal separator a figure is written with. */
export const MAX_FRACTION_DIGITS = 20;

/**
 * `value` when it is one of `allowed`, else `fallback`, with one development warning that names the chart, the
 * prop and the choices when something else was given. The one guard of every enumerated prop.
 */
export function oneOf<const L extends string, F extends L | undefined>(
  chart: string,
  prop: string,
  value: unknown,
  allowed: readonly L[],
  fallback: F,
): L | F {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as L;
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production')
    warnOnce(
      `${chart}: ${prop} must be one of ${allowed.join(', ')}; ${fallback === undefined ? 'it is ignored' : `using ${fallback}`}.`,
    );
  return fallback;
}

/**
 * A whole number between `min` and `max`, or `undefined` when `value` is not given. A value that is not a
 * finite number, or lies outside the bounds, gives `undefined` for `fixed` props (the default then applies)
 * or the nearest bound for `clamp` ones, with a warning either way.
 */
export function boundedNumber(
  chart: string,
  prop: string,
  value: unknown,
  min: number,
  max: number,
  mode: 'fixed' | 'clamp',
): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) return value;
  if (mode === 'clamp' && typeof value === 'number' && !Number.isNaN(value)) {
    const clamped = Math.min(max, Math.max(min, Math.trunc(value)));
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production')
      warnOnce(`${chart}: ${prop} must be between ${min} and ${max}; using ${clamped}.`);
    return clamped;
  }
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production')
    warnOnce(`${chart}: ${prop} must be a number between ${min} and ${max}; it is ignored.`);
  return undefined;
}

/** The strings of `value` when it is an array, else none: a page's own notes. */
export function textList(chart: string, prop: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  try {
    if (Array.isArray(value))
      return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
  } catch {
    // A revoked Proxy or a throwing getter: ignored like any other value that is not a list of text.
  }
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production')
    warnOnce(`${chart}: ${prop} must be an array of text; it is ignored.`);
  return [];
}

/** `value` when it is text, else '' (with a warning when something else was given): a title, a subtitle. */
export function textOf(value: unknown, chart = '', prop = ''): string {
  if (typeof value === 'string') return value;
  if (value !== undefined && value !== null && chart)
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production')
      warnOnce(`${chart}: ${prop} must be text; it is ignored.`);
  return '';
}

/** `read()`, or `fallback` when it throws: for props read straight from a page (a revoked Proxy, a getter). */
export function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
