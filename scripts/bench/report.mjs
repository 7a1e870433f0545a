// The report page (stories/Report.tsx: every chart of the report, from the packages' built dist) rendered on the
// server and hydrated in Chromium: how long React's hydration of the page takes, with and without the map.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { freshPage, gzipSize, medianOf } from './site.mjs';

/** The page's root: the report, inside a component whose layout effect notes when the page has hydrated. */
const app = (root) => `
import { createElement as h, useLayoutEffect } from 'react';
import { Report } from ${JSON.stringify(path.join(root, 'stories/Report.tsx'))};
// A parent's layout effect runs after every child's: when the whole hydrated tree is committed.
function Hydrated({ children }) {
  useLayoutEffect(() => {
    globalThis.__hydrated = performance.now();
  }, []);
  return children;
}
export function App() {
  return h(Hydrated, null, h(Report));
}
`;

const client = `
import { createElement as h } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from 'bench:app';
const errors = [];
window.__recoverable = errors;
window.__start = performance.now();
hydrateRoot(document.getElementById('root'), h(App), {
  onRecoverableError: (error) => errors.push(String(error?.message ?? error)),
});
window.__returned = performance.now();
`;

/**
 * Resolves the two packages to their built dist (as a site installs them), and `bench:app` to the page's
 * root. Without the map, `HostingMap` is a component that draws nothing, and the map's code is left out.
 */
function packages(root, { map }) {
  const reactDist = path.join(root, 'packages/react/dist/index.js');
  return {
    name: 'report-packages',
    setup(b) {
      b.onResolve({ filter: /^bench:app$/ }, () => ({ path: 'app', namespace: 'bench' }));
      b.onResolve({ filter: /^@safeguard-charts\/data$/ }, () => ({
        path: path.join(root, 'packages/data/dist/index.js'),
      }));
      b.onResolve({ filter: /^@safeguard-charts\/react$/ }, () =>
        map ? { path: reactDist } : { path: 'react-without-map', namespace: 'bench' },
      );
      b.onLoad({ filter: /^app$/, namespace: 'bench' }, () => ({
        contents: app(root),
        loader: 'js',
        resolveDir: root,
      }));
      b.onLoad({ filter: /^react-without-map$/, namespace: 'bench' }, () => ({
        contents: `export * from ${JSON.stringify(reactDist)};\nexport const HostingMap = () => null;`,
        loader: 'js',
        resolveDir: root,
      }));
    },
  };
}

/** React and react-dom stay outside the server bundle (as absolute paths): the bench's own copy renders it. */
const reactExternal = {
  name: 'react-external',
  setup(b) {
    b.onResolve({ filter: /^react(-dom)?($|\/)/ }, async (args) => {
      if (args.pluginData?.inner) return undefined;
      const found = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { inner: true },
      });
      return found.errors.length
        ? { errors: found.errors }
        : { path: pathToFileURL(found.path).href, external: true };
    });
  },
};

const common = {
  bundle: true,
  write: false,
  jsx: 'automatic',
  // Resolve as a site would (the packages' exports), not through this repo's tsconfig paths to the sources.
  tsconfigRaw: '{}',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'silent',
};

/**
 * Builds the report page with (`map: true`) and without the map: the server's module (imported here), the
 * client's bundle (esbuild, minified, React's production build), and the page's HTML from renderToString.
 */
export async function buildReport(root, tmp, { map, renderToString, createElement }) {
  const server = await build({
    ...common,
    stdin: { contents: 'export { App } from "bench:app";', resolveDir: root, loader: 'js' },
    platform: 'node',
    format: 'esm',
    plugins: [packages(root, { map }), reactExternal],
  });
  const file = path.join(tmp, `report-server-${map ? 'map' : 'nomap'}.mjs`);
  writeFileSync(file, server.outputFiles[0].contents);
  const { App } = await import(pathToFileURL(file).href);
  const browser = await build({
    ...common,
    stdin: { contents: client, resolveDir: root, loader: 'js' },
    platform: 'browser',
    format: 'esm',
    target: 'es2020',
    minify: true,
    plugins: [packages(root, { map })],
  });
  const bundle = Buffer.from(browser.outputFiles[0].contents);
  const body = renderToString(createElement(App));
  const countries = (body.match(/class="sg-country"/g) ?? []).length;
  const complete =
    body.includes('sg-provider-bars') &&
    body.includes('sg-timeline') &&
    (map ? countries > 170 : countries === 0);
  return { App, bundle, body, complete, gzip: gzipSize(bundle) };
}

export const reportPage = (body, script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>The AI-CSAM Explosion</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/report/styles.css">
<script type="module" src="${script}"></script></head>
<body><div id="root" style="max-width:760px;margin:0 auto">${body}</div></body></html>`;

/**
 * Loads each report page `loads` times in turns (after one discarded warm-up each), in a fresh context with the
 * cache disabled, and takes from each load: the time from the hydrateRoot call to the commit of the hydrated
 * page, and DevTools' ScriptDuration (all the page's script: the bundle's evaluation, hydration, the effects
 * after it) once the page has hydrated and painted twice.
 */
export async function measureHydration(browser, origin, variants, { loads }) {
  const results = Object.fromEntries(
    variants.map((v) => [v.id, { hydrate: [], call: [], script: [], problems: [] }]),
  );
  for (let round = -1; round < loads; round += 1) {
    for (const { id, url } of variants) {
      const { page, cdp, errors, close } = await freshPage(browser);
      const result = results[id];
      try {
        await cdp.send('Performance.enable');
        await page.goto(`${origin}${url}`);
        await page.waitForFunction(() => globalThis.__hydrated !== undefined, null, { timeout: 30_000 });
        await page.evaluate(
          () =>
            new Promise((resolve) =>
              requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))),
            ),
        );
        const { hydrate, call, recoverable } = await page.evaluate(() => ({
          hydrate: globalThis.__hydrated - globalThis.__start,
          call: globalThis.__returned - globalThis.__start,
          recoverable: globalThis.__recoverable,
        }));
        const { metrics } = await cdp.send('Performance.getMetrics');
        const script = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN) * 1000;
        if (round >= 0) {
          result.hydrate.push(hydrate);
          result.call.push(call);
          result.script.push(script);
        }
        result.problems.push(...recoverable, ...errors);
      } catch (error) {
        result.problems.push(error.message.split('\n')[0]);
      } finally {
        await close();
      }
    }
  }
  return variants.map((v) => {
    const r = results[v.id];
    return {
      ...v,
      loads: r.hydrate.length,
      hydrate: medianOf(r.hydrate),
      call: medianOf(r.call),
      script: medianOf(r.script),
      problems: [...new Set(r.problems)],
    };
  });
}
