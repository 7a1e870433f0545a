// The code of the `severity` chart, fetched when a page shows one (from the chart's own module: see ../react.ts).
export { SeverityComparison as default } from '@safeguard-charts/react/charts/SeverityComparison';
