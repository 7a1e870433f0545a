// Issue 13 in a browser: what a page with one <safeguard-chart> transfers (per chart kind, next to Chart.js 4 and
// Highcharts), and how soon a page with one provider-bars chart has drawn its bars (ours, today's embed on React,
// Chart.js, Highcharts), in Debian's Chromium. Pages are served by the bench's temporary site (./site.mjs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { freshPage, gzipSize, medianOf } from './site.mjs';

/** Each chart kind of the embed and the dataset its page shows (as tests/embed/embed.test.ts's pages). */
export const KINDS = [
  { chart: 'provider-bars', dataset: 'ncmecProviderReports', target: 'bars' },
  { chart: 'surge', dataset: 'iwfAiVideos', target: 'bars' },
  { chart: 'ncmec-timeline', dataset: 'ncmecAiReports', target: 'bars' },
  { chart: 'hosting-map', dataset: 'csamHosting', target: 'map' },
  { chart: 'severity', dataset: 'iwfSeverity', target: 'bars' },
  { chart: 'share', dataset: 'iwfVictimSex', target: 'bars' },
  { chart: 'legislation', dataset: 'legislation', target: null },
  { chart: 'sources', dataset: 'ncmecAiReports', target: null },
];

/** Issue 13's targets, bytes of gzip -9 of the scripts a page with one chart transfers. */
export const PAGE_TARGETS = { bars: 35 * 1024, map: 90 * 1024 };

const TITLE = 'AI companies’ reports to NCMEC';
/** No request for /favicon.ico beside the page's own. */
const NO_ICON = '<link rel="icon" href="data:,">';

