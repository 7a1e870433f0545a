import type { SeriesPoint, Unit } from '@safeguard-charts/data';
import { likeForLikeChange } from '@safeguard-charts/data';
import { formatPercentChange, type Notation } from '../../format';
import { type ColumnsLayout, layoutColumns, type ValueScale } from '../../primitives/layoutColumns';

export interface SurgeLayout extends ColumnsLayout {
  /** The computed change between two periods of the same length: "+26,385%", or '' when there is none. */
  changeText: string;
  /** "from 2024 to 2025" */
  changeSpan: string;
  /** The index of the column the change is measured from (the last column is where it ends); -1 for none. */
  fromIndex: number;
  /**
   * Why no change is shown, when the last period has no earlier one of the same length: "No change is shown:
   * 2023 covers 12 months and H1 2025 covers 6, so the two cannot be compared." Empty otherwise.
   */
  refusal: string;
}

/**
 * Columns for each period plus the percent change to the last period from the earliest period of the same
 * length (2024 → 2025; H1 2024 → H1 2025 where a series of years ends with a half year). A full year and a half
 * year are never compared: `refusal` then says why there is no change.
 */
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
  const result = likeForLikeChange(rows);
  if (result && 'change' in result) {
    const { from, to, percent } = result.change;
    return {
      ...columns,
      changeText: formatPercentChange(percent, { locale: options.locale }),
      changeSpan: `from ${from.period.label} to ${to.period.label}`,
      fromIndex: rows.indexOf(from),
      refusal: '',
    };
  }
  const refusal =
    result && 'refused' in result
      ? `No change is shown: ${describeLength(result.refused.from.period.label, result.refused.months[0])} and ${describeLength(result.refused.to.period.label, result.refused.months[1])}, so the two cannot be compared.`
      : '';
  return { ...columns, changeText: '', changeSpan: '', fromIndex: -1, refusal };
}

function describeLength(label: string, months: number | undefined): string {
  return months === undefined ? `${label} has no readable dates` : `${label} covers ${months} months`;
}
