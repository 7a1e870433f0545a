import {
  checkCell,
  type Dataset,
  type FlattenableDataset,
  joinSentences,
  publisherFigureText,
} from '@safeguard-charts/data';
import {
  type ComponentPropsWithoutRef,
  type ElementType,
  type ForwardedRef,
  type ReactNode,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { Messages } from '../i18n/types';
import { useThemeMode } from '../theme/ThemeProvider';
import { checkNotes } from './checkNotes';
import { DataTable, type TableColumn } from './DataTable';
import { Downloads, type DownloadsOption, downloadKinds } from './Downloads';
import { useChartIds } from './ids';
import {
  boundedNumber,
  HEADING_LEVELS,
  type HeadingLevel,
  headingLevelOf,
  MAX_PLOT_HEIGHT,
  MAX_WIDTH,
  MIN_WIDTH,
  textList,
  textOf,
} from './props';
import { SourceLine } from './SourceLine';
import { Tooltip } from './Tooltip';
import { useChartWidth } from './useChartWidth';
import { isRtl } from './useLocale';
import { usePointNavigation } from './usePointNavigation';

/** The least height of a plot that keeps an aspect ratio, so a phone-width chart stays readable. */
const MIN_PLOT_HEIGHT = 260;
/** The tallest plot whose height follows its rows: 400 bars and more. */
const MAX_CONTENT_HEIGHT = 20_000;

/** `auto` follows the reader's colour scheme; `light` and `dark` force one. */
export type ThemeMode = 'auto' | 'light' | 'dark';

/** Props every chart shares, named the same on every chart. */
export interface CommonChartProps extends Omit<ComponentPropsWithoutRef<'figure'>, 'title' | 'children'> {
  /** The chart's title: a short sentence that says what the chart shows. Required. */
  title: string;
  /** A line under the title: the unit, the period, what to look for. */
  subtitle?: string;
  /** A longer text alternative read by screen readers after the title. */
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

/** A point a reader can move to with the keyboard, the pointer or a touch. */
export interface ChartPoint {
  /** Where the tooltip points, in plot pixels. */
  x: number;
  /** Where the tooltip points, in plot pixels. */
  y: number;
  /** The point's full text, e.g. "2024: 13 videos"; shown in the tooltip and announced. */
  label: string;
}

export interface PlotArgs {
  width: number;
  height: number;
  /** The point the reader is on, or null. */
  active: number | null;
  /** Marks call this on pointer enter or touch. */
  setActive: (index: number | null) => void;
}

interface ChartFrameProps<Row> extends CommonChartProps {
  forwardedRef?: ForwardedRef<HTMLElement>;
  /** Extra class for the chart kind, e.g. `sg-provider-bars`. */
  kind: string;
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

/**
 * The figure every chart is drawn in (the "chart sandwich"): title and subtitle, the SVG labelled by them,
 * then as real HTML the source line, notes and a data table behind a "Show data" toggle.
 * Keyboard: Tab focuses the plot, arrow keys move between points, Escape closes the tooltip.
 */
export function ChartFrame<Row>({
  forwardedRef,
  kind,
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
  className,
  locale: _locale,
  messages: _messages,
  printTable = false,
  downloads = true,
  embedCode,
  t,
  ...rest
}: ChartFrameProps<Row>) {
  const ids = useChartIds();
  const fixedHeight = boundedNumber(kind, 'height', heightProp, 1, MAX_PLOT_HEIGHT, 'fixed');
  const fixedWidth = boundedNumber(kind, 'width', widthProp, MIN_WIDTH, MAX_WIDTH, 'clamp');
  const headingLevel = headingLevelOf(kind, headingProp, HEADING_LEVELS, 'h3');
  const notes = textList(kind, 'notes', notesProp);
  const title = textOf(titleProp, kind, 'title');
  const subtitle = textOf(subtitleProp, kind, 'subtitle');
  const description = textOf(descriptionProp, kind, 'description');
  const theme = useThemeMode(themeProp);
  const plotRef = useRef<HTMLDivElement>(null);
  const figureRef = useRef<HTMLElement | null>(null);
  const setFigure = (element: HTMLElement | null) => {
    figureRef.current = element;
    if (typeof forwardedRef === 'function') forwardedRef(element);
    else if (forwardedRef) forwardedRef.current = element;
  };
  const width = useChartWidth(plotRef, fixedWidth);
  const height = plotHeightAt(width, aspectRatio, fixedHeight, plotHeight);
  const rtl = isRtl(resolvedLocale);
  const [showTable, setShowTable] = useState(false);
  const chartPoints = problems.length ? [] : points({ width, height });
  const navigation = usePointNavigation(chartPoints.length, rtl);
  const activePoint = navigation.active === null ? undefined : chartPoints[navigation.active];
  const Heading = headingLevel as ElementType;
  const fromData = useMemo(() => checkNotes(dataset, resolvedLocale, t), [dataset, resolvedLocale, t]);
  const allNotes = [...new Set([...fromData.notes, ...chartNotes, ...notes])];
  // The graphic's description, read once, as sentences: what it shows, its numbers, and what the checks
  // found. The subtitle is not repeated here: it is read as text right before the graphic.
  const graphicDescription = problems.length
    ? ''
    : joinSentences(
        [
          description ?? '',
          summary ?? '',
          ...fromData.statuses,
          fromData.checks.length
            ? `${t.check}: ${fromData.checks.map((figure) => publisherFigureText(figure, fromData.write, t)).join('; ')}`
            : '',
        ],
        t,
      );
  const hasChecks =
    !!dataset &&
    (!!dataset.verification ||
      dataset.rows.some((row) => !!(row as { verification?: unknown } | null)?.verification));
  const tableColumns = hasChecks
    ? [
        ...table.columns,
        {
          key: 'check',
          header: t.check,
          // A series' gap holds no figure, so no check: its cell stays empty beside "no data".
          cell: (row: Row) =>
            isSeriesGap(row) ? '' : checkCell(row, dataset?.verification, dataset?.unit, fromData.write, t),
        },
      ]
    : table.columns;

  return (
    <figure
      ref={setFigure}
      className={['sg-root', 'sg-chart', kind, className].filter(Boolean).join(' ')}
      data-sg-theme={theme}
      dir={rtl ? 'rtl' : 'ltr'}
      lang={resolvedLocale}
      aria-labelledby={ids.title}
      data-print-table={printTable === true ? '' : undefined}
      {...rest}
    >
      <div className="sg-chart__header">
        <Heading id={ids.title} className="sg-chart__title">
          {title}
        </Heading>
        {subtitle ? (
          <p id={`${ids.description}-sub`} className="sg-chart__subtitle">
            {subtitle}
          </p>
        ) : null}
        {graphicDescription ? (
          // `hidden`: read as the graphic's description, never a second time as page text.
          <p id={ids.description} hidden>
            {graphicDescription}
          </p>
        ) : null}
      </div>
      {legend && !problems.length ? legend : null}
      {problems.length ? (
        <div className="sg-chart__problem" role="note" aria-labelledby={`${ids.status}-problem`}>
          <p id={`${ids.status}-problem`}>{t.cantDraw}</p>
          <ul>
            {problems.slice(0, 5).map((problem, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two problems may read the same
              <li key={index}>{problem}</li>
            ))}
            {problems.length > 5 ? <li>{t.moreProblems(problems.length - 5)}</li> : null}
          </ul>
        </div>
      ) : (
        <div
          className={fixedHeight || plotHeight ? 'sg-chart__plot' : 'sg-chart__plot sg-chart__plot--aspect'}
          ref={plotRef}
        >
          {/* biome-ignore lint/a11y/noSvgWithoutTitle: named by aria-labelledby (the visible title), not a <title> */}
          <svg
            className="sg-chart__svg"
            role="img"
            aria-labelledby={ids.title}
            aria-describedby={graphicDescription ? ids.description : undefined}
            width={width}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            tabIndex={chartPoints.length ? 0 : undefined}
            onKeyDown={navigation.onKeyDown}
            onFocus={navigation.onFocus}
            onBlur={navigation.onBlur}
            onPointerLeave={() => navigation.setActive(null)}
          >
            {children({ width, height, active: navigation.active, setActive: navigation.setActive })}
          </svg>
          {activePoint ? (
            <Tooltip x={activePoint.x} y={activePoint.y} width={width}>
              {activePoint.label}
            </Tooltip>
          ) : null}
          <p className="sg-visually-hidden" role="status" aria-live="polite">
            {activePoint?.label ?? ''}
          </p>
        </div>
      )}
      {afterPlot && !problems.length ? afterPlot : null}
      {problems.length ? null : (
        <DataTable
          id={ids.table}
          visible={showTable}
          {...table}
          caption={textOf(table.caption) || title}
          columns={tableColumns}
        />
      )}
      <figcaption className="sg-chart__footer">
        <SourceLine model={fromData.source} write={fromData.write} words={t} />
        {allNotes.length ? (
          <ul className="sg-chart__notes" dir="auto">
            {allNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
        {problems.length ? null : (
          // "Show data" and the downloads in one row that wraps as a whole on a phone.
          <div className="sg-chart__actions">
            <button
              type="button"
              className="sg-chart__toggle"
              aria-expanded={showTable}
              aria-controls={ids.table}
              onClick={() => setShowTable((shown) => !shown)}
            >
              {showTable ? t.hideData : t.showData}
            </button>
            <Downloads
              kinds={downloadKinds(downloads)}
              dataset={dataset as FlattenableDataset | null}
              title={title ?? ''}
              subtitle={subtitle}
              figure={figureRef}
              locale={resolvedLocale}
              rtl={rtl}
              t={t}
              embedCode={typeof embedCode === 'string' && embedCode ? embedCode : undefined}
            />
          </div>
        )}
      </figcaption>
    </figure>
  );
}

/** Whether a table row is a series' gap (a period and why it has no figure), not a row of figures of any shape. */
function isSeriesGap(row: unknown): boolean {
  return !!row && typeof row === 'object' && 'reason' in row && 'period' in row && !('value' in row);
}
