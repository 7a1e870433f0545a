// The embed in Firefox ESR (Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core), on a page whose
// own stylesheet carries the rules that broke charts in real host pages, at a phone's 320 px: every chart draws,
// no label leaves its chart or runs into another, the focus ring survives `button { all: unset }`, the download
// buttons make their files (CSV, SVG, PNG), and the page prints. Then the split build on the Chromium tests' own
// pages (./pages), under a strict policy that requires Trusted Types: a dataset, inline JSON and CSV, a shadow
// root, a language fetched as its own file, the keyboard, a page with one chart, and the iframe on another origin.

import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { CHART_KIND_INFO } from '@safeguard-charts/react';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { html, type Served, serve } from '../support/serve.mjs';
import { dist } from './files';
import { embedPage, farParentPage, onePage, ownFiguresFrame, parentPage, withHead } from './pages';

const firefox = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** A host page's global rules: on every SVG text, every button, every SVG. */
const hostCss = `
  body { font: 18px/1.7 Georgia, serif; margin: 0; }
  text { font-size: 20px; letter-spacing: .12em; font-weight: 900; }
  svg { max-width: 100%; height: auto; }
  button { all: unset; }
  h3 { font-size: 2rem; text-transform: uppercase; }
`;

const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Firefox host page</title>
<link rel="stylesheet" href="/host.css">
<script type="module" src="/safeguard-charts.js"></script></head>
<body><main>
<safeguard-chart id="surge" chart="surge" dataset="iwfAiVideos" title="AI-generated CSAM videos"></safeguard-chart>
<safeguard-chart id="timeline" chart="ncmec-timeline" dataset="ncmecAiReports" locale="de-DE" title="Meldungen an NCMEC"></safeguard-chart>
<safeguard-chart id="bars" chart="provider-bars" dataset="ncmecProviderReports" title="AI companies’ reports"></safeguard-chart>
<safeguard-chart id="severity" chart="severity" dataset="iwfSeverity" title="The most severe category"></safeguard-chart>
<safeguard-chart id="share" chart="share" dataset="iwfVictimSex" title="Victims depicted as girls"></safeguard-chart>
<safeguard-chart id="map" chart="hosting-map" dataset="csamHosting" title="Where CSAM is hosted"></safeguard-chart>
</main></body></html>`;

/**
 * The policy of the split build's pages below: the strict one above, and Trusted Types required at every script
 * sink with no policy allowed, so a script that wrote HTML from a string would be refused. Every violation is
 * reported to the server too.
 */
const strictPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types 'none'; report-uri /csp-report";

/** First in each strict page's <head>, before the embed: keeps every `securitypolicyviolation` the page sees. */
const watcher = `window.violations = [];
window.addEventListener('securitypolicyviolation', (e) => {
  window.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample);
}, true);`;
const watch = '<script src="/csp-watch.js"></script>';

/** The violations Firefox sent to the policy's report-uri, from any page or frame. */
const reports: { document: string; directive: string; blocked: string; sample: string }[] = [];

/** The split build's strict pages (true when `req` asked for one of them). */
function strictRoute(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
  const port = server?.port ?? 0;
  const strict = (body: string, policy = strictPolicy) =>
    html(res, body, { 'content-security-policy': policy });
  if (pathname === '/csp-report') {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const report: Record<string, string> = JSON.parse(body || '{}')['csp-report'] ?? {};
      reports.push({
        document: report['document-uri'] ?? '',
        directive: report['violated-directive'] ?? '',
        blocked: report['blocked-uri'] ?? '',
        sample: report['script-sample'] ?? '',
      });
      res.writeHead(204);
      res.end();
    });
  } else if (pathname === '/csp-watch.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(watcher);
  } else if (pathname === '/favicon.ico') {
    res.writeHead(404);
    res.end();
  } else if (pathname === '/strict') strict(withHead(embedPage, watch));
  else if (pathname.startsWith('/one/')) {
    const [, , chart = '', dataset = ''] = pathname.split('/');
    strict(withHead(onePage(chart, dataset), watch));
  } else if (pathname === '/parent') {
    // The post allows frames from the chart's origin, and nothing else more than the strict policy.
    strict(withHead(parentPage(port), watch), `${strictPolicy}; frame-src http://localhost:${port}`);
  } else if (pathname === '/far-parent') {
    // frame-parent.js from the chart's origin (a classic script, no CORS headers), the chart far below the fold.
    strict(
      withHead(farParentPage(port), watch),
      `${strictPolicy.replace("script-src 'self'", `script-src 'self' http://localhost:${port}`)}; frame-src http://localhost:${port}`,
    );
  } else if (pathname === '/maker.html') {
    // The chart maker, under the strict policy with Trusted Types.
    strict(withHead(readFileSync(path.join(dist, 'maker.html'), 'utf8'), watch));
  } else if (pathname === '/maker-copied') {
    // A plain page of nothing but the embed code the maker gave.
    strict(
      `<!doctype html><html lang="de"><head>${watch}<meta charset="utf-8"><title>Kopiert</title></head><body>${maker.code}</body></html>`,
    );
  } else if (pathname === '/uploads/my-chart.html') {
    // The iframe page the maker wrote, uploaded to the charts' host (served as it is, under its own policy).
    strict(withHead(maker.page, watch));
  } else if (pathname === '/maker-post') {
    // A post on 127.0.0.1 showing that page from localhost, frame-parent.js from there too, no CORS headers.
    strict(
      withHead(
        `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Beitrag</title>
<script src="http://localhost:${port}/frame-parent.js" defer></script></head><body><p>Unser Beitrag.</p>
<iframe data-safeguard-chart title="Meldungen" src="http://localhost:${port}/uploads/my-chart.html" width="100%" height="150"></iframe>
</body></html>`,
        watch,
      ),
      `${strictPolicy.replace("script-src 'self'", `script-src 'self' http://localhost:${port}`)}; frame-src http://localhost:${port}`,
    );
  } else if (pathname === '/frame.html') {
    strict(withHead(readFileSync(path.join(dist, 'frame.html'), 'utf8'), watch));
  } else if (pathname === '/control') {
    // A page that breaks the policy, to show the watcher and the reports see a violation when there is one.
    strict(`<!doctype html><html lang="en"><head>${watch}<title>Breaks the policy</title></head>
<body><p style="color: red">A style attribute the policy refuses.</p></body></html>`);
  } else return false;
  return true;
}

