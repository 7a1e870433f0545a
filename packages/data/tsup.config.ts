import { mkdirSync, writeFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

/**
 * The languages of the datasets' words, each a module of its own (`@safeguard-charts/data/words/de`), the
 * languages of the charts' catalogues but English. A test holds this list to the files of src/words.
 */
const WORD_LANGUAGES = ['ar', 'de', 'es', 'fr', 'it', 'ja', 'nl', 'pl', 'pt', 'sv'];
const WORD_ENTRIES = {
  ...Object.fromEntries(WORD_LANGUAGES.map((language) => [`words/${language}`, `src/words/${language}.ts`])),
  // `@safeguard-charts/data/words`: every language's, for a server or a tool that writes any language.
  'words/index': 'src/words/index.ts',
};

/**
 * Each words module's declarations, written as they are (one constant of one type) rather than by the declaration
 * build, which reads its entries in parallel (see below).
 */
function writeWordTypes(extension: 'd.ts' | 'd.cts'): void {
  mkdirSync('dist/words', { recursive: true });
  for (const language of WORD_LANGUAGES)
    writeFileSync(
      `dist/words/${language}.${extension}`,
      `/** The words of the package's datasets in this language: English text → translation (see localizeDataset). */\nexport declare const ${language}: Readonly<Record<string, string>>;\n`,
    );
  writeFileSync(
    `dist/words/index.${extension}`,
    `/** The words of the package's datasets in each language but English, by language code (see localizeDataset). */\nexport declare const DATASET_WORDS: Readonly<Record<${WORD_LANGUAGES.map((l) => `'${l}'`).join(' | ')}, Readonly<Record<string, string>>>>;\n`,
  );
}

const shared: Options = {
  dts: true,
  tsconfig: 'tsconfig.build.json',
  target: 'es2020',
  sourcemap: false,
  treeshake: false,
};

export default defineConfig([
  {
    ...shared,
    // ESM: one entry per module, so the build keeps them as separate files and a site that imports
    // `sourceLine` does not pull in the datasets (the package is `sideEffects: false`).
    format: ['esm'],
    entry: [
      'src/index.ts',
      'src/datasets/index.ts',
      'src/catalog.ts',
      'src/csv/write.ts',
      'src/derive.ts',
      'src/figures.ts',
      'src/sourceLine.ts',
      'src/sources.ts',
      'src/validate/providers.ts',
      'src/validate/series.ts',
      'src/validate/shares.ts',
      ...Object.values(WORD_ENTRIES),
    ],
    splitting: true,
    // Types for the package's one typed entry only: with every module an entry, the declaration build read them
    // in parallel and wrote a union's members in an order that changed from run to run (the API report with it).
    dts: { entry: ['src/index.ts'] },
    async onSuccess() {
      writeWordTypes('d.ts');
    },
  },
  // CommonJS: one file, for require(), and one per language of the datasets' words.
  {
    ...shared,
    format: ['cjs'],
    entry: { index: 'src/index.ts', ...WORD_ENTRIES },
    dts: { entry: { index: 'src/index.ts' } },
    async onSuccess() {
      writeWordTypes('d.cts');
    },
  },
]);
