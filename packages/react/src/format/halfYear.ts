import type { Period } from '@safeguard-charts/data';

/**
 * Whether `name` is the data package's English name of `period`'s half year (`half(2025, 1)`, `firstHalf(2025)`
 * , January to June 2025: `H1 2025`), and which half of which year: what a chart in another language may
 * rename ("1. Halbjahr 2025"), and what a page's annotation may still call it.
 */
export function packageHalfYear(period: Period, name: string): { half: 1 | 2; year: string } | undefined {
  const [, half, year] = /^H([12]) (\d{4})$/.exec(name) ?? [];
  if (!year) return undefined;
  const first = half === '1';
  return period.start === `${year}-${first ? '01-01' : '07-01'}` &&
    period.end === `${year}-${first ? '06-30' : '12-31'}`
    ? { half: first ? 1 : 2, year }
    : undefined;
}