/** What the chart maker gave in the test below: its embed code, and its iframe page file. */
const maker = { code: '', page: '' };

/** The violations a strict page's (or frame's) watcher kept. */
const violationsOf = (target: Page | Frame) =>
  target.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? ['no watcher ran']);

/** Resolves once every chart of the page shows its drawing, its list or its message. */
const allDrawn = (target: Page | Frame) =>
  target.waitForFunction(
    () =>
      [...document.querySelectorAll('safeguard-chart')].every((el) =>
        (el.shadowRoot ?? el).querySelector(
          'svg[role="img"], .sg-laws__list, .sg-sources__list, [role="note"]',
        ),
      ),
    { timeout: 30_000 },
  );

/** The paths of the scripts a page (or frame) loaded, from its own Resource Timing entries. */
const scriptsOf = (target: Page | Frame) =>
  target.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.endsWith('.js')),
  );

let server: Served | undefined;
let browser: Browser | undefined;
let tab: Page;
let origin = '';
const errors: string[] = [];

beforeAll(async () => {
  if (!existsSync(firefox)) return;
  server = await serve({
    // The embed's built folder, as a site serves it.
    dir: dist,
    // `?images` allows blob: images too, as a page must for the PNG download.
    headers: (req) => ({
      'content-security-policy': `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'${(req.url ?? '').includes('images') ? ' blob:' : ''}`,
    }),
    route: (req, res, { pathname }) => {
      if (strictRoute(req, res, pathname)) return true;
      if (pathname !== '/host.css') return false;
      res.writeHead(200, { 'content-type': 'text/css' });
      res.end(hostCss);
      return true;
    },
    // Any other address: the hostile host page.
    fallback: (_req, res) => html(res, page),
  });
  origin = server.origin;
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefox,
    headless: true,
    protocol: 'webDriverBiDi',
  });
  tab = await browser.newPage();
  tab.on('pageerror', (error) => errors.push(String(error)));
  await tab.setViewport({ width: 320, height: 800 });
  await tab.goto(origin);
  await tab.waitForSelector('#map svg[role="img"]', { timeout: 30_000 });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.skipIf(!existsSync(firefox))('the embed in Firefox ESR, on a hostile host page at 320 px', () => {
  it('draws every chart, none of its text outside its chart or over another label', async () => {
    const report = await tab.evaluate(() => {
      const found: string[] = [];
      const figures = [...document.querySelectorAll('safeguard-chart figure')];
      for (const figure of figures) {
        const frame = figure.getBoundingClientRect();
        const texts = [...figure.querySelectorAll('svg text')]
          .map((el) => ({ text: el.textContent ?? '', box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0);
        for (const { text, box } of texts)
          if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5) found.push(`outside: ${text}`);
        texts.forEach((a, i) => {
          for (const b of texts.slice(i + 1))
            if (
              a.box.left < b.box.right - 0.5 &&
              b.box.left < a.box.right - 0.5 &&
              a.box.top < b.box.bottom - 0.5 &&
              b.box.top < a.box.bottom - 0.5
            )
              found.push(`overlap: ${a.text} × ${b.text}`);
        });
      }
      const size = [...document.querySelectorAll('#surge svg text')].map(
        (el) => getComputedStyle(el).fontSize,
      );
      return { figures: figures.length, found, size, scroll: document.documentElement.scrollWidth };
    });
    expect(report.figures).toBe(6);
    expect(report.found).toEqual([]);
    // The host's `text { font-size: 20px }` does not reach the charts' labels.
    expect(report.size).not.toContain('20px');
    expect(report.scroll).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
  });

  it('keeps a visible focus ring on its buttons under `button { all: unset }`', async () => {
    let outline = { style: 'none', width: '0px', button: false };
    for (let i = 0; i < 12 && !outline.button; i += 1) {
      await tab.keyboard.press('Tab');
      outline = await tab.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        const style = active ? getComputedStyle(active) : null;
        return {
          button: !!active?.classList.contains('sg-chart__toggle'),
          style: style?.outlineStyle ?? 'none',
          width: style?.outlineWidth ?? '0px',
        };
      });
    }
    expect(outline.button).toBe(true);
    expect(outline.style).not.toBe('none');
    expect(Number.parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
  });

  // Firefox's WebDriver BiDi cannot emulate print media (puppeteer needs CDP for it), so the print stylesheet's
  // computed styles are checked in Chromium (embed.test.ts); here Firefox prints the page itself.
  it('prints the page to PDF', async () => {
    const pdf = Buffer.from(await tab.pdf({ format: 'A4', printBackground: true }));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  });

  it('makes the CSV, the standalone SVG and the 2× PNG a reader downloads', async () => {
    if (!browser) throw new Error('no Firefox');
    const reader = await browser.newPage();
    await reader.setViewport({ width: 800, height: 800 });
    await reader.goto(`${origin}/?images`);
    await reader.waitForSelector('#bars svg[role="img"]', { timeout: 30_000 });
    // The files are the Blobs the chart hands to its download link: kept here instead of saved to a folder,
    // since WebDriver BiDi in this Firefox cannot hand over downloads.
    await reader.evaluate(() => {
      const blobs = new Map<string, Blob>();
      const files: { name: string; blob: Blob | undefined }[] = [];
      (window as unknown as { files: typeof files }).files = files;
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        const url = create(blob);
        if (blob instanceof Blob) blobs.set(url, blob);
        return url;
      };
      HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
        if (this.download) files.push({ name: this.download, blob: blobs.get(this.href) });
      };
    });
    const file = async (name: string) => {
      await reader.evaluate((label) => {
        const button = [...document.querySelectorAll<HTMLButtonElement>('#bars button')].find(
          (b) => b.textContent === label,
        );
        button?.click();
      }, name);
      await reader.waitForFunction(
        (count) => (window as unknown as { files: unknown[] }).files.length >= count,
        { timeout: 15_000 },
        ['Data (CSV)', 'Image (SVG)', 'Image (PNG)'].indexOf(name) + 1,
      );
      return reader.evaluate(async (index) => {
        const { name: fileName, blob } = (window as unknown as { files: { name: string; blob?: Blob }[] })
          .files[index] ?? { name: '' };
        const bytes = new Uint8Array((await blob?.arrayBuffer()) ?? new ArrayBuffer(0));
        const text = new TextDecoder().decode(bytes);
        const svg = blob?.type.startsWith('image/svg')
          ? new DOMParser().parseFromString(text, 'image/svg+xml')
          : undefined;
        const view = new DataView(bytes.buffer);
        return {
          name: fileName,
          type: blob?.type ?? '',
          bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf,
          text: blob?.type.startsWith('image/png') ? '' : text,
          xmlError: svg ? (svg.querySelector('parsererror')?.textContent ?? '') : '',
          title: svg?.querySelector('title')?.textContent ?? '',
          png:
            blob?.type === 'image/png' && bytes.length > 24
              ? {
                  signature: String.fromCharCode(...bytes.slice(1, 4)),
                  width: view.getUint32(16),
                  height: view.getUint32(20),
                }
              : undefined,
        };
      }, ['Data (CSV)', 'Image (SVG)', 'Image (PNG)'].indexOf(name));
    };
    const csv = await file('Data (CSV)');
    expect(csv.name).toBe('ai-companies-reports.csv');
    expect(csv.bom).toBe(true);
    expect(csv.text).toContain('OpenAI');
    expect(csv.text).toContain('32079');
    const svg = await file('Image (SVG)');
    expect(svg.name).toBe('ai-companies-reports.svg');
    expect(svg.xmlError).toBe('');
    expect(svg.title).toBe('AI companies’ reports');
    expect(svg.text).toContain('Source: no publisher’s document found.');
    expect(svg.text).not.toMatch(/class=|tabindex=/);
    const width = await reader.$eval('#bars svg.sg-chart__svg', (el) => el.getBoundingClientRect().width);
    const png = await file('Image (PNG)');
    expect(png.name).toBe('ai-companies-reports.png');
    expect(png.png?.signature).toBe('PNG');
    expect(png.png?.width).toBe(Math.round(width) * 2);
    expect(png.png?.height).toBeGreaterThan(200);
    await reader.close();
  }, 60_000);
});

