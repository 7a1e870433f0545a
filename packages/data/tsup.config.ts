import { defineConfig, type Options } from 'tsup';

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
    ],
    splitting: true,
    // Types for the package's one typed entry only: with every module an entry, the declaration build read them
    // in parallel and wrote a union's members in an order that changed from run to run (the API report with it).
    dts: { entry: ['src/index.ts'] },
  },
  // CommonJS: one file, for require().
  { ...shared, format: ['cjs'], entry: ['src/index.ts'] },
]);
