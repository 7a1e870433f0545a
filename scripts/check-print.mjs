// The report printed, as NGO staff print it for an annual report: the Report story of a static Storybook printed
// to an A4 PDF in Chromium and in Firefox ESR (WebDriver BiDi, puppeteer-core), then read page by page (pdf.js). Every chart is whole on one page (its title and its
// source line on the same page), no button is printed, and the figures are in the PDF as text. Exits 1 when not.
//   node scripts/check-print.mjs <storybook-static> [out.pdf]
import { existsSync, writeFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chromium } from 'playwright';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const root = process.argv[2] ?? 'storybook-static';
const out = process.argv[3];
const STORIES = ['report-the-ai-csam-explosion--full-report', 'report-the-ai-csam-explosion--german'];
const { server, origin } = await serveStatic(root);
const problems = [];
/** Text without its white space: pdf.js splits words at ligatures ("con" "fi" "rmed") and lines wrap anywhere. */
const squash = (text) => text.replace(/\s+/g, '');

/** In the page: each chart as it prints, its title and the start of its source line. */
const chartsOf = () =>
  [...document.querySelectorAll('#storybook-root figure.sg-chart')].map((figure) => ({
    title: figure.querySelector('.sg-chart__title')?.textContent ?? '',
    source: (figure.querySelector('.sg-source')?.textContent ?? '').slice(0, 40),
  }));

/** Reads `pdf` back and checks every chart of `charts` is whole on one page and no button is printed. */
async function check(label, pdf, charts) {
  if (out) writeFileSync(out.replace(/\.pdf$/, `-${label}.pdf`), pdf);
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 })
    .promise;
  const pages = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(squash(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
  }
  if (charts.length < 5) problems.push(`${label}: only ${charts.length} charts found`);
  for (const { title, source } of charts) {
    const titleOn = pages.findIndex((text) => text.includes(squash(title)));
    const sourceOn = pages.findIndex((text, n) => n >= Math.max(0, titleOn) && text.includes(squash(source)));
    if (titleOn < 0) problems.push(`${label}: "${title}" is not in the PDF`);
    else if (sourceOn !== titleOn)
      problems.push(
        `${label}: "${title}" is split: title on page ${titleOn + 1}, source line on ${sourceOn + 1}`,
      );
  }
  for (const word of ['Show data', 'Daten anzeigen', 'Image (PNG)', 'Bild (PNG)'])
    if (pages.some((text) => text.includes(squash(word))))
      problems.push(`${label}: a button ("${word}") is printed`);
  console.log(`${label}: ${charts.length} charts on ${pages.length} A4 pages`);
}

const A4 = { format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm' } };
const url = (id) => `${origin}/iframe.html?id=${id}&viewMode=story`;
const chromiumBrowser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const id of STORIES) {
    const page = await chromiumBrowser.newPage({ viewport: { width: 1000, height: 1200 } });
    await page.goto(url(id));
    await page.waitForSelector('#storybook-root figure svg[role="img"]', { timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    await check(`chromium-${id}`, await page.pdf(A4), await page.evaluate(chartsOf));
    await page.close();
  }
} finally {
  await chromiumBrowser.close();
}
const firefox = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
if (existsSync(firefox)) {
  const firefoxBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefox,
    headless: true,
    protocol: 'webDriverBiDi',
  });
  try {
    for (const id of STORIES) {
      const page = await firefoxBrowser.newPage();
      await page.setViewport({ width: 1000, height: 1200 });
      await page.goto(url(id));
      await page.waitForSelector('#storybook-root figure svg[role="img"]', { timeout: 30_000 });
      // BiDi cannot emulate print media; printing applies the print stylesheet itself. The titles and source
      // lines are the same on screen and on paper.
      const charts = await page.evaluate(chartsOf);
      await check(`firefox-${id}`, Buffer.from(await page.pdf(A4)), charts);
      await page.close();
    }
  } finally {
    await firefoxBrowser.close();
  }
} else console.log(`Firefox ESR not found at ${firefox}: printed in Chromium only`);
server.close();
for (const problem of problems) console.log(`✖ ${problem}`);
console.log(`report printed and read back: ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
