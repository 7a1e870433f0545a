import type { HostingAggregate, HostingDataset, HostingRow, ValidationResult } from '@safeguard-charts/data';
import { validateHosting } from '@safeguard-charts/data';
import { forwardRef, useCallback, useMemo } from 'react';
import { formatNumber, formatPercent } from '../../format';
import { useMessages } from '../../i18n/messages';
import { ChartFrame, type CommonChartProps, plotHeightAt } from '../../primitives/ChartFrame';
import { MAP_MEASURES, type MapMeasure } from '../../primitives/choices';
import { type Figures, problemSentences, useChartData } from '../../primitives/useChartData';
import { DEFAULT_WIDTH } from '../../primitives/useChartWidth';
import { useLayouts } from '../../primitives/useLayouts';
import { useLocale } from '../../primitives/useLocale';
import { warnOnce } from '../../primitives/warnOnce';
import { countryName, layoutHostingMap, MAP_ASPECT, type MapRegion, mapRegionOf, measureOf } from './layout';

/** Props of {@link HostingMap}: the props every chart shares, and hosting by country. */
export interface HostingMapProps extends CommonChartProps {
  /** Hosting by country, e.g. `csamHosting`: ISO 3166-1 alpha-3 codes with a share and/or a count. */
  data: HostingDataset;
  /**
   * Colour countries by their share (`percent`) or by their `count`, one of `MAP_MEASURES`; any other value is
   * ignored, with a warning. @default 'percent' when the data has shares, else 'count'
   */
  measure?: MapMeasure;
  /** Outline aggregates such as the EU, with their share in the legend. @default true */
  showAggregates?: boolean;
  /** Show the seed's figures or, where a check found one, the publisher's. @default 'seed' */
  figures?: Figures;
  /**
   * List the countries with data under the map, largest first, each with its value and colour: the story of a
   * map whose countries are small (most hosting is in small European states) reads without the legend or a
   * zoom, above all on phones. @default true
   */
  showRanking?: boolean;
  /**
   * The part of the world the map shows, one of `MAP_REGIONS`: `'world'`, or `'europe'` (Iceland to the Caucasus,
   * the Mediterranean to the North Cape), where most of the hosting is in countries too small to read on a world
   * map, above all on a phone. A region's map is taller (0.6 of its width, the world's is 0.5) and clipped at the
   * plot's edges; countries with data outside it (the United States, Hong Kong on a map of Europe) are not
   * drawn or reachable by keyboard, but the ranked list, the data table and the map's description still name
   * them. Any other value draws the world, with a warning. @default 'world'
   */
  region?: MapRegion;
}

/** `measure` when it is one of {@link MAP_MEASURES}, else undefined (with a warning when something else was given). */
function measureOfProp(measure: unknown): MapMeasure | undefined {
  if (measure === undefined || measure === null) return undefined;
  if (typeof measure === 'string' && (MAP_MEASURES as readonly string[]).includes(measure))
    return measure as MapMeasure;
  warnOnce(`HostingMap: measure must be one of ${MAP_MEASURES.join(', ')}; it is ignored.`);
  return undefined;
}

/** No rows or aggregates: one empty list, so the layouts of a map without them are not made again each render. */
const NONE: readonly never[] = [];

/** "A, B and C" in the reader's language. */
function listFormat(locale: string): Intl.ListFormat {
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' });
  } catch {
    return new Intl.ListFormat('en', { type: 'conjunction' });
  }
}

/**
 * Unknown country codes do not stop the map: they are named in its notes, and the rest still draws (the
 * validator's copy leaves those rows out).
 */
function mapResult(result: ValidationResult<HostingDataset>): ValidationResult<HostingDataset> {
  const fatal = result.problems.filter((problem) => problem.field !== 'code');
  return { ...result, ok: fatal.length === 0, problems: fatal };
}

/**
 * A choropleth of where CSAM is hosted, of the world or of one region (`region`): each country with data
 * coloured by its share (or count), every other country drawn as "no data", never as zero. Countries too small
 * to see at the map's scale get a marker.
 * The map's geography (world-atlas, Natural Earth 1:110m) is bundled: it makes no network request.
 * Keyboard: Tab focuses the map, arrow keys move between countries with data, largest first.
 */
