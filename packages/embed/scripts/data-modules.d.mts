import type { Plugin } from 'esbuild';

/** Rewrites the charts' imports of `@safeguard-charts/data` into imports of the modules that define each name. */
export const dataModules: Plugin;

/** `virtual:safeguard-datasets`: each dataset's id with a loader for a module of that one dataset. */
export const datasetModules: Plugin;

/** The same table for the single file: each dataset taken from its publisher's module. */
export const publisherDatasetModules: Plugin;

/** Loads a stylesheet as its minified text. */
export const minifiedCss: Plugin;

/** What the split build's loader holds in place of the stylesheet's text, until scripts/preload.mjs cuts it. */
export const STYLES_PLACEHOLDER: string;

/** The package's stylesheet, minified as the single file holds it. */
export function minifiedStylesheet(): Promise<string>;

/** For the split build: a stylesheet's import is a placeholder (see scripts/preload.mjs and src/styles.ts). */
export const cssRules: Plugin;

/** For the split build: the problems' English sentences in a module of their own (`virtual:safeguard-problem-words`). */
export const problemWords: Plugin;

/** For the single file: `virtual:safeguard-problem-words` is empty, the sentences stay in the problems module. */
export const problemWordsInPlace: Plugin;

/** For the split build: `localizeDataset` in a module fetched with the datasets' words (`virtual:safeguard-localize`). */
export const localize: Plugin;

/** For the single file: `virtual:safeguard-localize` is empty, the charts hold `localizeDataset`. */
export const localizeInPlace: Plugin;
