import type { Period, SeriesGap, SeriesPoint, Unit } from '@safeguard-charts/data';
import { formatNumber, formatValue, monthOf, type Notation, periodName, yearName } from '../format';
import { memo, writtenValue } from '../format/memo';
import { en } from '../i18n/locales/en';
import type { Messages } from '../i18n/types';
import type { ValueScale } from '../props/choices';
import { bands, linearScale, logScale } from './scales';
import { BOLD, SPARE, TYPE } from './type';
import { textEm } from './wrapText';

export type { ValueScale };

/** What a column chart (SurgeChart, NcmecTimeline) is laid out for. */
export interface ColumnsOptions {
  /** The chart's width, in pixels. */
  width: number;
  /** The plot's height, in pixels. */
  height: number;
  /** BCP 47 locale for the numbers and the periods' names. */
  locale: string;
  /** The dataset's unit: counts are written as numbers, `percent` as percentages. */
  unit: Unit;
  /** `linear` or `log` heights. */
  scale: ValueScale;
  /** `full` ("485,000") or `compact` ("485K") values. */
  notation: Notation;
  /** Mirror the layout for right-to-left locales: the first period on the right. */
  rtl: boolean;
  /** Room above the tallest bar for its label and annotations. @default 28 */
  topSpace?: number;
  /** The words of the chart's language. @default English */
  messages?: Messages;
  /**
   * Periods without a figure (the dataset's `gaps`): each gets an empty slot in period order, marked "no data",
   * never a bar of 0; the value scale leaves them out. @default none
   */
  gaps?: readonly SeriesGap[];
}

/** A period of a series as a chart places it: a figure, or a gap (a period without one). */
export type SeriesSlot = SeriesPoint | SeriesGap;

/** Whether a slot is a gap: a period without a figure. */
export function isGap(slot: SeriesSlot): slot is SeriesGap {
  return !('value' in slot);
}

/** An empty slot's mark: a short dashed tick just above the baseline, and the words "no data" over it. */
export interface GapMark {
  /** Why there is no figure, as the data says: `no-data` (the file says so) or `missing` (not in the file). */
  reason: SeriesGap['reason'];
  /** The dashed tick's y, a little above the baseline; it runs across the slot, from `x` to `x + width`. */
  tickY: number;
  /** Whether "no data" is written in the slot: not when the slot is too narrow even for upright text. */
  showText: boolean;
  /** Where "no data" is centred across. */
  textX: number;
  /** Where "no data" is centred up and down. */
  textY: number;
  /** Whether "no data" is turned a quarter turn, reading upwards, because the slot is narrower than the words. */
  vertical: boolean;
  /** The top of the mark (its words, or its tick): where the tooltip points and an annotation's line ends. */
  top: number;
}

