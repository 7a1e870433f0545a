// An esbuild plugin for the embed's build: `import { a, b } from '@safeguard-charts/data'` in the charts' sources
// becomes an import of each name from the data module that defines it (as Next.js's optimizePackageImports
// does). esbuild splits code by the files an entry reaches, and the data package's entry re-exports every module:
// through it, every page would share the datasets, the CSV reader and the country table.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { transform } from 'esbuild';

// The build runs in packages/embed (its package.json's build script).
const dataSrc = path.resolve(process.cwd(), '../data/src');

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
 * `virtual:safeguard-datasets`: each dataset of the data package by its id, with a loader for the one data module
 * that defines it (read from the data package's own list, catalog.ts, and its datasets' index). A page that names
 * one dataset fetches that publisher's module, not every dataset.
 */
export const datasetModules = {
  name: 'dataset-modules',
  setup(build) {
    build.onResolve({ filter: /^virtual:safeguard-datasets$/ }, ({ path: id }) => ({
      path: id,
      namespace: 'safeguard-datasets',
    }));
    build.onLoad({ filter: /.*/, namespace: 'safeguard-datasets' }, () => {
      const catalog = readFileSync(path.join(dataSrc, 'catalog.ts'), 'utf8');
      const list = catalog.match(/export const datasets = \[([^\]]*)\]/);
      if (!list)
        throw new Error('data/src/catalog.ts: no `export const datasets = [ … ]` to read the datasets from');
      const ids = list[1]
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean);
      const index = readFileSync(path.join(dataSrc, 'datasets/index.ts'), 'utf8');
      const moduleOf = new Map();
      for (const [, typeOnly, names, from] of index.matchAll(
        /export\s*(type\s+)?\{([^}]*)\}\s*from\s*'([^']+)'/g,
      )) {
        if (typeOnly) continue;
        for (const name of names.split(',').map((n) => n.trim()))
          if (name) moduleOf.set(name, path.join(dataSrc, 'datasets', `${from}.ts`));
      }
      const entries = ids.map((id) => {
        const file = moduleOf.get(id);
        if (!file) throw new Error(`data/src/datasets/index.ts: no module exports the dataset ${id}`);
        // The module's name (`ncmec`), by which the loader asks for its files ahead (src/preload.ts).
        const module = `datasets/${path.basename(file, '.ts')}`;
        return `  ${JSON.stringify(id)}: [${JSON.stringify(module)}, () => import(${JSON.stringify(file)}).then((m) => m[${JSON.stringify(id)}])],`;
      });
      return {
        contents: `export const DATASETS = {\n${entries.join('\n')}\n};\n`,
        loader: 'js',
        resolveDir: dataSrc,
      };
    });
  },
};

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
