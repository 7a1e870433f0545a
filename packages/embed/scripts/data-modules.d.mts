import type { Plugin } from 'esbuild';

/** Rewrites the charts' imports of `@safeguard-charts/data` into imports of the modules that define each name. */
export const dataModules: Plugin;

/** `virtual:safeguard-datasets`: each dataset's id with a loader for the data module that defines it. */
export const datasetModules: Plugin;

/** Loads a stylesheet as its minified text. */
export const minifiedCss: Plugin;