/** One period's column, ready to draw: every position in pixels, every text already formatted. */
export interface Column {
  /** A key unique among the columns, for React. */
  key: string;
  /** The period's label as the data writes it: what annotations name. */
  periodLabel: string;
  /** The period as the locale writes it: "Mar 2024" for a month labelled "2024-03". */
  periodName: string;
  /**
   * What the axis writes under the column when it is shown: its name ("Mar 2024"); in a run of months too dense
   * for their names, the month's short name ("Mar", "März", "3月"), or the year under each January of a run too
   * long even for those.
   */
  axisText: string;
  /**
   * The year written under a month's short name (`axisText`), on a line of its own: under each January, and under
   * the first month shown when the run starts in another month. Empty for none.
   */
  yearText: string;
  /** Where the year is centred across: the column's centre, moved in at the chart's edges. */
  yearX: number;
  /** Whether the period is partial (H1 2025): the column is hatched and noted. */
  partial: boolean;
  /** The value as the data gives it; `undefined` for a gap (a period without a figure), which is never 0. */
  value: number | undefined;
  /** The value as the locale writes it, in the chart's notation: "485,000"; for a gap, "no data" in words. */
  valueText: string;
  /** For a period without a figure: its empty slot's mark. Such a column has no bar (`height` 0). */
  gap?: GapMark;
  /** The column's left edge (RTL already mirrored). */
  x: number;
  /** The column's width. */
  width: number;
  /** The column's top. */
  y: number;
  /** The column's height, from its top to the baseline. */
  height: number;
  /** Centre of the column, for labels and tooltips. */
  cx: number;
  /** Where the period's and the value's labels are centred: the column's centre, moved in at the chart's edges. */
  periodX: number;
  /** Where the value's label is centred (see `periodX`). */
  valueX: number;
  /**
   * The value label's baseline: over its own column, or over a taller neighbour the label reaches across (when
   * only some values are written, their labels are wider than a column).
   */
  valueY: number;
  /** Full text for the tooltip and the screen reader: "2024: 67,000 reports", "2021: No data". */
  label: string;
  /**
   * Whether the period's label is written under the column, the year under it (`yearText`), the value over it,
   * and "partial period" under the label. With many columns only every second, third… period label is written so
   * none overlaps; values are written over every column when every one fits, else over the first, the last and
   * the largest only; every value stays in the tooltip, the description and the table.
   */
  show: { period: boolean; year: boolean; value: boolean; partial: boolean };
}

/** A gridline of the value axis. */
export interface Tick {
  /** The value it marks. */
  value: number;
  /** Where it is drawn, in pixels from the top. */
  y: number;
  /** Its label as the locale writes it. */
  text: string;
}

/** A column chart at one size as plain data: its columns, gridlines and plot area. */
export interface ColumnsLayout {
  /** One column per period, in the data's order, each gap in its place by period (see `seriesSlots`). */
  columns: Column[];
  /** The value axis's gridlines, bottom first. */
  ticks: Tick[];
  /** Plot area inside the chart: where bars stand. The edge by the value axis (the right one for RTL). */
  left: number;
  /** The plot area's other edge (the left one for RTL). */
  right: number;
  /** The plot area's top. */
  top: number;
  /** The plot area's bottom: where the columns stand. */
  baseline: number;
  /** Where tick labels are anchored. */
  tickX: number;
}

/** A period as the table and the sentences write it: "H1 2025 (partial period)", "March 2024". */
export function periodText(row: { period: Period }, locale: string, t: Messages): string {
  const name = periodNameOnce(row.period, locale, 'long');
  return row.period.partial ? t.partialPeriodOf(name) : name;
}

/** `periodName`, written once per period, locale and style (see `memo`). */
function periodNameOnce(period: Period, locale: string, style: 'short' | 'long'): string {
  return memo(`d${locale}|${style}|${period.start}|${period.end}|${period.label}`, () =>
    periodName(period, locale, style),
  );
}

/** Smallest bar drawn for a positive value, so a small count stays visible beside a large one. */
export const MIN_BAR = 3;
/** Font sizes of the tick, period, value and "partial period" labels, as Columns draws them. */
const TICK_SIZE = TYPE.small;
const PERIOD_SIZE = TYPE.axis;
const VALUE_SIZE = TYPE.label;
const PARTIAL_SIZE = TYPE.small;
/** Font size of a gap's "no data". */
const GAP_SIZE = TYPE.small;
const BOTTOM_SPACE = 40;

/** How many gridlines a linear value axis asks for: d3's `ticks(4)`, the domain made nice for them. */
const TICK_COUNT = 4;
/** Every how many months a dense run of months is labelled, so the labels fall on the same months each year. */
const MONTH_STEPS = [1, 2, 3, 6] as const;
/** The longest run of months labelled by the months' names; a longer one is labelled by its years. */
const MONTH_RUN = 36;

const monthNames = new Map<string, Intl.DateTimeFormat>();

