// The embed describes itself: src/attributes.json is the one list of its attributes, from which the element
// takes what it observes and how it reads each into a chart's props, and the build writes its types and its Custom
// Elements Manifest; its choices are the library's own.
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
import * as library from '@safeguard-charts/react';
import { CHART_KIND_INFO, CHART_OPTIONS } from '@safeguard-charts/react';
import { describe, expect, it } from 'vitest';
import { readOf } from '../../packages/embed/scripts/attributes.mjs';
import * as readers from '../../packages/embed/src/readers';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const embed = path.join(root, 'packages/embed');
const list = JSON.parse(readFileSync(path.join(embed, 'src/attributes.json'), 'utf8')).attributes as {
  name: string;
  prop?: string;
  read?: string;
  values?: string[];
  valuesFrom?: string;
  boolean?: boolean;
  number?: boolean;
  forms?: string[];
  observed?: boolean;
}[];
const manifest = JSON.parse(readFileSync(path.join(embed, 'dist/custom-elements.json'), 'utf8'));
const kinds = Object.keys(CHART_KIND_INFO) as (keyof typeof CHART_KIND_INFO)[];

describe('<safeguard-chart> described', () => {
  it('observes every attribute but shadow, read once, when it is connected', () => {
    expect(
      list.filter((attribute) => attribute.observed === false).map((attribute) => attribute.name),
    ).toEqual(['shadow']);
  });

  it('offers the library’s own chart kinds, map regions, scales, notations, measures and heading levels', () => {
    const constants = library as unknown as Record<string, unknown>;
    /** The values of the library's constant `name`: a table's keys, a heading level by its number (3 for h3). */
    const valuesOf = (name: string) => {
      const constant = constants[name];
      return Array.isArray(constant)
        ? constant.map((value: string) => value.replace(/^h(?=\d)/, ''))
        : Object.keys(constant as object);
    };
    const from = Object.fromEntries(list.map((attribute) => [attribute.name, attribute.valuesFrom]));
    expect(from).toMatchObject({
      chart: 'CHART_KIND_INFO',
      region: 'MAP_REGIONS',
      scale: 'VALUE_SCALES',
      notation: 'NOTATIONS',
      measure: 'MAP_MEASURES',
      'heading-level': 'HEADING_LEVELS',
    });
    for (const attribute of list.filter((a) => a.valuesFrom)) {
      expect(constants, attribute.name).toHaveProperty(attribute.valuesFrom as string);
      expect(attribute.values, attribute.name).toEqual(valuesOf(attribute.valuesFrom as string));
    }
    expect(list.find((a) => a.name === 'chart')?.values).toEqual(kinds);
  });

  it('reads every attribute with a prop in a way the element knows, true to its type', () => {
    for (const attribute of list.filter((a) => a.prop)) {
      const read = readOf(attribute);
      // A function of src/readers.ts, or the value as written.
      if (read !== 'text') expect(Object.keys(readers), attribute.name).toContain(read);
      // What HTML writes (the types' and the manifest's) matches how the element reads it.
      expect(attribute.boolean ?? false, attribute.name).toBe(read === 'on' || read === 'off');
      expect(attribute.number ?? false, attribute.name).toBe(read === 'number' || read === 'index');
      if (read === 'exact') expect(attribute.values?.length, attribute.name).toBeGreaterThan(0);
    }
  });

  it('takes every option a chart kind has as a kebab-case attribute, passed to no form', () => {
    const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    const options = list.filter((a) => a.prop && !a.forms);
    expect(options.map((a) => a.prop).sort()).toEqual([...CHART_OPTIONS].sort());
    // An on/off option that is on by default is turned off by a boolean `hide-…` attribute.
    for (const { name, prop, read } of options)
      expect(name).toBe(
        read === 'off' ? kebab(prop as string).replace(/^show-/, 'hide-') : kebab(prop as string),
      );
    // The common props every plotted chart takes, but width (the element fills its container) and messages
    // (the words come with `locale`).
    const plot = list.filter((a) => a.forms?.includes('plot')).map((a) => a.prop);
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
      expect(plot).toContain(prop);
    expect(list.map((a) => a.prop)).not.toContain('width');
    expect(list.map((a) => a.prop)).not.toContain('messages');
    // Every on/off option is a boolean attribute: present or absent.
    for (const name of list.map((a) => a.name).filter((n) => /^(show|hide)-/.test(n)))
      expect(list.find((a) => a.name === name)).toHaveProperty('boolean', true);
  });

  it('gives the stat card no heading, the law tracker and the source list no description', () => {
    const formProps = (form: string) => list.filter((a) => a.forms?.includes(form)).map((a) => a.prop);
    expect(formProps('stat')).not.toContain('headingLevel');
    expect(formProps('legislation')).not.toContain('description');
    expect(formProps('sources')).not.toContain('description');
    expect(formProps('sources')).not.toContain('subtitle');
    // Every form takes a title and a theme; each kind's form is one the list names.
    for (const { form } of Object.values(CHART_KIND_INFO)) {
      expect(formProps(form)).toContain('title');
      expect(formProps(form)).toContain('theme');
    }
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
