import type { Dataset, ProviderReport } from '@safeguard-charts/data';
import { validateProviderReports } from '@safeguard-charts/data';
import { forwardRef } from 'react';
import { formatValue, type Notation } from '../../format';
import { useMessages } from '../../i18n/messages';
import { BarMark } from '../../primitives/BarMark';
import { ChartFrame, type CommonChartProps } from '../../primitives/ChartFrame';
import { type Figures, useChartData } from '../../primitives/useChartData';
import { DEFAULT_WIDTH } from '../../primitives/useChartWidth';
import { useLayouts } from '../../primitives/useLayouts';
import { isRtl, useLocale } from '../../primitives/useLocale';
import { layoutProviderBars, providerBadge } from './layout';

/** Props of {@link ProviderBars}: the props every chart shares, and the providers' reports. */
export interface ProviderBarsProps extends CommonChartProps {
  /** Reports per provider, e.g. `ncmecProviderReports`, or your own dataset of the same type. */
  data: Dataset<ProviderReport>;
  /** Show the seed's figures or, where a check found one, the publisher's. @default 'seed' */
  figures?: Figures;
  /** `full` ("32,079") or `compact` ("32K") value labels. @default 'full' */
  notation?: Notation;
  /**
   * Show each provider's share of the total of these figures beside its value. Off by default: such shares
   * are computed here, not published, and mean nothing beyond the figures shown. @default false
   */
  showShare?: boolean;
}

const defaults = {
  figures: 'seed',
  notation: 'full',
  showShare: false,
} satisfies Partial<ProviderBarsProps>;

/**
 * Horizontal bars, one per provider, largest first, each labelled with its value (and, with `showShare`, its
 * share of the total of these figures), badges for a new reporter or the change on the year before, and the
 * check's status in words for every figure that is not confirmed. Long provider names wrap.
 */
export const ProviderBars = /* @__PURE__ */ forwardRef<HTMLElement, ProviderBarsProps>(function ProviderBars(
  {
    data,
    figures = defaults.figures,
    notation = defaults.notation,
    showShare = defaults.showShare,
    ...props
  },
  ref,
) {
  const locale = useLocale(props.locale);
  const t = useMessages(locale, props.messages);
  const { dataset, problems } = useChartData('ProviderBars', data, validateProviderReports, figures, t);
  const rtl = isRtl(locale);
  const unit = dataset?.unit ?? 'reports';
  const rows = dataset?.rows;
  const layoutAt = useLayouts(
    (width) => layoutProviderBars(rows ?? [], { width, locale, unit, notation, rtl, showShare, messages: t }),
    [rows, locale, unit, notation, rtl, showShare, t],
  );
  // The summary reads the bars' sentences, which do not change with the width: the server's width serves.
  const base = layoutAt(DEFAULT_WIDTH);
  const shareNote =
    showShare && base.bars.length
      ? [
          t.shareNote({
            count: base.bars.length,
            total: t.valueWithUnit(formatValue(base.total, unit, { locale }), t.unit(unit, base.total)),
          }),
        ]
      : [];

  return (
    <ChartFrame<ProviderReport>
      {...props}
      forwardedRef={ref}
      kind="sg-provider-bars"
      resolvedLocale={locale}
      dataset={dataset}
      plotHeight={(width) => layoutAt(width).height}
      problems={problems}
      chartNotes={shareNote}
      t={t}
      summary={base.bars.map((bar) => bar.label).join('; ')}
      table={{
        caption: props.title,
        columns: [
          { key: 'provider', header: t.provider, cell: (row) => row.provider },
          {
            key: 'value',
            header: t.valueIn(t.unitName(unit)),
            align: 'end',
            cell: (row) => formatValue(row.value, unit, { locale }),
          },
          {
            key: 'note',
            header: t.change,
            cell: (row) => providerBadge(row, t),
          },
        ],
        rows: dataset ? [...dataset.rows].sort((a, b) => b.value - a.value) : [],
      }}
      points={({ width }) =>
        layoutAt(width).bars.map((bar) => ({
          x: bar.valueX,
          y: bar.barY,
          label: bar.label,
        }))
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
                y={bar.barY}
                width={bar.barWidth}
                height={bar.barHeight}
              >
                <text x={layout.labelX} y={bar.rowY} textAnchor="end" fontSize={14}>
                  {bar.nameLines.map((line, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label are positions; two may read the same
                    <tspan key={i} x={layout.labelX} dy={i === 0 ? 13 : 17} fontWeight={600}>
                      {line}
                    </tspan>
                  ))}
                  {bar.badgeLines.map((line, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label are positions; two may read the same
                    <tspan key={i} x={layout.labelX} dy={17} className="sg-muted" fontSize={12}>
                      {line}
                    </tspan>
                  ))}
                  {bar.status ? (
                    <tspan x={layout.labelX} dy={17} className="sg-status" fontSize={12}>
                      {bar.status}
                    </tspan>
                  ) : null}
                </text>
                <text
                  x={bar.valueX}
                  y={bar.barY + bar.barHeight / 2}
                  dy="0.35em"
                  textAnchor="start"
                  fontSize={14}
                >
                  <tspan fontWeight={600}>{bar.valueText}</tspan>
                  {bar.shareText ? (
                    <tspan className="sg-muted" dx={6}>
                      {bar.shareText}
                    </tspan>
                  ) : null}
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
          </g>
        );
      }}
    </ChartFrame>
  );
});
