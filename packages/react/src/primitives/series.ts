import type { Dataset, SeriesPoint, Unit } from '@safeguard-charts/data';
import { validateSeries } from '@safeguard-charts/data';
import { useId } from 'react';
import { formatValue } from '../format';
import { useMessages } from '../i18n/messages';
import type { Messages } from '../i18n/types';
import type { ChartPoint } from './ChartFrame';
import type { TableColumn } from './DataTable';
import { type ColumnsLayout, periodText, type ValueScale } from './layoutColumns';
import { type Figures, useChartData } from './useChartData';
import { isRtl, useLocale } from './useLocale';

/** The note every column chart adds on a log scale, so no reader takes bar lengths as proportional. */
export function scaleNotes(scale: ValueScale, t: Messages): string[] {
  return scale === 'log' ? [t.logNote] : [];
}

/** The data table of a series chart: period, then value in the dataset's unit. */
export function seriesTableColumns(unit: Unit, locale: string, t: Messages): TableColumn<SeriesPoint>[] {
  return [
    { key: 'period', header: t.period, cell: (row) => periodText(row, locale, t) },
    {
      key: 'value',
      header: t.valueIn(t.unitName(unit)),
      align: 'end',
      cell: (row) => formatValue(row.value, unit, { locale }),
    },
  ];
}

/** The keyboard's points of a column chart: one above each column. */
export function columnPoints(layout: ColumnsLayout): ChartPoint[] {
  return layout.columns.map((column) => ({ x: column.cx, y: column.y - 24, label: column.label }));
}

/** A series without rows: one empty list, so its layouts are not made again each render. */
const NO_ROWS: readonly SeriesPoint[] = [];

/** What every column chart of a series sets up: its locale and direction, validated data, a hatch id. */
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
  return {
    locale: resolved,
    t,
    rtl: isRtl(resolved),
    patternId,
    dataset,
    problems,
    unit: dataset?.unit ?? 'items',
    rows: dataset?.rows ?? NO_ROWS,
  };
}
