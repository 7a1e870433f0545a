// Screenshots of a static Storybook's stories in Debian's Chromium (Playwright drives it), for looking at
// what users see: desktop (960), mobile (360), narrow (320, WCAG 1.4.10 reflow), dark (forced
// prefers-color-scheme: dark), forced colours (Windows High Contrast, dark) and right to left (the toolbar's Arabic); with --languages, also the story in
// each shipped language (the toolbar's "Language", which sets the page's <html lang>).
//   node scripts/story-shots.mjs [storybook-static] [out-dir] [story-id-regex] [--languages]
// Japanese needs a CJK font on the machine (Debian: fonts-noto-cjk), or its glyphs show as boxes.

import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const languages = process.argv.includes('--languages');
const [root = 'storybook-static', out = '/tmp/story-shots', only = '.'] = args;
/** The toolbar's languages (.storybook/preview.tsx). */
const LANGUAGES = [
  'en-GB',
  'de-DE',
  'fr-FR',
  'es-ES',
  'it-IT',
  'nl-NL',
  'pt-BR',
  'pl-PL',
  'sv-SE',
  'ar',
  'ja-JP',
];
const { server, origin } = await serveStatic(root);
const index = JSON.parse(readFileSync(path.join(root, 'index.json'), 'utf8'));
const ids = Object.values(index.entries)
  .filter((e) => e.type === 'story' && new RegExp(only, 'i').test(e.id))
  .map((e) => e.id);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
const desktop = { viewport: { width: 960, height: 720 } };
const modes = [
  ['desktop', desktop, ''],
  ['mobile', { viewport: { width: 360, height: 740 } }, ''],
  ['narrow', { viewport: { width: 320, height: 740 } }, ''],
  ['dark', { ...desktop, colorScheme: 'dark' }, ''],
  ['forced', { ...desktop, forcedColors: 'active', colorScheme: 'dark' }, ''],
  ['rtl', desktop, 'locale:ar'],
  ...(languages ? LANGUAGES.map((locale) => [locale, desktop, `locale:${locale}`]) : []),
];
for (const id of ids) {
  for (const [name, options, globals] of modes) {
    const page = await browser.newPage(options);
    const query = globals ? `&globals=${encodeURIComponent(globals)}` : '';
    await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story${query}`);
    await page.waitForSelector('#storybook-root > *', { timeout: 10_000 }).catch(() => {});
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, `${id}.${name}.png`), fullPage: true });
    await page.close();
  }
}
await browser.close();
server.close();
console.log(`${ids.length} stories, screenshots in ${out}`);