/** A month's (1–12) short name as `locale` writes it on its own: "Mar", "März", "3月". */
function monthName(month: number, locale: string): string {
  let format = monthNames.get(locale);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    } catch {
      format = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' });
    }
    monthNames.set(locale, format);
  }
  const found = format;
  return memo(`m${locale}|${month}`, () => found.format(Date.UTC(2000, month - 1, 1)));
}

/** Lays out one column per period as plain data: band scale across, linear or log scale up. */
export function layoutColumns(rows: readonly SeriesPoint[], options: ColumnsOptions): ColumnsLayout {
  const { width, height, locale, unit, scale, notation, rtl } = options;
  const t = options.messages ?? en;
  // Every period in its place: a gap gets a slot of its own, but no say in the value scale.
  const slots = seriesSlots(rows, options.gaps);
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
  // The domain is made nice for the four ticks drawn, so the top gridline is at or above the tallest bar.
  const y = useLog
    ? logScale(logMin, Math.max(max, logMin * 10), [baseline, top])
    : linearScale(max || 1, [baseline, top], TICK_COUNT);
  const tickValues = (useLog ? logTicks(y.domain) : y.ticks(TICK_COUNT)).filter(
    (value) => Number.isFinite(value) && Number.isFinite(y(value)),
  );
  const tickTexts = tickValues.map(tickFormat);
  // The axis is as wide as its widest tick label in this locale ("100.000" in German, "10万" in Japanese).
  const left = Math.min(
    Math.round(width / 3),
    Math.max(28, Math.ceil(Math.max(0, ...tickTexts.map((text) => textEm(text))) * TICK_SIZE * SPARE) + 16),
  );
  const right = Math.max(left + 40, width - 8);
  const band = bands(slots.length, [left, right], 0.35, 0.2);
  const mirror = (x: number) => (rtl ? width - x : x);
  const bandWidth = Math.min(band.bandwidth, 120);
  const step = Math.max(1, band.step);
  // Write every k-th label, k the fewest steps the widest label needs: no two labels overlap.
  const every = (widest: number) => Math.max(1, Math.ceil((widest * SPARE + 6) / step));
  // Months labelled as `month()` labels them are written by the locale ("März 2024"), on the axis and in sentences.
  const names = slots.map((slot) => periodNameOnce(slot.period, locale, 'short'));
  let periodEvery = every(Math.max(0, ...names.map((name) => textEm(name) * PERIOD_SIZE)));
  // A run of months (three years at most) whose names do not all fit is labelled by their short names, every
  // month, second, third or sixth one as they fit, starting each January ("Jan Apr Jul Oct"), with the year under
  // each January (and under the first month shown); a longer run, or one too dense even for those, by its years
  // instead, under each January ("2018 2019 2020", every second or fifth year when those do not fit either), as a
  // time axis is.
  const months = slots.map((slot) => monthOf(slot.period));
  const axisTexts = [...names];
  const yearTexts = slots.map(() => '');
  let shown = (index: number) => index % periodEvery === 0;
  if (periodEvery > 1 && months.every(Boolean)) {
    const short = months.map((m) => (m ? monthName(m[1], locale) : ''));
    // Three years of months at the most: a longer run reads by its years.
    const widestMonth = Math.max(0, ...short.map((name) => textEm(name) * PERIOD_SIZE));
    const monthEvery =
      slots.length <= MONTH_RUN ? MONTH_STEPS.find((n) => n >= every(widestMonth)) : undefined;
    if (monthEvery) {
      short.forEach((name, index) => {
        axisTexts[index] = name;
      });
      shown = (index) => ((months[index]?.[1] ?? 1) - 1) % monthEvery === 0;
      periodEvery = monthEvery;
      const first = slots.findIndex((_, index) => shown(index));
      slots.forEach((_, index) => {
        const m = months[index];
        if (m && shown(index) && (m[1] === 1 || index === first)) yearTexts[index] = yearName(m[0], locale);
      });
    } else if (slots.length > 12) {
      const years = months.map((m) => (m && m[1] === 1 ? yearName(m[0], locale) : ''));
      const widest = Math.max(0, ...years.map((year) => textEm(year) * PERIOD_SIZE));
      const everyYears = Math.max(1, Math.ceil((widest * SPARE + 6) / (step * 12)));
      const step5 = everyYears > 2 ? Math.ceil(everyYears / 5) * 5 : everyYears;
      years.forEach((year, index) => {
        axisTexts[index] = year;
      });
      shown = (index) => {
        const m = months[index];
        return !!m && m[1] === 1 && m[0] % step5 === 0;
      };
      periodEvery = 12 * step5;
    }
  }
  const valueTexts = slots.map((slot) =>
    isGap(slot) ? t.noData : writtenValue(slot.value, unit, locale, notation),
  );
  const valueEvery = every(
    Math.max(
      0,
      ...valueTexts
        .filter((_, i) => !isGap(slots[i] as SeriesSlot))
        .map((text) => textEm(text) * VALUE_SIZE * BOLD),
    ),
  );
  // A gap's "no data" is written across its slot when it fits its step (clear of its neighbours' labels),
  // upright in a slot too narrow for it, and not at all in one too narrow even for that (its tick still shows).
  const gapWords = textEm(t.noData) * GAP_SIZE * SPARE;
  const gapAcross = gapWords + 6 <= step;
  const gapUpright = !gapAcross && bandWidth >= GAP_SIZE + 2 && gapWords + 14 <= baseline - top;
  const partialFits = textEm(t.partialPeriod) * PARTIAL_SIZE + 6 <= step * periodEvery;

  // Labels stay between the value axis (on the start side) and the chart's far edge.
  const plotStart = rtl ? 0 : left - 4;
  const plotEnd = rtl ? width - left + 4 : width;
  const columns = slots.map((slot, index): Column => {
    const start = band.start(index) + (band.bandwidth - bandWidth) / 2;
    const gap = isGap(slot);
    const value = gap ? undefined : slot.value;
    const scaled = value === undefined ? baseline : useLog ? y(Math.max(value, logMin)) : y(value);
    const barTop =
      value !== undefined && value > 0
        ? Math.max(top, Math.min(scaled ?? baseline, baseline - MIN_BAR))
        : baseline;
    const valueText = valueTexts[index] ?? '';
    const partial = slot.period.partial === true;
    const periodShown = shown(index);
    const cx = mirror(start + bandWidth / 2);
    // Keep a label inside the chart and clear of the value axis's labels: a little wider than estimated,
    // since glyphs vary.
    // 2px in from the edges: the widths are estimated, and a browser's bold digits run a little wider.
    const inside = (em: number, size: number) => {
      const half = (em * size * SPARE) / 2 + 2;
      return Math.min(plotEnd - half, Math.max(plotStart + half, cx));
    };
    const period = periodText(slot, locale, t);
    const yearText = yearTexts[index] ?? '';
    return {
      key: `${slot.period.start}|${slot.period.end}`,
      periodLabel: slot.period.label,
      periodName: names[index] ?? slot.period.label,
      axisText: axisTexts[index] ?? '',
      yearText,
      yearX: inside(textEm(yearText), PERIOD_SIZE),
      partial,
      value,
      valueText,
      ...(gap
        ? {
            gap: gapMark(
              slot.reason,
              cx,
              inside(textEm(t.noData), GAP_SIZE),
              baseline,
              gapWords,
              gapAcross,
              gapUpright,
            ),
          }
        : {}),
      x: rtl ? mirror(start + bandWidth) : start,
      width: bandWidth,
      y: barTop,
      height: baseline - barTop,
      cx,
      periodX: inside(textEm(axisTexts[index] ?? ''), PERIOD_SIZE),
      valueX: inside(textEm(valueText) * BOLD, VALUE_SIZE),
      valueY: barTop - 8,
      show: {
        period: periodShown,
        year: periodShown && yearText !== '',
        // Values are written over every column when every one fits; a gap has no value to write: its slot says
        // "no data" itself. (When they do not all fit, the first, the last and the largest are chosen below.)
        value: !gap && valueEvery === 1,
        // "partial period" goes on the line under the period's label, unless a year is written there.
        partial: partial && periodShown && partialFits && yearText === '',
      },
      label: gap
        ? t.labelled(period, t.noData)
        : t.labelled(
            period,
            unit === 'percent' ? valueText : t.valueWithUnit(valueText, t.unit(unit, slot.value)),
          ),
    };
  });

  // A label pushed inward at an edge may now reach its neighbour: drop the later one (in reading order), and
  // write values over every column only if none of them touches another.
  const clear = (
    key: 'period' | 'year' | 'value',
    x: (c: Column) => number,
    text: (c: Column) => string,
    size: number,
  ) => {
    let end = Number.NEGATIVE_INFINITY;
    let previous: Column | undefined;
    let dropped = false;
    for (const column of columns) {
      if (!column.show[key]) continue;
      const half = (textEm(text(column)) * size * SPARE) / 2;
      const start = rtl ? -(x(column) + half) : x(column) - half;
      if (start >= end + 6) {
        end = start + 2 * half;
        previous = column;
        continue;
      }
      dropped = true;
      // Of two labels that touch, drop the one pushed in from the chart's edge: the rhythm of the rest stays.
      if (previous && x(previous) !== previous.cx && x(column) === column.cx) {
        previous.show[key] = false;
        end = start + 2 * half;
        previous = column;
      } else column.show[key] = false;
    }
    return dropped;
  };
  clear(
    'period',
    (c) => c.periodX,
    (c) => c.axisText,
    PERIOD_SIZE,
  );
  for (const column of columns) column.show.partial &&= column.show.period;
  // The first month's year, where the run starts after January, may reach the next January's: the January's
  // stays.
  const years = columns.filter((column) => column.show.year);
  const [firstYear, nextYear] = years;
  if (firstYear && nextYear && firstYear.yearText !== nextYear.yearText) {
    const room = (c: Column) => (textEm(c.yearText) * PERIOD_SIZE * SPARE) / 2;
    if (Math.abs(nextYear.yearX - firstYear.yearX) < room(firstYear) + room(nextYear) + 6)
      firstYear.show.year = false;
  }
  clear(
    'year',
    (c) => c.yearX,
    (c) => c.yearText,
    PERIOD_SIZE,
  );
  const dropped = clear(
    'value',
    (c) => c.valueX,
    (c) => c.valueText,
    VALUE_SIZE * BOLD,
  );
  if (dropped || valueEvery > 1) labelSomeValues(columns);
  const ticks = tickValues.map((value, i) => ({ value, y: y(value) ?? baseline, text: tickTexts[i] ?? '' }));
  return { columns, ticks, left: mirror(left), right: mirror(right), top, baseline, tickX: mirror(left - 8) };
}

