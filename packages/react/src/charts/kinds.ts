/*
 * The charts by the names pages and the command line call them (`<safeguard-chart chart="provider-bars">`,
 * `safeguard-charts render provider-bars`): one list for the embed, the render CLI and their docs.
 */
import type { CsvShape } from '@safeguard-charts/data';
import type { ComponentType } from 'react';
import { HostingMap } from './HostingMap';
import { LegislationTracker } from './LegislationTracker';
import { NcmecTimeline } from './NcmecTimeline';
import { ProviderBars } from './ProviderBars';
import { SeverityComparison } from './SeverityComparison';
import { ShareChart } from './ShareChart';
import { SourceList } from './SourceList';
import { SurgeChart } from './SurgeChart';

/** What a chart kind is drawn with and what it reads. */
export interface ChartKindInfo {
  /** The component that draws it. */
  component: ComponentType<Record<string, unknown>>;
  /** How a spreadsheet's columns are read for it (`parseCsvDataset`'s shape); `null` when it takes no CSV. */
  csvShape: CsvShape | null;
  /**
   * `plot`: a chart with a drawing (an SVG plot), which takes every common chart prop; `list`: HTML only (the
   * legislation tracker takes data, title, subtitle, locale and theme; the source list a list of datasets).
   */
  form: 'plot' | 'legislation' | 'sources';
}

/** A chart's component as the registry holds it (a cast, not a call: an unused registry stays tree-shakable). */
type AnyChart = ComponentType<Record<string, unknown>>;

/** Every chart kind by its name. */
export const CHART_KINDS = {
  'provider-bars': { component: ProviderBars as unknown as AnyChart, csvShape: 'providers', form: 'plot' },
  surge: { component: SurgeChart as unknown as AnyChart, csvShape: 'series', form: 'plot' },
  'ncmec-timeline': { component: NcmecTimeline as unknown as AnyChart, csvShape: 'series', form: 'plot' },
  'hosting-map': { component: HostingMap as unknown as AnyChart, csvShape: 'hosting', form: 'plot' },
  severity: { component: SeverityComparison as unknown as AnyChart, csvShape: 'shares', form: 'plot' },
  share: { component: ShareChart as unknown as AnyChart, csvShape: 'shares', form: 'plot' },
  legislation: { component: LegislationTracker as unknown as AnyChart, csvShape: null, form: 'legislation' },
  sources: { component: SourceList as unknown as AnyChart, csvShape: null, form: 'sources' },
} as const satisfies Record<string, ChartKindInfo>;

/** A chart kind's name: `provider-bars`, `surge`, … */
export type ChartKind = keyof typeof CHART_KINDS;

/** The chart kind called `name`, or undefined. */
export function chartKind(name: string): ChartKindInfo | undefined {
  return Object.hasOwn(CHART_KINDS, name) ? CHART_KINDS[name as ChartKind] : undefined;
}
