// After the split build: so that a page fetches a chart in as few round trips as it can, each file the loader or
// the iframe's script imports statically is imported from the entry itself (the browser then fetches them all as
// soon as it reads the entry, instead of one level of imports after another), and each module the loader imports
// when a page needs it (a chart kind, a language, a publisher's datasets, the CSV reader) gets its whole list of
// files written into src/preload.ts's table, which the loader asks for at once. Reads esbuild's metafile, which
// it then deletes (it is not shipped).
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { classesOf, rulesOf, wordsOf } from './css-rules.mjs';
import { minifiedStylesheet, STYLES_PLACEHOLDER } from './data-modules.mjs';

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
// Files every page has: the table's own file, and the element's (src/element.ts, which the loader asks for with the
// page's charts). No other module's list repeats them.
const element = files.find((file) => outputs[file].entryPoint === 'src/element.ts');
const loaded = closure(holder);
const always = new Set([...loaded, ...(element ? closure(element) : [])]);
const table = {};
for (const file of files) {
  const { entryPoint } = outputs[file];
  if (!entryPoint || ENTRIES.has(entryPoint)) continue;
  // `kinds/surge`, `locales/de`, `src/csv`: the module's folder and name; `datasets/iwfAiVideos` for one
  // dataset's module (`safeguard-dataset:iwfAiVideos/iwf`, see scripts/data-modules.mjs).
  const dataset = /^safeguard-dataset:([^/]+)\//.exec(entryPoint);
  // `src/problem-words`, `src/localize`: a module the build writes (scripts/data-modules.mjs).
  const written = /^safeguard-([\w-]+):virtual:/.exec(entryPoint);
  const key = dataset
    ? `datasets/${dataset[1]}`
    : written
      ? `src/${written[1]}`
      : `${path.basename(path.dirname(entryPoint))}/${path.basename(entryPoint).replace(/\.[^.]+$/, '')}`;
  table[key] = [...closure(file)]
    .filter((needed) => !(file === element ? loaded : always).has(needed))
    .map((needed) => relative(holder, needed));
}
// 3. The stylesheet, cut: the loader holds the rules of what the loader's own files draw (every chart's frame, the
// messages), those three chart kinds or more use, and those no code names (such as the server-rendered HTML's), in
// place of src/styles.ts's placeholder;
// each chart kind's own rules go into a file listed with its files (so fetched in the same round) and under
// `styles/<kind>`, where src/styles.ts finds it. Each rule keeps its place in the stylesheet.
const rules = rulesOf(await minifiedStylesheet());
const at = (file) => path.join(path.dirname(holder), file);
const codeOf = (list) => list.map((file) => readFileSync(file, 'utf8')).join('\n');
const kinds = Object.keys(table).filter((key) => key.startsWith('kinds/'));
const named = wordsOf(codeOf(files));
const baseWords = wordsOf(codeOf([...always]));
const uses = (words, rule) => {
  const classes = classesOf(rule.selector);
  return !classes.length || classes.some((name) => words.has(name));
};
const kindWords = new Map(
  kinds.map((key) => [key, new Set([...baseWords, ...wordsOf(codeOf(table[key].map(at)))])]),
);
// A rule three kinds or more use is in the loader too: a file of a kind's few rules weighs more than they do.
const base = rules.filter(
  (rule) =>
    uses(baseWords, rule) ||
    !classesOf(rule.selector).some((name) => named.has(name)) ||
    kinds.filter((key) => uses(kindWords.get(key), rule)).length >= 3,
);
const inBase = new Set(base.map((rule) => rule.place));
for (const key of kinds) {
  const own = rules.filter((rule) => !inBase.has(rule.place) && uses(kindWords.get(key), rule));
  if (!own.length) continue;
  const code = `export default ${JSON.stringify(own.map((rule) => [rule.place, rule.text]))};`;
  const hash = BigInt(`0x${createHash('sha256').update(code).digest('hex').slice(0, 12)}`)
    .toString(36)
    .slice(0, 8);
  const file = `dist/chunks/styles-${path.basename(key)}-${hash}.js`;
  writeFileSync(file, code);
  table[`styles/${path.basename(key)}`] = [relative(holder, file)];
  table[key].push(relative(holder, file));
}
const placeholder = new RegExp(`(["'\`])${STYLES_PLACEHOLDER}\\1`);
const sheetHolders = files.filter((file) => placeholder.test(readFileSync(file, 'utf8')));
if (sheetHolders.length !== 1)
  throw new Error(
    `scripts/preload.mjs: expected the stylesheet's placeholder in one file, found ${sheetHolders.length}`,
  );
const baseRules = JSON.stringify(base.map((rule) => [rule.place, rule.text]));
writeFileSync(
  sheetHolders[0],
  readFileSync(sheetHolders[0], 'utf8').replace(placeholder, () => baseRules),
);

const json = JSON.stringify(table);
if (/['`\\]/.test(json)) throw new Error('scripts/preload.mjs: a file name would need escaping');
writeFileSync(holder, readFileSync(holder, 'utf8').replace(PLACEHOLDER, json));
// The same table in the chart maker's script (built on its own, beside the loader), which asks for every chart's and
// language's files once figures are pasted, so that it works offline from then on (maker.ts `keepForOffline`).
const MAKER_PLACEHOLDER = '{"__sg_maker_chunks__":[]}';
const maker = readFileSync('dist/maker.js', 'utf8');
if (!maker.includes(MAKER_PLACEHOLDER))
  throw new Error("scripts/preload.mjs: dist/maker.js holds no placeholder for the files' table");
writeFileSync(
  'dist/maker.js',
  maker.replace(MAKER_PLACEHOLDER, () => json),
);
rmSync(META);

// 4. V8's compile hint (Chromium 136+; a comment to other engines): every function of the loader and of each file it
// fetches is compiled as the file streams in, off the main thread, instead of when first called. A page loads only
// the files its charts run at once, so nearly all of their functions are called; the first draw's main thread is
// 40–60 ms shorter beside Chart.js in one run (tail after the last script: 164 → 120 ms).
const HINT = '//# allFunctionsCalledOnLoad\n';
for (const file of files.filter(
  (f) => !ENTRIES.has(outputs[f].entryPoint) || f === 'dist/safeguard-charts.js',
))
  writeFileSync(file, HINT + readFileSync(file, 'utf8'));
console.log(
  `preload: ${Object.keys(table).length} modules listed in ${holder}; the stylesheet's ${rules.length} rules: ${base.length} in it, the rest with the chart kinds`,
);