describe.skipIf(!existsSync(firefox))(
  'the split build in Firefox ESR, on the Chromium tests’ pages under a strict policy',
  () => {
    let strict: Page;
    let other: Page;
    const strictErrors: string[] = [];
    const otherErrors: string[] = [];

    beforeAll(async () => {
      if (!browser) throw new Error('no Firefox');
      strict = await browser.newPage();
      other = await browser.newPage();
      for (const [tabOf, list] of [
        [strict, strictErrors],
        [other, otherErrors],
      ] as const) {
        // Firefox hands CSP and Trusted Types violations over WebDriver BiDi as page errors too.
        tabOf.on('pageerror', (error) => list.push(String(error)));
        tabOf.on('console', (message) => {
          if (message.type() === 'error') list.push(message.text());
        });
      }
      await strict.setViewport({ width: 800, height: 900 });
      await other.setViewport({ width: 800, height: 900 });
      await strict.goto(`${origin}/strict`);
      await allDrawn(strict);
    }, 60_000);

    it('draws a dataset’s chart, styled by its bundled stylesheet without a <style> tag, Trusted Types enforced', async () => {
      const bars = await strict.evaluate(() => {
        const host = document.querySelector('#bars');
        const bar = host?.querySelector('rect.sg-bar');
        return {
          trustedTypes: typeof (window as unknown as { trustedTypes?: unknown }).trustedTypes,
          // The figure's accessible name: the visible title it is labelled by.
          name: document.getElementById(host?.querySelector('figure')?.getAttribute('aria-labelledby') ?? '')
            ?.textContent,
          bars: host?.querySelectorAll('rect.sg-bar').length,
          fill: bar ? getComputedStyle(bar).fill : '',
          statuses: [...(host?.querySelectorAll('tspan.sg-status') ?? [])].map((el) => el.textContent),
          caption: host?.querySelector('figcaption')?.textContent ?? '',
          table: host?.querySelector('table caption')?.textContent ?? '',
          styleTags: document.querySelectorAll('style').length,
          adopted: document.adoptedStyleSheets.length,
        };
      });
      // This Firefox knows Trusted Types, so `require-trusted-types-for 'script'` is enforced, not ignored.
      expect(bars.trustedTypes).toBe('object');
      expect(bars.name).toBe('AI companies report CSAM');
      expect(bars.bars).toBe(3);
      expect(bars.fill).toBe('rgb(47, 102, 144)');
      expect(bars.statuses).toEqual(['Not verified', 'Not verified', 'Not verified']);
      expect(bars.caption).toContain(
        'Source: no publisher’s document found. The report cites: National Center for Missing & Exploited Children',
      );
      expect(bars.table).toBe('AI companies report CSAM');
      expect(bars.styleTags).toBe(0);
      expect(bars.adopted).toBeGreaterThanOrEqual(1);
    });

    it('draws a site’s own figures from inline JSON, and shows the validator’s message for bad ones', async () => {
      const own = await strict.evaluate(() => ({
        svg: document.querySelector('#own svg[role="img"]')?.innerHTML ?? '',
        caption: document.querySelector('#own figcaption')?.textContent ?? '',
        bad: document.querySelector('#bad [role="note"]')?.textContent ?? '',
        unknown: document.querySelector('#unknown [role="note"]')?.textContent ?? '',
      }));
      expect(own.svg).toContain('Hotline A');
      expect(own.svg).toContain('Hotline B');
      expect(own.caption).toContain('Our hotline');
      expect(own.bad).toContain('Row 1, field "value": expected a number, got the text "12".');
      expect(own.unknown).toContain('This page names a kind of chart the package does not have (“pie”).');
    });

    it('draws a site’s own spreadsheet from inline CSV, in the page’s language, and names a bad row and column', async () => {
      const csv = await strict.evaluate(() => ({
        bars: document.querySelectorAll('#csv rect.sg-bar').length,
        columns: [...document.querySelectorAll('#csv table th[scope="col"]')].map((el) => el.textContent),
        source: document.querySelector('#csv .sg-source')?.textContent ?? '',
        bad: document.querySelector('#badcsv [role="note"]')?.textContent ?? '',
        german: document.querySelector('#badcsvde [role="note"]')?.textContent ?? '',
      }));
      expect(csv.bars).toBe(3);
      expect(csv.columns).toEqual(['Zeitraum', 'Wert (URLs)']);
      expect(csv.source).toBe('Quelle: Beispiel-Hotline, Beispielzahlen, keine echten Daten.');
      expect(csv.bad).toContain('Row 3, column "period": the text "last year" is not a period');
      expect(csv.german).toContain('Zeile 3, Spalte „Zeitraum“: Der Text „letztes Jahr“ ist kein Zeitraum');
      expect(csv.german).toContain(
        'Zeile 4, Spalte „Wert“: Der Text „zwölf“ ist keine Zahl (diese Datei verwendet ein Dezimalkomma).',
      );
      expect(csv.german).not.toMatch(/\b(Row|column|expected|the text)\b/);
    });

    it('draws inside a shadow root when asked, with the same styles as in the page', async () => {
      const shadow = await strict.evaluate(() => {
        const host = document.querySelector('#shadow');
        const bar = host?.shadowRoot?.querySelector('rect.sg-bar');
        const light = document.querySelector('#printed rect.sg-bar');
        return {
          svg: !!host?.shadowRoot?.querySelector('svg[role="img"]'),
          inLight: !!host?.querySelector('svg'),
          adopted: host?.shadowRoot?.adoptedStyleSheets.length ?? 0,
          fill: bar ? getComputedStyle(bar).fill : '',
          lightFill: light ? getComputedStyle(light).fill : 'none',
        };
      });
      expect(shadow.svg).toBe(true);
      expect(shadow.inLight).toBe(false);
      expect(shadow.adopted).toBeGreaterThanOrEqual(1);
      expect(shadow.fill).toMatch(/^rgb/);
      expect(shadow.fill).toBe(shadow.lightFill);
    });

    it('draws German words and numbers for locale="de-DE", from the German file fetched when the page needs it', async () => {
      const german = await strict.evaluate(() => ({
        svg: document.querySelector('#german svg[role="img"]')?.innerHTML ?? '',
        text: document.querySelector('#german figure')?.textContent ?? '',
        toggle: document.querySelector('#german .sg-chart__toggle')?.textContent ?? '',
        theme: document.querySelector('#german figure')?.getAttribute('data-sg-theme'),
      }));
      expect(german.svg).toContain('485.000');
      // German words in the drawing (“partial period”) and in its text (“reports”).
      expect(german.svg).toContain('Teilzeitraum');
      expect(german.text).toContain('67.000 Meldungen');
      expect(german.toggle).toBe('Daten anzeigen');
      expect(german.theme).toBe('dark');
      const scripts = (await scriptsOf(strict)).map((url) => new URL(url).pathname);
      // Two German files: the charts' words, and the words of the package's dataset this chart names.
      expect(scripts.filter((file) => /^\/chunks\/de-[\w-]+\.js$/.test(file))).toHaveLength(2);
      expect(scripts.filter((file) => /^\/chunks\/(ar|es|fr|it|ja|nl|pl|pt|sv)-/.test(file))).toEqual([]);
    });

    it('draws the map from its bundled topology, the laws and the sources', async () => {
      const rest = await strict.evaluate(() => ({
        countries: document.querySelectorAll('#map path.sg-country').length,
        badge: document.querySelector('#laws .sg-badge')?.textContent ?? '',
        source: document.querySelector('#sources li')?.textContent ?? '',
        heading: document.querySelector('#sources h2')?.textContent ?? '',
      }));
      expect(rest.countries).toBeGreaterThan(170);
      expect(rest.badge).toBe('Signed into law');
      expect(rest.source).toContain('National Center for Missing');
      expect(rest.heading).toBe('Sources');
    });

    it('moves between the points with the keyboard', async () => {
      const status = () => strict.$eval('#bars [role="status"]', (el) => el.textContent ?? '');
      expect(await strict.$eval('#bars svg[role="img"]', (el) => el.getAttribute('tabindex'))).toBe('0');
      // puppeteer focuses HTML elements only; the chart is an SVG element, focused as a script would.
      const focused = await strict.$eval('#bars svg[role="img"]', (el) => {
        (el as SVGSVGElement).focus();
        return document.activeElement === el;
      });
      expect(focused).toBe(true);
      await strict.keyboard.press('ArrowRight');
      await strict.waitForFunction(
        () =>
          /^(OpenAI|Amazon AI|Anthropic): [\d,]+ reports/.test(
            document.querySelector('#bars [role="status"]')?.textContent ?? '',
          ),
        { timeout: 5_000 },
      );
      expect(await status()).toMatch(/^(OpenAI|Amazon AI|Anthropic): [\d,]+ reports/);
      await strict.keyboard.press('End');
      await strict.waitForFunction(
        () => /^Anthropic: 971/.test(document.querySelector('#bars [role="status"]')?.textContent ?? ''),
        { timeout: 5_000 },
      );
      expect(await status()).toMatch(/^Anthropic: 971/);
    });

    it('makes no request beyond the page and its own folder, and logs no error', async () => {
      const loaded = await strict.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => entry.name),
      );
      expect(loaded.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
      const paths = new Set(loaded.map((url) => new URL(url).pathname));
      expect(paths.has('/safeguard-charts.js')).toBe(true);
      expect(
        [...paths].filter(
          (p) =>
            p !== '/safeguard-charts.js' &&
            p !== '/csp-watch.js' &&
            p !== '/favicon.ico' &&
            !p.startsWith('/chunks/'),
        ),
      ).toEqual([]);
      expect(strictErrors).toEqual([]);
    });

    it('a page with one chart loads that chart’s code and no other chart’s or language’s', async () => {
      await other.goto(`${origin}/one/surge/iwfAiVideos`);
      await allDrawn(other);
      const scripts = (await scriptsOf(other)).map((url) => new URL(url).pathname);
      expect(scripts.filter((file) => file.startsWith('/chunks/surge-'))).toHaveLength(1);
      expect(
        scripts.filter((file) =>
          Object.keys(CHART_KIND_INFO).some(
            (kind) => kind !== 'surge' && file.startsWith(`/chunks/${kind}-`),
          ),
        ),
      ).toEqual([]);
      expect(scripts.filter((file) => /\/chunks\/(ar|de|es|fr|it|ja|nl|pl|pt|sv)-/.test(file))).toEqual([]);
      expect(await violationsOf(other)).toEqual([]);
      expect(otherErrors).toEqual([]);
    });

    it('draws the chart of frame.html (localhost) in a page of another origin (127.0.0.1) and grows its iframe', async () => {
      await other.goto(`${origin}/parent`);
      const frame = other.frames().find((f) => f.url().includes('/frame.html?chart=surge'));
      if (!frame) throw new Error(`no chart frame among ${other.frames().map((f) => f.url())}`);
      expect(new URL(frame.url()).hostname).toBe('localhost');
      await frame.waitForSelector('safeguard-chart svg[role="img"]', { timeout: 20_000 });
      // German, from the URL: the chart's words and the frame page's language.
      expect(await frame.$eval('safeguard-chart .sg-chart__toggle', (el) => el.textContent)).toBe(
        'Daten anzeigen',
      );
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe('de-DE');
      await other.waitForFunction(
        () =>
          (document.querySelector('iframe[data-safeguard-chart]')?.getBoundingClientRect().height ?? 0) > 400,
        { timeout: 10_000 },
      );
      const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
      const inside = await other.$eval('iframe[data-safeguard-chart]', (el) => el.clientHeight);
      // The iframe's inside (its border aside) is the chart page's height, so nothing scrolls or is cut.
      expect(Math.abs(inside - content)).toBeLessThanOrEqual(1);
      // An iframe without data-safeguard-chart keeps its height, and a message from anywhere else (here the page
      // itself) moves nothing.
      expect(await other.$eval('#other', (el) => el.clientHeight)).toBe(150);
      const before = await other.$eval(
        'iframe[data-safeguard-chart]',
        (el) => (el as HTMLElement).style.height,
      );
      await other.evaluate(() => window.postMessage({ type: 'safeguard-chart:height', height: 5 }, '*'));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(
        await other.$eval('iframe[data-safeguard-chart]', (el) => (el as HTMLElement).style.height),
      ).toBe(before);
      expect(await violationsOf(other)).toEqual([]);
      expect(await violationsOf(frame)).toEqual([]);
      expect(otherErrors).toEqual([]);
    }, 40_000);

    it('grows an iframe far below the fold before it is scrolled to, with frame-parent.js from the chart’s host', async () => {
      await other.goto(`${origin}/far-parent`);
      expect(
        await other.$eval('iframe[data-safeguard-chart]', (el) => el.getBoundingClientRect().top),
      ).toBeGreaterThan(3000);
      await other.waitForFunction(
        () =>
          (document.querySelector('iframe[data-safeguard-chart]')?.getBoundingClientRect().height ?? 0) > 300,
        { timeout: 20_000 },
      );
      expect(await other.evaluate(() => window.scrollY)).toBe(0);
      const frame = other.frames().find((f) => f.url().includes('/frame.html?chart=provider-bars'));
      if (!frame) throw new Error(`no chart frame among ${other.frames().map((f) => f.url())}`);
      const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
      const inside = await other.$eval('iframe[data-safeguard-chart]', (el) => el.clientHeight);
      expect(Math.abs(inside - content)).toBeLessThanOrEqual(1);
      expect(await violationsOf(other)).toEqual([]);
      expect(otherErrors).toEqual([]);
    }, 40_000);

    it('makes a chart in maker.html from a German Excel CSV, whose code and iframe page draw it, under Trusted Types', async () => {
      const requests: string[] = [];
      const listen = (request: { url: () => string }) => requests.push(request.url());
      other.on('request', listen);
      await other.goto(`http://localhost:${server?.port}/maker.html`);
      await other.waitForSelector('.sg-maker textarea');
      /** The CSS selector of the control a label names. */
      const control = (label: string) =>
        other.evaluate((text) => {
          const found = [...document.querySelectorAll('label')].find((l) => l.textContent === text);
          return `#${found?.htmlFor ?? 'none'}`;
        }, label);
      // As a paste puts it in: the field's text, then an input event.
      await other.$eval(await control('Paste them here'), (el) => {
        (el as HTMLTextAreaElement).value =
          '\uFEFFJahr;Meldungen\r\n2021;1.234\r\n2022;2.345\r\n2023;5.678\r\n2024;9.012\r\n';
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      });
      await other.select(await control('Chart'), 'ncmec-timeline');
      await other.select(await control('Language of the chart'), 'de');
      await other.select(await control('Colours'), 'dark');
      await other.type(await control('Title'), 'Meldungen an unsere Hotline');
      await other.type(await control('Source: who published the figures'), 'Beispiel-Hotline');
      await other.type(await control('Source: the document'), 'Jahresbericht 2024');
      await other.waitForFunction(
        () =>
          document.querySelectorAll('safeguard-chart figure[data-sg-theme="dark"] rect.sg-bar').length === 8,
        { timeout: 20_000 },
      );
      maker.code = await other.$eval(await control('Embed code'), (el) => (el as HTMLTextAreaElement).value);
      expect(maker.code).toContain('title="Meldungen an unsere Hotline"');
      expect(maker.code).toContain('2024;9.012');
      // The iframe page file, as the download button makes it.
      await other.evaluate(() => {
        const made = URL.createObjectURL;
        URL.createObjectURL = (blob: Blob | MediaSource) => {
          (window as unknown as { made?: Blob }).made = blob as Blob;
          return made(blob);
        };
      });
      await other.evaluate(() =>
        [...document.querySelectorAll('button')]
          .find((b) => b.textContent === 'Download my-chart.html')
          ?.click(),
      );
      maker.page = await other.evaluate(() => (window as unknown as { made: Blob }).made.text());
      expect(maker.page).toContain('2024;9.012');
      expect(await violationsOf(other)).toEqual([]);
      other.off('request', listen);
      // Every network request in the maker's folder (Firefox's own data: URLs, such as its form controls' font, are
      // no request to anyone).
      expect(
        requests.filter(
          (url) => !url.startsWith('data:') && !url.startsWith(`http://localhost:${server?.port}/`),
        ),
      ).toEqual([]);
      expect(requests.filter((url) => url.includes('9.012') || url.includes('9012'))).toEqual([]);

      // The copied code on a plain page, and the iframe page in a post of another origin, at its full height.
      await other.goto(`http://localhost:${server?.port}/maker-copied`);
      await other.waitForSelector('safeguard-chart rect.sg-bar', { timeout: 20_000 });
      expect(await other.$$eval('safeguard-chart rect.sg-bar', (bars) => bars.length)).toBe(4);
      expect(await other.$eval('safeguard-chart table', (t) => t.textContent)).toContain('9.012');
      await other.goto(`${origin}/maker-post`);
      await other.waitForFunction(
        () =>
          (document.querySelector('iframe[data-safeguard-chart]')?.getBoundingClientRect().height ?? 0) > 300,
        { timeout: 20_000 },
      );
      const frame = other.frames().find((f) => f.url().endsWith('/uploads/my-chart.html'));
      if (!frame) throw new Error(`no chart frame among ${other.frames().map((f) => f.url())}`);
      expect(await frame.$$eval('safeguard-chart rect.sg-bar', (bars) => bars.length)).toBe(4);
      const content = await frame.evaluate(() => document.documentElement.scrollHeight);
      const inside = await other.$eval('iframe[data-safeguard-chart]', (el) => el.clientHeight);
      expect(Math.abs(inside - content)).toBeLessThanOrEqual(1);
      expect(await violationsOf(other)).toEqual([]);
      expect(await violationsOf(frame)).toEqual([]);
      expect(otherErrors).toEqual([]);
    }, 60_000);

    it('draws frame.html’s own figures from its fragment under Trusted Types', async () => {
      await other.goto(ownFiguresFrame(origin));
      await other.waitForSelector('safeguard-chart svg[role="img"]', { timeout: 20_000 });
      expect(await other.$$eval('safeguard-chart rect.sg-bar', (bars) => bars.length)).toBe(3);
      const text = await other.$eval('safeguard-chart figure', (el) => el.textContent ?? '');
      expect(text).toContain('Gemeldete URLs');
      expect(text).toContain('Beispiel-Hotline');
      expect(await violationsOf(other)).toEqual([]);
      expect(otherErrors).toEqual([]);
    }, 40_000);

    it('breaks no rule of the policy on any of these pages, where a page that does is caught', async () => {
      // The control: a style attribute and a string written as HTML, both refused, both seen and reported.
      await other.goto(`${origin}/control`);
      const refused = await other.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>written from a string</b>';
          return 'written';
        } catch (error) {
          return (error as Error).name;
        }
      });
      expect(refused).toBe('TypeError');
      const seen = await violationsOf(other);
      expect(seen.some((v) => v.startsWith('style-src-attr'))).toBe(true);
      expect(seen.some((v) => v.startsWith('require-trusted-types-for'))).toBe(true);
      const deadline = Date.now() + 10_000;
      while (reports.filter((r) => r.document.endsWith('/control')).length < 2 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(
        reports
          .filter((r) => r.document.endsWith('/control'))
          .map((r) => r.directive)
          .sort(),
      ).toEqual(['require-trusted-types-for', 'style-src-attr']);
      // The charts' pages, the one-chart page, the post and the chart's frame: nothing seen, nothing reported.
      expect(await violationsOf(strict)).toEqual([]);
      expect(reports.filter((r) => !r.document.endsWith('/control'))).toEqual([]);
      expect(strictErrors).toEqual([]);
    });
  },
);
