// One way to resolve the workspace's packages to their sources: tsconfig.json's `paths`, which tsc and the embed's
// build (esbuild) read themselves. Vitest and Storybook get the same map as Vite aliases from here, so a new
// entry point is written once, in tsconfig.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @returns {{ find: RegExp, replacement: string }[]} tsconfig.json's `paths` as Vite aliases, in its order. */
export function workspaceAliases() {
  const { paths } = JSON.parse(readFileSync(path.join(root, 'tsconfig.json'), 'utf8')).compilerOptions;
  return Object.entries(paths).map(([pattern, [target]]) => {
    const escaped = pattern.replace(/[.*+?^${}()|[\]\\/]/g, (c) => (c === '*' ? '([^/]+)' : `\\${c}`));
    return { find: new RegExp(`^${escaped}$`), replacement: path.join(root, target.replace('*', '$1')) };
  });
}
