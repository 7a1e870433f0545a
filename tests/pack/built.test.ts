// Each package's prepack (scripts/built.mjs) packs only a build of its current sources: `pnpm release` builds
// first, and a pack or publish of a missing or stale build stops with a message instead of shipping it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = path.resolve(__dirname, '../../scripts/built.mjs');
let dir = '';

/** A package folder with `src/index.ts` and, when given, a `dist/index.js`, each with its modification time. */
function packageWith(srcTime: number, distTime?: number): string {
  dir = mkdtempSync(path.join(tmpdir(), 'sg-built-'));
  mkdirSync(path.join(dir, 'src'));
  writeFileSync(path.join(dir, 'src/index.ts'), 'export const a = 1;\n');
  utimesSync(path.join(dir, 'src/index.ts'), srcTime, srcTime);
  if (distTime !== undefined) {
    mkdirSync(path.join(dir, 'dist'));
    writeFileSync(path.join(dir, 'dist/index.js'), 'export const a = 1;\n');
    utimesSync(path.join(dir, 'dist/index.js'), distTime, distTime);
  }
  return dir;
}

const prepack = (cwd: string) => spawnSync(process.execPath, [script], { cwd, encoding: 'utf8' });

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('prepack (scripts/built.mjs)', () => {
  it('lets a build newer than its sources be packed', () => {
    expect(prepack(packageWith(1_000_000, 2_000_000)).status).toBe(0);
  });

  it('stops a pack without a build', () => {
    const run = prepack(packageWith(1_000_000));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no build in dist/);
  });

  it('stops a pack of a build older than its sources', () => {
    const run = prepack(packageWith(2_000_000, 1_000_000));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/older than src/);
  });
});
