import type { Unit } from '@safeguard-charts/data';
import type { Notation } from '../props/choices';

export type { Notation };

/** How the formatters write a number: its locale, notation and precision. */
export interface FormatOptions {
  /** BCP 47 locale, e.g. `de-DE`. Defaults to the page's language (or `en-US` on the server). */
  locale?: string;
  /** `full` ("485,000") or `compact` ("485K"). @default 'full' */
  notation?: Notation;
  /** The most digits after the decimal separator. @default 1 (0 for percent changes) */
  maximumFractionDigits?: number;
}

const cache = new Map<string, Intl.NumberFormat>();

/** One `Intl.NumberFormat` per locale and options: building them is the slow part. */
function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const safe = safeLocale(locale);
  const digits = options.maximumFractionDigits;
  if (digits !== undefined)
    // Intl throws a RangeError outside 0–20 (or for a fraction): keep within what every engine accepts.
    options.maximumFractionDigits = Number.isFinite(digits)
      ? Math.min(20, Math.max(0, Math.trunc(digits)))
      : 1;
  const key = `${safe}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(safe, options);
    cache.set(key, format);
  }
  return format;
}

/** A locale `Intl` accepts, or `en-US` for a malformed one, so a bad prop never throws. */
const checkedLocales = new Map<string, string>();

export function safeLocale(locale: string | undefined): string {
  if (!locale || typeof locale !== 'string') return 'en-US';
  let safe = checkedLocales.get(locale);
  if (safe === undefined) {
    try {
      safe = Intl.NumberFormat.supportedLocalesOf([locale]).length ? locale : 'en-US';
    } catch {
      safe = 'en-US';
    }
    if (checkedLocales.size < 200) checkedLocales.set(locale, safe);
  }
  return safe;
}

/**
 * Writes a count as the locale writes it: `formatNumber(485000, { locale: 'de-DE' })` is "485.000";
 * with `notation: 'compact'` it is "485K" in en-US and "485.000" in de-DE (German keeps thousands in full).
 * Returns an empty string for `NaN` or ±Infinity, never the text "NaN".
 */
export function formatNumber(
  value: number,
  { locale, notation = 'full', maximumFractionDigits = 1 }: FormatOptions = {},
): string {
  if (!Number.isFinite(value)) return '';
  return numberFormat(
    locale,
    notation === 'compact' ? { notation: 'compact', maximumFractionDigits } : { maximumFractionDigits },
  ).format(value);
}

/** A percentage given in points (65 means 65%): "65%", "65 %" in de-DE. */
export function formatPercent(
  points: number,
  { locale, maximumFractionDigits = 1 }: FormatOptions = {},
): string {
  if (!Number.isFinite(points)) return '';
  return numberFormat(locale, { style: 'percent', maximumFractionDigits }).format(points / 100);
}

/** A percent change in points with its sign: "+26,385%", "−12%". Rounded to whole points. */
export function formatPercentChange(
  points: number,
  { locale, maximumFractionDigits = 0 }: FormatOptions = {},
): string {
  if (!Number.isFinite(points)) return '';
  return numberFormat(locale, { style: 'percent', maximumFractionDigits, signDisplay: 'exceptZero' }).format(
    points / 100,
  );
}

/** A value in its dataset's unit: percentages as percents, counts as numbers. */
export function formatValue(value: number, unit: Unit, options: FormatOptions = {}): string {
  return unit === 'percent' ? formatPercent(value, options) : formatNumber(value, options);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const MONTH_LABEL = /^(\d{4})-(\d{2})$/;

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${options.month ?? ''}`;
  let format = dateFormats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    } catch {
      format = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
    }
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * The year and month (1–12) of a whole calendar month labelled as `month()` labels it by default (`2024-03`);
 * `undefined` for any other period or label.
 */
export function monthOf(period: { start: string; end: string; label: string }): [number, number] | undefined {
  const match = MONTH_LABEL.exec(period.label);
  if (!match || period.start !== `${period.label}-01` || period.end.slice(0, 7) !== period.label)
    return undefined;
  return [Number(match[1]), Number(match[2])];
}

/** A year as `locale` writes it on its own: "2024", "2024年". */
export function yearName(year: number, locale: string): string {
  return dateFormat(locale, { year: 'numeric' }).format(Date.UTC(year, 0, 1));
}

/**
 * How a period reads in `locale`: its own label, except a whole calendar month labelled as `month()` labels it
 * by default (`2024-03`), which the locale writes: "Mar 2024", "März 2024", "2024年3月" (`short`, for axes) or
 * "March 2024" (`long`, for tables and sentences). A label you gave is shown as you gave it.
 */
export function periodName(
  period: { start: string; end: string; label: string },
  locale: string,
  style: 'short' | 'long' = 'short',
): string {
  const month = monthOf(period);
  if (!month) return period.label;
  return dateFormat(locale, { month: style, year: 'numeric' }).format(Date.UTC(month[0], month[1] - 1, 1));
}
