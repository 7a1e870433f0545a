import type { SeriesPoint, Unit } from '@safeguard-charts/data';
import { likeForLikeChange } from '@safeguard-charts/data';
import { formatPercentChange, type Notation } from '../../format';
import { en } from '../../i18n/locales/en';
import type { Messages } from '../../i18n/types';
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
    /** The words of the chart's language. @default English */
    messages?: Messages;
  },
): SurgeLayout {
  const t = options.messages ?? en;
  const columns = layoutColumns(rows, { ...options, topSpace: 64 });
  const result = likeForLikeChange(rows);
  if (result && 'change' in result) {
    const { from, to, percent } = result.change;
    return {
      ...columns,
      changeText: formatPercentChange(percent, { locale: options.locale }),
      changeSpan: t.changeSpan(from.period.label, to.period.label),
      fromIndex: rows.indexOf(from),
      refusal: '',
    };
  }
  const refusal =
    result && 'refused' in result
      ? t.noChange({
          from: result.refused.from.period.label,
          fromMonths: result.refused.months[0],
          to: result.refused.to.period.label,
          toMonths: result.refused.months[1],
        })
      : '';
  return { ...columns, changeText: '', changeSpan: '', fromIndex: -1, refusal };
}
