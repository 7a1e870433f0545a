// The bench's pages in a browser: a snapshot of the embed's built folder, today's embed built on React, Chart.js
// and Highcharts, served together from one temporary folder on 127.0.0.1 (tests/support/serve.mjs, text files
// gzip'd as a web server sends them), and Debian's Chromium (scripts/chromium.mjs), each page loaded in a fresh
// context with the cache disabled.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { serve } from '../../tests/support/serve.mjs';
import { chromiumLaunchOptions } from '../chromium.mjs';

export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Every file of `dir` (relative path → bytes). */
function readTree(dir, prefix = '') {
  const files = new Map();
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) for (const [k, v] of readTree(dir, rel)) files.set(k, v);
    else files.set(rel, readFileSync(path.join(dir, rel)));
  }
  return files;
}

/** The `./x.js` files a script of the folder imports that the folder does not hold (a build under way). */
function missingImports(files) {
  const missing = [];
  for (const [name, bytes] of files) {
    if (!name.endsWith('.js')) continue;
    for (const [, spec] of bytes.toString('utf8').matchAll(/["'](\.\.?\/[\w./-]+\.js)["']/g)) {
      const target = path.posix.join(path.posix.dirname(name), spec);
      if (!files.has(target)) missing.push(`${name} → ${spec}`);
    }
  }
  return missing;
}

/**
 * packages/embed/dist as it is now, read whole and checked (the loader, the single file, and every chunk an
 * imported file names): other people rebuild it while the bench runs, so the bench measures one consistent copy
 * and waits, and retries, while a build is under way.
 */
export async function snapshotEmbed(dist, { tries = 30, wait = 5000 } = {}) {
  for (let attempt = 1; ; attempt += 1) {
    let problem;
    try {
      const files = readTree(dist);
      const missing = missingImports(files);
      if (!files.has('safeguard-charts.js') || !files.has('safeguard-charts.single.js'))
        problem = 'no safeguard-charts.js or safeguard-charts.single.js';
      else if (missing.length) problem = `missing chunks: ${missing.slice(0, 3).join(', ')}`;
      else return files;
    } catch (error) {
      problem = error.message;
    }
    if (attempt >= tries) throw new Error(`packages/embed/dist is not a complete build: ${problem}`);
    console.log(`packages/embed/dist is being rebuilt (${problem}); waiting…`);
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/**
 * Resolves a bundle's bare imports (not Node's own) to absolute paths, left external: a bundle written to a
 * temporary folder outside the repo still loads this repo's packages.
 */
const absoluteExternals = {
  name: 'absolute-externals',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData?.inner) return undefined;
      if (args.path.startsWith('node:') || builtinModules.includes(args.path.split('/')[0]))
        return { path: args.path, external: true };
      const found = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { inner: true },
      });
      if (found.errors.length) return { errors: found.errors };
      return { path: pathToFileURL(found.path).href, external: true };
    });
  },
};

/** The embed's tsup.config.ts, evaluated (in packages/embed, where its plugins expect to run). */
async function embedTsupConfig(embedDir, tmp) {
  const result = await build({
    entryPoints: [path.join(embedDir, 'tsup.config.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        // The config only calls defineConfig, which returns its argument.
        name: 'tsup-stub',
        setup(b) {
          b.onResolve({ filter: /^tsup$/ }, () => ({ path: 'tsup', namespace: 'tsup-stub' }));
          b.onLoad({ filter: /.*/, namespace: 'tsup-stub' }, () => ({
            contents: 'export const defineConfig = (config) => config;',
            loader: 'js',
          }));
        },
      },
      absoluteExternals,
    ],
  });
  const file = path.join(tmp, 'embed-tsup.config.mjs');
  writeFileSync(file, result.outputFiles[0].contents);
  const cwd = process.cwd();
  process.chdir(embedDir);
  try {
    const config = (await import(pathToFileURL(file).href)).default;
    return Array.isArray(config) ? config : [config];
  } finally {
    process.chdir(cwd);
  }
}

