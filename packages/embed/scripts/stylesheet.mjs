// The charts' stylesheet as a file of the embed's folder (dist/safeguard-charts.css), for the HTML the CLI renders
// (renderHtml with `stylesheet`): a page under a strict Content-Security-Policy (`style-src 'self'`) links it from
// each chart's shadow root, where an inline <style> would be refused. The same rules the loader adopts, minified.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const file = createRequire(path.join(here, '../package.json')).resolve('@safeguard-charts/react/styles.css');
const { code } = await transform(readFileSync(file, 'utf8'), { loader: 'css', minify: true });
writeFileSync(path.join(here, '../dist/safeguard-charts.css'), code);
