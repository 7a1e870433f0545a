/* The timeline's geometry, as plain data: its columns and where each annotation and its leader line go. */
import type { Period, SeriesPoint } from '@safeguard-charts/data';
import { packageHalfYear } from '../../format/halfYear';
import { type ColumnsLayout, type ColumnsOptions, layoutColumns } from '../../layout/columns';
import { wrapText } from '../../layout/wrapText';

/** A remark pinned to one period of the timeline. */
export interface TimelineAnnotation {
  /** The period's label as the data writes it, e.g. `H1 2025`. */
  period: string;
  /** Short text drawn over the chart: "380,000 from Amazon AI Services". */
  text: string;
  /** What a reader must know to read it right; shown under the chart with the text. */
  note?: string;
}

/** An annotation placed over its column: its lines, anchor and leader line. */
export interface PlacedAnnotation {
  /** The column's centre: where the text is anchored and the leader line stands. */
  x: number;
  /** The text's logical anchor (it flips with `dir="rtl"`). */
  anchor: 'start' | 'middle' | 'end';
  /** The text, wrapped to at most two lines. */
  lines: string[];
  /** The leader line, from under the text down to above the column's value label: its top. */
  lineTop: number;
  /** The leader line's bottom, above the column's value label. */
  lineBottom: number;
}

/** The timeline at one size: its columns and its annotations, each placed over its column. */
export interface TimelineLayout extends ColumnsLayout {
  /** The annotations for periods the data has, each placed over its column. */
  annotations: PlacedAnnotation[];
}

/** Room above the tallest column: for its value label, and for annotations when there are any. */
const TOP_SPACE = { plain: 28, annotated: 76 };

/**
 * The well-formed annotations for periods `rows` has, in the page's order: a page's bad annotation is
 * dropped, never drawn. Pass the series' slots (`seriesSlots`) to let an annotation say why a gap has no figure.
 */
export function pinnedAnnotations(
  annotations: unknown,
  rows: readonly { period: Period }[],
): TimelineAnnotation[] {
  if (!Array.isArray(annotations)) return [];
  return annotations
    .filter(
      (a): a is TimelineAnnotation =>
        !!a &&
        typeof a.period === 'string' &&
        typeof a.text === 'string' &&
        (a.note === undefined || typeof a.note === 'string'),
    )
    .flatMap((a) => {
      // A page names a half year as the data package does ("H1 2025") whatever the chart's language: it is pinned
      // to that half year's column, labelled in the reader's words ("1. Halbjahr 2025").
      const row = rows.find((r) => r.period.label === a.period || packageHalfYear(r.period, a.period));
      return row ? [{ ...a, period: row.period.label }] : [];
    });
}

/**
 * The timeline at one size: its columns (see `layoutColumns`; `options.gaps` each get an empty slot marked "no
 * data"), with room at the top for annotations, and each annotation over its column, wrapped to the room it has
 * and anchored away from the chart's edges.
 */
export function layoutTimeline(
  rows: readonly SeriesPoint[],
  annotations: readonly TimelineAnnotation[],
  options: Omit<ColumnsOptions, 'topSpace'>,
): TimelineLayout {
  const { width, rtl, locale } = options;
  const columns = layoutColumns(rows, {
    ...options,
    topSpace: annotations.length ? TOP_SPACE.annotated : TOP_SPACE.plain,
  });
  const placed: PlacedAnnotation[] = [];
  for (const annotation of annotations) {
    const column = columns.columns.find((c) => c.periodLabel === annotation.period);
    if (!column) continue;
    const lines = wrapText(annotation.text, Math.min(220, width * 0.45), 12, 2, locale);
    // Pick the physical side first, then the logical anchor that puts the text there in either direction.
    const side = column.cx > width * 0.66 ? 'right' : column.cx < width * 0.33 ? 'left' : 'middle';
    const anchor = side === 'middle' ? 'middle' : (side === 'right') !== rtl ? 'end' : 'start';
    // Down to above the value's label (or the column, where its value is not written), or a gap's "no data".
    const lineBottom = column.gap
      ? column.gap.top - 6
      : column.show.value
        ? column.valueY - 16
        : column.y - 8;
    placed.push({ x: column.cx, anchor, lines, lineTop: 8 + lines.length * 15, lineBottom });
  }
  return { ...columns, annotations: placed };
}
