import type { Dataset, ShareRow } from '@safeguard-charts/data';
import { validateShares } from '@safeguard-charts/data';
import { forwardRef } from 'react';
import { formatPercent } from '../../format';
import { ChartFrame, type CommonChartProps } from '../../frame/ChartFrame';
import { type ChartSetup, useChart } from '../../hooks/useChart';
import type { Figures } from '../../hooks/useChartData';
import { LINE, TYPE, WEIGHT } from '../../layout/type';
import { Lines } from '../../marks/Lines';
import { layoutShareChart, shareChartHeight } from './layout';

/** Props of {@link ShareChart}: the props every chart shares, and the share to draw. */
export interface ShareChartProps extends CommonChartProps {
  /** Percentages of a whole, e.g. `iwfVictimSex` (97% of victims depicted as girls) or `forumStudy`. */
  data: Dataset<ShareRow>;
  /** Which row to draw. @default 0 */
  row?: number;
  /** Show the seed's figures or, where a check found one, the publisher's. @default 'seed' */
  figures?: Figures;
}

/**
 * One share of a whole as a waffle of 100 cells, with the percentage and its label written beside it,
 * for any percentage: 97% of victims depicted as girls, 90% realistic enough to prosecute, 78% of reports.
 */
export const ShareChart = /* @__PURE__ */ forwardRef<HTMLElement, ShareChartProps>(function ShareChart(
  { data, row: index = 0, figures = 'seed', ...props },
  ref,
) {
  const { locale, t, dataset, problems, rows, layoutAt, base } = useChart(
    'ShareChart',
    { ...props, data, figures },
    validateShares,
    { unit: 'percent', plotHeight: shareChartHeight },
    ({ rows, rtl, locale, t }: ChartSetup<ShareRow>, width, height) =>
      layoutShareChart(rows[index], { width, height, rtl, locale, messages: t }),
    [index],
  );
  const share = rows[index];
  const missing = dataset && !share ? [t.noRow(Number(index) + 1)] : [];
  return (
    <ChartFrame<ShareRow>
      {...props}
      forwardedRef={ref}
      chart="ShareChart"
      chartClass="sg-share"
      resolvedLocale={locale}
      dataset={dataset}
      plotHeight={shareChartHeight}
      problems={[...problems, ...missing]}
      t={t}
      summary={base.label}
      table={{
        caption: props.title,
        columns: [
          { key: 'label', header: t.shareHeader, cell: (row) => row.label },
          {
            key: 'percent',
            header: t.percentHeader,
            align: 'end',
            cell: (row) => formatPercent(row.percent, { locale }),
          },
          { key: 'of', header: t.ofHeader, cell: (row) => row.of ?? '' },
        ],
        rows,
      }}
      points={({ width, height }) => {
        const layout = layoutAt(width, height);
        return share ? [{ x: layout.waffle.textX, y: 12, label: layout.label }] : [];
      }}
    >
      {({ width, height, active }) => {
        const { waffle, valueText, labelLines, valueY, labelY, ringX } = layoutAt(width, height);
        return (
          <g>
            {waffle.cells.map((cell, i) => (
              <rect
                // biome-ignore lint/suspicious/noArrayIndexKey: the i-th cell is the i-th percent: its index is what it is
                key={i}
                className={cell.filled ? 'sg-waffle-cell sg-waffle-cell--filled' : 'sg-waffle-cell'}
                x={cell.x}
                y={cell.y}
                width={cell.size}
                height={cell.size}
                rx={1}
              />
            ))}
            {active === 0 ? (
              <rect
                className="sg-focus-ring"
                x={ringX}
                y={0}
                width={waffle.size * 10 + 4}
                height={waffle.size * 10 + 4}
              />
            ) : null}
            <text
              x={waffle.textX}
              y={valueY}
              fontSize={TYPE.figure}
              fontWeight={WEIGHT.bold}
              className="sg-callout"
            >
              {valueText}
            </text>
            <text x={waffle.textX} y={labelY} fontSize={TYPE.label}>
              <Lines lines={labelLines} x={waffle.textX} dy={LINE.loose} />
            </text>
          </g>
        );
      }}
    </ChartFrame>
  );
});
