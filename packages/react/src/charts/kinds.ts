/*
 * The charts by the names pages and the command line call them (`<safeguard-chart chart="provider-bars">`,
 * `safeguard-charts render provider-bars`): one list for the embed, the render CLI and their docs.
 */
import type { ComponentProps, ComponentType } from 'react';
import { HostingMap } from './HostingMap';
import { CHART_KIND_INFO, type ChartKind, type ChartKindForm } from './kindInfo';
import { LegislationTracker } from './LegislationTracker';
import { NcmecTimeline } from './NcmecTimeline';
import { ProviderBars } from './ProviderBars';
import { SeverityComparison } from './SeverityComparison';
import { ShareChart } from './ShareChart';
import { SourceList } from './SourceList';
import { DatasetStatCard } from './StatCard/DatasetStatCard';
import { SurgeChart } from './SurgeChart';

/**
 * A chart's component as {@link CHART_COMPONENTS} holds it, its props left open: each kind's own props are its
 * component's (`ProviderBarsProps`, …). A cast, not a call: a bundle that never reads it drops it.
 */
export type ChartComponent = ComponentType<Record<string, unknown>>;

/** What a chart kind is drawn with and what it reads. */
export interface ChartKindInfo extends ChartKindForm {
  /** The component that draws it. */
  component: ChartComponent;
}

/** Every chart kind's component by its name. */
export const CHART_COMPONENTS = {
  'provider-bars': ProviderBars as unknown as ChartComponent,
  surge: SurgeChart as unknown as ChartComponent,
  'ncmec-timeline': NcmecTimeline as unknown as ChartComponent,
  'hosting-map': HostingMap as unknown as ChartComponent,
  severity: SeverityComparison as unknown as ChartComponent,
  share: ShareChart as unknown as ChartComponent,
  legislation: LegislationTracker as unknown as ChartComponent,
  sources: SourceList as unknown as ChartComponent,
  'stat-card': DatasetStatCard as unknown as ChartComponent,
} as const satisfies Record<ChartKind, ChartComponent>;

/** Each kind's component with its props, for the check below. */
interface Components {
  'provider-bars': typeof ProviderBars;
  surge: typeof SurgeChart;
  'ncmec-timeline': typeof NcmecTimeline;
  'hosting-map': typeof HostingMap;
  severity: typeof SeverityComparison;
  share: typeof ShareChart;
  legislation: typeof LegislationTracker;
  sources: typeof SourceList;
  'stat-card': typeof DatasetStatCard;
}

/** The options `CHART_KIND_INFO` gives each kind that its component does not take as props. */
type OptionsNotTaken = {
  [K in ChartKind]: Exclude<
    (typeof CHART_KIND_INFO)[K]['options'][number],
    keyof ComponentProps<Components[K]>
  >;
}[ChartKind];

/**
 * A type error here names an option `CHART_KIND_INFO` gives a kind whose component does not take it (a loader
 * passes a kind's options to its component as props). Exported for the check only; the package entry leaves it out.
 */
export type EveryOptionTaken = NoneOf<OptionsNotTaken>;
type NoneOf<T extends never> = T;

/** The chart kind called `name`, or undefined. */
export function chartKind(name: string): ChartKindInfo | undefined {
  if (!Object.hasOwn(CHART_KIND_INFO, name)) return undefined;
  const kind = name as ChartKind;
  return { ...CHART_KIND_INFO[kind], component: CHART_COMPONENTS[kind] };
}
