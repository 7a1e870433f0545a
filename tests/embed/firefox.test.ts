// The embed in Firefox ESR (Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core), on a page whose
// own stylesheet carries the rules that broke charts in real host pages, at a phone's 320 px: every chart draws,
// no label leaves its chart or runs into another, the focus ring survives `button { all: unset }`, and the page
// prints.
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const script = readFileSync(path.join(root, 'packages/embed/dist/safeguard-charts.js'));
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

let server: http.Server;
let browser: Browser | undefined;
let tab: Page;
let origin = '';
const errors: string[] = [];

beforeAll(async () => {
  if (!existsSync(firefox)) return;
  server = http.createServer((req, res) => {
    res.setHeader(
      'content-security-policy',
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'",
    );
    if (req.url === '/safeguard-charts.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(script);
    } else if (req.url === '/host.css') {
      res.writeHead(200, { 'content-type': 'text/css' });
      res.end(hostCss);
    } else {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(page);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
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
  server?.close();
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
});
