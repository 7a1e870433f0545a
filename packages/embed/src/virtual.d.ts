/** Built by scripts/data-modules.mjs from the data package's list of datasets: each id's module and loader. */
declare module 'virtual:safeguard-datasets' {
  export const DATASETS: Record<string, [module: string, load: () => Promise<unknown>]>;
}
