import type { Dataset, SeriesGap, SeriesPoint, Unit } from '@safeguard-charts/data';
import { validateSeries } from '@safeguard-charts/data';
import { useId, useMemo } from 'react';
import { writtenValue } from '../format/memo';
import type { ChartPoint } from '../frame/ChartFrame';
import type { TableColumn } from '../frame/DataTable';
import type { Messages } from '../i18n/types';
import {
  type ColumnsLayout,
  isGap,
  periodText,
  type SeriesSlot,
  seriesSlots,
  type ValueScale,
} from '../layout/columns';
import { type ChartInput, type ChartSetup, useChartSetup } from './useChart';

/** The note every column chart adds on a log scale, so no reader takes bar lengths as proportional. */
export function scaleNotes(scale: ValueScale, t: Messages): string[] {
  return scale === 'log' ? [t.logNote] : [];
}

/**
 * The data table of a series chart: period, then value in the dataset's unit. Its rows are the series' slots
 * (see `seriesSlots`): a period without a figure is listed in its place with "no data" in words, never 0 or an
 * empty cell.
 */
export function seriesTableColumns(unit: Unit, locale: string, t: Messages): TableColumn<SeriesSlot>[] {
  return [
    { key: 'period', header: t.period, cell: (row) => periodText(row, locale, t) },
    {
      key: 'value',
      header: t.valueIn(t.unitName(unit)),
      align: 'end',
      cell: (row) => (isGap(row) ? t.noData : writtenValue(row.value, unit, locale)),
    },
  ];
}

/**
 * The keyboard's points of a column chart: one above each column, a gap's included, so a screen reader moving
 * through the periods hears each in order ("2021: No data") as the axis shows it, and no period is skipped.
 */
export function columnPoints(layout: ColumnsLayout): ChartPoint[] {
  return layout.columns.map((column) => ({
    x: column.cx,
    y: column.gap ? column.gap.top - 12 : column.y - 24,
    label: column.label,
  }));
}

/** A series without gaps: one empty list, so its layouts are not made again each render. */
const NO_GAPS: readonly SeriesGap[] = [];

/** What a column chart of a series knows before its layout: a chart's setup, its gaps, slots and hatch id. */
export interface SeriesSetup extends ChartSetup<SeriesPoint> {
  /** The periods without a figure. */
  gaps: readonly SeriesGap[];
  /** Every figure and every gap, in period order: the table's rows. */
  slots: readonly SeriesSlot[];
  /** The id of the hatch pattern a partial period's column is drawn with. */
  patternId: string;
}

/**
 * What every column chart of a series sets up ({@link useChartSetup} with the series' validator): its locale and
 * direction, validated data (its figures, `rows`, and its periods without one, `gaps`, and both in period order,
 * `slots`), a hatch id. Its layout then follows with `useChartLayout`.
 */
export function useSeriesChart(chart: string, input: ChartInput<Dataset<SeriesPoint>>): SeriesSetup {
  const setup = useChartSetup<SeriesPoint, Dataset<SeriesPoint>>(chart, input, validateSeries, 'items');
  const patternId = `sg-hatch${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const gaps = setup.dataset?.gaps ?? NO_GAPS;
  const { rows } = setup;
  // The table's rows: every figure and every gap, in period order.
  const slots = useMemo(() => seriesSlots(rows, gaps), [rows, gaps]);
  return { ...setup, gaps, slots, patternId };
}

/**
 * What a column chart of a series lays out with, besides its rows: the size, the setup's locale, unit,
 * direction, words and gaps, and the chart's scale and notation.
 */
export function seriesLayoutOptions<O extends object>(
  series: SeriesSetup,
  width: number,
  height: number,
  own: O,
) {
  const { locale, unit, rtl, t, gaps } = series;
  return { width, height, locale, unit, rtl, messages: t, gaps, ...own };
}
