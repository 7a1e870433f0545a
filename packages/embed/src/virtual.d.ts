/** Built by scripts/data-modules.mjs from the data package's list of datasets: each id's loader. */
declare module 'virtual:safeguard-datasets' {
  export const DATASETS: Record<string, () => Promise<{ default: unknown }>>;
}

/**
 * Built by scripts/data-modules.mjs: the English sentence of each problem, set into the data package's tables when
 * this module is fetched (empty in the single file, which holds them in place).
 */
declare module 'virtual:safeguard-problem-words' {}

/**
 * Built by scripts/data-modules.mjs: gives the charts the data package's `localizeDataset` when it is fetched, with
 * the datasets' words of a language (empty in the single file, whose charts hold it).
 */
declare module 'virtual:safeguard-localize' {}
