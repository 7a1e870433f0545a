/**
 * `@safeguard-charts/react/server`: what a React Server Component (a Next.js App Router page without
 * `'use client'`) may call, built without the `'use client'` banner the rest of the package carries: the number
 * formatters, the message catalogues and their lookups, the words for a law's stage, the charts' option lists and
 * the standalone SVG builder. Nothing here holds state or imports React; the charts themselves come from
 * `@safeguard-charts/react`.
 *
 * @packageDocumentation
 */

export type { ChartKind, ChartKindForm, ChartOption } from './charts/kindInfo';
export { CHART_KIND_INFO, CHART_OPTIONS } from './charts/kindInfo';
export type { ImagePaint, ImageText } from './export/standaloneSvg';
export { PAINT, standaloneSvgMarkup } from './export/standaloneSvg';
export type { FormatOptions, Notation } from './format/format';
export { formatNumber, formatPercent, formatPercentChange, formatValue, periodName } from './format/format';
export { catalogFor, lawStatusText, STATUS_LABEL } from './i18n/catalog';
export { ar, de, en, es, fr, it, ja, nl, pl, pt, sv } from './i18n/locales';
export type { CompleteMessages, KnownUnit, Messages } from './i18n/types';
export { plural } from './i18n/types';
export type { DownloadKind, DownloadsOption, MapMeasure, ValueScale } from './props/choices';
export { DOWNLOAD_KINDS, MAP_MEASURES, NOTATIONS, VALUE_SCALES } from './props/choices';
export type { HeadingLevel } from './props/props';
export { HEADING_LEVELS } from './props/props';
