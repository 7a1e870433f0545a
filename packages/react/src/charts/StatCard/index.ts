export type { DatasetStatCardProps, FigureDataset } from './DatasetStatCard';
export { DatasetStatCard } from './DatasetStatCard';
export type { StatCardProps, StatFormat } from './StatCard';
export { StatCard } from './StatCard';
export type { StatGridProps } from './StatGrid';
export { StatGrid } from './StatGrid';
