export type { SurgeChartProps } from './SurgeChart';
export { SurgeChart } from './SurgeChart';
export type { SurgeLayout } from './useSurgeChart';
export { layoutSurge } from './useSurgeChart';
