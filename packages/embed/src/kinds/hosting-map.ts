// The code of the `hosting-map` chart, fetched when a page shows one (from the chart's own module: see ../react.ts).
export { HostingMap as default } from '@safeguard-charts/react/charts/HostingMap';
