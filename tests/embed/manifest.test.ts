// The embed describes itself: its types and its Custom Elements Manifest come from the list of attributes the
// element observes, that list names every attribute the element reads, and its choices are the library's own.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CHART_KIND_INFO,
  HEADING_LEVELS,
  MAP_MEASURES,
  MAP_REGIONS,
  NOTATIONS,
  VALUE_SCALES,
} from '@safeguard-charts/react';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const embed = path.join(root, 'packages/embed');
const list = JSON.parse(readFileSync(path.join(embed, 'src/attributes.json'), 'utf8')).attributes as {
  name: string;
  values?: string[];
}[];
const manifest = JSON.parse(readFileSync(path.join(embed, 'dist/custom-elements.json'), 'utf8'));

describe('<safeguard-chart> described', () => {
  it('lists every attribute the element reads, and no other', () => {
    const source = readFileSync(path.join(embed, 'src/index.ts'), 'utf8');
    const read = new Set(
      [...source.matchAll(/this\.(?:get|has)Attribute\('([a-z-]+)'\)/g)].map((match) => match[1] as string),
    );
    expect(new Set(list.map((attribute) => attribute.name))).toEqual(read);
    // The element observes them all but `shadow`, which is read once, when it is connected.
    const observed = /static observedAttributes = \[([^\]]*)\]/.exec(source)?.[1] ?? '';
    expect([...observed.matchAll(/'([a-z-]+)'/g)].map((match) => match[1])).toEqual(
      list.filter((attribute) => attribute.name !== 'shadow').map((attribute) => attribute.name),
    );
  });

  it('offers the library’s own chart kinds, map regions, measures and heading levels', () => {
    expect(list.find((a) => a.name === 'chart')?.values).toEqual(Object.keys(CHART_KIND_INFO));
    expect(list.find((a) => a.name === 'region')?.values).toEqual([...MAP_REGIONS]);
    expect(list.find((a) => a.name === 'scale')?.values).toEqual([...VALUE_SCALES]);
    expect(list.find((a) => a.name === 'notation')?.values).toEqual([...NOTATIONS]);
    expect(list.find((a) => a.name === 'measure')?.values).toEqual([...MAP_MEASURES]);
    // The heading levels by their number (`3` for `h3`), and `p`.
    expect(list.find((a) => a.name === 'heading-level')?.values).toEqual(
      HEADING_LEVELS.map((level) => level.replace(/^h/, '')),
    );
  });

  it('takes every option a chart kind has as a kebab-case attribute', () => {
    const options = new Set(Object.values(CHART_KIND_INFO).flatMap((kind) => [...kind.options]));
    const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    // An on/off option that is on by default is turned off by a boolean `hide-…` attribute.
    const onByDefault = new Set(['showAggregates', 'showRanking', 'showSeedStatus']);
    const names = list.map((a) => a.name);
    for (const option of options)
      expect(names).toContain(
        onByDefault.has(option) ? kebab(option).replace(/^show-/, 'hide-') : kebab(option),
      );
    // The common props every plotted chart takes, but width (the element fills its container) and messages
    // (the words come with `locale`).
    for (const prop of [
      'title',
      'subtitle',
      'description',
      'headingLevel',
      'locale',
      'theme',
      'height',
      'notes',
    ])
      expect(names).toContain(kebab(prop));
    // Every on/off option is a boolean attribute: present or absent.
    for (const name of names.filter((n) => /^(show|hide)-/.test(n)))
      expect(list.find((a) => a.name === name)).toHaveProperty('boolean', true);
  });

  it('writes the same attributes into the Custom Elements Manifest, referenced from package.json', () => {
    const element = manifest.modules[0].declarations[0];
    expect(element.tagName).toBe('safeguard-chart');
    expect(element.attributes.map((a: { name: string }) => a.name)).toEqual(list.map((a) => a.name));
    const pkg = JSON.parse(readFileSync(path.join(embed, 'package.json'), 'utf8'));
    expect(pkg.customElements).toBe('./dist/custom-elements.json');
  });

  it('types document.createElement and the attributes for TypeScript', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'sg-embed-types-'));
    try {
      writeFileSync(
        path.join(work, 'page.ts'),
        `import type { SafeguardChartAttributes, SafeguardChartElement } from ${JSON.stringify(path.join(embed, 'dist/index.js'))};
const element: SafeguardChartElement = document.createElement('safeguard-chart');
const attributes: SafeguardChartAttributes = { chart: 'surge', theme: 'dark', 'print-table': '' };
// @ts-expect-error: no such chart
const wrong: SafeguardChartAttributes = { chart: 'pie' };
export { attributes, element, wrong };
`,
      );
      expect(tscReport(work, ['--module', 'nodenext', 'page.ts'])).toBe('');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);

  it('types the element in React 19’s and Preact’s JSX, from entry points of their own', () => {
    // An app with the package installed (its package.json and types, as npm puts them), React 19's types and Preact.
    const work = mkdtempSync(path.join(tmpdir(), 'sg-embed-jsx-'));
    try {
      const installed = path.join(work, 'node_modules/@safeguard-charts/embed');
      mkdirSync(path.join(installed, 'dist'), { recursive: true });
      copyFileSync(path.join(embed, 'package.json'), path.join(installed, 'package.json'));
      for (const file of ['index.d.ts', 'jsx-react.d.ts', 'jsx-preact.d.ts'])
        copyFileSync(path.join(embed, 'dist', file), path.join(installed, 'dist', file));
      mkdirSync(path.join(work, 'node_modules/@types'));
      const link = (from: string, to: string) =>
        symlinkSync(realpathSync(from), path.join(work, 'node_modules', to));
      link(path.join(root, 'node_modules/react'), 'react');
      link(path.join(root, 'node_modules/@types/react'), '@types/react');
      link(path.join(embed, 'node_modules/preact'), 'preact');
      writeFileSync(path.join(work, 'package.json'), '{ "type": "module" }\n');
      writeFileSync(
        path.join(work, 'react.tsx'),
        `import type { SafeguardChartElement } from '@safeguard-charts/embed';
import type {} from '@safeguard-charts/embed/jsx-react';
import { useRef } from 'react';

export function Charts() {
  const ref = useRef<SafeguardChartElement>(null);
  return (
    <>
      <safeguard-chart ref={ref} className="chart" chart="ncmec-timeline" dataset="ncmecAiReports" scale="log"
        notation="compact" notes="Our note." annotations="H1 2025: Amazon" height={320} print-table />
      <safeguard-chart chart="hosting-map" dataset="csamHosting" measure="count" hide-ranking hide-aggregates={false}
        heading-level="2" description="Where it is hosted." />
      <safeguard-chart chart="stat-card" dataset="iwfVictimSex" row="1" measure-label="of victims">
        <script type="text/csv">{'period,value'}</script>
      </safeguard-chart>
    </>
  );
}
// @ts-expect-error: no such chart
export const wrong = <safeguard-chart chart="pie" />;
// @ts-expect-error: no such notation
export const wrongNotation = <safeguard-chart chart="surge" notation="standard" />;
// @ts-expect-error: no such measure
export const wrongMeasure = <safeguard-chart chart="hosting-map" measure="share" />;
`,
      );
      writeFileSync(
        path.join(work, 'preact.tsx'),
        `/** @jsxImportSource preact */
import type {} from '@safeguard-charts/embed/jsx-preact';

export const chart = <safeguard-chart class="chart" chart="surge" dataset="iwfAiVideos" scale="log" />;
// @ts-expect-error: no such chart
export const wrong = <safeguard-chart chart="pie" />;
`,
      );
      // The main entry brings no JSX (nor React's types): without jsx-react, React's JSX does not know the element.
      writeFileSync(
        path.join(work, 'plain.tsx'),
        `import type {} from '@safeguard-charts/embed';
// @ts-expect-error: not in React's JSX without @safeguard-charts/embed/jsx-react
export const chart = <safeguard-chart chart="surge" />;
`,
      );
      expect(readFileSync(path.join(installed, 'dist/index.d.ts'), 'utf8')).not.toMatch(/react|preact/i);
      const jsx = ['--jsx', 'react-jsx'];
      for (const resolution of [
        ['--module', 'nodenext'],
        ['--module', 'esnext', '--moduleResolution', 'bundler'],
      ])
        expect(tscReport(work, [...resolution, ...jsx, 'react.tsx', 'preact.tsx'])).toBe('');
      expect(tscReport(work, ['--module', 'nodenext', ...jsx, 'plain.tsx'])).toBe('');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);
});

/**
 * What tsc reports on a consumer's files in `work` (strict, DOM): '' when they type-check. tsc exits non-zero
 * (and execFileSync throws with its report) on any error, an expected one that did not come included.
 */
function tscReport(work: string, args: string[]): string {
  const tsc = path.join(root, 'node_modules/.bin/tsc');
  try {
    execFileSync(tsc, ['--noEmit', '--strict', '--lib', 'es2022,dom', ...args], {
      cwd: work,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}
