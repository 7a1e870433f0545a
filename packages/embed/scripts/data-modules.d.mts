import type { Plugin } from 'esbuild';

/** Rewrites the charts' imports of `@safeguard-charts/data` into imports of the modules that define each name. */
export const dataModules: Plugin;
