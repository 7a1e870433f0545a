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
      'src/csv.ts',
      'src/derive.ts',
      'src/figures.ts',
      'src/sourceLine.ts',
      'src/sources.ts',
      'src/validate.ts',
    ],
    splitting: true,
  },
  // CommonJS: one file, for require().
  { ...shared, format: ['cjs'], entry: ['src/index.ts'] },
]);
