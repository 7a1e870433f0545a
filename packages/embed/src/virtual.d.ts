/** Built by scripts/data-modules.mjs from the data package's list of datasets. */
declare module 'virtual:safeguard-datasets' {
  export const DATASETS: Record<string, () => Promise<unknown>>;
}
