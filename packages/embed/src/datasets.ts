/*
 * The data package's datasets by id, each fetched when a page names it (`dataset="ncmecProviderReports"`): the
 * page fetches the module of that dataset's publisher, not every dataset. The table is built from the data
 * package's own list (scripts/data-modules.mjs).
 */
import { DATASETS } from 'virtual:safeguard-datasets';

/** Every dataset's id, without fetching any. */
export const datasetIds: readonly string[] = Object.keys(DATASETS);

/** The dataset with this id, fetched; undefined for an id the package has not. */
export function loadDataset(id: string | null): Promise<unknown> {
  const load = id !== null && Object.hasOwn(DATASETS, id) ? DATASETS[id] : undefined;
  return load ? load() : Promise.resolve(undefined);
}
