import { defineConfig } from 'tsup';

// Node only: the Node API (with types) and the command. Dependencies stay dependencies (React renders on the
// server, resvg rasterises); the fonts are copied next to the build by scripts/copy-fonts.mjs.
export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: false,
  splitting: true,
  treeshake: false,
});
