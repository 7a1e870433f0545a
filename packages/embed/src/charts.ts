import { CHART_KINDS, type ChartKindInfo, chartKind } from '@safeguard-charts/react';

/** The `chart` attribute's values: the library's chart kinds. */
export const chartNames = Object.keys(CHART_KINDS);

/** The chart kind the `chart` attribute names, or undefined. */
export function chartFor(name: string): ChartKindInfo | undefined {
  return chartKind(name);
}
