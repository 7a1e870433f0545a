/*
 * The chart kinds by name with what each reads, without their components: a loader (the embed) reads this table
 * and fetches a chart's code only when a page shows that chart.
 */
import type { CsvShape } from '@safeguard-charts/data';

/** The props some chart kinds take beyond those of their form (see {@link ChartKindForm.options}). */
export const CHART_OPTIONS = [
  'scale',
  'notation',
  'annotations',
  'region',
  'row',
  'measureLabel',
  'showShare',
  'measure',
  'showAggregates',
  'showRanking',
  'showSeedStatus',
] as const;

/** A prop some chart kinds take beyond those of their form: `scale`, `notation`, `annotations`, … */
export type ChartOption = (typeof CHART_OPTIONS)[number];

/** What a chart kind reads. */
export interface ChartKindForm {
  /** How a spreadsheet's columns are read for it (`parseCsvDataset`'s shape); `null` when it takes no CSV. */
  csvShape: CsvShape | null;
  /**
   * `plot`: a chart with a drawing (an SVG plot), which takes every common chart prop; HTML only: `legislation`
   * (the tracker takes data, title, subtitle, headingLevel, locale and theme), `sources` (the source list takes a
   * list of datasets, a title, a headingLevel and a theme) and `stat` (a stat card of one figure of a dataset:
   * data, title, subtitle, locale, theme, figures).
   */
  form: 'plot' | 'legislation' | 'sources' | 'stat';
  /**
   * The props it takes beyond those of its form, of {@link CHART_OPTIONS}: a loader passes a page's options only
   * to the kinds that read them (a type in `kinds.ts` holds each to its component's props).
   */
  options: readonly ChartOption[];
}

/**
 * Every chart kind by its name, with what it reads but not its component: a loader can read this table and
 * fetch a chart's code only when a page shows that chart.
 */
export const CHART_KIND_INFO = {
  'provider-bars': { csvShape: 'providers', form: 'plot', options: ['notation', 'showShare'] },
  surge: { csvShape: 'series', form: 'plot', options: ['scale', 'notation'] },
  'ncmec-timeline': { csvShape: 'series', form: 'plot', options: ['scale', 'notation', 'annotations'] },
  'hosting-map': {
    csvShape: 'hosting',
    form: 'plot',
    options: ['region', 'measure', 'showAggregates', 'showRanking'],
  },
  severity: { csvShape: 'shares', form: 'plot', options: ['measureLabel'] },
  share: { csvShape: 'shares', form: 'plot', options: ['row'] },
  legislation: { csvShape: null, form: 'legislation', options: ['showSeedStatus'] },
  sources: { csvShape: null, form: 'sources', options: [] },
  // One figure of a dataset (by default a series' latest) as a StatCard; a spreadsheet gives a series.
  'stat-card': { csvShape: 'series', form: 'stat', options: ['row', 'measureLabel', 'notation'] },
} as const satisfies Record<string, ChartKindForm>;

/** A chart kind's name: `provider-bars`, `surge`, … */
export type ChartKind = keyof typeof CHART_KIND_INFO;
