import type { Dataset, ProviderReport } from '@safeguard-charts/data';
import { validateProviderReports } from '@safeguard-charts/data';
import { forwardRef } from 'react';
import { formatValue, type Notation } from '../../format';
import { writtenValue } from '../../format/memo';
import { ChartFrame, type CommonChartProps } from '../../frame/ChartFrame';
import { type ChartSetup, useChart } from '../../hooks/useChart';
import type { Figures } from '../../hooks/useChartData';
import { RANKED } from '../../layout/bars';
import { Bars } from '../../marks/Bars';
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
  const { locale, t, dataset, problems, unit, layoutAt, base } = useChart(
    'ProviderBars',
    { ...props, data, figures },
    validateProviderReports,
    { unit: 'reports' },
    ({ rows, locale, unit, rtl, t }: ChartSetup<ProviderReport>, width) =>
      layoutProviderBars(rows, { width, locale, unit, notation, rtl, showShare, messages: t }),
    [notation, showShare],
  );
  // The summary reads the bars' sentences, which do not change with the width: the server's width serves.
  const { bars, total } = base;
  const shareNote =
    showShare && bars.length
      ? [
          t.shareNote({
            count: bars.length,
            total: t.valueWithUnit(formatValue(total, unit, { locale }), t.unit(unit, total)),
          }),
        ]
      : [];

  return (
    <ChartFrame<ProviderReport>
      {...props}
      forwardedRef={ref}
      chart="ProviderBars"
      chartClass="sg-provider-bars"
      resolvedLocale={locale}
      dataset={dataset}
      plotHeight={(width) => layoutAt(width).height}
      problems={problems}
      chartNotes={shareNote}
      t={t}
      summary={bars.map((bar) => bar.label).join('; ')}
      table={{
        caption: props.title,
        columns: [
          { key: 'provider', header: t.provider, cell: (row) => row.provider },
          {
            key: 'value',
            header: t.valueIn(t.unitName(unit)),
            align: 'end',
            cell: (row) => writtenValue(row.value, unit, locale),
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
      {({ width, active, setActive }) => (
        <Bars layout={layoutAt(width)} style={RANKED} active={active} setActive={setActive} />
      )}
    </ChartFrame>
  );
});
