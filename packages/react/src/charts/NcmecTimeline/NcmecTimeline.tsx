import type { Dataset, SeriesPoint } from '@safeguard-charts/data';
import { forwardRef } from 'react';
import type { Notation } from '../../format';
import { ChartFrame, type CommonChartProps } from '../../primitives/ChartFrame';
import { Columns } from '../../primitives/Columns';
import { layoutColumns, type ValueScale } from '../../primitives/layoutColumns';
import { columnPoints, scaleNotes, seriesTableColumns, useSeriesChart } from '../../primitives/series';
import type { Figures } from '../../primitives/useChartData';
import { wrapText } from '../../primitives/wrapText';

/** A remark pinned to one period of the timeline. */
export interface TimelineAnnotation {
  /** The period's label as the data writes it, e.g. `H1 2025`. */
  period: string;
  /** Short text drawn over the chart: "380,000 from Amazon AI Services". */
  text: string;
  /** What a reader must know to read it right; shown under the chart with the text. */
  note?: string;
}

export interface NcmecTimelineProps extends CommonChartProps {
  /** Reports over time, e.g. `ncmecAiReports` (4,700 in 2023, 67,000 in 2024, 485,000 in H1 2025). */
  data: Dataset<SeriesPoint>;
  /** Remarks attached to periods. */
  annotations?: readonly TimelineAnnotation[];
  /** Show the seed's figures or, where a check found one, the publisher's. @default 'seed' */
  figures?: Figures;
  /** `linear` or `log` value scale. @default 'linear' */
  scale?: ValueScale;
  /** `full` ("485,000") or `compact` ("485K") value labels. @default 'full' */
  notation?: Notation;
}

const defaults = { figures: 'seed', scale: 'linear', notation: 'full' } satisfies Partial<NcmecTimelineProps>;

/**
 * Reports per period. A partial period (H1 2025) is hatched, outlined and labelled "partial period", so it
 * is never read as a full year; annotations can be attached to any period.
 */
export const NcmecTimeline = /* @__PURE__ */ forwardRef<HTMLElement, NcmecTimelineProps>(
  function NcmecTimeline(
    {
      data,
      annotations = [],
      figures = defaults.figures,
      scale = defaults.scale,
      notation = defaults.notation,
      ...props
    },
    ref,
  ) {
    const { locale, t, rtl, patternId, dataset, problems, unit, rows } = useSeriesChart(
      'NcmecTimeline',
      data,
      figures,
      props.locale,
      props.messages,
    );
    // Only well-formed annotations for periods the data has: a page's bad annotation is dropped, not drawn.
    const pinned = (Array.isArray(annotations) ? annotations : []).filter(
      (a): a is TimelineAnnotation =>
        !!a &&
        typeof a.period === 'string' &&
        typeof a.text === 'string' &&
        (a.note === undefined || typeof a.note === 'string') &&
        rows.some((row) => row.period.label === a.period),
    );
    const topSpace = pinned.length ? 76 : 28;
    const layoutAt = (width: number, height: number) =>
      layoutColumns(rows, { width, height, locale, unit, scale, notation, rtl, topSpace, messages: t });
    const annotationNotes = pinned.map((a) => `${a.period}: ${a.text}${a.note ? ` — ${a.note}` : ''}`);
    const partialNote = rows.some((row) => row.period.partial) ? [t.partialNote] : [];

    return (
      <ChartFrame<SeriesPoint>
        {...props}
        chartNotes={[...partialNote, ...scaleNotes(scale, t), ...annotationNotes]}
        t={t}
        forwardedRef={ref}
        kind="sg-timeline"
        resolvedLocale={locale}
        dataset={dataset}
        aspectRatio={0.56}
        problems={problems}
        summary={layoutAt(640, 360)
          .columns.map((column) => column.label)
          .join('; ')}
        table={{ caption: props.title, columns: seriesTableColumns(unit, locale, t), rows }}
        points={({ width, height }) => columnPoints(layoutAt(width, height))}
      >
        {({ width, height, active, setActive }) => {
          const layout = layoutAt(width, height);
          return (
            <g>
              <Columns
                layout={layout}
                patternId={patternId}
                active={active}
                setActive={setActive}
                partialLabel={t.partialPeriod}
              />
              {pinned.map((annotation, index) => {
                const column = layout.columns.find((c) => c.periodLabel === annotation.period);
                if (!column) return null;
                const lines = wrapText(annotation.text, Math.min(220, width * 0.45), 12, 2, locale);
                // Text anchors are logical (they flip with dir="rtl"); pick the physical side first.
                const side =
                  column.cx > width * 0.66 ? 'right' : column.cx < width * 0.33 ? 'left' : 'middle';
                const anchor = side === 'middle' ? 'middle' : (side === 'right') !== rtl ? 'end' : 'start';
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: annotations are in the page's order; two may repeat
                  <g key={index}>
                    <line
                      className="sg-annotation-line"
                      x1={column.cx}
                      x2={column.cx}
                      y1={8 + lines.length * 15}
                      y2={column.y - 24}
                    />
                    <text className="sg-muted" x={column.cx} y={4} fontSize={12} textAnchor={anchor}>
                      {lines.map((line, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label are positions; two may read the same
                        <tspan key={i} x={column.cx} dy={i === 0 ? 12 : 15}>
                          {line}
                        </tspan>
                      ))}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        }}
      </ChartFrame>
    );
  },
);
