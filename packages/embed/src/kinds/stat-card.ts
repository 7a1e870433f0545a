// The code of the `stat-card` kind, fetched when a page shows one (from the chart's own module: see ../react.ts).
export { DatasetStatCard as default } from '@safeguard-charts/react/charts/StatCard';
