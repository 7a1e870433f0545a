// The report's dataset each chart kind draws in the tests that walk every chart (goldens, screen reader).
import {
  csamHosting,
  datasets,
  iwfAiVideos,
  iwfSeverity,
  iwfVictimSex,
  legislation,
  ncmecAiReports,
  ncmecProviderReports,
} from '@safeguard-charts/data';
import type { ChartKind } from '@safeguard-charts/react';

export const REPORT_DATA: Record<ChartKind, unknown> = {
  'provider-bars': ncmecProviderReports,
  surge: iwfAiVideos,
  'ncmec-timeline': ncmecAiReports,
  'hosting-map': csamHosting,
  severity: iwfSeverity,
  share: iwfVictimSex,
  legislation,
  sources: datasets,
  'stat-card': ncmecAiReports,
};
