// After the split build, before scripts/preload.mjs: fewer, larger files. esbuild splits shared code into one file
// per set of modules that share it, so a page with one bar chart fetched 24 files, most under 500 bytes, and each
// file is compressed on its own (40.3 KB gzip where the same code in one file is 35.5 KB). Rolldown re-bundles
// esbuild's files from the same entries: it keeps code the loader already has in the loader, and puts every
// shared file that four or more of the others need, or that is smaller than SMALL, into one file. esbuild's
// metafile is rewritten for the new files (same shape: each file's imports and the source entry it stands for), so
// scripts/preload.mjs reads it as before. The single file goes through the same minifier (1.5 KB gzip smaller than
// esbuild's).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rolldown } from 'rolldown';

const META = 'dist/metafile-esm.json';
const ENTRIES = {
  'safeguard-charts': 'safeguard-charts.js',
  frame: 'frame.js',
  'frame-parent': 'frame-parent.js',
};
const { outputs } = JSON.parse(readFileSync(META, 'utf8'));

// esbuild's split files, moved aside; the single file and the rest of dist stay where they are.
const split = mkdtempSync(path.join(tmpdir(), 'sg-split-'));
for (const file of [...Object.values(ENTRIES), 'chunks']) {
  cpSync(path.join('dist', file), path.join(split, file), { recursive: true });
  rmSync(path.join('dist', file), { recursive: true });
}
const sourceOf = (file) => `dist/${path.relative(split, file).split(path.sep).join('/')}`;

/** Each esbuild file with the number of modules (entries, or imported with `import()`) that need it. */
const sharers = new Map();
const closureOf = (file, seen = new Set()) => {
  if (seen.has(file) || !outputs[file]) return seen;
  seen.add(file);
  for (const imported of outputs[file].imports)
    if (imported.kind === 'import-statement') closureOf(imported.path, seen);
  return seen;
};
for (const [file, { entryPoint }] of Object.entries(outputs))
  if (entryPoint) for (const needed of closureOf(file)) sharers.set(needed, (sharers.get(needed) ?? 0) + 1);
/**
 * Bytes under which a shared file is not worth a request of its own: measured, 900 puts a bar chart's four small
 * files (percent change, SVG lines, the figures' text cache…) in the common file, so its page fetches 6 files, not
 * 10, and 0.7 KB less gzip; the other pages' bytes change by under 0.4 KB (`pnpm bench`'s page weights).
 */
const SMALL = 900;

const bundle = await rolldown({
  input: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, path.join(split, file)])),
  logLevel: 'warn',
});
const { output } = await bundle.write({
  dir: 'dist',
  format: 'esm',
  minify: true,
  hashCharacters: 'base36',
  // A chart kind, language or publisher keeps its name (`chunks/surge-….js`), without esbuild's hash.
  chunkFileNames: (chunk) => `chunks/${chunk.name.replace(/-[A-Z0-9]{8}$/, '')}-[hash].js`,
  // Into one common file: code that four modules or more (chart kinds, languages, the element…) share, and any
  // shared file smaller than a request's own cost (its headers, and a place in the queue of an HTTP/1.1 browser's
  // six connections: a page with one bar chart fetched nine files at once).
  codeSplitting: {
    groups: [
      {
        name: 'chunk',
        test: (id) => {
          const file = sourceOf(id);
          return (
            /\/chunks\/chunk-/.test(file) && ((sharers.get(file) ?? 0) >= 4 || statSync(id).size < SMALL)
          );
        },
        minShareCount: 2,
      },
    ],
  },
});
await bundle.close();

const files = output.filter((file) => file.type === 'chunk');
const metafile = { outputs: {} };
for (const file of files) {
  const from = file.facadeModuleId && outputs[sourceOf(file.facadeModuleId)];
  metafile.outputs[`dist/${file.fileName}`] = {
    entryPoint: from?.entryPoint,
    imports: [
      ...file.imports.map((imported) => ({ path: `dist/${imported}`, kind: 'import-statement' })),
      ...file.dynamicImports.map((imported) => ({ path: `dist/${imported}`, kind: 'dynamic-import' })),
    ],
  };
}
writeFileSync(META, JSON.stringify(metafile));

// The single file, through the same minifier, in place.
const single = await rolldown({ input: 'dist/safeguard-charts.single.js', logLevel: 'warn' });
const [one, ...more] = (await single.generate({ format: 'esm', minify: true })).output;
await single.close();
if (more.length || one?.type !== 'chunk')
  throw new Error('merge-chunks: the single file would become several');
writeFileSync('dist/safeguard-charts.single.js', one.code);
rmSync(split, { recursive: true });
const before = Object.keys(outputs).filter(
  (file) => file.endsWith('.js') && !file.includes('.single'),
).length;
console.log(
  `merge-chunks: ${before} files from esbuild, ${files.length} after rolldown (${readdirSync('dist/chunks').length} in chunks/)`,
);
