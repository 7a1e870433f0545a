import {
  HostingMap,
  LegislationTracker,
  NcmecTimeline,
  ProviderBars,
  SeverityComparison,
  ShareChart,
  SourceList,
  SurgeChart,
} from '@safeguard-charts/react';
import type { ComponentType } from 'react';

/** The `chart` attribute's values and the component each draws. */
const CHARTS: Record<string, ComponentType<Record<string, unknown>>> = {
  'provider-bars': ProviderBars as unknown as ComponentType<Record<string, unknown>>,
  surge: SurgeChart as unknown as ComponentType<Record<string, unknown>>,
  'ncmec-timeline': NcmecTimeline as unknown as ComponentType<Record<string, unknown>>,
  'hosting-map': HostingMap as unknown as ComponentType<Record<string, unknown>>,
  severity: SeverityComparison as unknown as ComponentType<Record<string, unknown>>,
  share: ShareChart as unknown as ComponentType<Record<string, unknown>>,
  legislation: LegislationTracker as unknown as ComponentType<Record<string, unknown>>,
  sources: SourceList as unknown as ComponentType<Record<string, unknown>>,
};

export const chartNames = Object.keys(CHARTS);

export function chartFor(name: string): ComponentType<Record<string, unknown>> | undefined {
  return Object.hasOwn(CHARTS, name) ? CHARTS[name] : undefined;
}