/**
 * The figures and the gaps of a series in one list, in period order: each gap goes before the first figure
 * whose period starts (or, starting the same day, ends) after its own, and the figures keep the data's order.
 * A gap for a period that has a figure, or a second gap for the same period, is left out: the figure stands.
 */
export function seriesSlots(rows: readonly SeriesPoint[], gaps: readonly SeriesGap[] = []): SeriesSlot[] {
  if (!gaps.length) return [...rows];
  const keyOf = (slot: SeriesSlot) => `${slot.period.start}|${slot.period.end}`;
  const taken = new Set(rows.map(keyOf));
  const pending = gaps
    .filter((gap) => {
      const key = keyOf(gap);
      if (taken.has(key)) return false;
      taken.add(key);
      return true;
    })
    .sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
  const slots: SeriesSlot[] = [];
  let next = 0;
  for (const row of rows) {
    while (next < pending.length && compareKeys(keyOf(pending[next] as SeriesGap), keyOf(row)) < 0)
      slots.push(pending[next++] as SeriesGap);
    slots.push(row);
  }
  slots.push(...pending.slice(next));
  return slots;
}

/** Orders `start|end` keys of ISO dates: by start, then by end. */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Where an empty slot's tick and words go, over the baseline at `cx` (`acrossX` when written across: moved in at
 * the chart's edges); `words` is their estimated width.
 */
