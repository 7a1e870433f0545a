/*
 * The data package's datasets by id, each fetched when a page names it (`dataset="ncmecProviderReports"`): the
 * page fetches that dataset's own module (with the sources it cites), not its publisher's other datasets. The
 * table is built from the data package's own list (scripts/data-modules.mjs).
 */
import { DATASETS } from 'virtual:safeguard-datasets';

/** Every dataset's id, without fetching any. */
export const datasetIds: readonly string[] = Object.keys(DATASETS);

const entry = (id: string | null) => (id !== null && Object.hasOwn(DATASETS, id) ? DATASETS[id] : undefined);

/** The dataset with this id, fetched; undefined for an id the package has not. */
export function loadDataset(id: string | null): Promise<unknown> {
  const found = entry(id);
  return found ? found().then((module) => module.default) : Promise.resolve(undefined);
}

/** The module of the dataset with this id (`datasets/ncmecAiReports`), for fetching it ahead; '' for none. */
export function datasetModule(id: string | null): string {
  return entry(id) ? `datasets/${id}` : '';
}
