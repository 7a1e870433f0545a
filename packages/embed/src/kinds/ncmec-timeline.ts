// The code of the `ncmec-timeline` chart, fetched when a page shows one (from the chart's own module: see ../react.ts).
export { NcmecTimeline as default } from '@safeguard-charts/react/charts/NcmecTimeline';
