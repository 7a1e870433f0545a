import type { Dataset, SeriesGap, SeriesPoint, Unit } from '@safeguard-charts/data';
import { validateSeries } from '@safeguard-charts/data';
import { useId, useMemo } from 'react';
import { formatValue } from '../format';
import { useMessages } from '../i18n/messages';
import type { Messages } from '../i18n/types';
import type { ChartPoint } from './ChartFrame';
import type { TableColumn } from './DataTable';
import {
  type ColumnsLayout,
  isGap,
  periodText,
  type SeriesSlot,
  seriesSlots,
  type ValueScale,
} from './layoutColumns';
import { type Figures, useChartData } from './useChartData';
import { isRtl, useLocale } from './useLocale';

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
      cell: (row) => (isGap(row) ? t.noData : formatValue(row.value, unit, { locale })),
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

/** A series without rows or gaps: one empty list each, so its layouts are not made again each render. */
const NO_ROWS: readonly SeriesPoint[] = [];
const NO_GAPS: readonly SeriesGap[] = [];

/**
 * What every column chart of a series sets up: its locale and direction, validated data (its figures, `rows`, and
 * its periods without one, `gaps`, and both in period order, `slots`), a hatch id.
 */
export function useSeriesChart(
  chart: string,
  data: Dataset<SeriesPoint>,
  figures: Figures,
  locale: string | undefined,
  messages: Partial<Messages> | undefined,
) {
  const resolved = useLocale(locale);
  const t = useMessages(resolved, messages);
  const patternId = `sg-hatch${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { dataset, problems } = useChartData<SeriesPoint>(chart, data, validateSeries, figures, t);
  const rows = dataset?.rows ?? NO_ROWS;
  const gaps = dataset?.gaps ?? NO_GAPS;
  // The table's rows: every figure and every gap, in period order.
  const slots = useMemo(() => seriesSlots(rows, gaps), [rows, gaps]);
  return {
    locale: resolved,
    t,
    rtl: isRtl(resolved),
    patternId,
    dataset,
    problems,
    unit: dataset?.unit ?? 'items',
    rows,
    gaps,
    slots,
  };
}
