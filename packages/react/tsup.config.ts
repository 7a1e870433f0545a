import { readFileSync, writeFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';
import { atlasWithoutNames } from './scripts/atlas-without-names.mjs';
import { stylesheet } from './src/styles/tokensCss';

/** The languages shipped, each a module of its own (`@safeguard-charts/react/messages/de`). */
const LOCALES = ['ar', 'de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pl', 'pt', 'sv'];

const shared: Options = {
  dts: true,
  tsconfig: 'tsconfig.build.json',
  target: 'es2020',
  sourcemap: false,
  // tsup's rollup tree-shaking pass drops the "use client" banner; esbuild's own is enough for a library.
  treeshake: false,
  external: ['react', 'react-dom', '@safeguard-charts/data'],
  // Charts keep state (tooltip, table toggle), so a Next.js App Router page needs them as client components;
  // a directive inside a source file is dropped by the bundler, so every built file gets it as a banner.
  banner: { js: "'use client';" },
};

export default defineConfig([
  {
    ...shared,
    // ESM: one entry per chart, so `import { ProviderBars }` pays for ProviderBars and the shared frame
    // only (the package is `sideEffects: false` for JavaScript).
    format: ['esm'],
    entry: [
      'src/index.ts',
      'src/charts/HostingMap/index.ts',
      'src/charts/LegislationTracker/index.ts',
      'src/charts/NcmecTimeline/index.ts',
      'src/charts/SeverityComparison/index.ts',
      'src/charts/ShareChart/index.ts',
      'src/charts/SourceList/index.ts',
      'src/charts/ProviderBars/index.ts',
      'src/charts/StatCard/index.ts',
      'src/charts/SurgeChart/index.ts',
      'src/format/index.ts',
      'src/theme/index.ts',
      // One file per language: a page pays only for the catalogues it imports.
      ...LOCALES.map((locale) => `src/i18n/locales/${locale}.ts`),
    ],
    splitting: true,
    esbuildPlugins: [atlasWithoutNames],
    // The stylesheet is shipped as a plain file: a host page links or imports it, nothing injects it. Its palette
    // is written from the token table (src/theme/tokens.ts), in front of the hand-written rules.
    async onSuccess() {
      writeFileSync('dist/styles.css', stylesheet(readFileSync('src/styles/styles.css', 'utf8')));
    },
  },
  // CommonJS: one file, for require(), and one per language.
  { ...shared, format: ['cjs'], entry: ['src/index.ts'], esbuildPlugins: [atlasWithoutNames] },
  {
    ...shared,
    format: ['cjs'],
    entry: Object.fromEntries(
      LOCALES.map((locale) => [`i18n/locales/${locale}`, `src/i18n/locales/${locale}.ts`]),
    ),
  },
  // `@safeguard-charts/react/server`: what a server component may call (formatters, catalogues, option lists),
  // a build of its own WITHOUT the banner. Nothing in it imports React, and it shares no chunk with the client
  // files, so a Next.js server page gets the functions themselves, not client references.
  {
    ...shared,
    banner: {},
    format: ['esm', 'cjs'],
    entry: { 'server/index': 'src/server.ts' },
    splitting: false,
  },
]);
