// The code of the `stat-card` kind, fetched when a page shows one (from the chart's own module: see ../react.ts).
export { DatasetStatCard as default } from '../../../react/src/charts/StatCard/DatasetStatCard';
