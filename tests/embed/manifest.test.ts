// The embed describes itself: its types and its Custom Elements Manifest come from the list of attributes the
// element observes, that list names every attribute the element reads, and its choices are the library's own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHART_KIND_INFO, MAP_REGIONS } from '@safeguard-charts/react';
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

  it('offers the library’s own chart kinds and map regions', () => {
    expect(list.find((a) => a.name === 'chart')?.values).toEqual(Object.keys(CHART_KIND_INFO));
    expect(list.find((a) => a.name === 'region')?.values).toEqual([...MAP_REGIONS]);
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
      const tsc = path.join(root, 'node_modules/.bin/tsc');
      const args = ['--noEmit', '--strict', '--module', 'nodenext', '--lib', 'es2022,dom', 'page.ts'];
      // tsc exits non-zero (and execFileSync throws with its report) on any error, the expected one included.
      const report = (() => {
        try {
          execFileSync(tsc, args, { cwd: work, encoding: 'utf8', stdio: 'pipe' });
          return '';
        } catch (error) {
          return String((error as { stdout?: string }).stdout ?? error);
        }
      })();
      expect(report).toBe('');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);
});
