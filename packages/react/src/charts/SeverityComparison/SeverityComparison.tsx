import type { Dataset, ShareRow } from '@safeguard-charts/data';
import { validateShares } from '@safeguard-charts/data';
import { forwardRef } from 'react';
import { formatPercent } from '../../format';
import { useMessages } from '../../i18n/messages';
import { BarMark } from '../../primitives/BarMark';
import { ChartFrame, type CommonChartProps } from '../../primitives/ChartFrame';
import { textOf } from '../../primitives/props';
import { type Figures, useChartData } from '../../primitives/useChartData';
import { DEFAULT_WIDTH } from '../../primitives/useChartWidth';
import { useLayouts } from '../../primitives/useLayouts';
import { isRtl, useLocale } from '../../primitives/useLocale';
import { layoutSeverity } from './layout';

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
    const locale = useLocale(props.locale);
    const t = useMessages(locale, props.messages);
    const { dataset, problems } = useChartData('SeverityComparison', data, validateShares, figures, t);
    const rtl = isRtl(locale);
    const rows = dataset?.rows ?? [];
    const measure = textOf(measureLabel);
    const layoutAt = useLayouts(
      (width) => layoutSeverity(rows, { width, locale, rtl, measureLabel: measure, messages: t }),
      [rows, locale, rtl, measure, t],
    );
    const base = layoutAt(DEFAULT_WIDTH);
    const [first, second] = rows;
    const differenceNote =
      base.differenceText && first && second
        ? [
            t.difference({
              a: first.label,
              av: formatPercent(first.percent, { locale }),
              b: second.label,
              bv: formatPercent(second.percent, { locale }),
              points: base.differenceText,
            }),
          ]
        : [];
    return (
      <ChartFrame<ShareRow>
        {...props}
        forwardedRef={ref}
        kind="sg-severity"
        resolvedLocale={locale}
        dataset={dataset}
        chartNotes={differenceNote}
        plotHeight={(width) => layoutAt(width).height + 36}
        problems={problems}
        t={t}
        summary={[...base.bars.map((bar) => bar.text), base.differenceText].filter(Boolean).join('; ')}
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
          layoutAt(width).bars.map((bar) => ({ x: bar.valueX, y: bar.y, label: bar.text }))
        }
      >
        {({ width, active, setActive }) => {
          const layout = layoutAt(width);
          return (
            <g>
              {layout.bars.map((bar, index) => (
                <BarMark
                  // biome-ignore lint/suspicious/noArrayIndexKey: marks are positions in a fixed order; two rows may share a label
                  key={index}
                  index={index}
                  active={active}
                  setActive={setActive}
                  x={bar.barX}
                  y={bar.y}
                  width={bar.barWidth}
                  height={26}
                  emphasis={index === 0}
                >
                  <text x={layout.labelX} y={bar.y} textAnchor="end" fontSize={14} fontWeight={600}>
                    {bar.labelLines.map((line, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label are positions; two may read the same
                      <tspan key={i} x={layout.labelX} dy={17}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                  <text x={bar.valueX} y={bar.y + 13} dy="0.35em" fontSize={15} fontWeight={700}>
                    {bar.valueText}
                  </text>
                </BarMark>
              ))}
              <line
                className="sg-baseline"
                x1={layout.baselineX}
                x2={layout.baselineX}
                y1={0}
                y2={layout.height}
              />
              {layout.differenceText ? (
                <text
                  className="sg-callout"
                  x={layout.baselineX}
                  y={layout.height + 28}
                  textAnchor="start"
                  fontSize={14}
                >
                  {layout.differenceText}
                </text>
              ) : null}
            </g>
          );
        }}
      </ChartFrame>
    );
  },
);
