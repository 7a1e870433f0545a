// An esbuild plugin for the embed's build: `import { a, b } from '@safeguard-charts/data'` in the charts' sources
// becomes an import of each name from the data module that defines it (as Next.js's optimizePackageImports
// does). esbuild splits code by the files an entry reaches, and the data package's entry re-exports every module:
// through it, every page would share the datasets, the CSV reader and the country table.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build as esbuild, transform } from 'esbuild';

// The build runs in packages/embed (its package.json's build script).
const dataSrc = path.resolve(process.cwd(), '../data/src');

/**
 * Makes `import … from 'virtual:<name>'` load what `load()` returns (an esbuild onLoad result): a module the build
 * writes. Its namespace is `name`, so its entry point reads `<name>:virtual:<name>` (scripts/preload.mjs names the
 * module by it).
 */
export function onVirtual(build, name, load) {
  build.onResolve({ filter: new RegExp(`^virtual:${name}$`) }, ({ path: id }) => ({
    path: id,
    namespace: name,
  }));
  build.onLoad({ filter: /.*/, namespace: name }, load);
}

/** Each value export of the data package's entry and the module it comes from. */
function exportMap() {
  const index = readFileSync(path.join(dataSrc, 'index.ts'), 'utf8');
  const map = new Map();
  for (const [, names, from] of index.matchAll(/export\s*\{([^}]*)\}\s*from\s*'([^']+)'/g))
    for (const name of names
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean)) {
      if (name.startsWith('type ')) continue;
      const [original, alias = original] = name.split(/\s+as\s+/);
      map.set(alias, { original, file: path.join(dataSrc, from) });
    }
  return map;
}

export const dataModules = {
  name: 'data-modules',
  setup(build) {
    const exports = exportMap();
    build.onLoad({ filter: /[\\/]packages[\\/](react|embed)[\\/]src[\\/].*\.tsx?$/ }, ({ path: file }) => {
      const source = readFileSync(file, 'utf8');
      const contents = source.replace(
        /import\s*(type\s+)?\{([^}]*)\}\s*from\s*'@safeguard-charts\/data';/g,
        (whole, typeOnly, names) => {
          if (typeOnly) return whole;
          const lines = [];
          for (const raw of names
            .split(',')
            .map((n) => n.trim())
            .filter(Boolean)) {
            if (raw.startsWith('type ')) continue;
            const [name, local = name] = raw.split(/\s+as\s+/);
            const found = exports.get(name);
            if (!found) return whole; // a name this map does not know: leave the import as it is
            lines.push(`import { ${found.original} as ${local} } from ${JSON.stringify(found.file)};`);
          }
          return lines.join('\n');
        },
      );
      return { contents, loader: file.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

/**
 * `virtual:safeguard-datasets`: each dataset of the data package by its id, with a loader for a module of that
 * one dataset (read from the data package's own list, catalog.ts, and its datasets' index). A page that names
 * one dataset fetches that dataset, not its publisher's module: each dataset's module is bundled on its own from
 * the publisher's (`safeguard-dataset:<id>/<publisher>`, see `datasetModule`), with what it uses of the sources
 * and the derived figures, so a page with one of IWF's datasets fetches neither IWF's other datasets nor the
 * sources of every publisher.
 */
function datasetPlugin(own) {
  return {
    name: 'dataset-modules',
    setup(build) {
      onVirtual(build, 'safeguard-datasets', () => {
        const catalog = readFileSync(path.join(dataSrc, 'catalog.ts'), 'utf8');
        const list = catalog.match(/export const datasets = \[([^\]]*)\]/);
        if (!list)
          throw new Error(
            'data/src/catalog.ts: no `export const datasets = [ … ]` to read the datasets from',
          );
        const ids = list[1]
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean);
        const modules = datasetFiles();
        const entries = ids.map((id) => {
          if (!modules.has(id))
            throw new Error(`data/src/datasets/index.ts: no module exports the dataset ${id}`);
          // The dataset's module, whose file is named after its publisher (`chunks/iwf-….js`); the loader asks for
          // its files ahead as `datasets/<id>` (src/datasets.ts, scripts/preload.mjs).
          const publisher = path.basename(modules.get(id), '.ts');
          return `  ${JSON.stringify(id)}: () => import(${JSON.stringify(`safeguard-dataset:${id}/${publisher}`)}),`;
        });
        return {
          contents: `export const DATASETS = {\n${entries.join('\n')}\n};\n`,
          loader: 'js',
          resolveDir: dataSrc,
        };
      });
      // One dataset's module: the dataset and only what it uses, bundled from its publisher's module.
      build.onResolve({ filter: /^safeguard-dataset:/ }, ({ path: id }) => ({
        path: id.slice('safeguard-dataset:'.length),
        namespace: 'safeguard-dataset',
      }));
      build.onLoad({ filter: /.*/, namespace: 'safeguard-dataset' }, async ({ path: idAndPublisher }) => {
        const [id] = idAndPublisher.split('/');
        const file = datasetFiles().get(id);
        // The single file holds every dataset once: each module takes its dataset from its publisher's.
        if (!own)
          return {
            contents: `export { ${id} as default } from ${JSON.stringify(file)};`,
            loader: 'ts',
            resolveDir: dataSrc,
          };
        const { outputFiles } = await esbuild({
          stdin: {
            contents: `export { ${id} as default } from ${JSON.stringify(file)};`,
            resolveDir: dataSrc,
            loader: 'ts',
          },
          bundle: true,
          write: false,
          format: 'esm',
          target: 'es2020',
          platform: 'browser',
        });
        return { contents: outputFiles[0].text, loader: 'js' };
      });
    },
  };
}

/** For the split build: each dataset in a module of its own, with only what it uses. */
export const datasetModules = datasetPlugin(true);

/** For the single file: each dataset taken from its publisher's module, so that the file holds each once. */
export const publisherDatasetModules = datasetPlugin(false);

/** Each dataset's id and the file of the data package that defines it (`iwfAiVideos` → …/datasets/iwf.ts). */
function datasetFiles() {
  const index = readFileSync(path.join(dataSrc, 'datasets/index.ts'), 'utf8');
  const moduleOf = new Map();
  for (const [, typeOnly, names, from] of index.matchAll(
    /export\s*(type\s+)?\{([^}]*)\}\s*from\s*'([^']+)'/g,
  )) {
    if (typeOnly) continue;
    for (const name of names.split(',').map((n) => n.trim()))
      if (name) moduleOf.set(name, path.join(dataSrc, 'datasets', `${from}.ts`));
  }
  return moduleOf;
}

