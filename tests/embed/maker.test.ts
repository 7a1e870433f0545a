// The chart maker (packages/embed/dist/maker.html) as a hotline's staff use it, in Chromium: a German Excel CSV
// pasted, a column chart chosen, German and dark, a title and a source; the embed code copied and drawn on a plain
// page; the iframe page file uploaded to the charts' host and shown, at its full height, in a post of another
// origin that serves nothing with CORS headers; every request the maker made stays in its folder and carries no
// figure; axe finds nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { html, type Served, serve } from '../support/serve.mjs';
import { dist } from './files';

/** A German Excel's "CSV UTF-8" export: a byte order mark, semicolons, thousands grouped with dots. */
const EXCEL_CSV = '\uFEFFJahr;Meldungen\r\n2021;1.234\r\n2022;2.345\r\n2023;5.678\r\n2024;9.012\r\n';
const FIGURES = ['1.234', '2.345', '5.678', '9.012'];

/** The strict policy of the charts' host: nothing inline, nothing from elsewhere. */
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

let server: Served;
let browser: Browser;
let port = 0;
/** The charts' host, where the maker is: localhost. The post that shows the iframe: 127.0.0.1. */
let charts = '';
/** What the test has put on the charts' host: the copied embed code's page, the uploaded iframe page. */
const uploads = new Map<string, string>();
/** Every response's headers, to show that none allowed another origin (no CORS). */
const corsHeaders: string[] = [];

