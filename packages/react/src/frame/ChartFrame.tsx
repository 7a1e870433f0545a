import type { Dataset, FlattenableDataset } from '@safeguard-charts/data';
import {
  type ComponentPropsWithoutRef,
  type ForwardedRef,
  type ReactNode,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { DownloadsOption } from '../export/Downloads';
import { isRtl } from '../hooks/useLocale';
import type { Messages } from '../i18n/types';
import {
  boundedNumber,
  HEADING_LEVELS,
  type HeadingLevel,
  MAX_PLOT_HEIGHT,
  MAX_WIDTH,
  MIN_WIDTH,
  oneOf,
  textList,
  textOf,
} from '../props/props';
import { warnOnce } from '../props/warnOnce';
import type { ThemeMode } from '../theme/mode';
import { useThemeMode } from '../theme/ThemeProvider';
import { checkNotes, graphicDescription, withCheckColumn } from './checkNotes';
import { DataTable, type TableColumn } from './DataTable';
import { figureProps } from './Figure';
import { FigureActions } from './FigureActions';
import { FigureFooter } from './FigureFooter';
import { FigureHeader } from './FigureHeader';
import { useChartIds } from './ids';
import { type ChartPoint, Plot, type PlotArgs } from './Plot';
import { ProblemBox } from './ProblemBox';

export type { ThemeMode } from '../theme/mode';
export type { ChartPoint, PlotArgs } from './Plot';

/** Props every chart shares, named the same on every chart. */
export interface CommonChartProps extends Omit<ComponentPropsWithoutRef<'figure'>, 'title' | 'children'> {
  /** The chart's title: a short sentence that says what the chart shows. Required. */
  title: string;
  /** A line under the title: the unit, the period, what to look for. */
  subtitle?: string;
  /** A longer text alternative, read by screen readers first in the graphic's description. */
  description?: string;
  /** BCP 47 locale for numbers and layout direction, e.g. `de-DE`, `ar`. @default the page's language */
  locale?: string;
  /** Colour scheme. @default 'auto' */
  theme?: ThemeMode;
  /** A fixed plot height in pixels; without it the plot keeps its aspect ratio as its width changes. */
  height?: number;
  /**
   * The width, in pixels, to lay the chart out for: for images, print and server renders of a known size (the
   * render CLI uses it). Without it the chart follows its container (640 before it can measure). The drawing
   * still scales to its container by its viewBox.
   */
  width?: number;
  /** The heading element of the title, so the chart fits the page's outline. @default 'h3' */
  headingLevel?: HeadingLevel;
  /** Extra notes under the chart, after the ones the data carries. */
  notes?: readonly string[];
  /**
   * Your own words for any of the chart's (`{ showData: 'See the figures' }`), over the catalogue of its
   * locale; see `MessagesProvider` for whole languages.
   */
  messages?: Partial<Messages>;
  /** Print the data table under the chart (on paper only; the page still shows it behind "Show data"). @default false */
  printTable?: boolean;
  /**
   * The reader's downloads: the data as CSV, the chart as SVG and PNG. `false` for none, or a list
   * (`['csv']`). @default true
   */
  downloads?: DownloadsOption;
  /**
   * The HTML that puts this chart on another page (the `<safeguard-chart>` element with its script), offered to
   * readers as a "Copy embed code" button among the downloads. The embed sets it; without it there is no button.
   */
  embedCode?: string;
}

interface ChartFrameProps<Row> extends CommonChartProps {
  forwardedRef?: ForwardedRef<HTMLElement>;
  /** The chart's component name, as development warnings name it: `ProviderBars`. */
  chart: string;
  /** The chart's own class on its figure, e.g. `sg-provider-bars`. */
  chartClass: string;
  /** Locale resolved by the chart. */
  resolvedLocale: string;
  /** The words of the chart's language, resolved by the chart (`useMessages`). */
  t: Messages;
  /**
   * The validated dataset, or null when it is invalid. Its sources make the source line; its notes and every
   * figure that is not confirmed make the notes; its checks make the table's "Check" column (see `checkNotes`).
   */
  dataset: Dataset<Row> | null;
  /** Notes the chart itself adds (a scale, a partial period, an annotation), after the data's. */
  chartNotes?: readonly string[];
  /** The plot's height as a share of its width when no `height` is given. @default 0.5 */
  aspectRatio?: number;
  /** The plot's height for a width, for charts whose height follows their content (one row per bar). */
  plotHeight?: (width: number) => number;
  table: { caption: string; columns: readonly TableColumn<Row>[]; rows: readonly Row[] };
  points: (size: { width: number; height: number }) => readonly ChartPoint[];
  /** HTML under the plot, before the source line: the map's ranked list of countries. */
  afterPlot?: ReactNode;
  /** A key to the chart's colours, as HTML text between the title and the plot. */
  legend?: ReactNode;
  /** A sentence that says what the chart shows in numbers, read after the title ("+26,385% from 2024 to 2025"). */
  summary?: string;
  /** Problems found in the data: when any, a message stands in place of the chart. */
  problems: readonly string[];
  children: (args: PlotArgs) => ReactNode;
}

/**
 * The figure every chart is drawn in (the "chart sandwich"), put together from the figure's parts: the header
 * (title, subtitle, the graphic's description), the legend, the plot or the problems in its place, the map's
 * list, the data table, and the footer (source line, notes, "Show data" and the downloads).
 */
export function ChartFrame<Row>({
  forwardedRef,
  chart,
  chartClass,
  title: titleProp,
  subtitle: subtitleProp,
  description: descriptionProp,
  resolvedLocale,
  theme: themeProp,
  height: heightProp,
  width: widthProp,
  headingLevel: headingProp,
  notes: notesProp,
  dataset,
  chartNotes = [],
  aspectRatio = 0.5,
  plotHeight,
  table,
  points,
  problems,
  summary,
  legend,
  afterPlot,
  children,
  locale: _locale,
  messages: _messages,
  printTable = false,
  downloads = true,
  embedCode,
  t,
  ...rest
}: ChartFrameProps<Row>) {
  const ids = useChartIds();
  const fixedHeight = boundedNumber(chart, 'height', heightProp, 1, MAX_PLOT_HEIGHT, 'fixed');
  const fixedWidth = boundedNumber(chart, 'width', widthProp, MIN_WIDTH, MAX_WIDTH, 'clamp');
  const headingLevel = oneOf(chart, 'headingLevel', headingProp, HEADING_LEVELS, 'h3');
  const notes = textList(chart, 'notes', notesProp);
  const title = textOf(titleProp, chart, 'title') || datasetTitle(chart, dataset);
  const subtitle = textOf(subtitleProp, chart, 'subtitle');
  const description = textOf(descriptionProp, chart, 'description');
  const theme = useThemeMode(themeProp);
  const figureRef = useRef<HTMLElement | null>(null);
  const setFigure = (element: HTMLElement | null) => {
    figureRef.current = element;
    if (typeof forwardedRef === 'function') forwardedRef(element);
    else if (forwardedRef) forwardedRef.current = element;
  };
  const rtl = isRtl(resolvedLocale);
  const [showTable, setShowTable] = useState(false);
  const found = useMemo(() => checkNotes(dataset, resolvedLocale, t), [dataset, resolvedLocale, t]);
  const drawn = !problems.length;
  const described = drawn ? graphicDescription(found, { description, summary }, t) : '';

  return (
    <figure
      ref={setFigure}
      {...figureProps({ chartClass, theme, locale: resolvedLocale, rtl, titleId: ids.title, printTable })}
      {...rest}
    >
      <FigureHeader
        level={headingLevel}
        titleId={ids.title}
        title={title}
        subtitle={subtitle}
        subtitleId={`${ids.description}-sub`}
        description={described}
        descriptionId={ids.description}
      />
      {drawn ? (
        <>
          {legend ?? null}
          <Plot
            titleId={ids.title}
            descriptionId={described ? ids.description : undefined}
            fixedWidth={fixedWidth}
            fixedHeight={fixedHeight}
            aspectRatio={aspectRatio}
            plotHeight={plotHeight}
            rtl={rtl}
            points={points}
          >
            {children}
          </Plot>
          {afterPlot ?? null}
          <DataTable
            id={ids.table}
            visible={showTable}
            {...table}
            caption={textOf(table.caption) || title}
            columns={withCheckColumn(table.columns, dataset, found, t)}
          />
        </>
      ) : (
        <ProblemBox
          lead={t.cantDraw}
          problems={problems}
          more={t.moreProblems}
          id={`${ids.status}-problem`}
        />
      )}
      <FigureFooter
        source={found.source}
        write={found.write}
        words={t}
        notes={[...new Set([...found.notes, ...chartNotes, ...notes])]}
      >
        {drawn ? (
          <FigureActions
            tableId={ids.table}
            tableShown={showTable}
            onToggleTable={() => setShowTable((shown) => !shown)}
            downloads={downloads}
            dataset={dataset as FlattenableDataset | null}
            title={title ?? ''}
            subtitle={subtitle}
            figure={figureRef}
            locale={resolvedLocale}
            rtl={rtl}
            t={t}
            embedCode={typeof embedCode === 'string' && embedCode ? embedCode : undefined}
          />
        ) : null}
      </FigureFooter>
    </figure>
  );
}

/**
 * The heading of a chart given no title: its dataset's title, said once in development (a title should say
 * what the chart shows, and a figure with an empty heading has no name for a screen reader).
 */
function datasetTitle(chart: string, dataset: { title?: unknown } | null): string {
  const title = typeof dataset?.title === 'string' ? dataset.title : '';
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production')
    warnOnce(
      `${chart}: no title; the heading is the dataset's title${title ? ` "${title}"` : ', which is empty'}.`,
    );
  return title;
}
