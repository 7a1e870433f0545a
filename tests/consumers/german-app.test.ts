// A German hotline's page, from the "Your own figures" docs page: the snippet is copied out of
// stories/YourOwnFigures.mdx as it is (never retyped), compiled under `strict` against the packages' built types,
// as a consumer's TypeScript sees them, and rendered on the server with react-dom/server.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pnpmCommand } from '../../scripts/pnpm.mjs';
import { root, run } from '../pack/pack';

const page = path.join(root, 'stories/YourOwnFigures.mdx');
const MARKER = '{/* german-app';

/** The code block after the marker on the docs page: what a reader copies. */
function snippetOf(mdx: string): string {
  const at = mdx.indexOf(MARKER);
  if (at < 0) throw new Error(`${page} has no ${MARKER} marker before its snippet`);
  const block = /```tsx\n([\s\S]*?)\n```/.exec(mdx.slice(at));
  if (!block?.[1]) throw new Error(`${page} has no tsx code block after its ${MARKER} marker`);
  return `${block[1]}\n`;
}

let app = '';

/** Links `node_modules/<name>` of the app to `target`, as an install would place it. */
function link(name: string, target: string) {
  const at = path.join(app, 'node_modules', name);
  mkdirSync(path.dirname(at), { recursive: true });
  symlinkSync(target, at, 'dir');
}

beforeAll(() => {
  // The packages' built files: what a consumer installs (build them when this test runs alone).
  const [pnpm, ...args] = pnpmCommand();
  for (const [dir, name] of [
    ['data', '@safeguard-charts/data'],
    ['react', '@safeguard-charts/react'],
  ] as const)
    if (!existsSync(path.join(root, 'packages', dir, 'dist/index.d.ts')))
      run(pnpm as string, [...args, '--filter', name, 'run', 'build'], root);
  app = mkdtempSync(path.join(tmpdir(), 'sg-german-app-'));
  cpSync(path.join(root, 'tests/consumers/fixtures/german-app'), app, { recursive: true });
  mkdirSync(path.join(app, 'src'));
  writeFileSync(path.join(app, 'src/Chart.tsx'), snippetOf(readFileSync(page, 'utf8')));
  link('@safeguard-charts/data', path.join(root, 'packages/data'));
  link('@safeguard-charts/react', path.join(root, 'packages/react'));
  for (const name of ['react', 'react-dom', '@types/react', '@types/react-dom'])
    link(name, path.join(root, 'node_modules', name));
}, 300_000);

afterAll(() => {
  if (app) rmSync(app, { recursive: true, force: true });
});

describe('a German hotline’s page, from the docs snippet', () => {
  let html = '';

  it('compiles under strict TypeScript against the built packages', () => {
    // Throws with the compiler's messages (file, line, what is wrong) when the snippet does not compile.
    run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
    expect(existsSync(path.join(app, 'dist/Chart.js'))).toBe(true);
  }, 120_000);

  it('renders on the server in German, with the spreadsheet’s figures as a German reader writes them', () => {
    html = execFileSync(process.execPath, ['render.mjs'], { cwd: app, encoding: 'utf8' });
    const text = html.replace(/<[^>]+>/g, ' ');
    // The chart, not the list of problems: the file was read.
    expect(html).toContain('<figure');
    expect(text).toContain('Beispielzahlen: Meldungen an unsere Hotline');
    expect(text).toContain('8.412');
    expect(text).toContain('6.120');
    expect(text).toMatch(/Quelle\b/);
    expect(text).toContain('Daten anzeigen');
    expect(text).not.toContain('Show data');
  }, 60_000);
});
