// @vitest-environment node
// The built @safeguard-charts/react as a site's bundler sees it (the test command builds the packages first).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { TOKENS, type TokenDefinition } from '../../packages/react/src/theme/tokens';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'packages/react/dist');
const budgets = JSON.parse(readFileSync(path.join(root, 'size-budgets.json'), 'utf8')) as Record<
  string,
  Record<string, number>
>;

/**
 * What a page loads up front for `source`: one bundle (esbuild, minified or not), with the code behind the
 * download buttons' dynamic import() (their file maker, loaded on first use) left out, as a site's bundler
 * splits it off.
 */
async function bundle(source: string, options: { minify?: boolean; dir?: string } = {}): Promise<string> {
  const result = await build({
    stdin: {
      contents: source,
      resolveDir: path.join(root, 'packages', options.dir ?? 'react'),
      loader: 'js',
    },
    bundle: true,
    write: false,
    minify: options.minify ?? false,
    format: 'esm',
    platform: 'browser',
    tsconfigRaw: '{}',
    external: ['react', 'react-dom', 'react/jsx-runtime', './downloadFile-*'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('the built react package', () => {
  it('marks every ESM file as a client module for the Next.js App Router', () => {
    // The server entry alone is not: see the next test.
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.js') && !f.startsWith(`server${path.sep}`),
    );
    expect(files.length).toBeGreaterThan(3);
    for (const file of files)
      expect(readFileSync(path.join(dist, file), 'utf8').startsWith("'use client';")).toBe(true);
    expect(readFileSync(path.join(dist, 'index.cjs'), 'utf8').startsWith("'use client';")).toBe(true);
  });

  it('builds @safeguard-charts/react/server without the banner, importing nothing that carries it', () => {
    const pkg = JSON.parse(readFileSync(path.join(dist, '../package.json'), 'utf8')) as {
      exports: Record<string, { import: { default: string }; require: { default: string } }>;
    };
    const entry = pkg.exports['./server'];
    expect(entry).toBeDefined();
    for (const file of [entry?.import.default, entry?.require.default]) {
      const code = readFileSync(path.join(dist, '..', file as string), 'utf8');
      expect(code.trimStart().startsWith("'use client'")).toBe(false);
      expect(code).not.toContain('use client');
      // Its only import is the data package, which has no directive of its own: no React, no chunk of the client build.
      const imports = [
        ...code.matchAll(/^\s*(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]/gm),
        ...code.matchAll(/require\(['"]([^'"]+)['"]\)/g),
      ].map((match) => match[1]);
      expect(new Set(imports)).toEqual(new Set(['@safeguard-charts/data']));
    }
    const data = readdirSync(path.join(root, 'packages/data/dist')).filter((f) => /\.c?js$/.test(f));
    for (const file of data)
      expect(readFileSync(path.join(root, 'packages/data/dist', file), 'utf8')).not.toContain('use client');
  });

  it('gives a server component the formatters and catalogues from @safeguard-charts/react/server', async () => {
    const server = (await import(
      path.join(dist, 'server/index.js')
    )) as typeof import('@safeguard-charts/react/server');
    expect(server.formatNumber(485000, { locale: 'de-DE' })).toBe('485.000');
    expect(server.formatPercent(65, { locale: 'en-US' })).toBe('65%');
    expect(server.catalogFor('de-AT', [server.de]).showData).toBe(server.de.showData);
    expect(server.lawStatusText('signed', server.de)).toBe(server.de.lawStatuses.signed);
    expect(server.lawStatusText('an unknown stage')).toBe('an unknown stage');
    expect(server.STATUS_LABEL.signed).toBe(server.en.lawStatuses.signed);
  });

  it('ships the stylesheet: every rule inside a chart, themable ones at zero specificity, the geometry guard above host element rules', () => {
    const css = readFileSync(path.join(dist, 'styles.css'), 'utf8');
    const selectors = [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{/g)]
      .flatMap((match) => (match[1] ?? '').split(/,(?![^(]*\))/))
      .map((selector) => selector.trim())
      .filter((selector) => selector && !selector.startsWith('@'));
    expect(selectors.length).toBeGreaterThan(20);
    // Nothing outside a chart: each rule is under :where(.sg-…) or, for the guard, under .sg-root.
    for (const selector of selectors) expect(selector).toMatch(/^(:where\([^)]*\.sg-|\.sg-root )/);
    const guard = selectors.filter((selector) => selector.startsWith('.sg-root '));
    // The guard holds text metrics, the plot's width, the buttons' shape, focus rings and the map key's boxes:
    // colours stay themable.
    expect(guard.length).toBeLessThan(30);
    const guardRules = [...css.matchAll(/(?:^|\})\s*\.sg-root [^{}]+\{([^}]*)\}/g)]
      .map((m) => m[1] ?? '')
      .join('');
    // Any colour the guard sets is a theme token, never a fixed colour.
    for (const [, property, value] of guardRules.matchAll(
      /(?:^|[;\s])(fill|color|background|border)\s*:\s*([^;]+)/g,
    ))
      expect(`${property}: ${value}`).toMatch(
        /^(\w+): (transparent|var\(--_sg-[a-z-]+\)|\S+ solid var\(--_sg-[a-z-]+\))$/,
      );
  });

  it('ships the palette written from the token table: each token’s light and dark value, in every block', () => {
    const css = readFileSync(path.join(dist, 'styles.css'), 'utf8');
    const fallback = css.slice(css.indexOf('@supports not (color: light-dark('));
    const count = (text: string, part: string) => text.split(part).length - 1;
    for (const [name, token] of Object.entries(TOKENS) as [string, TokenDefinition][]) {
      if ('value' in token) {
        expect(css).toContain(`--_sg-${name}: var(--sg-${name}, ${token.value});`);
        continue;
      }
      const light = `var(--sg-${name}, ${token.light})`;
      const dark = `var(--sg-dark-${name}, ${token.dark})`;
      expect(css).toContain(`--_sg-${name}: light-dark(${light}, ${dark});`);
      // Browsers without light-dark(): light by default, dark for "auto" in a dark scheme and for theme "dark".
      expect([
        count(fallback, `--_sg-${name}: ${light};`),
        count(fallback, `--_sg-${name}: ${dark};`),
      ]).toEqual([1, 2]);
    }
  });

  it('lets a page pay for its one language only: a chart holds English alone, a catalogue is its own file', async () => {
    // The downloads' file maker (the data package's CSV writer among it) loads on the first click only.
    expect(await bundle("export { ProviderBars } from './dist/index.js';")).not.toContain(
      'verification_source_url',
    );
    expect(readdirSync(dist).some((file) => file.startsWith('downloadFile-'))).toBe(true);
    const bars = await bundle("export { ProviderBars } from './dist/index.js';");
    expect(bars).toContain('Show data');
    for (const word of ['Daten anzeigen', 'データを表示', 'عرض البيانات', 'Afficher les données'])
      expect(bars).not.toContain(word);
    const german = await bundle(
      "export { ProviderBars } from './dist/index.js'; export { de } from './dist/i18n/locales/de.js';",
      { minify: true },
    );
    const alone = await bundle("export { ProviderBars } from './dist/index.js';", { minify: true });
    const extra = gzipSync(german, { level: 9 }).length - gzipSync(alone, { level: 9 }).length;
    expect(german).toContain('Daten anzeigen');
    expect(german).not.toContain('データを表示');
    // 3,072 before the half-year words and the embed's messages (about 130 bytes) came into each catalogue.
    expect(extra).toBeLessThan(3200);
  });

  it('lets a site import one chart and pay for that chart only', async () => {
    const statCard = await bundle("export { StatCard } from './dist/index.js';");
    expect(statCard).toContain('sg-stat');
    expect(statCard).not.toContain('d3-scale');
    expect(statCard).not.toMatch(/scaleLinear|scaleBand/);
    expect(statCard).not.toContain('iwfAiVideos');
    const bars = await bundle("export { ProviderBars } from './dist/index.js';");
    expect(bars).toContain('sg-provider-bars');
    expect(bars).not.toContain('sg-timeline');
    expect(bars).not.toContain('ISO_3166');
    expect(bars).not.toMatch(/"?arcs"?\s*:/);
  });

  it('drops its development warnings from a production bundle, and keeps them in development', async () => {
    const production = await bundle("export { ProviderBars } from './dist/index.js';", { minify: true });
    expect(production).not.toContain('must be a number between');
    expect(production).not.toContain('the data is not valid');
    // The package's own files keep them, for a development build to show.
    const files = readdirSync(path.join(root, 'packages/react/dist')).filter((file) => file.endsWith('.js'));
    const shipped = files.map((file) => readFileSync(path.join(root, 'packages/react/dist', file), 'utf8'));
    expect(shipped.some((code) => code.includes('must be a number between'))).toBe(true);
  });

  it('tree-shakes to nothing when nothing is used', async () => {
    expect((await bundle("import './dist/index.js';", { minify: true })).trim()).toBe('');
  });

  it.each(Object.entries(budgets['@safeguard-charts/react'] ?? {}))(
    'keeps import { %s } within its size budget',
    async (name, limit) => {
      const code = await bundle(`export { ${name} } from './dist/index.js';`, { minify: true });
      expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(limit);
    },
  );

  it.each(Object.entries(budgets['@safeguard-charts/data'] ?? {}))(
    'keeps import { %s } from the data package within its size budget',
    async (name, limit) => {
      const code = await bundle(`export { ${name} } from './dist/index.js';`, { minify: true, dir: 'data' });
      expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(limit);
    },
  );

  it('keeps eval, new Function and dangerouslySetInnerHTML out of the code', () => {
    const code = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(c?js)$/.test(f))
      .map((f) => readFileSync(path.join(dist, f), 'utf8'))
      .join('\n');
    expect(code).not.toMatch(/\beval\(|new Function\(|dangerouslySetInnerHTML|<script/);
    expect(code).not.toMatch(/fetch\(|XMLHttpRequest/);
  });
});
