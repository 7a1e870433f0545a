// The code of the `sources` chart, fetched when a page shows one (from the chart's own module: see ../react.ts).
export { SourceList as default } from '@safeguard-charts/react/charts/SourceList';
