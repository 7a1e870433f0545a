// Every story of a static Storybook, opened in Firefox ESR (Debian's firefox-esr, over WebDriver BiDi with
// puppeteer-core) as a reader opens it: it renders without an error, writes no NaN, and no text of a chart's
// drawing leaves its figure or runs into another label; the Host pages stories also keep a visible focus ring.
// The same stories run in Chromium with axe and their play functions (the Vitest storybook project).
//   node scripts/firefox-stories.mjs <storybook-static>
import { readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { serveStatic } from './static-server.mjs';

const root = process.argv[2] ?? 'storybook-static';
const firefox = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const index = JSON.parse(readFileSync(path.join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const { server, origin } = await serveStatic(root);
const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: firefox,
  headless: true,
  protocol: 'webDriverBiDi',
});
const problems = [];

/** In the page: what a reader would find wrong with the story's charts. */
function inspect() {
  const found = [];
  const intersect = (a, b) =>
    a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  const rootElement = document.querySelector('#storybook-root');
  if (document.body.classList.contains('sb-show-errordisplay')) found.push('the story threw');
  // The drawings and the tables (a validator's message may name a value it found as NaN: that is its job).
  for (const part of rootElement?.querySelectorAll('svg, table') ?? [])
    if (/\bNaN\b/.test(part.textContent ?? '')) found.push('NaN in a drawing or table');
  for (const figure of rootElement?.querySelectorAll('figure') ?? []) {
    const frame = figure.getBoundingClientRect();
    if (frame.width === 0) continue;
    // Firefox's box of an SVG text is the font's whole line (ascent, descent and line gap, about 1.45 em);
    // Chromium's is about 1.2 em. Boxes are compared at 1.2 em tall, centred as Firefox draws them, so two
    // stacked lines whose glyphs are apart are not counted as touching.
    const texts = [...figure.querySelectorAll('svg text')]
      .map((el) => {
        const box = el.getBoundingClientRect();
        const em = Number.parseFloat(getComputedStyle(el).fontSize) || 12;
        const trim = Math.max(0, (box.height - 1.2 * em) / 2);
        return {
          text: el.textContent ?? '',
          box: {
            left: box.left,
            right: box.right,
            top: box.top + trim,
            bottom: box.bottom - trim,
            width: box.width,
          },
        };
      })
      .filter(({ box }) => box.width > 0);
    for (const { text: label, box } of texts)
      if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5)
        found.push(`outside its figure: ${label}`);
    texts.forEach((a, i) => {
      for (const b of texts.slice(i + 1))
        if (intersect(a.box, b.box)) found.push(`overlapping: ${a.text} × ${b.text}`);
    });
    if (figure.scrollWidth > figure.clientWidth + 1) found.push('scrolls sideways');
  }
  return found;
}

/** In the page: the first chart button's outline once focused from the keyboard's point of view. */
function focusRing() {
  const button = document.querySelector('#storybook-root .sg-chart__toggle');
  if (!button) return ''; // a story of stat cards has no button
  button.focus({ focusVisible: true });
  const style = getComputedStyle(button);
  return style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2 ? '' : 'no focus ring';
}

try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${String(error).slice(0, 200)}`));
  await page.setViewport({ width: 1024, height: 800 });
  for (const { id, title } of stories) {
    await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story`);
    const shown = await page
      .waitForFunction(
        () =>
          document.body.classList.contains('sb-show-errordisplay') ||
          (document.body.classList.contains('sb-show-main') &&
            (document.querySelector('#storybook-root')?.childElementCount ?? 0) > 0),
        { timeout: 20_000 },
      )
      .then(() => true)
      .catch(() => false);
    if (!shown) {
      problems.push(`${id}: did not render`);
      continue;
    }
    // Fonts and the charts' measured widths settle before anything is measured.
    await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(r))));
    for (const found of await page.evaluate(inspect)) problems.push(`${id}: ${found}`);
    if (title === 'Host pages') {
      const ring = await page.evaluate(focusRing);
      if (ring) problems.push(`${id}: ${ring}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
for (const problem of problems) console.log(`✖ ${problem}`);
console.log(`${stories.length} stories checked in Firefox ESR, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
