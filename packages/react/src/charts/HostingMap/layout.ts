import type { HostingAggregate, HostingRow } from '@safeguard-charts/data';
import { ISO_3166_COUNTRIES } from '@safeguard-charts/data';
import { nice } from '@visx/vendor/d3-array';
import { type GeoPermissibleObjects, geoEqualEarth, geoPath } from '@visx/vendor/d3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { formatNumber, formatPercent } from '../../format';
import { DEFAULT_WIDTH } from '../../hooks/useChartWidth';
import { en } from '../../i18n/locales/en';
import type { Messages } from '../../i18n/types';
import type { MapMeasure } from '../../props/choices';
import { oneOf } from '../../props/props';
import { SMALL_TERRITORIES } from './smallTerritories.generated';

/** The parts of the world a map can show: the whole world, or Europe, where most of the hosting is. */
export const MAP_REGIONS = ['world', 'europe'] as const;

/** A part of the world a map shows: one of {@link MAP_REGIONS}. */
export type MapRegion = (typeof MAP_REGIONS)[number];

/** `region` when it is one of {@link MAP_REGIONS}, else 'world' (with a warning when something else was given). */
export function mapRegionOf(region: unknown, chart = 'HostingMap'): MapRegion {
  return oneOf(chart, 'region', region, MAP_REGIONS, 'world');
}

/**
 * Europe from Iceland to the Caucasus, the Mediterranean to the North Cape (lon −25…45, lat 34…72). Equal
 * Earth's parallels are straight lines and its meridians bow outwards towards the equator, so the corners
 * bound the box's projection (a Polygon would also be read as the rest of the globe by its winding).
 */
const EUROPE: GeoPermissibleObjects = {
  type: 'MultiPoint',
  coordinates: [
    [-25, 34],
    [45, 34],
    [-25, 72],
    [45, 72],
  ],
};
/** Europe's middle meridian, turned to the centre so the region is not sheared. */
const EUROPE_ROTATE: [number, number] = [-10, 0];

/**
 * The plot's height as a share of its width for each region. The world is about 2:1 in Equal Earth; Europe's box
 * is 0.58, and a little more keeps its whole box on the plot with the land around it filling the rest.
 */
export const MAP_ASPECT: Readonly<Record<MapRegion, number>> = { world: 0.5, europe: 0.6 };

/** Number of colour steps in the legend. */
export const STEPS = 5;
/** A country drawn smaller than this many square pixels also gets a marker, so it can be seen and reached. */
const SMALL_AREA = 24;
const ANTARCTICA = '010';

/** The atlas as bundled: the built package strips the atlas's own country names (see tsup.config.ts). */
type Countries = Topology<{ countries: GeometryCollection<{ name?: string } | null> }>;

interface Atlas {
  topology: Countries;
  features: Feature<Geometry, { name?: string } | null>[];
  /** ISO numeric → alpha-3, and back, from the data package's ISO 3166 table. */
  alpha3: Map<string, string>;
  numeric: Map<string, string>;
  small: Map<string, [number, number]>;
}

let atlas: Atlas | undefined;

interface Projected {
  projection: ReturnType<typeof geoEqualEarth>;
  path: ReturnType<typeof geoPath>;
  /** Each atlas feature's path, in atlas order. */
  d: string[];
}

/**
 * The width the map's country paths are projected at: the server's default width, so the server's HTML needs no
 * scaling; other widths draw the same paths scaled.
 */
const MAP_DRAWING_WIDTH = DEFAULT_WIDTH;

/** Projected country paths for the last few plot sizes: the atlas never changes, so every map of a size shares them. */
const projected = new Map<string, Projected>();
const PROJECTED_SIZES = 8;

const unitBounds = new Map<MapRegion, [[number, number], [number, number]]>();

/**
 * Equal Earth fitted to the plot, as d3's `projection.fitExtent` fits it: the region's bounds at scale 150 do not
 * depend on the plot's size, so they are measured once and every size is a scale and a translate away
 * (a test holds this against fitExtent). The world is fitted with a 4px margin and drawn whole; Europe's box is
 * fitted to the plot's edges, and whatever else falls on the plot is drawn too, clipped at its edges
 * (`clipExtent`), so no shape runs out of the picture.
 */
