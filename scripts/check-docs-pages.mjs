// Every docs page of a static Storybook, opened in Chromium as a reader opens it: it renders, and shows no raw
// Markdown (a table left as `| --- |`, a heading left as `## `, emphasis left as `**`). Exits 1 when one does.
//   node scripts/check-docs-pages.mjs <storybook-static>
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const root = process.argv[2] ?? 'storybook-static';
const { server, origin } = await serveStatic(root);

/** Markdown that a page shows as text when its MDX was not compiled as GitHub-flavoured Markdown. */
const RAW = [
  ['a table row', /^\s*\|.*\|\s*$/m],
  ['a table rule', /\|\s*:?-{3,}/],
  ['a heading', /^#{1,6} \S/m],
  ['bold', /\*\*\S[^*]*\S\*\*/],
];

const index = JSON.parse(readFileSync(path.join(root, 'index.json'), 'utf8'));
const pages = Object.values(index.entries).filter((entry) => entry.type === 'docs');
const browser = await chromium.launch(chromiumLaunchOptions());
const problems = [];
try {
  for (const { id } of pages) {
    const page = await browser.newPage();
    await page.goto(`${origin}/iframe.html?id=${id}&viewMode=docs`);
    const docs = page.locator('.sbdocs-content');
    await docs.waitFor({ timeout: 20_000 }).catch(() => problems.push(`${id}: did not render`));
    // Code samples may hold Markdown on purpose: only the page's own text counts.
    const text = await docs
      .evaluate((el) => {
        for (const code of el.querySelectorAll('pre, code, .docblock-source')) code.style.display = 'none';
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, with its line breaks, is what a reader sees
        return el.innerText;
      })
      .catch(() => '');
    if (!text.trim()) problems.push(`${id}: empty`);
    for (const [what, pattern] of RAW) {
      const match = pattern.exec(text);
      if (match)
        problems.push(`${id}: ${what} shown as raw Markdown: ${JSON.stringify(match[0].slice(0, 60))}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
for (const problem of problems) console.log(`✖ ${problem}`);
console.log(`${pages.length} docs pages checked, ${problems.length} with raw Markdown or not rendered`);
process.exit(problems.length ? 1 : 0);
