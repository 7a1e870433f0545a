// Charts that arrive as HTML (issue 23): the CLI's renderHtml fragment pasted into a page no one here wrote, under a
// strict Content-Security-Policy. With JavaScript off, in Chromium and Firefox ESR, the chart, its figures, its
// source line and its table (a <details> under <noscript>) show. With the embed's loader, the fragment is hydrated
// in place: the same SVG nodes, no layout shift, a tooltip, the keyboard and "Show data" working. A fragment edited
// by hand after it was rendered is drawn anew, with a warning; a browser that leaves the declarative shadow root a
// <template> shows the fragment's own image and table, and the loader attaches the root itself.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright';
import puppeteer, { type Browser as FirefoxBrowser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../packages/cli/dist/index.js';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { html, type Served, serve } from '../support/serve.mjs';
import { dist } from './files';

/** The strict policy of the embed's other pages: scripts and styles only from this origin, no inline ones. */
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; report-uri /csp";

function fragment(options: Parameters<typeof renderHtml>[0]): string {
  const result = renderHtml(options);
  if (!result.ok) throw new Error(result.problem);
  return result.html;
}

const bars = fragment({ chart: 'provider-bars', stylesheet: '/safeguard-charts.css' });
const map = fragment({ chart: 'hosting-map', stylesheet: '/safeguard-charts.css' });
const german = fragment({
  chart: 'ncmec-timeline',
  locale: 'de-DE',
  theme: 'dark',
  stylesheet: '/safeguard-charts.css',
});
const inline = renderHtml({ chart: 'surge' });
/** A hotline's own spreadsheet, in German, and the tracker of laws (HTML only, no drawing). */
const own = fragment({
  chart: 'surge',
  locale: 'de-DE',
  title: 'Meldungen an unsere Hotline',
  csv: 'Jahr;Meldungen\n2023;1.200\n2024;1.500',
  csvOptions: {
    unit: 'URLs',
    sources: [{ publisher: 'Beispiel-Hotline', title: 'Beispielzahlen, keine echten Daten' }],
  },
  stylesheet: '/safeguard-charts.css',
});
const laws = fragment({ chart: 'legislation', dataset: 'legislation', stylesheet: '/safeguard-charts.css' });

/**
 * A host page: a theme's column of 640 px (the fragments' width) with its own type, the fragments, and a classic
 * script after the first that keeps its SVG node and sums every layout shift (it runs before the module loader).
 */
const page = (
  loader: boolean,
  body = `${bars}${map}${german}${own}${laws}<script src="/keep.js"></script>`,
) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A CMS post</title><link rel="stylesheet" href="/host.css">
${loader ? '<script type="module" src="/safeguard-charts.js"></script>' : ''}</head>
<body><main><h1>Our annual figures</h1>${body}<p id="after">After the charts.</p></main></body></html>`;

const keep = `window.kept = [...document.querySelectorAll('safeguard-chart')].map((chart) => chart.shadowRoot.querySelector('.sg-prerendered'));
window.svgs = window.kept.map((mount) => mount.querySelector('svg'));
window.markup = window.kept.map((mount) => mount.innerHTML.replaceAll('<!-- -->', ''));
window.shift = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shift += entry.value;
}).observe({ type: 'layout-shift', buffered: true });`;

/** A page that puts the fragment in with innerHTML, which leaves a declarative shadow root a <template>. */
const inject = `const slot = document.getElementById('slot');
fetch('/fragment').then((r) => r.text()).then((text) => { slot.innerHTML = text; });`;

let server: Served;
let browser: Browser;
const violations: string[] = [];

beforeAll(async () => {
  server = await serve({
    dir: dist,
    headers: (_req, url) => ({
      'content-security-policy':
        url.pathname === '/inline'
          ? STRICT.replace("style-src 'self'", `style-src 'self' ${inline.ok ? inline.styleHash : ''}`)
          : STRICT,
    }),
    route: (req, res, { pathname }) => {
      const file = (type: string, body: string) => {
        res.setHeader('content-type', type);
        res.end(body);
        return true;
      };
      if (pathname === '/host.css')
        return file(
          'text/css',
          'body{margin:0;font:18px/1.7 Georgia,serif} main{width:640px;padding:0 16px} svg{max-width:100%;height:auto} button{all:unset} h3{text-transform:uppercase}',
        );
      if (pathname === '/favicon.ico') return file('image/x-icon', '');
      if (pathname === '/keep.js') return file('text/javascript', keep);
      if (pathname === '/inject.js') return file('text/javascript', inject);
      if (pathname === '/fragment') return file('text/html', bars);
      if (pathname === '/csp') {
        let body = '';
        req.on('data', (chunk) => {
          body += chunk;
        });
        req.on('end', () => violations.push(body));
        res.writeHead(204);
        res.end();
        return true;
      }
      if (pathname === '/plain') return (html(res, page(false)), true);
      if (pathname === '/loader') return (html(res, page(true)), true);
      if (pathname === '/inline') return (html(res, page(false, inline.ok ? inline.html : '')), true);
      if (pathname === '/edited')
        return (
          html(res, page(true, bars.replace('locale="en"', 'locale="en" title="Edited by hand"'))), true
        );
      if (pathname === '/injected')
        return (
          html(
            res,
            `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Injected</title>