export function fitProjection(width: number, height: number, region: MapRegion = 'world') {
  const world = region !== 'europe';
  const [x0, y0, x1, y1] = world
    ? [4, 4, Math.max(8, width - 4), Math.max(8, height - 4)]
    : [0, 0, Math.max(1, width), Math.max(1, height)];
  const base = () => (world ? geoEqualEarth() : geoEqualEarth().rotate(EUROPE_ROTATE));
  let bounds = unitBounds.get(region);
  if (!bounds) {
    bounds = geoPath(base().scale(150).translate([0, 0])).bounds(
      world
        ? ({ type: 'FeatureCollection', features: getAtlas().features } as GeoPermissibleObjects)
        : EUROPE,
    );
    unitBounds.set(region, bounds);
  }
  const [[bx0, by0], [bx1, by1]] = bounds;
  const k = Math.min((x1 - x0) / (bx1 - bx0), (y1 - y0) / (by1 - by0));
  const projection = base()
    .scale(150 * k)
    .translate([x0 + (x1 - x0 - k * (bx1 + bx0)) / 2, y0 + (y1 - y0 - k * (by1 + by0)) / 2]);
  return world
    ? projection
    : projection.clipExtent([
        [x0, y0],
        [x1, y1],
      ]);
}

/** The atlas's features, for tests and for fitting a projection the d3 way. */
export function atlasFeatures() {
  return getAtlas().features;
}

function project(width: number, height: number, region: MapRegion): Projected {
  const key = `${region}:${width}x${height}`;
  const hit = projected.get(key);
  if (hit) return hit;
  const { features } = getAtlas();
  const projection = fitProjection(width, height, region);
  // One decimal is finer than a pixel needs, and keeps the server's HTML small.
  const path = geoPath(projection).digits(1);
  const entry = { projection, path, d: features.map((f) => path(f) ?? '') };
  if (projected.size >= PROJECTED_SIZES) projected.delete(projected.keys().next().value as string);
  projected.set(key, entry);
  return entry;
}

/** The bundled Natural Earth topology (world-atlas, 1:110m), read once on first use: no network request. */
function getAtlas(): Atlas {
  if (!atlas) {
    const topology = world as unknown as Countries;
    const collection = feature(topology, topology.objects.countries);
    atlas = {
      topology,
      features: collection.features.filter((f) => f.id !== ANTARCTICA),
      alpha3: new Map(ISO_3166_COUNTRIES.map(([a3, num]) => [num, a3])),
      numeric: new Map(ISO_3166_COUNTRIES.map(([a3, num]) => [a3, num])),
      small: new Map(SMALL_TERRITORIES.map(([num, lon, lat]) => [num, [lon, lat]])),
    };
  }
  return atlas;
}

/** One country of the atlas, ready to draw. */
export interface MapCountry {
  /** ISO 3166-1 alpha-3, or the atlas id when the table has none. */
  code: string;
  /** The name in the chart's language (see `countryName`); empty for a country without data. */
  name: string;
  /** Its SVG path, projected at the charts' default width: draw it scaled by the layout's `scale`. */
  d: string;
  /** 1-based colour step, or 0 for no data. */
  step: number;
}

/** A dot for a country with data too small to see or reach on the map (Malta, Hong Kong), or absent from it. */
export interface MapMarker {
  /** ISO 3166-1 alpha-3 code. */
  code: string;
  /** The name in the chart's language. */
  name: string;
  /** The dot's centre, in the plot's pixels. */
  x: number;
  /** The dot's centre, in the plot's pixels. */
  y: number;
  /** 1-based colour step, as for {@link MapCountry}. */
  step: number;
}

/** A country with data as the keyboard and the tooltip reach it. */
export interface MapPoint {
  /** ISO 3166-1 alpha-3 code. */
  code: string;
  /** The name in the chart's language. */
  name: string;
  /** Where the tooltip points: the centre of what is drawn of the country, in the plot's pixels. */
  x: number;
  /** Where the tooltip points: the centre of what is drawn of the country, in the plot's pixels. */
  y: number;
  /** The country and its figures in a sentence, for the tooltip and screen readers: "Netherlands: 29%". */
  label: string;
}

