// The embed in Firefox ESR (Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core), on a page whose
// own stylesheet carries the rules that broke charts in real host pages, at a phone's 320 px: every chart draws,
// no label leaves its chart or runs into another, the focus ring survives `button { all: unset }`, the download
// buttons make their files (CSV, SVG, PNG), and the page prints.
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedFile } from './files';

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
    // `?images` allows blob: images too, as a page must for the PNG download.
    const images = (req.url ?? '').includes('images') ? ' blob:' : '';
    res.setHeader(
      'content-security-policy',
      `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'${images}`,
    );
    if (embedFile(req.url ?? '')) {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(embedFile(req.url ?? ''));
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