beforeAll(async () => {
  server = await serve({
    headers: { 'content-security-policy': POLICY },
    route: (_req, res, { pathname }) => {
      res.on('finish', () => {
        const allowed = res.getHeader('access-control-allow-origin');
        if (allowed) corsHeaders.push(`${pathname}: ${allowed}`);
      });
      if (pathname.startsWith('/charts/')) {
        // The embed's folder, as an organisation hosts it, under /charts/.
        const file = path.join(dist, path.normalize(pathname.slice('/charts/'.length)));
        if (!file.startsWith(dist)) return false;
        try {
          const body = readFileSync(file);
          res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
          res.end(body);
          return true;
        } catch {
          return false;
        }
      }
      const uploaded = uploads.get(pathname);
      if (uploaded !== undefined) {
        html(res, uploaded);
        return true;
      }
      if (pathname === '/post') {
        // A CMS post on 127.0.0.1 that shows the chart's iframe page from localhost; its template carries
        // frame-parent.js from the charts' host, as the maker says.
        html(
          res,
          `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Unser Beitrag</title>
<script src="http://localhost:${port}/charts/frame-parent.js" defer></script></head>
<body><p>Unser Beitrag.</p>
<iframe data-safeguard-chart title="Meldungen an unsere Hotline" src="http://localhost:${port}/uploads/my-chart.html" width="100%" height="150" style="border:0"></iframe>
<p>Danach.</p></body></html>`,
          {
            'content-security-policy': `default-src 'self'; script-src 'self' http://localhost:${port}; frame-src http://localhost:${port}`,
          },
        );
        return true;
      }
      return false;
    },
  });
  port = server.port;
  charts = `http://localhost:${port}/charts`;
  browser = await chromium.launch(chromiumLaunchOptions());
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A control of the maker by its label (exact). */
const control = (page: Page, label: string) => page.getByLabel(label, { exact: true });

describe('the chart maker (maker.html)', () => {
  it('turns a pasted German Excel CSV into a chart, its embed code and an iframe page that keep the figures', async () => {
    const context = await browser.newContext({
      locale: 'de-DE',
      permissions: ['clipboard-read', 'clipboard-write'],
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const requests: { url: string; body: string }[] = [];
    page.on('request', (request) => requests.push({ url: request.url(), body: request.postData() ?? '' }));
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    await page.goto(`${charts}/maker.html`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Diagramm erstellen');

    // Pasted, as from Excel: through the clipboard into the figures' field.
    await page.evaluate((text) => navigator.clipboard.writeText(text), EXCEL_CSV);
    await control(page, 'Hier einfügen').focus();
    await page.keyboard.press('Control+V');
    await control(page, 'Diagramm').selectOption('ncmec-timeline');
    await control(page, 'Sprache des Diagramms').selectOption('de');
    await control(page, 'Farben').selectOption('dark');
    await control(page, 'Titel').fill('Meldungen an unsere Hotline');
    await control(page, 'Quelle: wer die Zahlen veröffentlicht hat').fill('Beispiel-Hotline');
    await control(page, 'Quelle: das Dokument').fill('Jahresbericht 2024');

    // How it was read, and the status a screen reader hears.
    await expect.poll(() => page.locator('.sg-maker__read').textContent()).toContain('4 Zeilen gelesen');
    await page.getByRole('status').filter({ hasText: '4 Zeilen gelesen' }).waitFor();
    // Both previews drawn, German and dark, with the title and the source.
    const previews = page.locator('safeguard-chart');
    await expect.poll(() => previews.locator('svg[role="img"]').count()).toBe(2);
    for (const preview of await previews.all()) {
      await expect.poll(() => preview.locator('rect.sg-bar').count()).toBe(4);
      const figure = preview.locator('figure');
      expect(await figure.getAttribute('data-sg-theme')).toBe('dark');
      expect(await figure.getAttribute('lang')).toBe('de');
      expect(await preview.locator('.sg-chart__title').textContent()).toBe('Meldungen an unsere Hotline');
      expect(await preview.locator('.sg-source').textContent()).toBe(
        'Quelle: Beispiel-Hotline, Jahresbericht 2024.',
      );
    }
    // A check of one figure against its publisher: what it found, the publisher's own figure, a note.
    await page.getByLabel('Prüfung: 2024', { exact: true }).selectOption('corrected');
    await page.getByLabel('Zahl der herausgebenden Stelle: 2024', { exact: true }).fill('9.100');
    await page
      .getByLabel('Anmerkung zur Prüfung: 2024', { exact: true })
      .fill('Der Jahresbericht nennt 9.100.');
    await expect.poll(() => previews.first().locator('table').textContent()).toContain('9.100');
    const shownTable = await previews.first().locator('table').textContent();
    for (const figure of FIGURES) expect(shownTable).toContain(figure);
    // The reader sees both figures, with what the check found.
    expect(shownTable).toContain('Korrigiert');

    // The embed code, copied.
    await page.getByRole('button', { name: 'Kopieren: Einbettungscode', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Kopiert\.$/ })
      .waitFor();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toContain(`<script type="module" async src="${charts}/safeguard-charts.js"></script>`);
    expect(code).toContain(
      'chart="ncmec-timeline" locale="de" theme="dark" title="Meldungen an unsere Hotline"',
    );
    expect(code).toContain('Jahr;Meldungen');
    expect(code).toContain(
      'data-checks="{&quot;2024&quot;:{&quot;status&quot;:&quot;corrected&quot;,&quot;note&quot;:&quot;Der Jahresbericht nennt 9.100.&quot;,&quot;value&quot;:9100}}"',
    );
    expect(code).not.toContain('\uFEFF');

    // On a plain page of the charts' host, the code draws the same figures.
    uploads.set(
      '/copied',
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Kopiert</title></head><body>${code}</body></html>`,
    );
    const plain = await context.newPage();
    await plain.goto(`http://localhost:${port}/copied`);
    await plain.locator('safeguard-chart svg[role="img"]').waitFor();
    expect(await plain.locator('safeguard-chart rect.sg-bar').count()).toBe(4);
    expect(await plain.locator('safeguard-chart table').textContent()).toBe(shownTable);
    expect(await plain.locator('safeguard-chart figure').getAttribute('data-sg-theme')).toBe('dark');
    await plain.close();

    // The iframe page file, downloaded, uploaded to the charts' host, shown in a post of another origin.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'my-chart.html herunterladen' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('my-chart.html');
    const file = readFileSync((await download.path()) as string, 'utf8');
    expect(file).toContain('Jahr;Meldungen');
    uploads.set('/uploads/my-chart.html', file);
    const post = await context.newPage();
    await post.goto(`http://127.0.0.1:${port}/post`);
    const frame = post.frame({ url: /my-chart\.html$/ });
    expect(frame).not.toBeNull();
    await frame?.locator('safeguard-chart rect.sg-bar').first().waitFor();
    expect(await frame?.locator('safeguard-chart rect.sg-bar').count()).toBe(4);
    expect(await frame?.locator('safeguard-chart table').textContent()).toBe(shownTable);
    // At its full height: the iframe is as tall as its page, which has nothing to scroll.
    await expect
      .poll(async () => {
        const inner = await frame?.evaluate(() => document.documentElement.scrollHeight);
        // Its inner height (the post's policy refuses the iframe's style attribute, so it keeps a border).
        const outer = await post.locator('iframe').evaluate((f) => f.clientHeight);
        return Math.abs((inner ?? 0) - outer) <= 1 && outer > 300;
      })
      .toBe(true);
    expect(await frame?.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(
      true,
    );
    await post.close();

    // Offline from now on: another chart kind and another language, never shown before, still draw.
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    await control(page, 'Diagramm').selectOption('surge');
    await control(page, 'Sprache des Diagramms').selectOption('fr');
    await expect
      .poll(() => previews.first().locator('figure').getAttribute('lang'), { timeout: 10_000 })
      .toBe('fr');
    expect(await previews.first().locator('rect.sg-bar').count()).toBe(4);
    expect(await previews.first().locator('[role="note"]').count()).toBe(0);
    await context.setOffline(false);

    // Back: the copied code restores the maker's state.
    await page.reload();
    await control(page, 'Ein erstelltes Diagramm bearbeiten').fill(code);
    await page.getByRole('button', { name: 'Dieses Diagramm bearbeiten' }).click();
    expect(await control(page, 'Titel').inputValue()).toBe('Meldungen an unsere Hotline');
    expect(await control(page, 'Farben').inputValue()).toBe('dark');
    expect(await control(page, 'Hier einfügen').inputValue()).toContain('2024;9.012');
    expect(await page.getByLabel('Prüfung: 2024', { exact: true }).inputValue()).toBe('corrected');
    expect(await page.getByLabel('Anmerkung zur Prüfung: 2024', { exact: true }).inputValue()).toBe(
      'Der Jahresbericht nennt 9.100.',
    );
    expect(await page.getByLabel('Zahl der herausgebenden Stelle: 2024', { exact: true }).inputValue()).toBe(
      '9100',
    );
    // A publisher's figure that is no number is said in the preview, never drawn as if it were not there.
    await page.getByLabel('Zahl der herausgebenden Stelle: 2024', { exact: true }).fill('neun');
    await previews.first().locator('[role="note"]').waitFor();
    expect(await previews.first().locator('rect.sg-bar').count()).toBe(0);

    // Every request of the maker stayed in its folder, and none carried a figure; no host sent CORS headers.
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter(({ url }) => !url.startsWith(`${charts}/`))).toEqual([]);
    expect(
      requests.filter(({ url, body }) => FIGURES.some((f) => decodeURIComponent(url + body).includes(f))),
    ).toEqual([]);
    expect(corsHeaders).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);

  it('has no axe violation, filled in and empty, and keeps nothing unless asked', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${charts}/maker.html`);
    await page.getByRole('heading', { level: 1, name: 'Make a chart' }).waitFor();
    const check = async () => {
      await page.evaluate(axe.source);
      return page.evaluate(async () => {
        const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
    };
    expect(await check()).toEqual([]);
    await control(page, 'Paste them here').fill('Year,Reports\n2022,120\n2023,180\n');
    await page.locator('safeguard-chart rect.sg-bar').first().waitFor();
    expect(await check()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    // Readable at 320 px: nothing wider than the window (the table of checks scrolls inside its own region).
    await page.setViewportSize({ width: 320, height: 800 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(320);
    expect(await check()).toEqual([]);
    // Asked: the draft is kept, and comes back.
    await page.getByLabel('Keep my draft in this browser').check();
    await page.reload();
    expect(await control(page, 'Paste them here').inputValue()).toContain('2023,180');
    await page.getByLabel('Keep my draft in this browser').uncheck();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await context.close();
  }, 60_000);
});
