import { percentChange } from './derive';
import type { Period } from './types';

/*
 * Comparing periods like for like. A change between a full year and a half year ("+10,219% from 2023 to
 * H1 2025") compares two different lengths of time: these helpers find a fair comparison or say why there is
 * none. Pure; never throw.
 */

const DAY = 86_400_000;

function dayNumber(date: unknown): number | undefined {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(time) ? time / DAY : undefined;
}

/** The days a period covers, both ends counted: 366 for 2024, 181 for H1 2025. `undefined` when unreadable. */
export function periodDays(period: Period): number | undefined {
  try {
    const start = dayNumber(period?.start);
    const end = dayNumber(period?.end);
    return start === undefined || end === undefined || end < start ? undefined : end - start + 1;
  } catch {
    return undefined;
  }
}

/** About how many months a period covers: 12 for a year, 6 for a half year. `undefined` when unreadable. */
export function periodMonths(period: Period): number | undefined {
  const days = periodDays(period);
  return days === undefined ? undefined : Math.max(1, Math.round(days / 30.44));
}

/**
 * Whether two periods can be compared like for like: the same length (within three days, for months and leap
 * years of different lengths), and, for a period shorter than a year, the same part of the year (H1 with H1).
 */
export function comparablePeriods(a: Period, b: Period): boolean {
  const daysA = periodDays(a);
  const daysB = periodDays(b);
  if (daysA === undefined || daysB === undefined || Math.abs(daysA - daysB) > 3) return false;
  return daysA >= 365 || a.start.slice(5) === b.start.slice(5);
}

/** A change from one period to another of the same length, computed from their values. */
export interface PeriodChange<Row> {
  /** The earlier row. */
  from: Row;
  /** The last row. */
  to: Row;
  /** The percent change from `from` to `to`, in points. */
  percent: number;
}

/** Why no change is given: the last period has no earlier one of the same length. */
export interface RefusedChange<Row> {
  /** The first row, which the last cannot be compared with. */
  from: Row;
  /** The last row. */
  to: Row;
  /** About how many months each covers, for the message: `[12, 6]`. */
  months: [number | undefined, number | undefined];
}

/**
 * The change to the last row from the earliest row whose period is of the same length: 2024 → 2025 in a
 * series of years; H1 2024 → H1 2025 in a series that ends with a half year and holds the same half of an
 * earlier year. When no earlier row is comparable ("2023 → H1 2025"), `{ refused }` says which two periods
 * could not be compared; `undefined` when there are fewer than two rows or the change has no meaning.
 */
export function likeForLikeChange<Row extends { period: Period; value: number }>(
  rows: readonly Row[],
): { change: PeriodChange<Row> } | { refused: RefusedChange<Row> } | undefined {
  try {
    if (!Array.isArray(rows) || rows.length < 2) return undefined;
    const to = rows[rows.length - 1] as Row;
    const from = rows.slice(0, -1).find((row) => comparablePeriods(row.period, to.period));
    if (!from) {
      const first = rows[0] as Row;
      return {
        refused: { from: first, to, months: [periodMonths(first.period), periodMonths(to.period)] },
      };
    }
    const percent = percentChange(from.value, to.value);
    return percent === undefined ? undefined : { change: { from, to, percent } };
  } catch {
    return undefined;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a month, for a period's inclusive end. */
function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Options of the period helpers. */
export interface PeriodOptions {
  /** How a reader names the period; each helper has a default (`2024`, `H1 2024`, `Q3 2024`, `2024-03`). */
  label?: string;
  /** Mark it shorter than its series' usual period (a half year among years), so a chart hatches it. */
  partial?: boolean;
}

function period(start: string, end: string, label: string, partial: boolean | undefined): Period {
  return partial ? { start, end, label, partial: true } : { start, end, label };
}

/** A calendar year: `calendarYear(2024)` is 2024-01-01 to 2024-12-31, labelled "2024". */
/* @__NO_SIDE_EFFECTS__ */
export function calendarYear(y: number, options: PeriodOptions = {}): Period {
  return period(`${y}-01-01`, `${y}-12-31`, options.label ?? String(y), options.partial);
}

/** A half year: `half(2025, 1)` is January to June 2025, "H1 2025". Pass `partial` among full years. */
/* @__NO_SIDE_EFFECTS__ */
export function half(y: number, h: 1 | 2, options: PeriodOptions = {}): Period {
  const [start, end] = h === 1 ? ['01-01', '06-30'] : ['07-01', '12-31'];
  return period(`${y}-${start}`, `${y}-${end}`, options.label ?? `H${h} ${y}`, options.partial);
}

/** A quarter: `quarter(2024, 3)` is July to September 2024, "Q3 2024". */
/* @__NO_SIDE_EFFECTS__ */
export function quarter(y: number, q: 1 | 2 | 3 | 4, options: PeriodOptions = {}): Period {
  const first = (q - 1) * 3 + 1;
  const last = first + 2;
  return period(
    `${y}-${pad(first)}-01`,
    `${y}-${pad(last)}-${pad(lastDay(y, last))}`,
    options.label ?? `Q${q} ${y}`,
    options.partial,
  );
}

/**
 * A month: `month(2024, 2)` is 2024-02-01 to 2024-02-29, labelled "2024-02" (give a `label` in your
 * language, or let a chart's locale write it).
 */
/* @__NO_SIDE_EFFECTS__ */
export function month(y: number, m: number, options: PeriodOptions = {}): Period {
  return period(
    `${y}-${pad(m)}-01`,
    `${y}-${pad(m)}-${pad(lastDay(y, m))}`,
    options.label ?? `${y}-${pad(m)}`,
    options.partial,
  );
}

/** Any stretch of days, both ends counted: `dateRange('2024-04-01', '2025-03-31', 'FY 2024/25')`. */
/* @__NO_SIDE_EFFECTS__ */
export function dateRange(
  start: string,
  end: string,
  label: string,
  options: Omit<PeriodOptions, 'label'> = {},
): Period {
  return period(start, end, label, options.partial);
}