/** A map of hosting by country as plain data: paths, markers, the keyboard's points, legend and notes. */
export interface HostingMapLayout {
  /** Every country of the atlas drawn on the plot, with its colour step. */
  countries: MapCountry[];
  /** Dots for the countries with data too small to see (or missing from the atlas but in the territory table). */
  markers: MapMarker[];
  /** Countries with data, largest value first: the keyboard's order. */
  points: MapPoint[];
  /** The outline of each aggregate (the EU) that has members on the map. */
  outlines: { code: string; name: string; d: string }[];
  /** The legend: each colour step (1-based) and the range of values it covers, written in the chart's locale. */
  legend: { step: number; text: string }[];
  /** Rows whose code is on neither topology: left off the map, listed in the notes. */
  unplaced: HostingRow[];
  /**
   * Countries with data that lie outside the region drawn (the United States on a map of Europe), largest value
   * first: not on the plot and not among the keyboard's points, but named in the chart's summary and, like every
   * country, in the ranked list (in its colour step) and the table. Always empty for the world.
   */
  outside: { code: string; name: string; label: string; step: number }[];
  /**
   * How much the country paths (`countries`, `outlines`) are to be scaled to fill the plot: they are projected
   * once, at the charts' default width (640 px), and every other width draws the same paths scaled (an SVG
   * transform), so a map hydrated or resized at a new width is never projected again. Markers and points are in
   * the plot's own pixels.
   */
  scale: number;
}

/** What {@link layoutHostingMap} lays a map out for. */
export interface HostingMapOptions {
  /** The plot's width, in pixels. */
  width: number;
  /** The plot's height, in pixels. */
  height: number;
  /** BCP 47 locale for the numbers and the countries' names. */
  locale: string;
  /** Colour by share (`percent`) or by `count`. */
  measure: MapMeasure;
  /** The dataset's unit, for the counts' words ("webpages"). */
  unit: string;
  /** The words of the chart's language. @default English */
  messages?: Messages;
  /** The part of the world drawn, one of {@link MAP_REGIONS}; anything else draws the world. @default 'world' */
  region?: MapRegion;
}