<script src="/inject.js" defer></script>${req.url?.includes('loader') ? '<script type="module" src="/safeguard-charts.js"></script>' : ''}</head>
<body><div id="slot"></div></body></html>`,
          ),
          true
        );
      return false;
    },
  });
  browser = await chromium.launch(chromiumLaunchOptions());
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, javaScriptEnabled = true): Promise<{ tab: Page; logs: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 800, height: 900 } });
  const tab = await context.newPage();
  const logs: string[] = [];
  tab.on('console', (message) => logs.push(`${message.type()}: ${message.text()}`));
  tab.on('pageerror', (error) => logs.push(`error: ${error.message}`));
  await tab.goto(`${server.origin}${path}`);
  return { tab, logs };
}

describe('the fragment with JavaScript off (Chromium)', () => {
  it('shows each chart, its figures, its source line and its table, styled under a strict policy', async () => {
    const { tab } = await open('/plain', false);
    const charts = tab.locator('safeguard-chart');
    await expect.poll(() => charts.count()).toBe(5);
    // The bars are drawn at their size, with their figures beside them.
    const barBoxes = await tab.locator('safeguard-chart').first().locator('rect.sg-bar').all();
    expect(barBoxes).toHaveLength(3);
    for (const bar of barBoxes) expect((await bar.boundingBox())?.width ?? 0).toBeGreaterThan(5);
    const first = tab.locator('safeguard-chart').first();
    await expect.poll(() => first.locator('svg.sg-chart__svg').innerHTML()).toContain('32,079');
    expect(await first.locator('.sg-source').innerText()).toMatch(/^Source: /);
    // The stylesheet, linked from the shadow root, applies: the title is the chart's, not the theme's capitals.
    expect(
      await first.locator('.sg-chart__title').evaluate((node) => getComputedStyle(node).textTransform),
    ).toBe('none');
    // The map's countries and key.
    const mapChart = tab.locator('safeguard-chart').nth(1);
    expect(await mapChart.locator('svg.sg-chart__svg path').count()).toBeGreaterThan(100);
    expect(await mapChart.locator('.sg-ranking__item').first().innerText()).toContain('Netherlands');
    expect(await mapChart.locator('.sg-source').innerText()).toContain('Internet Watch Foundation');
    // The buttons that need script are out of sight; the table is a <details> the reader opens.
    expect(await first.locator('.sg-chart__actions').isVisible()).toBe(false);
    const details = first.locator('details.sg-noscript');
    expect(await details.locator('table').isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.locator('tbody tr').count()).toBe(3);
    expect(await details.locator('table').innerText()).toContain('Anthropic');
    // The German chart in German and dark, from its own attributes.
    const german = tab.locator('safeguard-chart').nth(2);
    expect(await german.locator('.sg-chart__title').innerText()).toMatch(/NCMEC/);
    expect(await german.locator('figure').getAttribute('lang')).toBe('de-DE');
    expect(await german.locator('figure').getAttribute('data-sg-theme')).toBe('dark');
    expect(await german.locator('details.sg-noscript summary').innerText()).toBe('Daten anzeigen');
    // The hotline's own figures, read as the embed reads its CSV child, and the laws as HTML.
    const ours = tab.locator('safeguard-chart').nth(3);
    expect(await ours.locator('svg.sg-chart__svg').innerHTML()).toContain('1.500');
    expect(await ours.locator('.sg-source').innerText()).toContain('Beispiel-Hotline');
    expect(await tab.locator('safeguard-chart').nth(4).locator('table, li').count()).toBeGreaterThan(3);
  });

  it('writes its stylesheet into the fragment when no address is given, allowed by its hash', async () => {
    expect(inline.ok && inline.styleHash).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    const { tab } = await open('/inline', false);
    const title = tab.locator('safeguard-chart .sg-chart__title');
    // Georgia and capitals would be the host's; the chart's own font and case mean its <style> was applied.
    expect(await title.evaluate((node) => getComputedStyle(node).textTransform)).toBe('none');
    expect(await tab.locator('safeguard-chart rect.sg-bar').count()).toBeGreaterThan(1);
  });
});

describe('the fragment with the loader (Chromium)', () => {
  it('is hydrated in place: the same SVG nodes, no layout shift, and it works', async () => {
    violations.length = 0;
    const { tab, logs } = await open('/loader');
    await tab.waitForFunction(
      () => document.querySelectorAll('safeguard-chart[data-sg-hydrated]').length === 5,
      null,
      {
        timeout: 30_000,
      },
    );
    // Let the charts measure their containers and settle.
    await tab.waitForTimeout(300);
    // Every chart's SVG is the node the server's HTML made, and its markup what the server wrote: nothing the
    // hydration had to write anew (a word, a number) that the server wrote otherwise.
    const same = await tab.evaluate(() => {
      const own = window as unknown as { kept: Element[]; svgs: (Element | null)[]; markup: string[] };
      return [...document.querySelectorAll('safeguard-chart')].map((chart, i) => {
        const mount = chart.shadowRoot?.querySelector('.sg-prerendered');
        return {
          mount: mount === own.kept[i],
          svg: mount?.querySelector('svg') === own.svgs[i] && (own.svgs[i]?.isConnected ?? true),
          markup: mount?.innerHTML.replaceAll('<!-- -->', '') === own.markup[i],
        };
      });
    });
    expect(same).toEqual(Array.from({ length: 5 }, () => ({ mount: true, svg: true, markup: true })));
    expect(await tab.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
    const first = tab.locator('safeguard-chart').first();
    // The tooltip, on the pointer.
    await first.locator('rect.sg-bar').first().hover();
    await expect.poll(() => first.locator('.sg-tooltip').innerText()).toContain('OpenAI: 32,079');
    // The keyboard: the next bar, said in the live region.
    await first.locator('svg.sg-chart__svg').focus();
    await tab.keyboard.press('ArrowDown');
    await expect
      .poll(() => first.locator('[role="status"]').first().textContent())
      .toMatch(/Amazon AI|OpenAI/);
    // The buttons are there now, and "Show data" shows the table.
    expect(await first.locator('.sg-chart__actions').isVisible()).toBe(true);
    await first.getByRole('button', { name: 'Show data' }).click();
    expect(await first.locator('.sg-table tbody tr').count()).toBe(3);
    expect(await first.locator('.sg-table').isVisible()).toBe(true);
    expect(logs.filter((line) => /^(error|warning)/.test(line))).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('draws anew an element edited after it was rendered, and says why in the console', async () => {
    const { tab, logs } = await open('/edited');
    const first = tab.locator('safeguard-chart').first();
    await expect
      .poll(() => first.locator('.sg-chart__title').innerText(), { timeout: 30_000 })
      .toBe('Edited by hand');
    expect(await first.getAttribute('data-sg-hydrated')).toBeNull();
    expect(await first.locator('rect.sg-bar').count()).toBe(3);
    expect(logs.some((line) => /^warning: .*drawn anew/.test(line))).toBe(true);
  });
});

describe('a fragment whose shadow root stayed a <template> (no declarative shadow DOM)', () => {
  it('shows its own image and table, and the loader attaches the root and hydrates it', async () => {
    const { tab } = await open('/injected');
    const fallback = tab.locator('#slot safeguard-chart .sg-fallback');
    await expect.poll(() => fallback.count()).toBe(1);
    expect(await tab.locator('#slot safeguard-chart > template').count()).toBe(1);
    expect(await fallback.locator(':scope > svg').count()).toBe(1);
    expect((await fallback.locator(':scope > svg').boundingBox())?.width).toBeGreaterThan(300);
    expect(await fallback.locator(':scope > svg').innerHTML()).toContain('32,079');
    await fallback.locator('summary').click();
    expect(await fallback.locator('table tbody tr').count()).toBe(3);

    const loaded = await open('/injected?loader');
    await loaded.tab.waitForSelector('safeguard-chart[data-sg-hydrated]', {
      state: 'attached',
      timeout: 30_000,
    });
    const chart = loaded.tab.locator('safeguard-chart');
    expect(await chart.locator('rect.sg-bar').count()).toBe(3);
    expect(await loaded.tab.locator('#slot safeguard-chart > template').count()).toBe(0);
    await chart.locator('rect.sg-bar').first().hover();
    await expect.poll(() => chart.locator('.sg-tooltip').innerText()).toContain('OpenAI');
  });
});

/** Debian's Firefox ESR over WebDriver BiDi, with `prefs` (such as JavaScript off). */
const launchFirefox = (prefs: Record<string, unknown> = {}) =>
  puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: prefs,
  });

describe('the fragment with JavaScript off (Firefox ESR)', () => {
  let firefox: FirefoxBrowser;
  afterAll(async () => firefox?.close());

  it('shows each chart, its figures, its source line and its table', async () => {
    firefox = await launchFirefox({ 'javascript.enabled': false });
    const tab = await firefox.newPage();
    await tab.setViewport({ width: 800, height: 900 });
    await tab.goto(`${server.origin}/plain`);
    // With the page's script off, puppeteer's own waiting (which runs in the page) does not run: asked again.
    const bars = () =>
      tab.evaluate(
        () => document.querySelector('safeguard-chart')?.shadowRoot?.querySelectorAll('rect').length ?? 0,
      );
    for (let tries = 0; (await bars()) < 3 && tries < 100; tries++)
      await new Promise((r) => setTimeout(r, 200));
    // What the page shows, read through the open shadow roots (puppeteer's own script, not the page's).
    const seen = await tab.evaluate(() => {
      const roots = [...document.querySelectorAll('safeguard-chart')].map((chart) => chart.shadowRoot);
      const [barsRoot, mapRoot] = roots;
      const widths = [...(barsRoot?.querySelectorAll('rect.sg-bar') ?? [])].map(
        (bar) => bar.getBoundingClientRect().width,
      );
      return {
        roots: roots.filter(Boolean).length,
        widths,
        figures: barsRoot?.querySelector('svg.sg-chart__svg')?.textContent ?? '',
        source: (barsRoot?.querySelector('.sg-source') as HTMLElement | null)?.innerText ?? '',
        mapPaths: mapRoot?.querySelectorAll('svg.sg-chart__svg path').length ?? 0,
        mapSource: (mapRoot?.querySelector('.sg-source') as HTMLElement | null)?.innerText ?? '',
        details: barsRoot?.querySelectorAll('details.sg-noscript table tbody tr').length ?? 0,
        summaryShown: (
          barsRoot?.querySelector('details.sg-noscript summary') as HTMLElement | null
        )?.getBoundingClientRect().height,
        actions: getComputedStyle(barsRoot?.querySelector('.sg-chart__actions') as Element).visibility,
      };
    });
    expect(seen.roots).toBe(5);
    expect(seen.widths).toHaveLength(3);
    for (const width of seen.widths) expect(width).toBeGreaterThan(5);
    expect(seen.figures).toContain('32,079');
    expect(seen.source).toMatch(/^Source: /);
    expect(seen.mapPaths).toBeGreaterThan(100);
    expect(seen.mapSource).toContain('Internet Watch Foundation');
    expect(seen.details).toBe(3);
    expect(seen.summaryShown).toBeGreaterThan(0);
    expect(seen.actions).toBe('hidden');
  }, 90_000);
});

describe('the fragment with the loader (Firefox ESR)', () => {
  let firefox: FirefoxBrowser;
  afterAll(async () => firefox?.close());

  it('is hydrated in place, and its tooltip works', async () => {
    firefox = await launchFirefox();
    const tab = await firefox.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    await tab.setViewport({ width: 800, height: 900 });
    await tab.goto(`${server.origin}/loader`);
    await tab.waitForFunction(
      () => document.querySelectorAll('safeguard-chart[data-sg-hydrated]').length === 5,
      {
        timeout: 30_000,
      },
    );
    const same = await tab.evaluate(() => {
      const own = window as unknown as { kept: Element[]; svgs: (Element | null)[]; markup: string[] };
      return [...document.querySelectorAll('safeguard-chart')].map((chart, i) => {
        const mount = chart.shadowRoot?.querySelector('.sg-prerendered');
        return (
          mount === own.kept[i] &&
          mount?.querySelector('svg') === own.svgs[i] &&
          mount?.innerHTML.replaceAll('<!-- -->', '') === own.markup[i]
        );
      });
    });
    expect(same).toEqual([true, true, true, true, true]);
    const bar = await tab.waitForSelector('safeguard-chart >>> rect.sg-bar');
    await bar?.hover();
    const tip = await tab.waitForSelector('safeguard-chart >>> .sg-tooltip', { timeout: 10_000 });
    expect(await tip?.evaluate((node) => node.textContent)).toContain('OpenAI: 32,079');
    expect(errors).toEqual([]);
  }, 90_000);
});

// The stylesheet a strict page links is a file of the embed's folder.
it('ships the stylesheet the fragments link', () => {
  const css = readFileSync(path.join(dist, 'safeguard-charts.css'), 'utf8');
  expect(css).toContain('.sg-prerendered');
  expect(css.length).toBeGreaterThan(5000);
});
