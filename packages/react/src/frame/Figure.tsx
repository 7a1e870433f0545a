import type { ThemeMode } from '../theme/mode';

/** What {@link figureProps} reads: the chart's class, its resolved theme and language, and its title's id. */
export interface FigureOptions {
  /** The chart's own class, e.g. `sg-provider-bars`. */
  chartClass?: string;
  /** The resolved colour scheme (`useThemeMode`). */
  theme: ThemeMode;
  /** The resolved locale: the figure's `lang`. */
  locale?: string;
  /** Right to left: the figure's `dir`. Unset, the figure inherits the page's direction. */
  rtl?: boolean;
  /** The id of the title that names the figure. */
  titleId?: string;
  /** Print the data table under the chart. */
  printTable?: boolean;
  /** A chart's figure (`sg-chart`: header, plot or list, footer); `false` for a card of one figure. @default true */
  chart?: boolean;
  /** The page's own class, after the package's. */
  className?: string;
}

/**
 * The attributes of the `<figure>` every chart, list and card is drawn in (`<figure {...figureProps(…)}>`): the
 * package's root class (its styles apply only inside), the chart's own class, the theme as `data-sg-theme`, the
 * language and direction, and the title that names it. Attributes, not a component: a figure costs its markup
 * only.
 */
export function figureProps({
  chartClass,
  theme,
  locale,
  rtl,
  titleId,
  printTable,
  chart = true,
  className,
}: FigureOptions) {
  return {
    className: ['sg-root', chart ? 'sg-chart' : undefined, chartClass, className].filter(Boolean).join(' '),
    'data-sg-theme': theme,
    dir: rtl === undefined ? undefined : rtl ? 'rtl' : 'ltr',
    lang: locale,
    'aria-labelledby': titleId,
    'data-print-table': printTable === true ? '' : undefined,
  } as const;
}
