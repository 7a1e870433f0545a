/*
 * The chart kinds by name with what each reads, without their components: a loader (the embed) reads this table
 * and fetches a chart's code only when a page shows that chart.
 */
import type { CsvShape } from '@safeguard-charts/data';

/** What a chart kind reads. */
export interface ChartKindForm {
  /** How a spreadsheet's columns are read for it (`parseCsvDataset`'s shape); `null` when it takes no CSV. */
  csvShape: CsvShape | null;
  /**
   * `plot`: a chart with a drawing (an SVG plot), which takes every common chart prop; `list`: HTML only (the
   * legislation tracker takes data, title, subtitle, locale and theme; the source list a list of datasets).
   */
  form: 'plot' | 'legislation' | 'sources';
}

/**
 * Every chart kind by its name, with what it reads but not its component: a loader can read this table and
 * fetch a chart's code only when a page shows that chart.
 */
export const CHART_KIND_INFO = {
  'provider-bars': { csvShape: 'providers', form: 'plot' },
  surge: { csvShape: 'series', form: 'plot' },
  'ncmec-timeline': { csvShape: 'series', form: 'plot' },
  'hosting-map': { csvShape: 'hosting', form: 'plot' },
  severity: { csvShape: 'shares', form: 'plot' },
  share: { csvShape: 'shares', form: 'plot' },
  legislation: { csvShape: null, form: 'legislation' },
  sources: { csvShape: null, form: 'sources' },
} as const satisfies Record<string, ChartKindForm>;

/** A chart kind's name: `provider-bars`, `surge`, … */
export type ChartKind = keyof typeof CHART_KIND_INFO;
