// An esbuild plugin for the embed's build: `import { a, b } from '@safeguard-charts/data'` in the charts' sources
// becomes an import of each name from the data module that defines it (as Next.js's optimizePackageImports
// does). esbuild splits code by the files an entry reaches, and the data package's entry re-exports every module:
// through it, every page would share the datasets, the CSV reader and the country table.
import { readFileSync } from 'node:fs';
import path from 'node:path';

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