function gapMark(
  reason: SeriesGap['reason'],
  cx: number,
  acrossX: number,
  baseline: number,
  words: number,
  across: boolean,
  upright: boolean,
): GapMark {
  const tickY = baseline - 4;
  // Across: the words' baseline 10 px over the chart's; upright: the words run up from there, centred on cx.
  if (across)
    return {
      reason,
      tickY,
      showText: true,
      textX: acrossX,
      textY: baseline - 10 - GAP_SIZE * 0.35,
      vertical: false,
      top: baseline - 10 - GAP_SIZE,
    };
  if (upright)
    return {
      reason,
      tickY,
      showText: true,
      textX: cx,
      textY: baseline - 10 - words / 2,
      vertical: true,
      top: baseline - 10 - words,
    };
  return { reason, tickY, showText: false, textX: cx, textY: tickY, vertical: false, top: tickY - 4 };
}

/** The most gridlines a log scale draws; wider ranges show every second, third… power of ten. */
const MAX_LOG_TICKS = 8;

/**
 * Powers of ten inside a log domain: 10, 100, 1,000…, at most {@link MAX_LOG_TICKS} of them, counted down from the
 * domain's top so the top gridline is always drawn. Bounded for any domain: an infinite or unreadable end gives
 * no ticks rather than a loop that never ends.
 */
