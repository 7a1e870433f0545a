/*
 * The charts by the names pages and the command line call them (`<safeguard-chart chart="provider-bars">`,
 * `safeguard-charts render provider-bars`): one list for the embed, the render CLI and their docs.
 */
import type { ComponentType } from 'react';
import { HostingMap } from './HostingMap';
import { CHART_KIND_INFO, type ChartKind, type ChartKindForm } from './kindInfo';
import { LegislationTracker } from './LegislationTracker';
import { NcmecTimeline } from './NcmecTimeline';
import { ProviderBars } from './ProviderBars';
import { SeverityComparison } from './SeverityComparison';
import { ShareChart } from './ShareChart';
import { SourceList } from './SourceList';
import { SurgeChart } from './SurgeChart';

/** What a chart kind is drawn with and what it reads. */
export interface ChartKindInfo extends ChartKindForm {
  /** The component that draws it. */
  component: ComponentType<Record<string, unknown>>;
}

/** A chart's component as the table holds it (a cast, not a call: a bundle that never reads it drops it). */
type AnyChart = ComponentType<Record<string, unknown>>;

/** Every chart kind's component by its name. */
export const CHART_COMPONENTS = {
  'provider-bars': ProviderBars as unknown as AnyChart,
  surge: SurgeChart as unknown as AnyChart,
  'ncmec-timeline': NcmecTimeline as unknown as AnyChart,
  'hosting-map': HostingMap as unknown as AnyChart,
  severity: SeverityComparison as unknown as AnyChart,
  share: ShareChart as unknown as AnyChart,
  legislation: LegislationTracker as unknown as AnyChart,
  sources: SourceList as unknown as AnyChart,
} as const satisfies Record<ChartKind, AnyChart>;

/** The chart kind called `name`, or undefined. */
export function chartKind(name: string): ChartKindInfo | undefined {
  if (!Object.hasOwn(CHART_KIND_INFO, name)) return undefined;
  const kind = name as ChartKind;
  return { ...CHART_KIND_INFO[kind], component: CHART_COMPONENTS[kind] };
}
