// The packages as npm would publish them: publint (strict) and Are The Types Wrong (ESM, CJS, types for
// node10, node16 and bundler resolution) find nothing; the data package is a peer of react, installed once.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

describe.each(['data', 'react', 'embed', 'cli'])(
  '@safeguard-charts/%s read alone, as a registry shows it',
  (dir) => {
    it('holds its README (install with an exact version, the Storybook) and its CHANGELOG for this version', () => {
      const files = run('tar', ['tzf', tarballs[dir] as string], work).split('\n');
      expect(files).toContain('package/README.md');
      expect(files).toContain('package/CHANGELOG.md');
      if (dir === 'data') expect(files).toContain('package/FIGURES.md');
      const readme = run('tar', ['-xzOf', tarballs[dir] as string, 'package/README.md'], work);
      expect(readme).toMatch(/--save-exact|-E /);
      expect(readme).toMatch(/Storybook/);
      const { version } = packedManifest(tarballs[dir] as string);
      const changelog = run('tar', ['-xzOf', tarballs[dir] as string, 'package/CHANGELOG.md'], work);
      expect(changelog).toContain(`## ${version}`);
    });
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

interface Manifest {
  version: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** The `package.json` inside a tarball, as npm would publish it. */
function packedManifest(tarball: string): Manifest {
  return JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json'], work));
}

describe('@safeguard-charts/data as a peer of the packages that draw it', () => {
  const dataVersion = () => packedManifest(tarballs.data as string).version;

  it('is a peer dependency of react (with a real range), never a dependency of its own', () => {
    const react = packedManifest(tarballs.react as string);
    expect(react.dependencies?.['@safeguard-charts/data']).toBeUndefined();
    expect(react.peerDependencies?.['@safeguard-charts/data']).toBe(`^${dataVersion()}`);
    expect(JSON.stringify(react)).not.toContain('workspace:');
  });

  it('is a dependency of the CLI, with react, so `npx @safeguard-charts/cli` brings both', () => {
    const cli = packedManifest(tarballs.cli as string);
    expect(cli.dependencies?.['@safeguard-charts/data']).toBe(`^${dataVersion()}`);
    expect(cli.dependencies?.['@safeguard-charts/react']).toMatch(/^\^\d/);
    expect(JSON.stringify(cli)).not.toContain('workspace:');
  });

  it('installs once beside react when a project names both, and react/server runs from it (ESM and CJS)', () => {
    const app = path.join(work, 'peer-consumer');
    mkdirSync(app);
    const reactVersion = (name: string) =>
      (
        JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
          version: string;
        }
      ).version;
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'peer-consumer', private: true }));
    // As the README says: both packages, exact versions.
    run(
      'npm',
      [
        'install',
        '--save-exact',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        tarballs.data as string,
        tarballs.react as string,
        `react@${reactVersion('react')}`,
        `react-dom@${reactVersion('react-dom')}`,
      ],
      app,
    );
    expect(existsSync(path.join(app, 'node_modules/@safeguard-charts/data/package.json'))).toBe(true);
    expect(
      existsSync(path.join(app, 'node_modules/@safeguard-charts/react/node_modules/@safeguard-charts/data')),
    ).toBe(false);
    writeFileSync(
      path.join(app, 'esm.mjs'),
      `import { formatNumber } from '@safeguard-charts/react/server';\nconsole.log(formatNumber(485000, { locale: 'de-DE' }));\n`,
    );
    writeFileSync(
      path.join(app, 'cjs.cjs'),
      `const { formatPercent } = require('@safeguard-charts/react/server');\nconsole.log(formatPercent(65, { locale: 'en-US' }));\n`,
    );
    expect(run('node', ['esm.mjs'], app).trim()).toBe('485.000');
    expect(run('node', ['cjs.cjs'], app).trim()).toBe('65%');
  }, 180_000);
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
      // safeguard-charts.css is the stylesheet server-rendered HTML links, not a module with types.
      '--exclude-entrypoints',
      './safeguard-charts.css',
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
