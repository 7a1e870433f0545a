/*
 * The choices of the charts' enumerated props as lists, with no dependency: the props' types are made from them,
 * and a loader (the embed) checks a page's attributes against them without loading a chart.
 */

/** How value maps to bar height: `linear` keeps lengths proportional, `log` spreads values of very different size. */
export const VALUE_SCALES = ['linear', 'log'] as const;

/** How value maps to bar height. `log` shows a 13 beside a 3,443, but bar lengths stop being proportional. */
export type ValueScale = (typeof VALUE_SCALES)[number];

/** How a number is written: `full` ("485,000") or `compact` ("485K"). */
export const NOTATIONS = ['full', 'compact'] as const;

/** How a number is written: `full` ("485,000") or `compact` ("485K"). */
export type Notation = (typeof NOTATIONS)[number];

/** What a map colours its countries by: their share (`percent`) or their `count`. */
export const MAP_MEASURES = ['percent', 'count'] as const;

/** What a map colours its countries by: their share (`percent`) or their `count`. */
export type MapMeasure = (typeof MAP_MEASURES)[number];

/**
 * What a reader can take from a chart: the data as CSV, the chart as SVG and PNG, and its embed code (offered
 * where the chart has one, see `embedCode`).
 */
export const DOWNLOAD_KINDS = ['csv', 'svg', 'png', 'embed'] as const;

/** One of the {@link DOWNLOAD_KINDS}. */
export type DownloadKind = (typeof DOWNLOAD_KINDS)[number];

/** Which downloads a chart offers: `true` (all), `false` (none) or a list of {@link DOWNLOAD_KINDS}. */
export type DownloadsOption = boolean | readonly DownloadKind[];
