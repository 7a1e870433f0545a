// The code of the `surge` chart, fetched when a page shows one (from the chart's own module: see ../react.ts).
export { SurgeChart as default } from '@safeguard-charts/react/charts/SurgeChart';
