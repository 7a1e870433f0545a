// Every docs page of the static Storybook, opened in Chromium as a reader opens it: it renders, and shows no raw
// Markdown (a table left as `| --- |`, a heading left as `## `, emphasis left as `**`), which is what a page
// shows when its MDX was not compiled as GitHub-flavoured Markdown.
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { type Served, serveStatic } from '../support/serve.mjs';
import { storybookEntries } from './storybook';

/** Markdown that a page shows as text when its MDX was not compiled as GitHub-flavoured Markdown. */
const RAW: [string, RegExp][] = [
  ['a table row', /^\s*\|.*\|\s*$/m],
  ['a table rule', /\|\s*:?-{3,}/],
  ['a heading', /^#{1,6} \S/m],
  ['bold', /\*\*\S[^*]*\S\*\*/],
];

const { dir } = inject('storybook');
const pages = storybookEntries(dir).filter((entry) => entry.type === 'docs');
let server: Served | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  server = await serveStatic(dir);
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the static Storybook’s docs pages in Chromium', () => {
  it('has docs pages to read', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages.map(({ id }) => id))('%s renders its text, with no raw Markdown in it', async (id) => {
    const page = await (browser as Browser).newPage();
    try {
      await page.goto(`${server?.origin}/iframe.html?id=${id}&viewMode=docs`);
      const docs = page.locator('.sbdocs-content');
      await docs.waitFor({ timeout: 20_000 });
      // Code samples may hold Markdown on purpose: only the page's own text counts.
      const text = await docs.evaluate((el) => {
        for (const code of el.querySelectorAll<HTMLElement>('pre, code, .docblock-source'))
          code.style.display = 'none';
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, with its line breaks, is what a reader sees
        return (el as HTMLElement).innerText;
      });
      expect(text.trim(), 'the page’s text').not.toBe('');
      const raw = RAW.flatMap(([what, pattern]) => {
        const match = pattern.exec(text);
        return match ? [`${what}: ${JSON.stringify(match[0].slice(0, 60))}`] : [];
      });
      expect(raw, 'Markdown shown as text').toEqual([]);
    } finally {
      await page.close();
    }
  });
});