/** A page with one chart, and nothing else, loading `script` (the split loader or a single file). */
export const onePage = (chart, dataset, script, head = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>One chart</title>${NO_ICON}${head}
<script type="module" src="${script}"></script></head>
<body><safeguard-chart chart="${chart}" dataset="${dataset}" title="${TITLE}"></safeguard-chart></body></html>`;

/**
 * An inline script, first in the page's head, that notes `performance.now()` (milliseconds from the start of
 * the navigation) in `window.__drawn` the moment `count` elements match `selector`: a MutationObserver's
 * callback runs right after the DOM change that adds them.
 */
const probe = (selector, count) => `<script>(() => {
  const observer = new MutationObserver(() => {
    if (window.__drawn === undefined && document.querySelectorAll(${JSON.stringify(selector)}).length >= ${count}) {
      window.__drawn = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();</script>`;

/** Files of the chart.js and highcharts packages (root devDependencies), with their versions. */
export function referenceLibraries(root) {
  // Root devDependencies, linked into the root's node_modules (chart.js's exports hide its package.json).
  const dir = (name) => path.join(root, 'node_modules', name);
  const version = (name) => JSON.parse(readFileSync(path.join(dir(name), 'package.json'), 'utf8')).version;
  return {
    chartjs: {
      version: version('chart.js'),
      files: {
        'vendor/chartjs/chart.umd.min.js': readFileSync(path.join(dir('chart.js'), 'dist/chart.umd.min.js')),
      },
    },
    highcharts: {
      version: version('highcharts'),
      files: {
        'vendor/highcharts/highcharts.js': readFileSync(path.join(dir('highcharts'), 'highcharts.js')),
        'vendor/highcharts/modules/accessibility.js': readFileSync(
          path.join(dir('highcharts'), 'modules/accessibility.js'),
        ),
        'vendor/highcharts/modules/exporting.js': readFileSync(
          path.join(dir('highcharts'), 'modules/exporting.js'),
        ),
      },
    },
  };
}

/**
 * Writes the pages of both measurements into the site: /pages/one-<kind>.html (the split loader),
 * /pages/single.html, and the time-to-drawn pages /pages/drawn-{split,react,chartjs,highcharts}.html.
 * `rows` are the provider figures every drawn page shows (`ncmecProviderReports`).
 */
export function writePages(site, { libraries, rows }) {
  for (const { chart, dataset } of KINDS)
    site.put(`pages/one-${chart}.html`, onePage(chart, dataset, '/safeguard-charts.js'));
  site.put(
    'pages/single.html',
    onePage('provider-bars', 'ncmecProviderReports', '/safeguard-charts.single.js'),
  );
  for (const lib of Object.values(libraries))
    for (const [name, bytes] of Object.entries(lib.files)) site.put(name, bytes);

  const ours = probe('safeguard-chart svg rect.sg-bar', rows.length);
  site.put(
    'pages/drawn-split.html',
    onePage('provider-bars', 'ncmecProviderReports', '/safeguard-charts.js', ours),
  );
  site.put(
    'pages/drawn-react.html',
    onePage('provider-bars', 'ncmecProviderReports', '/react-embed/safeguard-charts.single.js', ours),
  );
  const labels = JSON.stringify(rows.map((r) => r.provider));
  const values = JSON.stringify(rows.map((r) => r.value));
  // Chart.js draws on a canvas: a plugin's afterDraw hook notes the moment the bars are on it.
  site.put(
    'pages/drawn-chartjs.html',
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Chart.js</title>${NO_ICON}
<script src="/vendor/chartjs/chart.umd.min.js"></script></head>
<body><figure><figcaption>${TITLE}</figcaption><div style="position:relative;width:640px;height:240px">
<canvas id="chart" role="img" aria-label="${TITLE}"></canvas></div></figure>
<script>
new Chart(document.getElementById('chart'), {
  type: 'bar',
  data: { labels: ${labels}, datasets: [{ label: 'Reports', data: ${values}, backgroundColor: '#2f6690' }] },
  options: { indexAxis: 'y', animation: false, maintainAspectRatio: false },
  plugins: [{ id: 'drawn', afterDraw(chart) {
    if (window.__drawn === undefined && chart.getDatasetMeta(0).data.length >= ${rows.length}) window.__drawn = performance.now();
  } }],
});
</script></body></html>`,
  );
  site.put(
    'pages/drawn-highcharts.html',
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Highcharts</title>${NO_ICON}${probe('.highcharts-series .highcharts-point', rows.length)}
<script src="/vendor/highcharts/highcharts.js"></script>
<script src="/vendor/highcharts/modules/accessibility.js"></script>
<script src="/vendor/highcharts/modules/exporting.js"></script></head>
<body><div id="chart" style="width:640px;height:240px"></div>
<script>
Highcharts.chart('chart', {
  chart: { type: 'bar', animation: false },
  title: { text: ${JSON.stringify(TITLE)} },
  xAxis: { categories: ${labels} },
  yAxis: { title: { text: 'Reports' } },
  legend: { enabled: false },
  plotOptions: { series: { animation: false, color: '#2f6690' } },
  series: [{ name: 'Reports', data: ${values} }],
});
</script></body></html>`,
  );
}

/**
 * Opens `url` in a fresh page and waits until `ready` holds; returns every script the page requested (its
 * path, bytes and gzip -9 size), and the page's errors.
 */
async function loadScripts(browser, url, ready) {
  const { page, errors, close } = await freshPage(browser);
  const bodies = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      bodies.push(
        response.body().then((body) => ({
          file: new URL(response.url()).pathname,
          bytes: body.length,
          gzip: gzipSize(body),
        })),
      );
  });
  try {
    await page.goto(url);
    const drawn = await ready(page)
      .then(() => true)
      .catch(() => false);
    // Whatever the drawn chart still fetches (nothing should) counts too.
    await page.waitForLoadState('networkidle');
    const scripts = await Promise.all(bodies);
    return { drawn, scripts, errors };
  } finally {
    await close();
  }
}

const chartShown = (page) =>
  page
    .waitForSelector(
      'safeguard-chart svg[role="img"], safeguard-chart .sg-laws__list, safeguard-chart .sg-sources__list',
      { timeout: 20_000 },
    )
    .then(async () => {
      if (await page.locator('safeguard-chart [role="note"]').count())
        throw new Error(await page.locator('safeguard-chart [role="note"]').first().textContent());
    });

/** Script transferred by a page with one chart of each kind, the single file, and the two references. */
export async function measurePageWeight(browser, origin, libraries) {
  const kinds = [];
  for (const kind of KINDS) {
    const result = await loadScripts(browser, `${origin}/pages/one-${kind.chart}.html`, chartShown);
    kinds.push({ ...kind, ...result, ...sums(result.scripts) });
  }
  const single = await loadScripts(browser, `${origin}/pages/single.html`, chartShown);
  const reference = (lib) => {
    const scripts = Object.entries(lib.files).map(([file, bytes]) => ({
      file,
      bytes: bytes.length,
      gzip: gzipSize(bytes),
    }));
    return { version: lib.version, scripts, ...sums(scripts) };
  };
  return {
    kinds,
    single: { ...single, ...sums(single.scripts) },
    chartjs: reference(libraries.chartjs),
    highcharts: reference(libraries.highcharts),
  };
}

function sums(scripts) {
  return {
    files: scripts.length,
    bytes: scripts.reduce((sum, s) => sum + s.bytes, 0),
    gzip: scripts.reduce((sum, s) => sum + s.gzip, 0),
  };
}

/** The four pages of the time-to-drawn measurement. */
export const DRAWN_VARIANTS = [
  { id: 'split', name: 'Safeguard Charts embed (split loader, Preact)' },
  { id: 'react', name: 'Today’s embed (single file on React)' },
  { id: 'chartjs', name: 'Chart.js' },
  { id: 'highcharts', name: 'Highcharts + accessibility + exporting' },
];

/**
 * Milliseconds from navigation start to the chart's bars, for each variant: `loads` loads each, in turns
 * (split, react, chartjs, highcharts, split, …) so that a slow moment of the machine falls on all of them,
 * after one discarded warm-up load each; every load in a fresh context with the cache disabled.
 */
export async function measureTimeToDrawn(browser, origin, { loads }) {
  const times = Object.fromEntries(DRAWN_VARIANTS.map((v) => [v.id, []]));
  const failures = Object.fromEntries(DRAWN_VARIANTS.map((v) => [v.id, []]));
  const depths = Object.fromEntries(DRAWN_VARIANTS.map((v) => [v.id, []]));
  const scripts = {};
  for (let round = -1; round < loads; round += 1) {
    for (const { id } of DRAWN_VARIANTS) {
      const { page, errors, close } = await freshPage(browser);
      const files = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script')
          files.push(response.body().then((body) => gzipSize(body)));
      });
      try {
        await page.goto(`${origin}/pages/drawn-${id}.html`);
        await page.waitForFunction(() => window.__drawn !== undefined, null, { timeout: 20_000 });
        const { ms, depth } = await page.evaluate(() => {
          // Rounds of script fetches before the chart was drawn: a fetch that starts after another has ended is
          // in a later round than it (the loader, then what it imports, then what those import…).
          const fetches = performance
            .getEntriesByType('resource')
            .filter((e) => e.name.endsWith('.js') && e.startTime < window.__drawn)
            .sort((a, b) => a.startTime - b.startTime);
          const rounds = [];
          for (const e of fetches)
            rounds.push(
              1 +
                Math.max(0, ...fetches.map((f, i) => (f.responseEnd <= e.startTime ? (rounds[i] ?? 0) : 0))),
            );
          return { ms: window.__drawn, depth: Math.max(0, ...rounds) };
        });
        if (round >= 0) {
          times[id].push(ms);
          depths[id].push(depth);
        } else scripts[id] = (await Promise.all(files)).reduce((a, b) => a + b, 0);
        if (errors.length) failures[id].push(...errors);
      } catch (error) {
        failures[id].push(error.message.split('\n')[0]);
      } finally {
        await close();
      }
    }
  }
  return DRAWN_VARIANTS.map((v) => ({
    ...v,
    loads: times[v.id].length,
    median: medianOf(times[v.id]),
    min: Math.min(...times[v.id]),
    max: Math.max(...times[v.id]),
    gzip: scripts[v.id],
    rounds: medianOf(depths[v.id]),
    failures: [...new Set(failures[v.id])],
  }));
}
