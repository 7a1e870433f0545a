export type { SurgeCallout, SurgeLayout } from './layout';
export { layoutSurge } from './layout';
export type { SurgeChartProps } from './SurgeChart';
export { SurgeChart } from './SurgeChart';