export const HostingMap = /* @__PURE__ */ forwardRef<HTMLElement, HostingMapProps>(function HostingMap(
  {
    data,
    measure: measureProp,
    showAggregates = true,
    figures = 'seed',
    showRanking = true,
    region: regionProp,
    ...props
  },
  ref,
) {
  const locale = useLocale(props.locale);
  const region = mapRegionOf(regionProp);
  const aspect = MAP_ASPECT[region];
  const t = useMessages(locale, props.messages);
  // Validated once: the map's problems, and the rows it leaves off for an unknown code, come from one read.
  const checked = useMemo(() => validateHosting(data), [data]);
  const validate = useCallback(() => mapResult(checked), [checked]);
  const { dataset, problems } = useChartData<HostingRow, HostingDataset>(
    'HostingMap',
    data,
    validate,
    figures,
    t,
  );
  const rows = dataset?.rows ?? NONE;
  const aggregates: readonly HostingAggregate[] =
    showAggregates && dataset ? (dataset.aggregates ?? NONE) : NONE;
  const measure =
    measureOfProp(measureProp) ?? (rows.some((row) => typeof row.percent === 'number') ? 'percent' : 'count');
  const unit = measure === 'percent' ? 'webpages' : (dataset?.unit ?? 'webpages');
  const codeProblems = dataset
    ? problemSentences(
        checked.problems.filter((p) => p.field === 'code'),
        t,
      ).map((sentence) => `${sentence} ${t.leftOffMap}`)
    : [];
  // One projection per size: the legend, the keyboard's points and the drawing share it.
  const layoutAt = useLayouts(
    (width, height) =>
      layoutHostingMap(rows, aggregates, { width, height, locale, measure, unit, messages: t, region }),
    [rows, aggregates, locale, measure, unit, t, region],
  );
  const base = layoutAt(DEFAULT_WIDTH, plotHeightAt(DEFAULT_WIDTH, aspect));
  // Each country's colour step, as the map draws it (a small state's marker has the same step; a country
  // outside a region's plot keeps the step it would be drawn in).
  const steps = new Map<string, number>([
    ...base.countries.map((c): [string, number] => [c.code, c.step]),
    ...base.markers.map((m): [string, number] => [m.code, m.step]),
    ...base.outside.map((o): [string, number] => [o.code, o.step]),
  ]);
  const sorted = [...rows].sort((a, b) => (measureOf(b, measure) ?? -1) - (measureOf(a, measure) ?? -1));
  // The description names every country with data, those outside a region's plot too, largest first.
  const rankOf = new Map(sorted.map((row, i): [string, number] => [row.code, i]));
  const described = base.outside.length
    ? [...base.points, ...base.outside].sort((a, b) => (rankOf.get(a.code) ?? 0) - (rankOf.get(b.code) ?? 0))
    : base.points;
  const aggregateNotes = aggregates.map((a) =>
    t.outlined({ name: a.name, value: formatPercent(a.percent, { locale }), period: a.period?.label ?? '' }),
  );

  return (
    <ChartFrame<HostingRow>
      {...props}
      forwardedRef={ref}
      kind="sg-hosting-map"
      resolvedLocale={locale}
      dataset={dataset}
      chartNotes={[
        ...aggregateNotes,
        // Said in the notes too, so an image of the region (whose ranked list stays on the page) names them.
        ...(base.outside.length
          ? [t.notOnMap(listFormat(locale).format(base.outside.map((country) => country.label)))]
          : []),
        ...codeProblems,
      ]}
      plotHeight={(width) => Math.round(width * aspect)}
      problems={problems}
      t={t}
      summary={described.map((point) => point.label).join('; ')}
      afterPlot={
        showRanking && sorted.length ? (
          <ol
            className="sg-ranking"
            aria-label={t.labelled(t.country, measure === 'percent' ? t.legendShare : t.legendCount)}
          >
            {sorted.map((row, i) => {
              const value = measureOf(row, measure);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are sorted positions; codes are unique but may be missing
                <li key={i} className="sg-ranking__item">
                  <span className="sg-legend__swatch" data-step={steps.get(row.code) ?? 0} />
                  <span className="sg-ranking__name">{countryName(row.code, locale, row.name)}</span>{' '}
                  <span className="sg-ranking__value">
                    {value === undefined
                      ? '—'
                      : measure === 'percent'
                        ? formatPercent(value, { locale })
                        : formatNumber(value, { locale })}
                  </span>
                </li>
              );
            })}
          </ol>
        ) : null
      }
      legend={
        <ul className="sg-legend" aria-label={measure === 'percent' ? t.legendShare : t.legendCount}>
          {base.legend.map((item) => (
            <li key={item.step}>
              <span className="sg-legend__swatch" data-step={item.step} />
              {item.text}
            </li>
          ))}
          <li>
            <span className="sg-legend__swatch" data-step={0} />
            {t.noData}
          </li>
          {aggregates.map((a, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: aggregates are in the data's order; two may share a code
            <li key={i}>
              <span className="sg-legend__swatch sg-legend__swatch--outline" />
              {a.name}: {formatPercent(a.percent, { locale })}
            </li>
          ))}
        </ul>
      }
      table={{
        caption: props.title,
        columns: [
          { key: 'name', header: t.country, cell: (row) => countryName(row.code, locale, row.name) },
          { key: 'code', header: t.code, cell: (row) => row.code },
          {
            key: 'percent',
            header: t.shareHeader,
            align: 'end',
            cell: (row) => (typeof row.percent === 'number' ? formatPercent(row.percent, { locale }) : '—'),
          },
          {
            key: 'count',
            header: t.countIn(t.unitName(dataset?.unit === 'percent' ? 'webpages' : (dataset?.unit ?? ''))),
            align: 'end',
            cell: (row) => (typeof row.count === 'number' ? formatNumber(row.count, { locale }) : '—'),
          },
        ],
        rows: sorted,
      }}
      points={({ width, height }) => layoutAt(width, height).points}
    >
      {({ width, height, active, setActive }) => {
        const layout = layoutAt(width, height);
        const activeCode = active === null ? undefined : layout.points[active]?.code;
        const transform = layout.scale === 1 ? undefined : `scale(${+layout.scale.toFixed(5)})`;
        return (
          <g>
            {/* The paths are projected once and scaled to the plot: a new width never projects them again. */}
            <g className="sg-countries" transform={transform}>
              {layout.countries.map((country) => (
                <path
                  key={country.code}
                  className="sg-country"
                  data-step={country.step}
                  data-code={country.code}
                  d={country.d}
                  onPointerEnter={
                    country.step
                      ? () => setActive(layout.points.findIndex((p) => p.code === country.code))
                      : undefined
                  }
                  onPointerDown={
                    country.step
                      ? () => setActive(layout.points.findIndex((p) => p.code === country.code))
                      : undefined
                  }
                />
              ))}
            </g>
            {layout.outlines.length ? (
              <g transform={transform}>
                {layout.outlines.map((outline) => (
                  <path key={outline.code} className="sg-map-outline" d={outline.d} />
                ))}
              </g>
            ) : null}
            {layout.markers.map((marker) => (
              <circle
                key={marker.code}
                className="sg-map-marker"
                data-step={marker.step}
                cx={marker.x}
                cy={marker.y}
                r={5}
                onPointerEnter={() => setActive(layout.points.findIndex((p) => p.code === marker.code))}
                onPointerDown={() => setActive(layout.points.findIndex((p) => p.code === marker.code))}
              />
            ))}
            {activeCode
              ? layout.points
                  .filter((p) => p.code === activeCode)
                  .map((p) => <circle key="focus" className="sg-focus-ring" cx={p.x} cy={p.y} r={9} />)
              : null}
          </g>
        );
      }}
    </ChartFrame>
  );
});
