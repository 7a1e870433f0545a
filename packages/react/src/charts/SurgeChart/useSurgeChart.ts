import type { SeriesPoint, Unit } from '@safeguard-charts/data';
import { percentChange } from '@safeguard-charts/data';
import { formatPercentChange, type Notation } from '../../format';
import { type ColumnsLayout, layoutColumns, type ValueScale } from '../../primitives/layoutColumns';

export interface SurgeLayout extends ColumnsLayout {
  /** The computed change from the first to the last period: "+26,385%", or '' when it has no meaning. */
  changeText: string;
  /** "from 2024 to 2025" */
  changeSpan: string;
}

/** Columns for each period plus the computed percent change from the first to the last. */
export function layoutSurge(
  rows: readonly SeriesPoint[],
  options: {
    width: number;
    height: number;
    locale: string;
    unit: Unit;
    scale: ValueScale;
    notation: Notation;
    rtl: boolean;
  },
): SurgeLayout {
  const columns = layoutColumns(rows, { ...options, topSpace: 64 });
  const first = rows[0];
  const last = rows[rows.length - 1];
  const change = first && last && rows.length > 1 ? percentChange(first.value, last.value) : undefined;
  return {
    ...columns,
    changeText: typeof change === 'number' ? formatPercentChange(change, { locale: options.locale }) : '',
    changeSpan: first && last ? `from ${first.period.label} to ${last.period.label}` : '',
  };
}
