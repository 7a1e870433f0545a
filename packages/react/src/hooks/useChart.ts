import type { Dataset, Unit, ValidationResult } from '@safeguard-charts/data';
import type { DependencyList } from 'react';
import { useMessages } from '../i18n/messages';
import type { Messages } from '../i18n/types';
import { plotHeightAt } from '../layout/plotHeight';
import { type Figures, useChartData } from './useChartData';
import { DEFAULT_WIDTH } from './useChartWidth';
import { useLayouts } from './useLayouts';
import { isRtl, useLocale } from './useLocale';

/** What every chart knows before it lays anything out: its language, its checked data and its direction. */
export interface ChartSetup<Row, D extends Dataset<Row> = Dataset<Row>> {
  /** The resolved BCP 47 locale (the prop, else the page's language). */
  locale: string;
  /** The words of that locale, with the page's own over them. */
  t: Messages;
  /** Whether the locale is written right to left. */
  rtl: boolean;
  /** The validated dataset (with the publisher's figures when asked), or null when it has problems. */
  dataset: D | null;
  /** The data's problems as sentences in the reader's language; empty when it is fine. */
  problems: string[];
  /** The dataset's rows; empty when it has problems. */
  rows: readonly Row[];
  /** The dataset's unit, or the chart's own when the data has problems. */
  unit: Unit;
}

/** What a chart passes to {@link useChart}: the props every chart reads the same way. */
export interface ChartInput<D> {
  data: D | null | undefined;
  locale?: string;
  messages?: Partial<Messages>;
  figures?: Figures;
}

/** The chart's setup with its layout: `layoutAt(width, height)` once per size, and `base`, the server's. */
export interface Chart<Row, D extends Dataset<Row>, L> extends ChartSetup<Row, D> {
  /** The layout at a size, computed once per size (see `useLayouts`). */
  layoutAt: (width: number, height?: number) => L;
  /**
   * The layout at the size the server draws (`DEFAULT_WIDTH`, and the aspect ratio's height for a chart that
   * keeps one, or its `plotHeight`'s): what the summary and the notes read, so they are the drawing's own.
   */
  base: L;
}

/** No rows: one empty list, so a chart's layouts are not made again each render. */
const NO_ROWS: readonly never[] = [];

/**
 * The first half of {@link useChart}: the locale and its words (`useLocale`, `useMessages`), the data through its
 * validator (`useChartData`: problems, never an exception) and the direction. A chart that computes something
 * between its data and its layout (the timeline's pinned annotations) calls this, then {@link useChartLayout}.
 */
export function useChartSetup<Row, D extends Dataset<Row>>(
  chart: string,
  input: ChartInput<D>,
  validate: (input: unknown) => ValidationResult<D>,
  /** The unit when the data has none to give (it has problems). */
  fallbackUnit: Unit,
): ChartSetup<Row, D> {
  const locale = useLocale(input.locale);
  const t = useMessages(locale, input.messages);
  const { dataset, problems } = useChartData<Row, D>(chart, input.data, validate, input.figures ?? 'seed', t);
  const rows: readonly Row[] = dataset?.rows ?? NO_ROWS;
  return { locale, t, rtl: isRtl(locale), dataset, problems, rows, unit: dataset?.unit ?? fallbackUnit };
}

/**
 * The second half of {@link useChart}: the chart's pure layout, computed once per size, and `base`, the layout
 * at the size the server draws. `deps` are what `layout` reads besides the setup.
 */
export function useChartLayout<Row, D extends Dataset<Row>, L>(
  setup: ChartSetup<Row, D>,
  layout: (setup: ChartSetup<Row, D>, width: number, height: number) => L,
  deps: DependencyList,
  /** The plot's height as a share of its width, for a chart that keeps one; none for one whose height follows its rows. */
  aspectRatio?: number,
  /** The plot's height at a width, for a chart whose height follows its width its own way (the frame's `plotHeight`). */
  plotHeight?: (width: number) => number,
): Pick<Chart<Row, D, L>, 'layoutAt' | 'base'> {
  const { rows, dataset, locale, unit, rtl, t } = setup;
  const layoutAt = useLayouts(
    (width, height) => layout(setup, width, height),
    [rows, dataset, locale, unit, rtl, t, ...deps],
  );
  const base = layoutAt(
    DEFAULT_WIDTH,
    aspectRatio
      ? plotHeightAt(DEFAULT_WIDTH, aspectRatio)
      : plotHeight
        ? plotHeightAt(DEFAULT_WIDTH, 0, undefined, plotHeight)
        : undefined,
  );
  return { layoutAt, base };
}

/**
 * The one path every plotted chart takes before it draws: {@link useChartSetup} (locale, words, checked data,
 * direction), then {@link useChartLayout} (the chart's pure layout, once per size). `layout` reads the setup and
 * the size; `deps` are the chart's own options it reads besides the setup.
 */
export function useChart<Row, D extends Dataset<Row>, L>(
  chart: string,
  input: ChartInput<D>,
  validate: (input: unknown) => ValidationResult<D>,
  options: {
    /** The unit when the data has none to give (it has problems). */
    unit: Unit;
    /** The plot's height as a share of its width, for a chart that keeps one; none for one whose height follows its rows. */
    aspectRatio?: number;
    /**
     * The plot's height at a width, for a chart whose height follows its width its own way (the frame's
     * `plotHeight`): `base` is laid out at the height it gives at the server's width.
     */
    plotHeight?: (width: number) => number;
  },
  layout: (setup: ChartSetup<Row, D>, width: number, height: number) => L,
  deps: DependencyList,
): Chart<Row, D, L> {
  const setup = useChartSetup<Row, D>(chart, input, validate, options.unit);
  return { ...setup, ...useChartLayout(setup, layout, deps, options.aspectRatio, options.plotHeight) };
}
