import type { Plugin } from 'esbuild';

/** Bundles world-atlas's countries-110m.json without the country names the map never reads. */
export const atlasWithoutNames: Plugin;
