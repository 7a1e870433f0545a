import { type ReactNode, useRef } from 'react';
import { useChartWidth } from '../hooks/useChartWidth';
import { usePointNavigation } from '../hooks/usePointNavigation';
import { plotHeightAt } from '../layout/plotHeight';
import { Tooltip } from './Tooltip';

/** A point a reader can move to with the keyboard, the pointer or a touch. */
export interface ChartPoint {
  /** Where the tooltip points, in plot pixels. */
  x: number;
  /** Where the tooltip points, in plot pixels. */
  y: number;
  /** The point's full text, e.g. "2024: 13 videos"; shown in the tooltip and announced. */
  label: string;
}

/** What a chart's drawing is given. */
export interface PlotArgs {
  width: number;
  height: number;
  /** The point the reader is on, or null. */
  active: number | null;
  /** Marks call this on pointer enter or touch. */
  setActive: (index: number | null) => void;
}

/** Props of {@link Plot}. */
export interface PlotProps {
  /** The title's id: it names the graphic when there is no description. */
  titleId: string;
  /** The description's id, when the graphic has one: it names the graphic. */
  descriptionId?: string;
  /** A fixed width to lay out for; without it the plot follows its container. */
  fixedWidth?: number;
  /** A fixed plot height. */
  fixedHeight?: number;
  /** The plot's height as a share of its width when no height is given. */
  aspectRatio: number;
  /** The plot's height for a width, for charts whose height follows their content. */
  plotHeight?: (width: number) => number;
  /** Right to left: the arrow keys follow the reading direction. */
  rtl: boolean;
  /** The points the keyboard, pointer and touch reach, at a size. */
  points: (size: { width: number; height: number }) => readonly ChartPoint[];
  children: (args: PlotArgs) => ReactNode;
}

/**
 * The graphic: an SVG named by the title and described by the description, laid out at its container's width,
 * with a tooltip and a live region for the point the reader is on. Keyboard: Tab focuses the plot, the arrow
 * keys move between points, Escape closes the tooltip.
 */
export function Plot({
  titleId,
  descriptionId,
  fixedWidth,
  fixedHeight,
  aspectRatio,
  plotHeight,
  rtl,
  points,
  children,
}: PlotProps) {
  const plotRef = useRef<HTMLDivElement>(null);
  const width = useChartWidth(plotRef, fixedWidth);
  const height = plotHeightAt(width, aspectRatio, fixedHeight, plotHeight);
  const chartPoints = points({ width, height });
  const navigation = usePointNavigation(chartPoints.length, rtl);
  const activePoint = navigation.active === null ? undefined : chartPoints[navigation.active];
  return (
    <div
      className={fixedHeight || plotHeight ? 'sg-chart__plot' : 'sg-chart__plot sg-chart__plot--aspect'}
      ref={plotRef}
    >
      {/* biome-ignore lint/a11y/noSvgWithoutTitle: named by aria-labelledby (the visible title), not a <title> */}
      <svg
        className="sg-chart__svg"
        role="img"
        // Named by its description, which says every figure; the title is the heading's and the figure's name,
        // so a screen reader says it once rather than again for the graphic.
        aria-labelledby={descriptionId ?? titleId}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        tabIndex={chartPoints.length ? 0 : undefined}
        onKeyDown={navigation.onKeyDown}
        onFocus={navigation.onFocus}
        onBlur={navigation.onBlur}
        onPointerLeave={() => navigation.setActive(null)}
      >
        {/* The drawing's own text (labels, ticks, values) is for the eye: the description says every figure once,
            so a screen reader does not also read each label as a group of its own. */}
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> takes no focus and nothing in the drawing does; the <svg> does */}
        <g aria-hidden="true">
          {children({ width, height, active: navigation.active, setActive: navigation.setActive })}
        </g>
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
  );
}
