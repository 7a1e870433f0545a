// Real consumers outside the workspace, as the README's "Use it in your site" tells a user to set them up:
// the packed tarballs installed with exact versions into a fresh Vite + React app and a fresh Next.js App
// Router app, each built and then opened in Debian's Chromium.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { pack, root, run } from '../pack/pack';
import { type Served, serve } from '../support/serve.mjs';

const fixtures = path.join(root, 'tests/consumers/fixtures');
const version = (name: string) =>
  (
    JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

let work = '';
const tarballs: Record<string, string> = {};
let browser: Browser;
// Next.js would otherwise send telemetry; the apps' commands inherit this.
process.env.NEXT_TELEMETRY_DISABLED = '1';
const env = { ...process.env, CI: '1' };

/** A fresh app from its fixture, with the packed packages and exact versions, installed with npm. */
function createApp(
  name: string,
  dependencies: Record<string, string>,
  scripts: Record<string, string>,
  fixture = name,
): string {
  const dir = path.join(work, name);
  cpSync(path.join(fixtures, fixture), dir, { recursive: true });
  const pkg = {
    name,
    private: true,
    type: 'module',
    scripts,
    dependencies: {
      '@safeguard-charts/data': `file:${tarballs.data}`,
      '@safeguard-charts/react': `file:${tarballs.react}`,
      react: version('react'),
      'react-dom': version('react-dom'),
      ...dependencies,
    },
  };
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  return dir;
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'sg-consumers-'));
  tarballs.data = pack('data', work);
  tarballs.react = pack('react', work);
  browser = await chromium.launch(chromiumLaunchOptions());
}, 300_000);

// Removing the apps' installs (four node_modules) takes more than the default 10 s on a busy 2-core machine.
afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
}, 120_000);

/** React versions the react package supports, each tested in its own app. */
const REACTS: [string, Record<string, string>][] = [
  ['React 19', {}],
  ['React 18', { react: '18.3.1', 'react-dom': '18.3.1' }],
];

describe.each(REACTS)('a Vite app on %s', (label, reactVersions) => {
  let server: Served | undefined;
  let url = '';
  let dir = '';

  beforeAll(async () => {
    dir = createApp(
      `vite-app-${label.replace(/\W+/g, '').toLowerCase()}`,
      { vite: version('vite'), '@vitejs/plugin-react': version('@vitejs/plugin-react'), ...reactVersions },
      { build: 'vite build' },
      'vite-app',
    );
    run('npm', ['run', 'build'], dir);
    // The app's built folder, as a static host serves it.
    server = await serve({ dir: path.join(dir, 'dist') });
    url = `${server.origin}/`;
  }, 400_000);

  afterAll(async () => {
    await server?.close();
  });

  it('draws the charts in the browser, and the data table toggles into view', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if ((m.type() === 'error' || m.type() === 'warning') && !isFavicon(m.location().url))
        errors.push(m.text());
    });
    await page.goto(url);
    await page.waitForSelector('svg[role="img"]');
    expect(await page.locator('rect.sg-bar').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('svg').nth(1).innerHTML()).toContain('485.000');
    const table = page.locator('.sg-table').first();
    expect(await table.getAttribute('data-visible')).toBe('false');
    await page.getByRole('button', { name: 'Show data' }).first().click();
    expect(await table.getAttribute('data-visible')).toBe('true');
    expect(await table.evaluate((el) => getComputedStyle(el).position)).not.toBe('absolute');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('renders the full chart on the server with that React', () => {
    const { react, html } = JSON.parse(run('node', ['ssr.mjs'], dir)) as { react: string; html: string };
    expect(react.split('.')[0]).toBe(label.split(' ')[1]);
    expect((html.match(/class="sg-bar"/g) ?? []).length).toBe(3);
    expect(html).toContain('32,079');
  });
});

describe('a Next.js App Router app', () => {
  let next: ChildProcess | undefined;
  let url = '';

  beforeAll(async () => {
    // TypeScript and the React types are the app's own, so Next.js does not try to install them itself.
    const types = Object.fromEntries(
      ['typescript', '@types/react', '@types/react-dom', '@types/node'].map((name) => [name, version(name)]),
    );
    const dir = createApp(
      'next-app',
      { next: NEXT_VERSION, ...types },
      { build: 'next build', start: 'next start' },
    );
    run('npm', ['run', 'build'], dir);
    const port = await freePort();
    url = `http://127.0.0.1:${port}/`;
    next = spawn('npm', ['run', 'start', '--', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: dir,
      env,
      stdio: 'ignore',
      // Its own process group, so the test can end npm and the next-server it starts together.
      detached: true,
    });
    for (let i = 0; i < 60; i += 1) {
      try {
        const response = await fetch(url);
        if (response.ok) return;
      } catch {
        // not up yet
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error('next start did not answer within 30 s');
  }, 600_000);

  // npm and the next-server it started end together, and the test waits until they have: nothing of the app
  // outlives it (not even a process waiting to be reaped).
  afterAll(async () => {
    const pid = next?.pid;
    if (!pid) return;
    /** Sends a signal to the app's process group; false once the group is gone. */
    const signal = (name: NodeJS.Signals | 0) => {
      try {
        process.kill(-pid, name);
        return true;
      } catch {
        return false;
      }
    };
    signal('SIGTERM');
    for (let i = 0; i < 100 && signal(0); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    signal('SIGKILL');
  }, 20_000);

  it('sends the chart SVG and source line in the server HTML, before any JavaScript runs', async () => {
    const html = await (await fetch(url)).text();
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect((html.match(/class="sg-bar"/g) ?? []).length).toBe(3);
    expect((html.match(/class="sg-country"/g) ?? []).length).toBeGreaterThan(170);
    expect(html.replaceAll('<!-- -->', '')).toContain(
      'Source: no publisher’s document found. The report cites: National Center for Missing &amp; Exploited Children',
    );
  });

  it('renders a server component that calls @safeguard-charts/react/server itself', async () => {
    const response = await fetch(new URL('figures', url));
    expect(response.ok).toBe(true);
    const html = (await response.text()).replaceAll('<!-- -->', '');
    // formatNumber in German, the German catalogue's unit word, and the data's check in its words.
    expect(html).toMatch(/<p id="latest">485\.000 Meldungen\. Korrigiert: /);
  });

  it('hydrates in Chromium without a warning or error', async () => {
    const page = await browser.newPage();
    const messages: string[] = [];
    page.on('console', (m) => {
      if ((m.type() === 'error' || m.type() === 'warning') && !isFavicon(m.location().url))
        messages.push(m.text());
    });
    page.on('pageerror', (error) => messages.push(error.message));
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Show data' }).first().click();
    expect(await page.locator('.sg-table').first().getAttribute('data-visible')).toBe('true');
    expect(messages).toEqual([]);
    await page.close();
  }, 60_000);
});

/** The Next.js version the consumer test pins (exact, as a user would). */
const NEXT_VERSION = '16.4.6';

/** The browser asks every site for a favicon; these apps have none, and that 404 is not the library's. */
function isFavicon(url: string): boolean {
  return url.endsWith('/favicon.ico');
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = http.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
