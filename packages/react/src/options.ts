/**
 * `@safeguard-charts/react/options`: what each chart kind is and takes, and the values its options accept, as
 * plain data (no React, no catalogue): for a form that builds a chart (the embed's attributes, a chart maker).
 * `@safeguard-charts/react/server` holds the same lists beside the formatters and catalogues.
 *
 * @packageDocumentation
 */

export type { ChartKind, ChartKindForm, ChartOption } from './charts/kindInfo';
export { CHART_KIND_INFO, CHART_OPTIONS } from './charts/kindInfo';
export type { DownloadKind, DownloadsOption, MapMeasure, ValueScale } from './props/choices';
export { DOWNLOAD_KINDS, MAP_MEASURES, NOTATIONS, VALUE_SCALES } from './props/choices';
export type { HeadingLevel } from './props/props';
export { HEADING_LEVELS } from './props/props';
