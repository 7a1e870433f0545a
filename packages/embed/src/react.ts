/*
 * What the loader takes from @safeguard-charts/react: from its small paths (the figure kit, `/frame`, and the
 * option lists, `/options`), not its entry, which re-exports every chart: a bundler that splits code by page
 * (esbuild here) would then put every chart in the chunk all pages share. A page with one bar chart loads only
 * that chart's code. The charts (./kinds) come from the same modules (each from its own path), so they share one
 * MessagesProvider context. In this workspace the paths resolve to the sources (tsconfig.json's `paths`).
 */
export type { FigureOptions, Messages, ThemeMode } from '@safeguard-charts/react/frame';
export {
  catalogFor,
  FigureHeader,
  figureProps,
  MessagesProvider,
  ProblemBox,
  renderKey,
} from '@safeguard-charts/react/frame';
export type { ChartKind } from '@safeguard-charts/react/options';
export {
  CHART_KIND_INFO,
  HEADING_LEVELS,
  MAP_MEASURES,
  NOTATIONS,
  VALUE_SCALES,
} from '@safeguard-charts/react/options';
