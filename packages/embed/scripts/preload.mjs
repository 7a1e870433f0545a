// After the split build: so that a page fetches a chart in as few round trips as it can, each file the loader or
// the iframe's script imports statically is imported from the entry itself (the browser then fetches them all as
// soon as it reads the entry, instead of one level of imports after another), and each module the loader imports
// when a page needs it (a chart kind, a language, a publisher's datasets, the CSV reader) gets its whole list of
// files written into src/preload.ts's table, which the loader asks for at once. Reads esbuild's metafile, which
// it then deletes (it is not shipped).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const META = 'dist/metafile-esm.json';
const PLACEHOLDER = '{"__sg_chunks__":[]}';
const { outputs } = JSON.parse(readFileSync(META, 'utf8'));

/** Every file `file` imports statically, directly or not, with itself. */
function closure(file, seen = new Set()) {
  if (seen.has(file) || !outputs[file]) return seen;
  seen.add(file);
  for (const imported of outputs[file].imports)
    if (imported.kind === 'import-statement' && !imported.external) closure(imported.path, seen);
  return seen;
}

const relative = (from, file) => {
  const link = path.relative(path.dirname(from), file).split(path.sep).join('/');
  return link.startsWith('.') ? link : `./${link}`;
};

const ENTRIES = new Set(['src/index.ts', 'src/frame.ts', 'src/frame-parent.ts']);
const files = Object.keys(outputs).filter((file) => file.endsWith('.js'));

// 1. The entries import every file they need at their top.
for (const entry of files.filter((file) => ENTRIES.has(outputs[file].entryPoint))) {
  const direct = new Set(outputs[entry].imports.map((imported) => imported.path));
  const needed = [...closure(entry)].filter((file) => file !== entry && !direct.has(file));
  if (!needed.length) continue;
  const code = readFileSync(entry, 'utf8');
  const imports = needed.map((file) => `import"${relative(entry, file)}";`).join('');
  writeFileSync(entry, imports + code);
}

// 2. The table of each lazily loaded module's files, written where src/preload.ts's code ended up.
const holders = files.filter((file) => readFileSync(file, 'utf8').includes(PLACEHOLDER));
if (holders.length !== 1)
  throw new Error(
    `scripts/preload.mjs: expected the table's placeholder in one file, found ${holders.length}`,
  );
const [holder] = holders;
const loaded = closure(holder);
const table = {};
for (const file of files) {
  const { entryPoint } = outputs[file];
  if (!entryPoint || ENTRIES.has(entryPoint)) continue;
  // `kinds/surge`, `locales/de`, `datasets/ncmec`, `src/csv`: the module's folder and name.
  const key = `${path.basename(path.dirname(entryPoint))}/${path.basename(entryPoint).replace(/\.[^.]+$/, '')}`;
  table[key] = [...closure(file)]
    .filter((needed) => !loaded.has(needed))
    .map((needed) => relative(holder, needed));
}
const json = JSON.stringify(table);
if (/['`\\]/.test(json)) throw new Error('scripts/preload.mjs: a file name would need escaping');
writeFileSync(holder, readFileSync(holder, 'utf8').replace(PLACEHOLDER, json));
rmSync(META);
console.log(`preload: ${Object.keys(table).length} modules listed in ${holder}`);
