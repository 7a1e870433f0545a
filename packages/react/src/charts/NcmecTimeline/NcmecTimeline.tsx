import type { Dataset, SeriesPoint } from '@safeguard-charts/data';
import { forwardRef, useMemo } from 'react';
import type { Notation } from '../../format';
import { ChartFrame, type CommonChartProps } from '../../frame/ChartFrame';
import { useChartLayout } from '../../hooks/useChart';
import type { Figures } from '../../hooks/useChartData';
import {
  columnPoints,
  scaleNotes,
  seriesLayoutOptions,
  seriesTableColumns,
  useSeriesChart,
} from '../../hooks/useSeriesChart';
import type { SeriesSlot, ValueScale } from '../../layout/columns';
import { Columns } from '../../marks/Columns';
import { layoutTimeline, pinnedAnnotations, type TimelineAnnotation } from './layout';

/** The plot's height as a share of its width. */
const ASPECT = 0.56;

/** Props of {@link NcmecTimeline}: the props every chart shares, and a series of periods. */
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
 * is never read as a full year; a period without a figure (the dataset's `gaps`) keeps its place, empty and
 * marked "no data", in the drawing, the description and the table; annotations can be attached to any period.
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
    const series = useSeriesChart('NcmecTimeline', {
      data,
      figures,
      locale: props.locale,
      messages: props.messages,
    });
    const { locale, t, patternId, dataset, problems, unit, rows, slots } = series;
    const pinned = useMemo(() => pinnedAnnotations(annotations, slots), [annotations, slots]);
    const { layoutAt, base } = useChartLayout(
      series,
      ({ rows }, width, height) =>
        layoutTimeline(rows, pinned, seriesLayoutOptions(series, width, height, { scale, notation })),
      [series.gaps, pinned, scale, notation],
      ASPECT,
    );
    const annotationNotes = pinned.map((a) => `${a.period}: ${a.text}${a.note ? ` — ${a.note}` : ''}`);
    const partialNote = rows.some((row) => row.period.partial) ? [t.partialNote] : [];

    return (
      <ChartFrame<SeriesSlot>
        {...props}
        chartNotes={[...partialNote, ...scaleNotes(scale, t), ...annotationNotes]}
        t={t}
        forwardedRef={ref}
        chart="NcmecTimeline"
        chartClass="sg-timeline"
        resolvedLocale={locale}
        dataset={dataset}
        aspectRatio={ASPECT}
        problems={problems}
        summary={base.columns.map((column) => column.label).join('; ')}
        table={{ caption: props.title, columns: seriesTableColumns(unit, locale, t), rows: slots }}
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
              {layout.annotations.map((annotation, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: annotations are in the page's order; two may repeat
                <g key={index}>
                  <line
                    className="sg-annotation-line"
                    x1={annotation.x}
                    x2={annotation.x}
                    y1={annotation.lineTop}
                    y2={annotation.lineBottom}
                  />
                  <text
                    className="sg-muted"
                    x={annotation.x}
                    y={4}
                    fontSize={12}
                    textAnchor={annotation.anchor}
                  >
                    {annotation.lines.map((line, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label are positions; two may read the same
                      <tspan key={i} x={annotation.x} dy={i === 0 ? 12 : 15}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                </g>
              ))}
            </g>
          );
        }}
      </ChartFrame>
    );
  },
);
