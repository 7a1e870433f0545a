import type { SeriesPoint, Unit } from '@safeguard-charts/data';
import { scaleBand, scaleLinear, scaleLog } from '@visx/scale';
import { formatNumber, formatValue, type Notation } from '../format';
import { en } from '../i18n/locales/en';
import type { Messages } from '../i18n/types';

/** How value maps to bar height. `log` shows a 13 beside a 3,443, but bar lengths stop being proportional. */
export type ValueScale = 'linear' | 'log';

export interface ColumnsOptions {
  width: number;
  height: number;
  locale: string;
  unit: Unit;
  scale: ValueScale;
  notation: Notation;
  rtl: boolean;
  /** Room above the tallest bar for its label and annotations. @default 28 */
  topSpace?: number;
  /** The words of the chart's language. @default English */
  messages?: Messages;
}

export interface Column {
  key: string;
  periodLabel: string;
  partial: boolean;
  value: number;
  valueText: string;
  x: number;
  width: number;
  y: number;
  height: number;
  /** Centre of the column, for labels and tooltips. */
  cx: number;
  /** Full text for the tooltip and the screen reader: "2024: 67,000 reports". */
  label: string;
}

export interface Tick {
  value: number;
  y: number;
  text: string;
}

export interface ColumnsLayout {
  columns: Column[];
  ticks: Tick[];
  /** Plot area inside the chart: where bars stand. */
  left: number;
  right: number;
  top: number;
  baseline: number;
  /** Where tick labels are anchored. */
  tickX: number;
}

/** Smallest bar drawn for a positive value, so a small count stays visible beside a large one. */
export const MIN_BAR = 3;
const AXIS_SPACE = 44;
const BOTTOM_SPACE = 40;

/** Lays out one column per period as plain data: band scale across, linear or log scale up. */
export function layoutColumns(rows: readonly SeriesPoint[], options: ColumnsOptions): ColumnsLayout {
  const { width, height, locale, unit, scale, notation, rtl } = options;
  const t = options.messages ?? en;
  const top = options.topSpace ?? 28;
  const baseline = Math.max(top + 20, height - BOTTOM_SPACE);
  const left = AXIS_SPACE;
  const right = Math.max(left + 40, width - 8);
  // The largest value, kept below the top of the float range so a scale's "nice" end stays finite.
  const max = Math.min(
    rows.reduce((most, row) => Math.max(most, row.value), 0),
    Number.MAX_VALUE / 10,
  );
  const positive = rows.map((row) => row.value).filter((value) => value > 0);
  const min = positive.length ? Math.min(...positive) : 1;
  const useLog = scale === 'log' && max > 0;
  // A log scale starts a decade below the smallest value (at 1 at the least), so the smallest bar shows.
  const logMin = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(min, 1))) - 1);
  const y = useLog
    ? scaleLog<number>({ domain: [logMin, Math.max(max, logMin * 10)], range: [baseline, top], nice: true })
    : scaleLinear<number>({ domain: [0, max || 1], range: [baseline, top], nice: true });
  const band = scaleBand<string>({
    domain: rows.map((_, index) => String(index)),
    range: [left, right],
    paddingInner: 0.35,
    paddingOuter: 0.2,
  });
  const mirror = (x: number) => (rtl ? width - x : x);
  const bandWidth = Math.min(band.bandwidth(), 120);

  const columns = rows.map((row, index): Column => {
    const start = (band(String(index)) ?? left) + (band.bandwidth() - bandWidth) / 2;
    const scaled = useLog ? y(Math.max(row.value, logMin)) : y(row.value);
    const barTop = row.value > 0 ? Math.max(top, Math.min(scaled ?? baseline, baseline - MIN_BAR)) : baseline;
    const valueText = formatValue(row.value, unit, { locale, notation });
    const partial = row.period.partial === true;
    return {
      key: `${row.period.start}|${row.period.end}`,
      periodLabel: row.period.label,
      partial,
      value: row.value,
      valueText,
      x: rtl ? mirror(start + bandWidth) : start,
      width: bandWidth,
      y: barTop,
      height: baseline - barTop,
      cx: mirror(start + bandWidth / 2),
      label: t.labelled(
        partial ? t.partialPeriodOf(row.period.label) : row.period.label,
        unit === 'percent' ? valueText : t.valueWithUnit(valueText, t.unit(unit, row.value)),
      ),
    };
  });

  const tickValues = (
    useLog ? logTicks(y.domain() as [number, number]) : (y as ReturnType<typeof scaleLinear<number>>).ticks(4)
  ).filter((value) => Number.isFinite(value) && Number.isFinite(y(value)));
  const ticks = tickValues.map((value) => ({
    value,
    y: y(value) ?? baseline,
    text:
      unit === 'percent'
        ? formatValue(value, unit, { locale })
        : formatNumber(value, { locale, notation: 'compact' }),
  }));
  return { columns, ticks, left: mirror(left), right: mirror(right), top, baseline, tickX: mirror(left - 8) };
}

/** The most gridlines a log scale draws; wider ranges show every second, third… power of ten. */
const MAX_LOG_TICKS = 8;

/**
 * Powers of ten inside a log domain: 10, 100, 1,000…, at most {@link MAX_LOG_TICKS} of them. Bounded for any
 * domain: an infinite or unreadable end gives no ticks rather than a loop that never ends.
 */
export function logTicks([low, high]: [number, number]): number[] {
  const first = Math.ceil(Math.log10(low));
  const last = Math.floor(Math.log10(high));
  if (!Number.isFinite(first) || !Number.isFinite(last) || last < first) return [];
  const step = Math.max(1, Math.ceil((last - first + 1) / MAX_LOG_TICKS));
  const ticks: number[] = [];
  for (let power = first; power <= last && ticks.length < MAX_LOG_TICKS; power += step)
    ticks.push(10 ** power);
  return ticks;
}
