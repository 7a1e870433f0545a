// The data package as another project gets it: `pnpm pack`, then `npm install` of the tarball into an
// empty project outside the workspace, where it must typecheck and run as ESM and as CommonJS.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pack, root, run } from './pack';

const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
let work = '';
let app = '';
let tarball = '';

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'sg-pack-'));
  tarball = pack('data', work);

  app = path.join(work, 'consumer');
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true }, null, 2));
  run('npm', ['install', '--save-exact', '--no-audit', '--no-fund', '--ignore-scripts', tarball], app);
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed @safeguard-charts/data', () => {
  it('holds the ESM, CJS and type builds and every dataset as JSON and CSV', () => {
    const files = run('tar', ['-tzf', tarball], work).split('\n');
    for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts']) {
      expect(files).toContain(`package/${file}`);
    }
    expect(files).toContain('package/json/iwfAiVideos.json');
    expect(files).toContain('package/csv/iwfAiVideos.csv');
    expect(files).toContain('package/csv/ncmecAiReports.csv');
    expect(files.some((f) => f.startsWith('package/src/'))).toBe(false);
  });

  it('has no runtime dependencies, so installing it pulls in nothing else', () => {
    const installed = readdirSync(path.join(app, 'node_modules')).filter((d) => !d.startsWith('.'));
    expect(installed).toEqual(['@safeguard-charts']);
  });

  it('runs as an ES module: percentChange(13, 3443) is the +26,385% of the report', () => {
    writeFileSync(
      path.join(app, 'esm.mjs'),
      `import { iwfAiVideos, percentChange } from '@safeguard-charts/data';
const [before, after] = iwfAiVideos.rows;
console.log(JSON.stringify({ unit: iwfAiVideos.unit, before: before.value, after: after.value, change: Math.round(percentChange(before.value, after.value)) }));`,
    );
    expect(JSON.parse(run('node', ['esm.mjs'], app))).toEqual({
      unit: 'videos',
      before: 13,
      after: 3443,
      change: 26385,
    });
  });

  it('runs as CommonJS through require()', () => {
    writeFileSync(
      path.join(app, 'cjs.cjs'),
      `const { iwfAiVideos, percentChange } = require('@safeguard-charts/data');
const [before, after] = iwfAiVideos.rows;
console.log(JSON.stringify({ change: Math.round(percentChange(before.value, after.value)), sources: iwfAiVideos.sources.length > 0 }));`,
    );
    expect(JSON.parse(run('node', ['cjs.cjs'], app))).toEqual({ change: 26385, sources: true });
  });

  it('typechecks for an ESM and a CommonJS consumer under strict NodeNext resolution', () => {
    writeFileSync(
      path.join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          noEmit: true,
          types: [],
        },
        files: ['esm.mts', 'cjs.cts'],
      }),
    );
    const body = `const first = iwfAiVideos.rows[0];
const last = iwfAiVideos.rows[iwfAiVideos.rows.length - 1];
const change: number | undefined | null = first && last ? percentChange(first.value, last.value) : undefined;
const unit: string = iwfAiVideos.unit;
export { change, unit };
`;
    writeFileSync(
      path.join(app, 'esm.mts'),
      `import { iwfAiVideos, percentChange } from '@safeguard-charts/data';\n${body}`,
    );
    writeFileSync(
      path.join(app, 'cjs.cts'),
      `import { iwfAiVideos, percentChange } from '@safeguard-charts/data';\n${body}`,
    );
    // A type error here would throw with tsc's output as the message.
    expect(() => run('node', [tsc, '-p', 'tsconfig.json'], app)).not.toThrow();
    // And a misuse is caught: the types are real, not `any`.
    writeFileSync(
      path.join(app, 'esm.mts'),
      `import { iwfAiVideos } from '@safeguard-charts/data';\nconst n: string = iwfAiVideos.rows[0]!.value;\nexport { n };\n`,
    );
    expect(() => run('node', [tsc, '-p', 'tsconfig.json'], app)).toThrow(/TS2322/);
  }, 60_000);

  it('ships CSV that a spreadsheet cannot execute', () => {
    const csv = readFileSync(
      path.join(app, 'node_modules/@safeguard-charts/data/csv/ncmecAiReports.csv'),
      'utf8',
    );
    expect(csv.split('\n')[0]).toMatch(/value/);
    for (const line of csv.trim().split('\n')) {
      for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+@-]/);
    }
  });
});
