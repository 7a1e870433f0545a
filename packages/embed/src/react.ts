/*
 * What the loader takes from @safeguard-charts/react, from the package's own modules rather than its entry: the
 * entry re-exports every chart, and a bundler that splits code by page (esbuild here) then puts every chart in
 * the chunk all pages share. Taken module by module, a page with one bar chart loads only that chart's code.
 * The embed bundles these sources; the charts (./kinds) come from the same modules, so they share one
 * MessagesProvider context.
 */
export type { ChartKind } from '../../react/src/charts/kindInfo';
export { CHART_KIND_INFO } from '../../react/src/charts/kindInfo';
export { figureProps } from '../../react/src/frame/Figure';
export { FigureHeader } from '../../react/src/frame/FigureHeader';
export { ProblemBox } from '../../react/src/frame/ProblemBox';
export type { Messages } from '../../react/src/i18n';
export { catalogFor, MessagesProvider } from '../../react/src/i18n';
export { MAP_MEASURES, NOTATIONS, VALUE_SCALES } from '../../react/src/props/choices';
export { HEADING_LEVELS } from '../../react/src/props/props';
