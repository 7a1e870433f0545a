// Packs a workspace package with the pinned pnpm, as it would be published, and runs commands on it.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pnpmCommand } from '../../scripts/pnpm.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs a command; on failure throws with what it printed, so an error names itself. */
export function run(cmd: string, args: string[], cwd: string): string {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${stdout}${stderr}`);
  }
}

/** `pnpm pack` of packages/<dir> into `destination`; returns the tarball's path. */
export function pack(dir: string, destination: string): string {
  const [pnpm, ...pnpmArgs] = pnpmCommand();
  const before = new Set(readdirSync(destination));
  run(
    pnpm as string,
    [...pnpmArgs, 'pack', '--pack-destination', destination],
    path.join(root, 'packages', dir),
  );
  const file = readdirSync(destination).find((name) => name.endsWith('.tgz') && !before.has(name));
  if (!file) throw new Error(`pnpm pack wrote no tarball for packages/${dir}`);
  return path.join(destination, file);
}
