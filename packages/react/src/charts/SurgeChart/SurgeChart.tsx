import { type Dataset, joinSentences, type SeriesPoint } from '@safeguard-charts/data';
import { forwardRef } from 'react';
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
import type { Messages } from '../../i18n/types';
import type { SeriesSlot, ValueScale } from '../../layout/columns';
import { Columns } from '../../marks/Columns';
import { layoutSurge, type SurgeLayout } from './layout';

/** Props of {@link SurgeChart}: the props every chart shares, and a series of periods. */
export interface SurgeChartProps extends CommonChartProps {
  /**
   * Two or more periods of one count, e.g. `iwfAiVideos` (13 in 2024, 3,443 in 2025). Its `gaps` (periods
   * without a figure) are drawn as empty slots marked "no data" and are never an end of the change.
   */
  data: Dataset<SeriesPoint>;
  /**
   * `linear` keeps bar lengths proportional; the smallest positive bar is still drawn a few pixels tall and
   * labelled. `log` spreads values of very different size, with a note saying so. @default 'linear'
   */
  scale?: ValueScale;
  /** Show the seed's figures or, where a check found one, the publisher's. @default 'seed' */
  figures?: Figures;
  /** `full` ("3,443") or `compact` ("3.4K") value labels. @default 'full' */
  notation?: Notation;
}

const defaults = { scale: 'linear', figures: 'seed', notation: 'full' } satisfies Partial<SurgeChartProps>;

/** The plot's height as a share of its width. */
const ASPECT = 0.56;

/**
 * The before-and-after surge: one column per period and the percent change to the last period from the
 * earliest period of the same length, computed from the data (13 → 3,443 is +26,385%) and called out over the
 * bars. A full year is never compared with a half year: H1 2025 is compared with H1 2024 when the data has it,
 * and otherwise no change is shown and a note says why.
 */
export const SurgeChart = /* @__PURE__ */ forwardRef<HTMLElement, SurgeChartProps>(function SurgeChart(
  { data, scale = defaults.scale, figures = defaults.figures, notation = defaults.notation, ...props },
  ref,
) {
  const series = useSeriesChart('SurgeChart', {
    data,
    figures,
    locale: props.locale,
    messages: props.messages,
  });
  const { locale, t, patternId, dataset, problems, unit, rows, slots } = series;
  const tooFew = dataset && rows.length < 2 ? [t.needTwoPeriods] : [];
  const { layoutAt, base } = useChartLayout(
    series,
    ({ rows }, width, height) =>
      layoutSurge(rows, seriesLayoutOptions(series, width, height, { scale, notation })),
    [series.gaps, scale, notation],
    ASPECT,
  );
  const refusal = !problems.length && base.refusal ? [base.refusal] : [];

  return (
    <ChartFrame<SeriesSlot>
      {...props}
      chartNotes={[...refusal, ...scaleNotes(scale, t)]}
      t={t}
      forwardedRef={ref}
      chart="SurgeChart"
      chartClass="sg-surge"
      resolvedLocale={locale}
      dataset={dataset}
      aspectRatio={ASPECT}
      problems={[...problems, ...tooFew]}
      summary={summaryAt(base, t)}
      table={{ caption: props.title, columns: seriesTableColumns(unit, locale, t), rows: slots }}
      points={({ width, height }) => columnPoints(layoutAt(width, height))}
    >
      {({ width, height, active, setActive }) => {
        const layout = layoutAt(width, height);
        const callout = layout.changeText ? layout.callout : undefined;
        return (
          <g>
            <Columns
              partialLabel={t.partialPeriod}
              layout={layout}
              patternId={patternId}
              active={active}
              setActive={setActive}
              emphasis={layout.toIndex}
            />
            {callout ? (
              <g>
                <path className="sg-callout-line" d={callout.path} />
                <text
                  className="sg-callout"
                  x={callout.x}
                  y={callout.changeY}
                  textAnchor="middle"
                  fontSize={18}
                >
                  {callout.stacked ? (
                    <>
                      {layout.changeText}
                      <tspan
                        className="sg-muted"
                        fontSize={13}
                        fontWeight={400}
                        x={callout.x}
                        y={callout.spanY}
                      >
                        {layout.changeSpan}
                      </tspan>
                    </>
                  ) : (
                    <>
                      {layout.changeText}
                      <tspan className="sg-muted" fontSize={13} fontWeight={400} dx={6}>
                        {layout.changeSpan}
                      </tspan>
                    </>
                  )}
                </text>
              </g>
            ) : null}
          </g>
        );
      }}
    </ChartFrame>
  );
});

function summaryAt(layout: SurgeLayout, t: Messages): string {
  const values = layout.columns.map((column) => column.label).join('; ');
  return joinSentences(
    [layout.changeText ? `${layout.changeText} ${layout.changeSpan}` : layout.refusal, values],
    t,
  );
}
