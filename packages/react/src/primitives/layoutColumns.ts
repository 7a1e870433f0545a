import type { SeriesPoint, Unit } from '@safeguard-charts/data';
import { scaleBand, scaleLinear, scaleLog } from '@visx/scale';
import { formatNumber, formatValue, type Notation } from '../format';
import { en } from '../i18n/locales/en';
import type { Messages } from '../i18n/types';
import { textEm } from './wrapText';

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
  /** Where the period's and the value's labels are centred: the column's centre, moved in at the chart's edges. */
  periodX: number;
  valueX: number;
  /** Full text for the tooltip and the screen reader: "2024: 67,000 reports". */
  label: string;
  /**
   * Whether the period's label is written under the column, the value over it, and "partial period" under the
   * label. With many columns only every second, third… period label is written so none overlaps, and values
   * are written only when every one fits; every value stays in the tooltip, the description and the table.
   */
  show: { period: boolean; value: boolean; partial: boolean };
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
/** Font sizes of the tick, period, value and "partial period" labels, as Columns draws them. */
const TICK_SIZE = 12;
const PERIOD_SIZE = 13;
const VALUE_SIZE = 14;
const PARTIAL_SIZE = 12;
/** Bold text is wider than the 0.56 em estimate for regular text. */
const BOLD = 1.1;
const BOTTOM_SPACE = 40;

/** Lays out one column per period as plain data: band scale across, linear or log scale up. */
export function layoutColumns(rows: readonly SeriesPoint[], options: ColumnsOptions): ColumnsLayout {
  const { width, height, locale, unit, scale, notation, rtl } = options;
  const t = options.messages ?? en;
  const top = options.topSpace ?? 28;
  const baseline = Math.max(top + 20, height - BOTTOM_SPACE);
  const tickFormat = (value: number) =>
    unit === 'percent'
      ? formatValue(value, unit, { locale })
      : formatNumber(value, { locale, notation: 'compact' });
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
  const tickValues = (
    useLog ? logTicks(y.domain() as [number, number]) : (y as ReturnType<typeof scaleLinear<number>>).ticks(4)
  ).filter((value) => Number.isFinite(value) && Number.isFinite(y(value)));
  const tickTexts = tickValues.map(tickFormat);
  // The axis is as wide as its widest tick label in this locale ("100.000" in German, "10万" in Japanese).
  const left = Math.min(
    Math.round(width / 3),
    Math.max(28, Math.ceil(Math.max(0, ...tickTexts.map((text) => textEm(text))) * TICK_SIZE) + 16),
  );
  const right = Math.max(left + 40, width - 8);
  const band = scaleBand<string>({
    domain: rows.map((_, index) => String(index)),
    range: [left, right],
    paddingInner: 0.35,
    paddingOuter: 0.2,
  });
  const mirror = (x: number) => (rtl ? width - x : x);
  const bandWidth = Math.min(band.bandwidth(), 120);
  const step = Math.max(1, band.step());
  // Write every k-th label, k the fewest steps the widest label needs: no two labels overlap.
  const every = (widest: number) => Math.max(1, Math.ceil((widest + 6) / step));
  const periodEvery = every(Math.max(0, ...rows.map((row) => textEm(row.period.label) * PERIOD_SIZE)));
  const valueTexts = rows.map((row) => formatValue(row.value, unit, { locale, notation }));
  const valueEvery = every(Math.max(0, ...valueTexts.map((text) => textEm(text) * VALUE_SIZE * BOLD)));
  const partialFits = textEm(t.partialPeriod) * PARTIAL_SIZE + 6 <= step * periodEvery;

  const columns = rows.map((row, index): Column => {
    const start = (band(String(index)) ?? left) + (band.bandwidth() - bandWidth) / 2;
    const scaled = useLog ? y(Math.max(row.value, logMin)) : y(row.value);
    const barTop = row.value > 0 ? Math.max(top, Math.min(scaled ?? baseline, baseline - MIN_BAR)) : baseline;
    const valueText = valueTexts[index] ?? '';
    const partial = row.period.partial === true;
    const periodShown = index % periodEvery === 0;
    const cx = mirror(start + bandWidth / 2);
    // Keep a label inside the chart: a little wider than estimated, since glyphs vary.
    const inside = (em: number, size: number) => {
      const half = (em * size * 1.15) / 2;
      return Math.min(width - half, Math.max(half, cx));
    };
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
      cx,
      periodX: inside(textEm(row.period.label), PERIOD_SIZE),
      valueX: inside(textEm(valueText) * BOLD, VALUE_SIZE),
      show: {
        period: periodShown,
        // Values are written over every column or none: a thinned row of values reads as a pattern that
        // is not there, and runs into taller neighbours. Dense charts give them in the tooltip and table.
        value: valueEvery === 1,
        partial: partial && periodShown && partialFits,
      },
      label: t.labelled(
        partial ? t.partialPeriodOf(row.period.label) : row.period.label,
        unit === 'percent' ? valueText : t.valueWithUnit(valueText, t.unit(unit, row.value)),
      ),
    };
  });

  const ticks = tickValues.map((value, i) => ({ value, y: y(value) ?? baseline, text: tickTexts[i] ?? '' }));
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
