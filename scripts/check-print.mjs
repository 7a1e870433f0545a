// The report printed, as NGO staff print it for an annual report: the Report story of a static Storybook printed
// to an A4 PDF in Chromium, then read page by page (pdf.js). Every chart is whole on one page (its title and its
// source line on the same page), no button is printed, and the figures are in the PDF as text. Exits 1 when not.
//   node scripts/check-print.mjs <storybook-static> [out.pdf]
import { writeFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const root = process.argv[2] ?? 'storybook-static';
const out = process.argv[3];
const STORIES = ['report-the-ai-csam-explosion--full-report', 'report-the-ai-csam-explosion--german'];
const { server, origin } = await serveStatic(root);
const browser = await chromium.launch(chromiumLaunchOptions());
const problems = [];
/** Text without its white space: pdf.js splits words at ligatures ("con" "fi" "rmed") and lines wrap anywhere. */
const squash = (text) => text.replace(/\s+/g, '');
try {
  for (const id of STORIES) {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
    await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story`);
    await page.waitForSelector('#storybook-root figure svg[role="img"]', { timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    // Each chart as the page prints it: its title, and the start of its source line.
    const charts = await page.$$eval('#storybook-root figure.sg-chart', (figures) =>
      figures.map((figure) => ({
        title: figure.querySelector('.sg-chart__title')?.textContent ?? '',
        source: (figure.querySelector('.sg-source')?.textContent ?? '').slice(0, 40),
      })),
    );
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '15mm', bottom: '15mm' },
    });
    if (out) writeFileSync(out.replace(/\.pdf$/, `-${id}.pdf`), pdf);
    const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 })
      .promise;
    const pages = [];
    for (let n = 1; n <= document.numPages; n += 1) {
      const content = await (await document.getPage(n)).getTextContent();
      pages.push(squash(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
    }
    if (charts.length < 5) problems.push(`${id}: only ${charts.length} charts found`);
    for (const { title, source } of charts) {
      const titleOn = pages.findIndex((text) => text.includes(squash(title)));
      const sourceOn = pages.findIndex(
        (text, n) => n >= Math.max(0, titleOn) && text.includes(squash(source)),
      );
      if (titleOn < 0) problems.push(`${id}: "${title}" is not in the PDF`);
      else if (sourceOn !== titleOn)
        problems.push(
          `${id}: "${title}" is split: title on page ${titleOn + 1}, source line on ${sourceOn + 1}`,
        );
    }
    for (const word of ['Show data', 'Daten anzeigen', 'Image (PNG)', 'Bild (PNG)'])
      if (pages.some((text) => text.includes(word))) problems.push(`${id}: a button ("${word}") is printed`);
    console.log(`${id}: ${charts.length} charts on ${pages.length} A4 pages`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
for (const problem of problems) console.log(`✖ ${problem}`);
console.log(`report printed and read back: ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
