// Both packages as npm would publish them: publint (strict) and Are The Types Wrong (ESM, CJS, types for
// node10, node16 and bundler resolution) find nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pack, root, run } from './pack';

const bin = (name: string) => path.join(root, 'node_modules/.bin', name);
let work = '';
const tarballs: Record<string, string> = {};

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'sg-publish-'));
  for (const dir of ['data', 'react', 'embed', 'cli']) tarballs[dir] = pack(dir, work);
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe.each(['data', 'react', 'embed', 'cli'])(
  '@safeguard-charts/%s passes publint in strict mode',
  (dir) => {
    it('publint', () => {
      expect(run(bin('publint'), ['run', tarballs[dir] as string, '--strict'], work)).toContain('All good!');
    }, 60_000);
  },
);

describe.each(['data', 'react'])('@safeguard-charts/%s as published', (dir) => {
  it('has types that resolve for ESM and CommonJS under every resolution (attw)', () => {
    // styles.css is a stylesheet, not a module with types.
    const args = [
      tarballs[dir] as string,
      '--format',
      'table-flipped',
      '--exclude-entrypoints',
      './styles.css',
    ];
    expect(run(bin('attw'), args, work)).toMatch(/No problems found/);
  }, 60_000);
});

describe('@safeguard-charts/cli as published', () => {
  it('has types for its Node API (attw, an ES module only package)', () => {
    // attw exits non-zero on any problem it does not ignore (`run` then throws); `require()` is left out by design.
    const args = [tarballs.cli as string, '--format', 'table-flipped', '--profile', 'esm-only', '--no-color'];
    const table = run(bin('attw'), args, work);
    expect(table).toMatch(/"@safeguard-charts\/cli"\s*│\s*🟢 \(ESM\)\s*│\s*🟢/);
    expect(table).not.toContain('❌');
  }, 60_000);

  it('carries its fonts with their licence, its command and its README', () => {
    const files = run('tar', ['tzf', tarballs.cli as string], work);
    for (const file of [
      'package/dist/cli.js',
      'package/dist/index.d.ts',
      'package/dist/fonts/NotoSans-Regular.ttf',
      'package/dist/fonts/NotoSansArabic-Bold.ttf',
      'package/dist/fonts/OFL-NotoSans.txt',
      'package/README.md',
    ])
      expect(files).toContain(file);
  });
});

describe('@safeguard-charts/embed as published', () => {
  it('has types for the element (attw, an ES module only package) and its Custom Elements Manifest', () => {
    const args = [
      tarballs.embed as string,
      '--format',
      'table-flipped',
      '--profile',
      'esm-only',
      '--no-color',
    ];
    const table = run(bin('attw'), args, work);
    expect(table).toMatch(/"@safeguard-charts\/embed"\s*│\s*🟢 \(ESM\)\s*│\s*🟢/);
    // The JSX types of each framework, an entry point of their own.
    expect(table).toMatch(/"@safeguard-charts\/embed\/jsx-react"\s*│\s*🟢 \(ESM\)\s*│\s*🟢/);
    expect(table).toMatch(/"@safeguard-charts\/embed\/jsx-preact"\s*│\s*🟢 \(ESM\)\s*│\s*🟢/);
    expect(table).not.toContain('❌');
    const files = run('tar', ['tzf', tarballs.embed as string], work);
    for (const file of [
      'package/dist/index.d.ts',
      'package/dist/jsx-react.d.ts',
      'package/dist/jsx-preact.d.ts',
      'package/dist/custom-elements.json',
      'package/dist/safeguard-charts.single.js',
    ])
      expect(files).toContain(file);
    expect(files).toMatch(/package\/dist\/chunks\/provider-bars-\w+\.js/);
  }, 60_000);
});
