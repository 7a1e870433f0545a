// The report printed, as NGO staff print it for an annual report: the Report stories of the static Storybook
// printed to an A4 PDF in Chromium and in Firefox ESR (WebDriver BiDi, puppeteer-core), then read page by page
// (pdf.js). Every chart is whole on one page (its title and its source line on the same page), no button is
// printed, and the figures are in the PDF as text. SG_PRINT_PDF=/some/report.pdf keeps each PDF beside it.
import { writeFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chromium } from 'playwright';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { type Served, serveStatic } from '../support/serve.mjs';
import { firefoxPath, hasFirefox } from './storybook';

const STORIES = ['report-the-ai-csam-explosion--full-report', 'report-the-ai-csam-explosion--german'];
const A4 = { format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm' } } as const;
/** The buttons of a chart, in English and German: on screen only. */
const BUTTONS = ['Show data', 'Daten anzeigen', 'Image (PNG)', 'Bild (PNG)'];

interface Chart {
  title: string;
  /** The start of its source line. */
  source: string;
}

/** The report as printed: its charts as the page has them, and the text of each page of the PDF. */
interface Printed {
  charts: Chart[];
  pages: string[];
}

/** A browser that opens a story and prints it to an A4 PDF. */
interface Printer {
  print(url: string): Promise<{ charts: Chart[]; pdf: Uint8Array }>;
  close(): Promise<void>;
}

/** Text without its white space: pdf.js splits words at ligatures ("con" "fi" "rmed") and lines wrap anywhere. */
const squash = (text: string) => text.replace(/\s+/g, '');

/** In the page: each chart as it prints, its title and the start of its source line. */
const chartsOf = (): Chart[] =>
  [...document.querySelectorAll('#storybook-root figure.sg-chart')].map((figure) => ({
    title: figure.querySelector('.sg-chart__title')?.textContent ?? '',
    source: (figure.querySelector('.sg-source')?.textContent ?? '').slice(0, 40),
  }));

/** The text of each page of `pdf` (pdf.js), squashed. */
async function pagesOf(pdf: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: pdf, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(squash(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
  }
  await document.destroy();
  return pages;
}

const { dir } = inject('storybook');
let server: Served | undefined;

beforeAll(async () => {
  server = await serveStatic(dir);
});

const chromiumPrinter = async (): Promise<Printer> => {
  const browser = await chromium.launch(chromiumLaunchOptions());
  return {
    async print(url) {
      const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
      try {
        await page.goto(url);
        await page.waitForSelector('#storybook-root figure svg[role="img"]', { timeout: 30_000 });
        await page.emulateMedia({ media: 'print' });
        const charts = await page.evaluate(chartsOf);
        return { charts, pdf: new Uint8Array(await page.pdf(A4)) };
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
};

const firefoxPrinter = async (): Promise<Printer> => {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    protocol: 'webDriverBiDi',
  });
  return {
    async print(url) {
      const page = await browser.newPage();
      try {
        await page.setViewport({ width: 1000, height: 1200 });
        await page.goto(url);
        await page.waitForSelector('#storybook-root figure svg[role="img"]', { timeout: 30_000 });
        // BiDi cannot emulate print media; printing applies the print stylesheet itself. The titles and source
        // lines are the same on screen and on paper.
        const charts = await page.evaluate(chartsOf);
        return { charts, pdf: new Uint8Array(await page.pdf(A4)) };
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
};

const LAUNCH = { chromium: chromiumPrinter, firefox: firefoxPrinter };
/** Each browser started once, by the first story it prints. */
const printers = new Map<keyof typeof LAUNCH, Promise<Printer>>();

afterAll(async () => {
  for (const printer of printers.values()) await (await printer).close();
  await server?.close();
});

describe.each(
  (['chromium', 'firefox'] as const).flatMap((browser) =>
    STORIES.map((id) => ({ browser, id, skip: browser === 'firefox' && !hasFirefox })),
  ),
)('$id printed to A4 in $browser', ({ browser, id, skip }) => {
  let printed: Printed = { charts: [], pages: [] };

  beforeAll(async () => {
    if (skip) return;
    if (!printers.has(browser)) printers.set(browser, LAUNCH[browser]());
    const printer = await (printers.get(browser) as Promise<Printer>);
    const { charts, pdf } = await printer.print(`${server?.origin}/iframe.html?id=${id}&viewMode=story`);
    const out = process.env.SG_PRINT_PDF;
    if (out) writeFileSync(out.replace(/\.pdf$/, `-${browser}-${id}.pdf`), pdf);
    // pdf.js takes the bytes over: it reads a copy.
    printed = { charts, pages: await pagesOf(pdf.slice()) };
  });

  it.skipIf(skip)('prints five charts or more', () => {
    expect(printed.charts.length).toBeGreaterThanOrEqual(5);
  });

  it.skipIf(skip)('has every chart’s title in the PDF as text', () => {
    const missing = printed.charts
      .filter(({ title }) => !printed.pages.some((text) => text.includes(squash(title))))
      .map(({ title }) => title);
    expect(missing).toEqual([]);
  });

  it.skipIf(skip)(
    'keeps every chart whole on one page: its title and its source line on the same page',
    () => {
      const split = printed.charts.flatMap(({ title, source }) => {
        const titleOn = printed.pages.findIndex((text) => text.includes(squash(title)));
        const sourceOn = printed.pages.findIndex(
          (text, n) => n >= Math.max(0, titleOn) && text.includes(squash(source)),
        );
        return titleOn >= 0 && sourceOn !== titleOn
          ? [`"${title}": title on page ${titleOn + 1}, source line on ${sourceOn + 1}`]
          : [];
      });
      expect(split).toEqual([]);
    },
  );

  it.skipIf(skip)('prints no button', () => {
    expect(BUTTONS.filter((word) => printed.pages.some((text) => text.includes(squash(word))))).toEqual([]);
  });
});
