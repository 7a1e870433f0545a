import { defineConfig, type Options } from 'tsup';
import { atlasWithoutNames } from '../react/scripts/atlas-without-names.mjs';
import { attributesModule } from './scripts/attributes.mjs';
import {
  cssRules,
  dataModules,
  datasetModules,
  localize,
  localizeInPlace,
  minifiedCss,
  problemWords,
  problemWordsInPlace,
  publisherDatasetModules,
} from './scripts/data-modules.mjs';

/**
 * The embed runs the charts on Preact through preact/compat: every chart and keyboard path passes the embed's
 * tests on it in Chromium and Firefox ESR, and it is 60 KB gzip smaller than React and react-dom.
 */
const preact: Options['esbuildOptions'] = (options) => {
  options.alias = {
    react: 'preact/compat',
    'react-dom/client': 'preact/compat/client',
    'react-dom': 'preact/compat',
    'react/jsx-runtime': 'preact/jsx-runtime',
  };
};

const shared: Options = {
  format: ['esm'],
  target: 'es2020',
  platform: 'browser',
  tsconfig: 'tsconfig.build.json',
  minify: true,
  sourcemap: false,
  dts: false,
  noExternal: [/.*/],
  loader: { '.css': 'text' },
  define: { 'process.env.NODE_ENV': '"production"' },
  esbuildOptions: preact,
  esbuildPlugins: [
    dataModules,
    publisherDatasetModules,
    problemWordsInPlace,
    localizeInPlace,
    minifiedCss,
    atlasWithoutNames,
    attributesModule,
  ],
};

export default defineConfig([
  // The loader and one file per chart kind, language and reading of figures, fetched from the loader's own
  // folder as a page needs them: a page with one bar chart loads the loader and that chart's code.
  {
    ...shared,
    entry: {
      'safeguard-charts': 'src/index.ts',
      frame: 'src/frame.ts',
      'frame-parent': 'src/frame-parent.ts',
    },
    splitting: true,
    // The stylesheet as a placeholder: scripts/preload.mjs writes the rules every chart uses in its place, and
    // each chart kind's own rules into a file fetched with its code (see src/styles.ts).
    esbuildPlugins: [
      dataModules,
      datasetModules,
      problemWords,
      localize,
      cssRules,
      atlasWithoutNames,
      attributesModule,
    ],
    // Read by scripts/preload.mjs (each module's files), then deleted.
    metafile: true,
    // The iframe's page and the chart maker's, next to their scripts.
    onSuccess:
      "node -e \"for (const f of ['frame.html', 'maker.html', 'maker.css', 'maker-icon.svg']) require('fs').copyFileSync('src/' + f, 'dist/' + f)\"",
    // esbuild's own tree shaking (tsup's rollup pass would drop the chunks' names).
    treeshake: false,
    esbuildOptions(options, context) {
      preact?.(options, context);
      options.chunkNames = 'chunks/[name]-[hash]';
    },
  },
  // Everything in one file, for sites that can host only one file.
  {
    ...shared,
    entry: { 'safeguard-charts.single': 'src/index.ts' },
    splitting: false,
    treeshake: false,
  },
  // The chart maker's script (maker.html), one file with its spreadsheet reader: built on its own, so that what it
  // shares with the element does not change how the charts' files are split (a page with one chart would fetch one
  // file more). Its previews draw with the element, from the loader's files.
  {
    ...shared,
    entry: { maker: 'src/maker.ts' },
    splitting: false,
  },
]);
