// The code of the `provider-bars` chart, fetched when a page shows one (from the chart's own module: see ../react.ts).
export { ProviderBars as default } from '@safeguard-charts/react/charts/ProviderBars';