/**
 * The charts' stylesheet as minified text (the loader adopts it as a constructable sheet): its comments and
 * spaces are for the people who edit it, not for every page that loads the embed.
 */
export const minifiedCss = {
  name: 'minified-css',
  setup(build) {
    // Its own namespace and a name not ending in .css, so no other plugin's loader of stylesheets (tsup's reads
    // every path ending in .css, in any namespace) reads the file first.
    // A package's stylesheet (`@safeguard-charts/react/styles.css`) is found as Node finds it, by its exports.
    build.onResolve({ filter: /\.css$/ }, ({ path: file, resolveDir }) => ({
      path: `${/^[./]/.test(file) ? path.resolve(resolveDir, file) : createRequire(path.join(resolveDir, 'index.js')).resolve(file)}?minified`,
      namespace: 'minified-css',
    }));
    build.onLoad({ filter: /.*/, namespace: 'minified-css' }, async ({ path: file }) => {
      const source = readFileSync(file.replace(/\?minified$/, ''), 'utf8');
      const { code } = await transform(source, { loader: 'css', minify: true });
      return { contents: code.trim(), loader: 'text' };
    });
  },
};

/** What the split build's loader holds in place of the stylesheet's text, until scripts/preload.mjs cuts it. */
export const STYLES_PLACEHOLDER = '__sg_styles__';

/** The package's stylesheet (`@safeguard-charts/react/styles.css`), minified as the single file holds it. */
export async function minifiedStylesheet() {
  const file = createRequire(path.join(process.cwd(), 'index.js')).resolve(
    '@safeguard-charts/react/styles.css',
  );
  const { code } = await transform(readFileSync(file, 'utf8'), { loader: 'css', minify: true });
  return code.trim();
}

/**
 * For the split build: the stylesheet's import is a placeholder, which scripts/preload.mjs replaces with the
 * rules every chart uses (each chart kind's own rules go into a file of their own, see src/styles.ts).
 */
export const cssRules = {
  name: 'css-rules',
  setup(build) {
    // A name not ending in .css, as minifiedCss's (tsup's loader of stylesheets reads every such path).
    build.onResolve({ filter: /\.css$/ }, ({ path: file }) => ({
      path: `${file}?rules`,
      namespace: 'css-rules',
    }));
    build.onLoad({ filter: /.*/, namespace: 'css-rules' }, () => ({
      contents: STYLES_PLACEHOLDER,
      loader: 'text',
    }));
  },
};

/** The data package's module of problems, whose English sentences the split build fetches only when needed. */
const problemsFile = path.join(dataSrc, 'problems.ts');

/** The inside of the object literal that opens at `open` (its `{`) in `source`, and where it closes. */
function objectAt(source, open) {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '{') depth++;
    else if (source[i] === '}' && --depth === 0) return { inner: source.slice(open + 1, i), end: i };
  }
  throw new Error('data/src/problems.ts: an object literal without its end');
}

