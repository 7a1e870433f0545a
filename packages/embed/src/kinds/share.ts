// The code of the `share` chart, fetched when a page shows one (from the chart's own module: see ../react.ts).
export { ShareChart as default } from '@safeguard-charts/react/charts/ShareChart';