/** The value a row is coloured by, or undefined when it has none for the measure. */
export function measureOf(row: HostingRow, measure: MapMeasure): number | undefined {
  const value = measure === 'percent' ? row.percent : row.count;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

let alpha2s: Map<string, string> | undefined;
const regionNames = new Map<string, Intl.DisplayNames | null>();

/**
 * A country's name for a reader in `locale`: in English the data's own name where it gives one (Hong Kong stays
 * "Hong Kong"), in every other language the browser's name for the code (`Intl.DisplayNames`: "Niederlande",
 * "オランダ"), else the data's name, else the code.
 */
export function countryName(code: string, locale: string, given?: string): string {
  const language = locale.split('-')[0]?.toLowerCase();
  if (given && language === 'en') return given;
  alpha2s ??= new Map(ISO_3166_COUNTRIES.map(([a3, , a2]) => [a3, a2]));
  let names = regionNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  const a2 = alpha2s.get(code);
  let name: string | undefined;
  try {
    name = a2 ? names?.of(a2) : undefined;
  } catch {
    name = undefined;
  }
  return name && name !== a2 ? name : given || code;
}

/** "Netherlands: 29% (83,037 webpages)" */
export function rowText(row: HostingRow, locale: string, unit: string, t: Messages = en): string {
  const parts: string[] = [];
  if (typeof row.percent === 'number') parts.push(formatPercent(row.percent, { locale }));
  if (typeof row.count === 'number')
    parts.push(t.valueWithUnit(formatNumber(row.count, { locale }), t.unit(unit, row.count)));
  const [first, ...rest] = parts;
  return t.labelled(
    countryName(row.code, locale, row.name),
    `${first ?? t.noData}${rest.length ? ` (${rest.join(', ')})` : ''}`,
  );
}

/**
 * Projects the atlas (Equal Earth, fitted to the plot: the whole world, or a region clipped at the plot's edges)
 * and colours each country with data.
 */
export function layoutHostingMap(
  rows: readonly HostingRow[],
  aggregates: readonly HostingAggregate[],
  { width, height, locale, measure, unit, messages: t = en, region: regionOption }: HostingMapOptions,
): HostingMapLayout {
  const { topology, features, alpha3, numeric, small } = getAtlas();
  const region = mapRegionOf(regionOption, 'layoutHostingMap');
  const plotWidth = Math.max(1, Math.round(width));
  // The paths are projected at MAP_DRAWING_WIDTH and the plot's aspect ratio, and drawn scaled by `scale`.
  const scale = plotWidth / MAP_DRAWING_WIDTH;
  const drawingWidth = MAP_DRAWING_WIDTH;
  const drawingHeight = Math.max(1, Math.round(Math.round(height) / scale));
  const { projection, path, d: paths } = project(drawingWidth, drawingHeight, region);
  // A point the reader can see: on the plot (a region clips everything else away).
  const onPlot = ([x, y]: [number, number]) =>
    region === 'world' || (x >= 0 && x <= drawingWidth && y >= 0 && y <= drawingHeight);
  // A point of the drawing in the plot's pixels.
  const toPlot = (x: number, y: number): [number, number] => [x * scale, y * scale];
  const values = rows.map((row) => measureOf(row, measure)).filter((v): v is number => v !== undefined);
  const max = Math.max(...values, 0);
  // Five equal steps from 0 to a round maximum (a quantize scale; d3-scale's would also bring d3-format).
  const top = nice(0, max || 1, STEPS)[1];
  const color = (value: number) => Math.min(STEPS, Math.max(1, Math.ceil((value / top) * STEPS)));
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const stepOf = (row: HostingRow | undefined) => {
    const value = row ? measureOf(row, measure) : undefined;
    return value === undefined ? 0 : color(value);
  };

  const onMap = new Set<string>();
  const markers: MapMarker[] = [];
  const points: MapPoint[] = [];
  const outside: HostingMapLayout['outside'] = [];
  const countries = features.map((f, index): MapCountry => {
    // A few atlas shapes (N. Cyprus, Somaliland, Kosovo) have no ISO code: they are keyed by position.
    const id = f.id === undefined ? `shape-${index}` : String(f.id);
    const code = alpha3.get(id) ?? id;
    const row = byCode.get(code);
    const d = paths[index] ?? '';
    if (row) {
      onMap.add(code);
      const name = countryName(code, locale, row.name);
      const label = rowText(row, locale, unit, t);
      if (d) {
        // The centroid of what is drawn: of the part on the plot when a region clips the country.
        const [x, y] = toPlot(...path.centroid(f));
        if (path.area(f) * scale * scale < SMALL_AREA) markers.push({ code, name, x, y, step: stepOf(row) });
        points.push({ code, name, x, y, label });
      } else outside.push({ code, name, label, step: stepOf(row) });
    }
    return { code, name: row ? countryName(code, locale, row.name) : '', d, step: stepOf(row) };
  });

  const unplaced: HostingRow[] = [];
  for (const row of rows) {
    if (onMap.has(row.code)) continue;
    const lonLat = small.get(numeric.get(row.code) ?? '');
    const xy = lonLat ? projection(lonLat) : null;
    if (!xy) {
      unplaced.push(row);
      continue;
    }
    const [x, y] = toPlot(...xy);
    const name = countryName(row.code, locale, row.name);
    if (!onPlot(xy)) {
      outside.push({ code: row.code, name, label: rowText(row, locale, unit, t), step: stepOf(row) });
      continue;
    }
    markers.push({ code: row.code, name, x, y, step: stepOf(row) });
    points.push({ code: row.code, name, x, y, label: rowText(row, locale, unit, t) });
  }
  const rank = (code: string) => measureOf(byCode.get(code) as HostingRow, measure) ?? -1;
  points.sort((a, b) => rank(b.code) - rank(a.code));
  outside.sort((a, b) => rank(b.code) - rank(a.code));

  const outlines = aggregates.flatMap((aggregate) => {
    const members = new Set(aggregate.members);
    const geometries = topology.objects.countries.geometries.filter((g) =>
      members.has(alpha3.get(String(g.id)) ?? ''),
    );
    if (!geometries.length) return [];
    const d = path(merge(topology, geometries as Parameters<typeof merge>[1])) ?? '';
    return d ? [{ code: aggregate.code, name: aggregate.name, d }] : [];
  });

  const thresholds = Array.from({ length: STEPS + 1 }, (_, i) => (top * i) / STEPS);
  const format = (v: number) =>
    measure === 'percent' ? formatPercent(v, { locale }) : formatNumber(v, { locale, notation: 'compact' });
  const legend = thresholds
    .slice(1)
    .map((_, i) => i + 1)
    .map((step) => ({
      step,
      text: `${format(thresholds[step - 1] ?? 0)}–${format(thresholds[step] ?? max)}`,
    }));
  // A region's plot leaves out the shapes clipped away whole: they would be empty paths.
  const drawn = region === 'world' ? countries : countries.filter((c) => c.d);
  return { countries: drawn, markers, points, outlines, legend, unplaced, outside, scale };
}

/** The measure a map colours by: the one asked for, else `percent` when the data has shares, else `count`. */
export function mapMeasureOf(rows: readonly HostingRow[], asked: MapMeasure | undefined): MapMeasure {
  return asked ?? (rows.some((row) => typeof row.percent === 'number') ? 'percent' : 'count');
}

/** A country with data in the ranked list under the map. */
export interface RankedCountry {
  /** ISO 3166-1 alpha-3 code (as the data gives it). */
  code: string;
  /** The name in the chart's language (see `countryName`). */
  name: string;
  /** The value it is coloured by, as the locale writes it ("29%", "83,037"), or "—" without one. */
  valueText: string;
  /** Its colour step as the map draws it (1-based, 0 for none); a country off a region's plot keeps its step. */
  step: number;
}

/** What a map says beside its drawing, as plain data: the ranked list, the description, the notes, the legend. */
export interface HostingMapText {
  /** The rows, largest value first (rows without a value last): the ranked list's and the table's order. */
  sorted: HostingRow[];
  /** The ranked list: every country with data, in `sorted`'s order, with its value and colour step. */
  ranking: RankedCountry[];
  /**
   * The map's description: every country with data in a sentence, largest first, those outside a region's plot
   * too ("Netherlands: 29%; United States: 30% …"), joined with semicolons.
   */
  summary: string;
  /** The notes under the map: each aggregate outlined, and the countries with data outside a region's plot. */
  notes: string[];
  /** The legend's outlined aggregates, in the data's order: "EU: 62%". */
  aggregates: { name: string; text: string }[];
}

/** "A, B and C" in the reader's language. */
function listFormat(locale: string): Intl.ListFormat {
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' });
  } catch {
    return new Intl.ListFormat('en', { type: 'conjunction' });
  }
}