/** The English sentences of every problem, cut out of data/src/problems.ts: `{ dataset, csv, source }`. */
function problemSentences() {
  const source = readFileSync(problemsFile, 'utf8');
  const find = (text, from = 0) => {
    const at = source.indexOf(text, from);
    if (at < 0) throw new Error(`data/src/problems.ts: no \`${text}\` to cut the problems' sentences at`);
    return at;
  };
  const dataset = objectAt(
    source,
    find('  problems: {', find('const DATASET_WORDS')) + '  problems: '.length,
  );
  const csvOpen = find('= {', find('const CSV_PROBLEM_WORDS')) + 2;
  const csv = objectAt(source, csvOpen);
  const cut =
    source.slice(0, dataset.end - dataset.inner.length) +
    source.slice(dataset.end, csvOpen + 1) +
    source.slice(csv.end) +
    // Called by the sentences' module when it is fetched: every table of sentences gets them.
    '\nexport function __sgProblemSentences(dataset: object, csv: object): void {\n  Object.assign(DATASET_WORDS.problems, dataset);\n  Object.assign(CSV_PROBLEM_WORDS, csv);\n  Object.assign(PROBLEM_WORDS.problems, dataset, csv);\n}\n';
  return { dataset: dataset.inner, csv: csv.inner, cut };
}

/**
 * `virtual:safeguard-problem-words`: the English sentence of each problem a validator or the spreadsheet reader
 * can find. In the split build they are cut out of the data package's problems module (which every chart loads)
 * into a module of their own, fetched only with a page's own figures (src/csv.ts imports it; src/charts.ts's
 * `problemWordsFor`): the package's datasets, drawn by the kinds they are for, have no problems to say. Where, what
 * was found and the code of a problem stay in every chart. In the single file the module is empty and the
 * sentences stay where they are.
 */
function problemWordsPlugin(split) {
  return {
    name: 'problem-words',
    setup(build) {
      onVirtual(build, 'safeguard-problem-words', () => {
        if (!split) return { contents: 'export {};', loader: 'js' };
        const { dataset, csv } = problemSentences();
        return {
          contents: `import { __sgProblemSentences } from ${JSON.stringify(problemsFile)};\nconst quote = (text: string) => JSON.stringify(text);\n__sgProblemSentences({${dataset}}, {${csv}});\n`,
          loader: 'ts',
          resolveDir: dataSrc,
        };
      });
      if (split)
        build.onLoad({ filter: /[\\/]data[\\/]src[\\/]problems\.ts$/ }, () => ({
          contents: problemSentences().cut,
          loader: 'ts',
        }));
    },
  };
}

/** For the split build: the problems' English sentences in a module of their own. */
export const problemWords = problemWordsPlugin(true);

/** For the single file: the sentences stay in the problems module. */
export const problemWordsInPlace = problemWordsPlugin(false);

/** The data package's module that puts a dataset's texts in another language. */
const localizeFile = path.join(dataSrc, 'localize.ts');

/**
 * `virtual:safeguard-localize`: the data package's `localizeDataset`, which puts a dataset's texts in the
 * reader's language from the datasets' words. In the split build every chart holds a stand-in, which returns
 * the dataset as it is until this module, fetched with the datasets' words of a language (src/charts.ts), gives
 * it the real one: an English page, and a page with its own figures, never fetch it. In the single file the
 * module is empty and the charts hold the real one.
 */
function localizePlugin(split) {
  return {
    name: 'localize',
    setup(build) {
      onVirtual(build, 'safeguard-localize', () => {
        if (!split) return { contents: 'export {};', loader: 'js' };
        const source = readFileSync(localizeFile, 'utf8').replace(/^export function /gm, 'function ');
        return {
          contents: `import { __sgLocalize } from ${JSON.stringify(localizeFile)};\n${source}\n__sgLocalize(localizeDataset, datasetTexts);\n`,
          loader: 'ts',
          resolveDir: dataSrc,
        };
      });
      if (!split) return;
      // The stand-in every chart holds in place of the module (the module above gives it the real one).
      build.onLoad({ filter: /[\\/]data[\\/]src[\\/]localize\.ts$/ }, () => ({
        contents: `let real: { localizeDataset?: (dataset: unknown, words: unknown) => unknown; datasetTexts?: (dataset: unknown) => unknown[] } = {};
export function __sgLocalize(localizeDataset: typeof real.localizeDataset, datasetTexts: typeof real.datasetTexts): void {
  real = { localizeDataset, datasetTexts };
}
export function localizeDataset<T>(dataset: T, words: unknown): T {
  return real.localizeDataset && words ? (real.localizeDataset(dataset, words) as T) : dataset;
}
export function datasetTexts(dataset: unknown): unknown[] {
  return real.datasetTexts ? real.datasetTexts(dataset) : [];
}
`,
        loader: 'ts',
      }));
    },
  };
}

/** For the split build: `localizeDataset` fetched with the datasets' words of a language. */
export const localize = localizePlugin(true);

/** For the single file: the charts hold `localizeDataset`; `virtual:safeguard-localize` is empty. */
export const localizeInPlace = localizePlugin(false);
