import { MAX_PLOT_HEIGHT } from '../props/props';

/** The least height of a plot that keeps an aspect ratio, so a phone-width chart stays readable. */
const MIN_PLOT_HEIGHT = 260;
/** The tallest plot whose height follows its rows: 400 bars and more. */
const MAX_CONTENT_HEIGHT = 20_000;

/**
 * The plot's height at `width`: the `height` prop when given, else the chart's own height for the width (one
 * row per bar), else the aspect ratio with a floor for phones. A chart asks for its summary's layout at
 * `plotHeightAt(DEFAULT_WIDTH, …)`, the size the server draws, so that layout is the drawing's too.
 */
export function plotHeightAt(
  width: number,
  aspectRatio: number,
  fixedHeight?: number,
  plotHeight?: (width: number) => number,
): number {
  if (fixedHeight !== undefined) return Math.max(1, Math.round(Math.min(MAX_PLOT_HEIGHT, fixedHeight)));
  // A height that follows the content (one row per bar) holds every row; the bound only stops a runaway.
  if (plotHeight) return Math.max(1, Math.round(Math.min(MAX_CONTENT_HEIGHT, plotHeight(width))));
  return Math.max(1, Math.round(Math.min(MAX_PLOT_HEIGHT, Math.max(width * aspectRatio, MIN_PLOT_HEIGHT))));
}