export function logTicks([low, high]: readonly [number, number]): number[] {
  const first = Math.ceil(Math.log10(low));
  const last = Math.floor(Math.log10(high));
  if (!Number.isFinite(first) || !Number.isFinite(last) || last < first) return [];
  const step = Math.max(1, Math.ceil((last - first + 1) / MAX_LOG_TICKS));
  const ticks: number[] = [];
  for (let power = last; power >= first && ticks.length < MAX_LOG_TICKS; power -= step)
    ticks.unshift(10 ** power);
  return ticks;
}

/**
 * When not every value fits over its column, the values a reader needs most are written: the last, the largest
 * and the first (in that order of need, a later one left out where it would touch one already written). Each is
 * lifted over any taller neighbour its label reaches across.
 */
function labelSomeValues(columns: Column[]): void {
  for (const column of columns) column.show.value = false;
  const figures = columns.filter((column) => column.value !== undefined && !column.gap);
  const first = figures[0];
  const last = figures[figures.length - 1];
  const largest = figures.reduce<Column | undefined>(
    (most, column) => (most === undefined || (column.value ?? 0) > (most.value ?? 0) ? column : most),
    undefined,
  );
  const written: { left: number; right: number; top: number; bottom: number }[] = [];
  for (const column of [last, largest, first]) {
    if (!column || column.show.value) continue;
    const half = (textEm(column.valueText) * VALUE_SIZE * BOLD * SPARE) / 2;
    const left = column.valueX - half;
    const right = column.valueX + half;
    // Over the tallest column under the label, and a little clear of it.
    const reached = columns.filter((other) => !other.gap && other.x < right && other.x + other.width > left);
    const valueY = Math.min(column.valueY, ...reached.map((other) => other.y - 8));
    const box = { left, right, top: valueY - VALUE_SIZE, bottom: valueY + 3 };
    if (
      written.some(
        (other) =>
          box.left < other.right + 6 &&
          other.left < box.right + 6 &&
          box.top < other.bottom &&
          other.top < box.bottom,
      )
    )
      continue;
    written.push(box);
    column.valueY = valueY;
    column.show.value = true;
  }
}
