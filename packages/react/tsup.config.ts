import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  tsconfig: 'tsconfig.build.json',
  target: 'es2020',
  sourcemap: false,
  clean: true,
  // tsup's rollup tree-shaking pass drops the "use client" banner; esbuild's own is enough for a library.
  treeshake: false,
  external: ['react', 'react-dom', '@safeguard-charts/data'],
  // Charts keep state (tooltip, table toggle), so a Next.js App Router page needs them as client components;
  // a directive inside a source file is dropped by the bundler, so the built entry gets it as a banner.
  banner: { js: "'use client';" },
  // The stylesheet is shipped as a plain file: a host page links or imports it, nothing injects it.
  onSuccess: "node -e \"require('fs').copyFileSync('src/styles/styles.css', 'dist/styles.css')\"",
});
