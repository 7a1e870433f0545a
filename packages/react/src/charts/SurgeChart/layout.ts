import type { SeriesPoint } from '@safeguard-charts/data';
import { likeForLikeChange } from '@safeguard-charts/data';
import { formatPercentChange, periodName } from '../../format';
import { en } from '../../i18n/locales/en';
import { type ColumnsLayout, type ColumnsOptions, layoutColumns, seriesSlots } from '../../layout/columns';
import { textEm } from '../../layout/wrapText';

/** A SurgeChart at one size: its columns and the change between two periods of the same length. */
export interface SurgeLayout extends ColumnsLayout {
  /** The computed change between two periods of the same length: "+26,385%", or '' when there is none. */
  changeText: string;
  /** "from 2024 to 2025" */
  changeSpan: string;
  /** The index of the column the change is measured from; -1 for none. Never a gap's. */
  fromIndex: number;
  /**
   * The index of the column the change is measured to, drawn in the emphasis colour: the last column with a
   * figure (a gap after it keeps its slot, but a change is only ever between two figures); -1 when there is none.
   */
  toIndex: number;
  /**
   * Why no change is shown, when the last period has no earlier one of the same length: "No change is shown:
   * 2023 covers 12 months and H1 2025 covers 6, so the two cannot be compared." Empty otherwise.
   */
  refusal: string;
  /** Where the change is written: over the middle of its two columns, kept inside the chart. */
  callout: SurgeCallout | undefined;
}

/** The change's callout: the bracket from one column to the other, and its text on one line or two. */
export interface SurgeCallout {
  /** The bracket's path over the two columns. */
  path: string;
  /** Where the text is centred. */
  x: number;
  /** The baseline of the change ("+26,385%"). */
  changeY: number;
  /** The baseline of the change's span ("from 2024 to 2025"). */
  spanY: number;
  /** True when the span goes under the change, because one line would not fit the width. */
  stacked: boolean;
}

/** Room above the tallest column for the callout: one line, or two when the chart is too narrow for one. */
const TOP_SPACE = { line: 64, stacked: 82 };
/** The callout's font sizes: the change, bold, and its span. */
const CHANGE_SIZE = 18;
const SPAN_SIZE = 13;
/** Estimated widths run a little short for bold text and wide glyphs: room to spare. */
const SPARE = 1.15;

/**
 * Columns for each period plus the percent change to the last period from the earliest period of the same
 * length (2024 → 2025; H1 2024 → H1 2025 where a series of years ends with a half year). A full year and a half
 * year are never compared: `refusal` then says why there is no change. A gap (`options.gaps`, a period without a
 * figure) gets its empty slot but is never either end of a change: the change runs between the two figures
 * (from the earliest comparable one to the last one), and never reads a gap as 0.
 */
export function layoutSurge(
  rows: readonly SeriesPoint[],
  /** As a column chart's (`ColumnsOptions`), with the room above the bars the chart sets itself. */
  options: Omit<ColumnsOptions, 'topSpace'>,
): SurgeLayout {
  const t = options.messages ?? en;
  const { width, locale } = options;
  // The change reads figures only; the columns' indices count the gaps' slots too.
  const result = likeForLikeChange(rows);
  const slots = seriesSlots(rows, options.gaps);
  const lastFigure = rows.length ? slots.indexOf(rows[rows.length - 1] as SeriesPoint) : -1;
  if (result && 'change' in result) {
    const { from, to, percent } = result.change;
    const changeText = formatPercentChange(percent, { locale });
    const span = (style: 'long' | 'short') =>
      t.changeSpan(periodName(from.period, locale, style), periodName(to.period, locale, style));
    const changeWidth = textEm(changeText) * CHANGE_SIZE * SPARE;
    // Months by their full names ("from December 2024 to December 2025 (computed)"), or their short ones where
    // even a line of its own is too narrow for them (a phone).
    let changeSpan = span('long');
    let spanWidth = textEm(changeSpan) * SPAN_SIZE * SPARE;
    if (spanWidth > width - 16) {
      changeSpan = span('short');
      spanWidth = textEm(changeSpan) * SPAN_SIZE * SPARE;
    }
    const stacked = changeWidth + 6 + spanWidth > width - 16;
    const top = stacked ? TOP_SPACE.stacked : TOP_SPACE.line;
    const columns = layoutColumns(rows, { ...options, topSpace: top });
    const fromIndex = slots.indexOf(from);
    const toIndex = slots.indexOf(to);
    const first = columns.columns[fromIndex];
    const last = columns.columns[toIndex];
    let callout: SurgeCallout | undefined;
    if (first && last) {
      const half = (stacked ? Math.max(changeWidth, spanWidth) : changeWidth + 6 + spanWidth) / 2;
      const middle = (first.cx + last.cx) / 2;
      // The bracket's legs end over the values' labels, or over the columns where a value is not written.
      const foot = (column: typeof first, room: number) =>
        column.show.value ? column.valueY - room : column.y - 8;
      callout = {
        path: `M${first.cx},${foot(first, 18)} V${top - 30} H${last.cx} V${foot(last, 20)}`,
        x: Math.min(width - half - 4, Math.max(half + 4, middle)),
        changeY: stacked ? top - 58 : top - 38,
        spanY: stacked ? top - 40 : top - 38,
        stacked,
      };
    }
    return { ...columns, changeText, changeSpan, fromIndex, toIndex, refusal: '', callout };
  }
  const columns = layoutColumns(rows, { ...options, topSpace: TOP_SPACE.line });
  const refusal =
    result && 'refused' in result
      ? t.noChange({
          from: periodName(result.refused.from.period, locale, 'long'),
          fromMonths: result.refused.months[0],
          to: periodName(result.refused.to.period, locale, 'long'),
          toMonths: result.refused.months[1],
        })
      : '';
  return {
    ...columns,
    changeText: '',
    changeSpan: '',
    fromIndex: -1,
    toIndex: lastFigure,
    refusal,
    callout: undefined,
  };
}
