import type { Dataset, ShareRow } from '@safeguard-charts/data';
import { validateShares } from '@safeguard-charts/data';
import { forwardRef } from 'react';
import { formatPercent } from '../../format';
import { ChartFrame, type CommonChartProps } from '../../frame/ChartFrame';
import { type ChartSetup, useChart } from '../../hooks/useChart';
import type { Figures } from '../../hooks/useChartData';
import { COMPARED } from '../../layout/bars';
import { TYPE } from '../../layout/type';
import { Bars } from '../../marks/Bars';
import { textOf } from '../../props/props';
import { layoutSeverity, severityMarks } from './layout';

/** Props of {@link SeverityComparison}: the props every chart shares, and the shares to compare. */
export interface SeverityComparisonProps extends CommonChartProps {
  /** Two or more shares to compare, e.g. `iwfSeverity` (Category A: 65% of AI videos, 43% of non-AI videos). */
  data: Dataset<ShareRow>;
  /** What each share is a share of, after the value: "Category A". @default '' */
  measureLabel?: string;
  /** Show the seed's figures or, where a check found one, the publisher's. @default 'seed' */
  figures?: Figures;
}

/**
 * Shares side by side on one 0–100% scale, with the difference between the first two called out in
 * percentage points (65% vs 43% is +22 points), computed from the data.
 */
export const SeverityComparison = /* @__PURE__ */ forwardRef<HTMLElement, SeverityComparisonProps>(
  function SeverityComparison({ data, measureLabel = '', figures = 'seed', ...props }, ref) {
    const measure = textOf(measureLabel);
    const { locale, t, dataset, problems, rows, layoutAt, base } = useChart(
      'SeverityComparison',
      { ...props, data, figures },
      validateShares,
      { unit: 'percent' },
      ({ rows, locale, rtl, t }: ChartSetup<ShareRow>, width) => {
        const layout = layoutSeverity(rows, { width, locale, rtl, measureLabel: measure, messages: t });
        return { layout, marks: severityMarks(layout) };
      },
      [measure],
    );
    const [first, second] = rows;
    // The graphic's description: the two shares and their difference in one sentence, said once.
    const summary =
      base.layout.differenceText && first && second
        ? t.difference({
            a: first.label,
            av: `${formatPercent(first.percent, { locale })} ${measure}`.trim(),
            b: second.label,
            bv: `${formatPercent(second.percent, { locale })} ${measure}`.trim(),
            points: base.layout.differenceText,
          })
        : base.layout.bars.map((bar) => bar.text).join('; ');
    return (
      <ChartFrame<ShareRow>
        {...props}
        forwardedRef={ref}
        chart="SeverityComparison"
        chartClass="sg-severity"
        resolvedLocale={locale}
        dataset={dataset}
        plotHeight={(width) => layoutAt(width).layout.height + 36}
        problems={problems}
        t={t}
        summary={summary}
        table={{
          caption: props.title,
          columns: [
            { key: 'label', header: t.group, cell: (row) => row.label },
            {
              key: 'percent',
              header: t.shareHeader,
              align: 'end',
              cell: (row) => formatPercent(row.percent, { locale }),
            },
          ],
          rows,
        }}
        points={({ width }) =>
          layoutAt(width).layout.bars.map((bar) => ({ x: bar.valueX, y: bar.y, label: bar.text }))
        }
      >
        {({ width, active, setActive }) => {
          const { layout, marks } = layoutAt(width);
          return (
            <Bars layout={marks} style={COMPARED} active={active} setActive={setActive} emphasis={0}>
              {layout.differenceText ? (
                <text
                  className="sg-callout"
                  x={layout.baselineX}
                  y={layout.height + 28}
                  textAnchor="start"
                  fontSize={TYPE.label}
                >
                  {layout.differenceText}
                </text>
              ) : null}
            </Bars>
          );
        }}
      </ChartFrame>
    );
  },
);
