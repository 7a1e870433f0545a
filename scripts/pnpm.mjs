// How to call the pinned pnpm from a script: the one that is running us, else `npx -y pnpm@<packageManager>`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The pnpm version pinned in the root package.json's `packageManager` field. */
export function pinnedPnpmVersion() {
  const { packageManager } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  return String(packageManager)
    .replace(/^pnpm@/, '')
    .split('+')[0];
}

/** `[command, ...args]` that runs pnpm. */
export function pnpmCommand() {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(path.basename(path.dirname(execPath)) + path.basename(execPath))) {
    return /\.[cm]?js$/.test(execPath) ? [process.execPath, execPath] : [execPath];
  }
  return ['npx', '-y', `pnpm@${pinnedPnpmVersion()}`];
}