/**
 * What a map says beside its drawing, from the map laid out at the server's size (`map`) and the rows it draws:
 * the ranked list with each country's colour step as the map draws it, the description (every country with
 * data, largest first), and the notes (each aggregate outlined, the countries outside a region's plot).
 */
export function describeHostingMap(
  map: HostingMapLayout,
  rows: readonly HostingRow[],
  aggregates: readonly HostingAggregate[],
  { locale, measure, messages: t = en }: { locale: string; measure: MapMeasure; messages?: Messages },
): HostingMapText {
  // Each country's colour step, as the map draws it (a small state's marker has the same step; a country
  // outside a region's plot keeps the step it would be drawn in).
  const steps = new Map<string, number>([
    ...map.countries.map((c): [string, number] => [c.code, c.step]),
    ...map.markers.map((m): [string, number] => [m.code, m.step]),
    ...map.outside.map((o): [string, number] => [o.code, o.step]),
  ]);
  const sorted = [...rows].sort((a, b) => (measureOf(b, measure) ?? -1) - (measureOf(a, measure) ?? -1));
  // The description names every country with data, those outside a region's plot too, largest first.
  const rankOf = new Map(sorted.map((row, i): [string, number] => [row.code, i]));
  const described = map.outside.length
    ? [...map.points, ...map.outside].sort((a, b) => (rankOf.get(a.code) ?? 0) - (rankOf.get(b.code) ?? 0))
    : map.points;
  const ranking = sorted.map((row): RankedCountry => {
    const value = measureOf(row, measure);
    return {
      code: row.code,
      name: countryName(row.code, locale, row.name),
      valueText:
        value === undefined
          ? '—'
          : measure === 'percent'
            ? formatPercent(value, { locale })
            : formatNumber(value, { locale }),
      step: steps.get(row.code) ?? 0,
    };
  });
  return {
    sorted,
    ranking,
    summary: described.map((point) => point.label).join('; '),
    notes: [
      ...aggregates.map((a) =>
        t.outlined({
          name: a.name,
          value: formatPercent(a.percent, { locale }),
          period: a.period?.label ?? '',
        }),
      ),
      // Said in the notes too, so an image of the region (whose ranked list stays on the page) names them.
      ...(map.outside.length
        ? [t.notOnMap(listFormat(locale).format(map.outside.map((country) => country.label)))]
        : []),
    ],
    aggregates: aggregates.map((a) => ({
      name: a.name,
      text: formatPercent(a.percent, { locale }),
    })),
  };
}
