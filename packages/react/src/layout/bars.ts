/*
 * Labelled horizontal bars as plain data (ProviderBars, SeverityComparison): a label column on the start side,
 * bars from a zero baseline, the value just past each bar's end, and rows stacked top to bottom, each as tall as
 * its label's lines. Everything here is mirrored for right-to-left locales. The `Bars` mark draws the result.
 */
import { LINE } from './type';

/** How a chart's bars look: the bar's thickness, the room between rows, and how the label and value are set. */
export interface BarsStyle {
  /** A bar's height, in pixels. */
  bar: number;
  /** The room between one row and the next, in pixels. */
  gap: number;
  /**
   * `row`: the label starts at the row's top, its first baseline {@link LINE.first} below it, each name line bold
   * (a ranked list: names with notes under them). `bar`: the label starts at the bar's top, a line below it, all
   * of it bold (labels of shares compared).
   */
  label: 'row' | 'bar';
  /** `label`: the value in label size, semibold, with its share beside it. `callout`: the value larger and bold. */
  value: 'label' | 'callout';
}

/** Providers ranked by their value: a name with its notes under it, and a value (and share) per bar. */
export const RANKED: BarsStyle = { bar: 22, gap: 14, label: 'row', value: 'label' };

/** Shares compared on one scale: a bold label and a large value per bar. */
export const COMPARED: BarsStyle = { bar: 26, gap: 22, label: 'bar', value: 'callout' };

/** The room between the label column and the bars, and between a bar's end and its value. */
const LABEL_GAP = 12;
const VALUE_GAP = 6;

/** Where the label column ends and the bars run, across the chart. */
export interface BarsFrame {
  /** The chart's width, in pixels. */
  width: number;
  /** Whether the chart is mirrored for a right-to-left locale. */
  rtl: boolean;
  /** The label column's width: the labels end there (before mirroring). */
  labelColumn: number;
  /** Where the bars start: zero (before mirroring). */
  plotStart: number;
  /** Where the longest bar may end (before mirroring). */
  plotEnd: number;
}

/**
 * The frame of a bar chart `width` wide: a label column `labelColumn` wide, the bars after it, and `valueRoom`
 * left after the longest bar for its value; the bars keep at least `minPlot` pixels however narrow the chart.
 */
export function barsFrame(
  width: number,
  {
    labelColumn,
    valueRoom,
    minPlot,
    rtl,
  }: { labelColumn: number; valueRoom: number; minPlot: number; rtl: boolean },
): BarsFrame {
  const plotStart = labelColumn + LABEL_GAP;
  return { width, rtl, labelColumn, plotStart, plotEnd: Math.max(plotStart + minPlot, width - valueRoom) };
}

/** An x of the frame, mirrored for a right-to-left locale. */
export function mirrorX(frame: BarsFrame, x: number): number {
  return frame.rtl ? frame.width - x : x;
}

/** One bar along x: its left edge (mirrored), its length, and where its value is written. */
export interface BarExtent {
  /** The bar's left edge, already mirrored for RTL. */
  barX: number;
  /** The bar's length, from zero. */
  barWidth: number;
  /** Where the value's label is anchored, just past the bar's end. */
  valueX: number;
}

/**
 * The bar for `fraction` of the plot's length (1: the longest bar), from zero. A fraction below 0 (a negative
 * figure, which a publisher's own figure may be) or not finite draws no bar, its value written at the baseline.
 */
export function barExtent(frame: BarsFrame, fraction: number): BarExtent {
  const along = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  const end = frame.plotStart + (frame.plotEnd - frame.plotStart) * along;
  return {
    barX: frame.rtl ? mirrorX(frame, end) : frame.plotStart,
    barWidth: Math.max(0, end - frame.plotStart),
    valueX: mirrorX(frame, end + VALUE_GAP),
  };
}

/** A row's place down the chart. */
export interface BarRowPlace {
  /** The row's top. */
  rowY: number;
  /** The bar's top, centred in its row. */
  barY: number;
}

/**
 * Rows stacked top to bottom, each as tall as its label's lines (`lines[i]` lines of {@link LINE.label}) or its
 * bar, whichever is taller, with the style's gap between them; `height` is all of them.
 */
export function stackRows(
  lines: readonly number[],
  { bar, gap }: BarsStyle,
): { rows: BarRowPlace[]; height: number } {
  let y = 0;
  const rows = lines.map((count): BarRowPlace => {
    const rowHeight = Math.max(bar, count * LINE.label);
    const place = { rowY: y, barY: y + (rowHeight - bar) / 2 };
    y += rowHeight + gap;
    return place;
  });
  return { rows, height: Math.max(0, y - gap) };
}

/**
 * One bar as the `Bars` mark draws it: every position in pixels, every text already formatted. A ProviderBars
 * bar is one as it is.
 */
export interface HorizontalBar extends BarExtent, BarRowPlace {
  /** The label's lines (the name), bold. */
  nameLines: readonly string[];
  /** Muted lines under the name (a badge), in the small size. */
  badgeLines?: readonly string[];
  /** The check's status in words under those, or empty. */
  status?: string;
  /** The value as the locale writes it. */
  valueText: string;
  /** A share written after the value, muted, or empty. */
  shareText?: string;
}

/** Labelled horizontal bars at one size, as the `Bars` mark draws them. A ProviderBars layout is one as it is. */
export interface HorizontalBars {
  /** The bars, top to bottom. */
  bars: readonly HorizontalBar[];
  /** The height of all the rows, in pixels. */
  height: number;
  /** The x of the bars' baseline (zero). */
  baselineX: number;
  /** The x of the label column's inner edge, where the labels are anchored. */
  labelX: number;
}
