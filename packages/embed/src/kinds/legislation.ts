// The code of the `legislation` chart, fetched when a page shows one (from the chart's own module: see ../react.ts).
export { LegislationTracker as default } from '@safeguard-charts/react/charts/LegislationTracker';
