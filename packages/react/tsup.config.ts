import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';
import { atlasWithoutNames } from './scripts/atlas-without-names.mjs';
import { stylesheet } from './src/styles/tokensCss';

/** The languages shipped, each a module of its own (`@safeguard-charts/react/messages/de`). */
const LOCALES = ['ar', 'de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pl', 'pt', 'sv'];

/**
 * What a page may import on its own: the entry, each chart's folder (`@safeguard-charts/react/charts/ProviderBars`,
 * one per folder of src/charts), the figure kit (`/frame`), the option lists (`/options`) and each language (`/messages/de`).
 */
const CHARTS = readdirSync('src/charts', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `src/charts/${entry.name}/index.ts`);
const ENTRIES = [
  'src/index.ts',
  ...CHARTS,
  'src/frame/index.ts',
  'src/options.ts',
  ...LOCALES.map((locale) => `src/i18n/locales/${locale}.ts`),
];

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
    entry: [...ENTRIES, 'src/format/index.ts', 'src/theme/index.ts'],
    splitting: true,
    esbuildPlugins: [atlasWithoutNames],
    // The stylesheet is shipped as a plain file: a host page links or imports it, nothing injects it. Its palette
    // is written from the token table (src/theme/tokens.ts), in front of the hand-written rules.
    async onSuccess() {
      writeFileSync('dist/styles.css', stylesheet(readFileSync('src/styles/styles.css', 'utf8')));
    },
  },
  // CommonJS, for require(): the same entries, split as the ES modules are, so a chart required from its own path
  // and the entry's MessagesProvider share one context.
  {
    ...shared,
    format: ['cjs'],
    entry: ENTRIES,
    splitting: true,
    esbuildPlugins: [atlasWithoutNames],
    // Split CommonJS goes through a second pass that writes "use strict" in front of the banner; put the banner
    // first again, as the Next.js App Router looks for it.
    async onSuccess() {
      for (const file of readdirSync('dist', { recursive: true, encoding: 'utf8' })) {
        if (!file.endsWith('.cjs') || file.startsWith('server')) continue;
        const text = readFileSync(`dist/${file}`, 'utf8');
        if (!text.startsWith("'use client';"))
          writeFileSync(`dist/${file}`, `'use client';\n${text.replace("'use client';", '')}`);
      }
    },
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
