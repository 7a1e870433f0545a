import type { HostingDataset, HostingRow, ValidationResult } from '@safeguard-charts/data';
import { validateHosting } from '@safeguard-charts/data';
import { forwardRef, useCallback, useMemo } from 'react';
import { formatNumber, formatPercent } from '../../format';
import { ChartFrame, type CommonChartProps } from '../../frame/ChartFrame';
import { type ChartSetup, useChart } from '../../hooks/useChart';
import { type Figures, problemSentences } from '../../hooks/useChartData';
import { MAP_MEASURES, type MapMeasure } from '../../props/choices';
import { oneOf } from '../../props/props';
import {
  countryName,
  describeHostingMap,
  layoutHostingMap,
  MAP_ASPECT,
  type MapRegion,
  mapMeasureOf,
  mapRegionOf,
} from './layout';

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

/** No rows or aggregates: one empty list, so the layouts of a map without them are not made again each render. */
const NONE: readonly never[] = [];

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
  const region = mapRegionOf(regionProp);
  const aspect = MAP_ASPECT[region];
  const asked = oneOf('HostingMap', 'measure', measureProp, MAP_MEASURES, undefined);
  // Validated once: the map's problems, and the rows it leaves off for an unknown code, come from one read.
  const checked = useMemo(() => validateHosting(data), [data]);
  const validate = useCallback(() => mapResult(checked), [checked]);
  // One projection per size: the legend, the keyboard's points, the drawing and the words beside it share it.
  const { locale, t, dataset, problems, layoutAt, base } = useChart(
    'HostingMap',
    { ...props, data, figures },
    validate,
    { unit: 'webpages', aspectRatio: aspect },
    ({ rows, dataset, unit, locale, t }: ChartSetup<HostingRow, HostingDataset>, width, height) => {
      const measure = mapMeasureOf(rows, asked);
      const aggregates = showAggregates && dataset ? (dataset.aggregates ?? NONE) : NONE;
      const map = layoutHostingMap(rows, aggregates, {
        width,
        height,
        locale,
        measure,
        unit: measure === 'percent' ? 'webpages' : unit,
        messages: t,
        region,
      });
      return { map, measure, ...describeHostingMap(map, rows, aggregates, { locale, measure, messages: t }) };
    },
    [asked, showAggregates, region],
  );
  const { sorted, ranking } = base;
  const codeProblems = dataset
    ? problemSentences(
        checked.problems.filter((p) => p.field === 'code'),
        t,
      ).map((sentence) => `${sentence} ${t.leftOffMap}`)
    : [];

  return (
    <ChartFrame<HostingRow>
      {...props}
      forwardedRef={ref}
      chart="HostingMap"
      chartClass="sg-hosting-map"
      resolvedLocale={locale}
      dataset={dataset}
      chartNotes={[...base.notes, ...codeProblems]}
      plotHeight={(width) => Math.round(width * aspect)}
      problems={problems}
      t={t}
      summary={base.summary}
      afterPlot={
        showRanking && ranking.length ? (
          // For the eye: the map's description says the same countries and figures, in the same order, once.
          <ol className="sg-ranking" aria-hidden="true">
            {ranking.map((country, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are sorted positions; codes are unique but may be missing
              <li key={i} className="sg-ranking__item">
                <span className="sg-legend__swatch" data-step={country.step} />
                <span className="sg-ranking__name">{country.name}</span>{' '}
                <span className="sg-ranking__value">{country.valueText}</span>
              </li>
            ))}
          </ol>
        ) : null
      }
      legend={
        // The key to the map's colours, for the eye: the description, the notes (the outlined union's figure,
        // countries without data) and the table say it in words.
        <ul className="sg-legend" aria-hidden="true">
          {base.map.legend.map((item) => (
            <li key={item.step}>
              <span className="sg-legend__swatch" data-step={item.step} />
              {item.text}
            </li>
          ))}
          <li>
            <span className="sg-legend__swatch" data-step={0} />
            {t.noData}
          </li>
          {base.aggregates.map((a, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: aggregates are in the data's order; two may share a code
            <li key={i}>
              <span className="sg-legend__swatch sg-legend__swatch--outline" />
              {a.name}: {a.text}
            </li>
          ))}
        </ul>
      }
      table={{
        caption: props.title,
        // A share or count column that no row fills says nothing: it is left out.
        columns: [
          { key: 'name', header: t.country, cell: (row) => countryName(row.code, locale, row.name) },
          { key: 'code', header: t.code, cell: (row) => row.code },
          ...(sorted.some((row) => typeof row.percent === 'number')
            ? [
                {
                  key: 'percent',
                  header: t.shareHeader,
                  align: 'end' as const,
                  cell: (row: HostingRow) =>
                    typeof row.percent === 'number' ? formatPercent(row.percent, { locale }) : '—',
                },
              ]
            : []),
          ...(sorted.some((row) => typeof row.count === 'number')
            ? [
                {
                  key: 'count',
                  header: t.countIn(
                    t.unitName(dataset?.unit === 'percent' ? 'webpages' : (dataset?.unit ?? '')),
                  ),
                  align: 'end' as const,
                  cell: (row: HostingRow) =>
                    typeof row.count === 'number' ? formatNumber(row.count, { locale }) : '—',
                },
              ]
            : []),
        ],
        rows: sorted,
      }}
      points={({ width, height }) => layoutAt(width, height).map.points}
    >
      {({ width, height, active, setActive }) => {
        const layout = layoutAt(width, height).map;
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
