import type { LegislationDataset } from './datasets/legislation';
import type { Dataset, HostingDataset, Law, ProviderReport, SeriesPoint, ShareRow, Source } from './types';

/*
 * A typed way to write an organisation's own dataset of each shape: only `title`, `unit` and `rows` are
 * needed (and `sources`, which every chart's source line is built from). TypeScript then checks each row; the
 * validators check it again at run time, when the chart draws.
 */

/** A dataset of your own as the `define…` functions take it: `sources` may be left out (it becomes `[]`); everything else is as the shape's type says. */
export type OwnDataset<D> = Omit<D, 'sources'> & { sources?: readonly Source[] };

/** A time series: one value per period. */
export function defineSeries(dataset: OwnDataset<Dataset<SeriesPoint>>): Dataset<SeriesPoint> {
  return { ...dataset, shape: 'series', sources: dataset.sources ?? [] };
}

/** Shares of a whole, in points (65 means 65%). */
export function defineShares(dataset: OwnDataset<Dataset<ShareRow>>): Dataset<ShareRow> {
  return { ...dataset, shape: 'shares', sources: dataset.sources ?? [] };
}

/** Counts per provider or organisation. */
export function defineProviderReports(dataset: OwnDataset<Dataset<ProviderReport>>): Dataset<ProviderReport> {
  return { ...dataset, shape: 'providers', sources: dataset.sources ?? [] };
}

/** Shares or counts per country, by ISO 3166-1 alpha-3 code. */
export function defineHosting(
  dataset: OwnDataset<Omit<HostingDataset, 'aggregates'>> & Partial<Pick<HostingDataset, 'aggregates'>>,
): HostingDataset {
  return {
    ...dataset,
    shape: 'hosting',
    aggregates: dataset.aggregates ?? [],
    sources: dataset.sources ?? [],
  };
}

/** A law as you write it: a name, a jurisdiction and a stage; the rest is optional. */
export type OwnLaw = Pick<Law, 'name' | 'jurisdiction' | 'status'> & Partial<Law>;

/**
 * Laws and bills, each with its stage (one of the five the charts translate, or any of the jurisdiction's own).
 * A law without an `id` gets `law-1`, `law-2`…; without dates or provisions, empty lists; its `seedStatus` is
 * its status.
 */
export function defineLegislation(
  dataset: OwnDataset<Omit<LegislationDataset, 'rows'>> & { rows: readonly OwnLaw[] },
): LegislationDataset {
  return {
    ...dataset,
    shape: 'legislation',
    sources: dataset.sources ?? [],
    rows: dataset.rows.map((law, i) => ({
      ...law,
      id: law.id ?? `law-${i + 1}`,
      seedStatus: law.seedStatus ?? law.status,
      dates: law.dates ?? [],
      provisions: law.provisions ?? [],
    })),
  };
}
