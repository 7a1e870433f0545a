/**
 * `@safeguard-charts/react`: accessible, server-renderable React chart components for statistics on child sexual
 * abuse material (CSAM), on visx. Every file of this entry is a client module (`'use client'`); what a server
 * component may call is in `@safeguard-charts/react/server`.
 *
 * @packageDocumentation
 */

export type {
  HostingMapLayout,
  HostingMapOptions,
  HostingMapProps,
  MapCountry,
  MapMarker,
  MapPoint,
  MapRegion,
} from './charts/HostingMap';
export { HostingMap, layoutHostingMap, MAP_REGIONS } from './charts/HostingMap';
export type { ChartKind, ChartKindForm, ChartOption } from './charts/kindInfo';
export { CHART_KIND_INFO, CHART_OPTIONS } from './charts/kindInfo';
export type { ChartComponent, ChartKindInfo } from './charts/kinds';
export { CHART_COMPONENTS, chartKind } from './charts/kinds';
export type { LegislationTrackerProps } from './charts/LegislationTracker';
export { LegislationTracker, STATUS_LABEL } from './charts/LegislationTracker';
export type {
  NcmecTimelineProps,
  PlacedAnnotation,
  TimelineAnnotation,
  TimelineLayout,
} from './charts/NcmecTimeline';
export { layoutTimeline, NcmecTimeline, pinnedAnnotations } from './charts/NcmecTimeline';
export type {
  ProviderBar,
  ProviderBarsLayout,
  ProviderBarsLayoutOptions,
  ProviderBarsProps,
} from './charts/ProviderBars';
export { layoutProviderBars, ProviderBars } from './charts/ProviderBars';
export type { SeverityBar, SeverityComparisonProps, SeverityLayout } from './charts/SeverityComparison';
export { layoutSeverity, SeverityComparison } from './charts/SeverityComparison';
export type { ShareChartProps, WaffleLayout } from './charts/ShareChart';
export { layoutWaffle, ShareChart } from './charts/ShareChart';
export type { SourceListProps } from './charts/SourceList';
export { SourceList } from './charts/SourceList';
export type {
  DatasetStatCardProps,
  FigureDataset,
  StatCardProps,
  StatFormat,
  StatGridProps,
} from './charts/StatCard';
export { DatasetStatCard, StatCard, StatGrid } from './charts/StatCard';
export type { SurgeCallout, SurgeChartProps, SurgeLayout } from './charts/SurgeChart';
export { layoutSurge, SurgeChart } from './charts/SurgeChart';
export { imageTitle } from './export/imageTitle';
export type { ImagePaint, ImageText } from './export/standaloneSvg';
export { PAINT, standaloneSvgMarkup } from './export/standaloneSvg';
export type { FormatOptions, Notation } from './format';
export { formatNumber, formatPercent, formatPercentChange, formatValue, periodName } from './format';
export type { ChartPoint, CommonChartProps, ThemeMode } from './frame/ChartFrame';
export { renderKey } from './frame/renderKey';
export type { Figures } from './hooks/useChartData';
export type { KnownUnit, Messages, MessagesProviderProps } from './i18n';
export { catalogFor, en, lawStatusText, MessagesProvider, plural, useMessages } from './i18n';
export type {
  Column,
  ColumnsLayout,
  ColumnsOptions,
  GapMark,
  SeriesSlot,
  Tick,
  ValueScale,
} from './layout/columns';
export type { DownloadKind, DownloadsOption, MapMeasure } from './props/choices';
export { DOWNLOAD_KINDS, MAP_MEASURES, NOTATIONS, VALUE_SCALES } from './props/choices';
export type { HeadingLevel } from './props/props';
export { HEADING_LEVELS } from './props/props';
export type {
  ColorTokenDefinition,
  PlainTokenDefinition,
  ThemeProviderProps,
  ThemeToken,
  ThemeTokens,
  TokenDefinition,
} from './theme';
export { ThemeProvider, TOKENS } from './theme';
