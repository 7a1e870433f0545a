import type { Dataset, ShareRow } from '@safeguard-charts/data';
import { validateShares } from '@safeguard-charts/data';
import { forwardRef } from 'react';
import { formatPercent } from '../../format';
import { useMessages } from '../../i18n/messages';
import { ChartFrame, type CommonChartProps } from '../../primitives/ChartFrame';
import { type Figures, useChartData } from '../../primitives/useChartData';
import { useLayouts } from '../../primitives/useLayouts';
import { isRtl, useLocale } from '../../primitives/useLocale';
import { wrapText } from '../../primitives/wrapText';
import { layoutWaffle } from './layout';

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
  const locale = useLocale(props.locale);
  const t = useMessages(locale, props.messages);
  const { dataset, problems } = useChartData('ShareChart', data, validateShares, figures, t);
  const rtl = isRtl(locale);
  const rows = dataset?.rows ?? [];
  const share = rows[index];
  const missing = dataset && !share ? [t.noRow(Number(index) + 1)] : [];
  const valueText = share ? formatPercent(share.percent, { locale }) : '';
  const sentence = share ? t.shareOf(valueText, share.of ?? '') : '';
  const label = share ? t.labelled(share.label, sentence) : '';
  const percent = share?.percent ?? 0;
  const layoutAt = useLayouts((width, height) => layoutWaffle(percent, width, height, rtl), [percent, rtl]);
  return (
    <ChartFrame<ShareRow>
      {...props}
      forwardedRef={ref}
      kind="sg-share"
      resolvedLocale={locale}
      dataset={dataset}
      plotHeight={(width) => Math.min(220, Math.max(120, Math.round(width * 0.3)))}
      problems={[...problems, ...missing]}
      t={t}
      summary={label}
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
      points={({ width, height }) => (share ? [{ x: layoutAt(width, height).textX, y: 12, label }] : [])}
    >
      {({ width, height, active }) => {
        const layout = layoutAt(width, height);
        return (
          <g>
            {layout.cells.map((cell, i) => (
              <rect
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positions
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
                x={Math.min(...layout.cells.map((c) => c.x)) - 4}
                y={0}
                width={layout.size * 10 + 4}
                height={layout.size * 10 + 4}
              />
            ) : null}
            <text
              x={layout.textX}
              y={Math.min(height, layout.size * 10) / 2}
              fontSize={40}
              fontWeight={700}
              className="sg-callout"
            >
              {valueText}
            </text>
            <text x={layout.textX} y={Math.min(height, layout.size * 10) / 2 + 10} fontSize={14}>
              {wrapText(
                share?.label ?? '',
                rtl ? layout.textX - 8 : width - layout.textX - 8,
                14,
                3,
                locale,
              ).map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label are positions; two may read the same
                <tspan key={i} x={layout.textX} dy={18}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      }}
    </ChartFrame>
  );
});