/**
 * "Today's embed": the single file as it was before the embed ran on Preact, that is the single build of
 * packages/embed/tsup.config.ts (same entry, options and esbuild plugins) without the alias of React to
 * preact/compat, bundling React and react-dom. The embed's `./preact` module (a vnode hook for Preact only) is
 * left out, as it was before.
 */
export async function buildReactEmbed(root, tmp) {
  const embedDir = path.join(root, 'packages/embed');
  const configs = await embedTsupConfig(embedDir, tmp);
  const single = configs.find((c) => c.entry && Object.keys(c.entry).includes('safeguard-charts.single'));
  if (!single) throw new Error('packages/embed/tsup.config.ts has no safeguard-charts.single entry');
  const noPreactHook = {
    name: 'no-preact-hook',
    setup(b) {
      b.onResolve({ filter: /^\.\/preact$/ }, (args) =>
        /[\\/]embed[\\/]src[\\/]index\.ts$/.test(args.importer)
          ? { path: 'preact-hook', namespace: 'bench-empty' }
          : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'bench-empty' }, () => ({ contents: '', loader: 'js' }));
    },
  };
  const cwd = process.cwd();
  process.chdir(embedDir);
  try {
    const result = await build({
      absWorkingDir: embedDir,
      entryPoints: {
        'safeguard-charts.single': path.join(embedDir, single.entry['safeguard-charts.single']),
      },
      outdir: path.join(tmp, 'react-embed'),
      write: false,
      bundle: true,
      splitting: false,
      format: 'esm',
      target: single.target ?? 'es2020',
      platform: single.platform ?? 'browser',
      tsconfig: path.join(embedDir, single.tsconfig ?? 'tsconfig.build.json'),
      minify: single.minify ?? true,
      loader: single.loader ?? { '.css': 'text' },
      define: single.define ?? { 'process.env.NODE_ENV': '"production"' },
      plugins: [noPreactHook, ...(single.esbuildPlugins ?? [])],
      logLevel: 'silent',
    });
    return Buffer.from(result.outputFiles[0].contents);
  } finally {
    process.chdir(cwd);
  }
}

/** What a web server sends compressed, and as what. */
const COMPRESSED = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * A temporary folder served on 127.0.0.1; write files into it with `put`, and `close` it at the end. Text files
 * are sent gzip'd (-9) to a browser that accepts it, as a web server would (the throttled network's bytes are
 * then a real page's bytes); the rest as files (sirv).
 */
export async function temporarySite() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sg-bench-'));
  const site = path.join(dir, 'site');
  mkdirSync(site);
  const gzipped = new Map();
  const route = (req, res, url) => {
    const type = COMPRESSED[path.extname(url.pathname)];
    if (!type || !/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) return false;
    const file = path.join(site, path.normalize(decodeURIComponent(url.pathname)));
    if (!file.startsWith(site + path.sep)) return false;
    let body = gzipped.get(file);
    if (!body) {
      try {
        body = gzipSync(readFileSync(file), { level: 9 });
      } catch {
        return false;
      }
      gzipped.set(file, body);
    }
    res.writeHead(200, {
      'content-type': type,
      'content-encoding': 'gzip',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
  const { server, origin } = await serve({ dir: site, route });
  return {
    dir,
    origin,
    put(name, contents) {
      const file = path.join(site, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, contents);
      gzipped.delete(file);
    },
    close() {
      server.close();
      server.closeAllConnections();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchChromium() {
  return chromium.launch(chromiumLaunchOptions());
}

/**
 * A fresh page in a context of its own, with the HTTP cache disabled: nothing from an earlier load (no cached
 * file, no compiled code) helps this one. Collects page errors; `cdp` is the page's DevTools session.
 */
export async function freshPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page, cdp, errors, close: () => context.close() };
}

/**
 * `fn()`, tried again after a pause while it fails: the packages' dist and sources change under the bench when
 * someone rebuilds or edits them.
 */
export async function retrying(what, fn, { tries = 12, wait = 5000 } = {}) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= tries) throw error;
      console.log(`${what} failed (${error.message.split('\n')[0]}); trying again…`);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** The median of a list of numbers. */
export function medianOf(values) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
