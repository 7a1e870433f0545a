// The chart maker (packages/embed/dist/maker.html) in Chromium, for `pnpm bench`: the script it loads before any
// figures are pasted (its own file and the element's), and how soon both previews show a keystroke in the title
// with 100 rows of figures (a series of 100 months). Issue 24's targets: at most 120 KB gzip before a paste, the
// preview following each keystroke within 100 ms.
import { freshPage, gzipSize, medianOf } from './site.mjs';

export const MAKER_TARGETS = { bytes: 120 * 1024, keystrokeMs: 100 };

/** 100 months of made-up figures (not real ones), as a spreadsheet's CSV with its header. */
const hundredRows = () =>
  `Month,Reports\n${Array.from(
    { length: 100 },
    (_, i) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')},${100 + i * 7}`,
  ).join('\n')}\n`;

/**
 * Opens `origin`/maker.html in a fresh page (cache off), sums the gzip of the scripts it loaded before figures
 * are pasted, pastes 100 rows, then types `keystrokes` letters into the title, each timed from its input event
 * to the moment both previews' titles show it (a MutationObserver), after one untimed keystroke.
 */
export async function measureMaker(browser, origin, { keystrokes = 15 } = {}) {
  const { page, errors, close } = await freshPage(browser);
  const bodies = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      bodies.push(response.body().then((body) => gzipSize(body)));
  });
  try {
    await page.goto(`${origin}/maker.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    const before = await Promise.all(bodies);
    await page.locator('textarea').first().fill(hundredRows());
    await page.locator('safeguard-chart rect.sg-bar').first().waitFor({ timeout: 20_000 });
    const drawnRows = await page.locator('safeguard-chart').first().locator('rect.sg-bar').count();
    await page.locator('.sg-maker__describe input[type="text"]').first().focus();
    const times = [];
    for (let i = 0; i <= keystrokes; i += 1) {
      const ms = await page.evaluate(
        async (letter) => {
          const input = document.activeElement;
          const want = input.value + letter;
          const charts = [...document.querySelectorAll('safeguard-chart')];
          const start = performance.now();
          const shown = new Promise((resolve) => {
            const observer = new MutationObserver(() => {
              if (charts.every((c) => c.querySelector('.sg-chart__title')?.textContent === want)) {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            });
            observer.observe(document.body, { subtree: true, childList: true, characterData: true });
          });
          input.value = want;
          input.dispatchEvent(
            new InputEvent('input', { bubbles: true, data: letter, inputType: 'insertText' }),
          );
          return shown;
        },
        'abcdefghijklmnopqrstuvwxyz'[i % 26],
      );
      if (i > 0) times.push(ms);
    }
    return {
      files: before.length,
      gzip: before.reduce((sum, n) => sum + n, 0),
      drawnRows,
      median: medianOf(times),
      max: Math.max(...times),
      keystrokes,
      errors,
    };
  } finally {
    await close();
  }
}

/** BENCHMARKS.md's section on the chart maker, and its two targets' lines. */
export function makerSection(result) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const bytesMet = result.gzip <= MAKER_TARGETS.bytes;
  const drawn = result.drawnRows === 100;
  const keyMet = drawn && result.median <= MAKER_TARGETS.keystrokeMs;
  const targets = [
    `The chart maker loads at most ${kb(MAKER_TARGETS.bytes)} gzip of script before figures are pasted: ${kb(result.gzip)} in ${result.files} files — **${bytesMet ? 'met' : 'missed'}**.`,
    `The maker's previews follow a keystroke within ${MAKER_TARGETS.keystrokeMs} ms with 100 rows: median ${result.median.toFixed(1)} ms (slowest ${result.max.toFixed(1)} ms) — **${keyMet ? 'met' : 'missed'}**${drawn ? '' : ` (the preview drew ${result.drawnRows} bars, not 100)`}.`,
  ];
  const md = `## The chart maker

How measured: \`maker.html\` from the embed's built folder, in a fresh Chromium page with the cache off. Script
before a paste: the gzip -9 of every script the page loaded until the network was idle (its own \`maker.js\`,
which holds its words and the spreadsheet reader, and the loader and element files every chart page loads).
Keystroke: 100 rows of made-up monthly figures pasted (\`Month,Reports\`, 2000-01 onward), then ${result.keystrokes}
letters typed into the title one at a time, each timed from its input event to the moment both previews (640
and 320 px) show the new title, after one untimed letter; the median and the slowest.${result.errors.length ? `\n\nThe page logged: ${result.errors.join('; ')}` : ''}

${targets.map((t) => `- ${t}`).join('\n')}
`;
  return { md, targets };
}
