import { defineConfig } from 'tsup';

// One self-contained ES module: React, the charts, their styles and the data are all inside, so a page
// needs nothing but this file, and the file asks the network for nothing.
export default defineConfig({
  entry: { 'safeguard-charts': 'src/index.ts' },
  format: ['esm'],
  target: 'es2020',
  platform: 'browser',
  tsconfig: 'tsconfig.build.json',
  minify: true,
  sourcemap: false,
  dts: false,
  treeshake: false,
  noExternal: [/.*/],
  // One file: the download buttons' lazily imported file maker is folded in (a split embed is issue 13's work).
  splitting: false,
  loader: { '.css': 'text' },
  define: { 'process.env.NODE_ENV': '"production"' },
});
