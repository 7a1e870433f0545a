// Issue 13 in a browser: what a page with one <safeguard-chart> transfers (per chart kind, next to Chart.js 4 and
// Highcharts), and how soon a page with one provider-bars chart has drawn its bars (ours, today's embed on React,
// Chart.js, Highcharts), in Debian's Chromium. Pages are served by the bench's temporary site (./site.mjs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
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
<script type="module" async src="${script}"></script></head>
<body><safeguard-chart chart="${chart}" dataset="${dataset}" title="${TITLE}"></safeguard-chart></body></html>`;

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
 * First in the head of every time-to-drawn page: `window.__markDrawn()` notes `performance.now()` (milliseconds
 * from the start of the navigation) in `window.__drawn` the first time it is called, and then in `window.__frame`
 * the end of the main thread's work on the next frame (a task posted from that frame's requestAnimationFrame
 * runs after its style, layout and paint); `window.__cls` sums the page's layout shifts (without recent input);
 * `window.__hydrated` is when an element first gets `data-sg-hydrated` (the pre-rendered chart's loader).
 */
const watch = `<script>(() => {
  window.__cls = 0;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  window.__markDrawn = () => {
    if (window.__drawn !== undefined) return;
    window.__drawn = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__frame = performance.now(); };
      channel.port2.postMessage(0);
    });
  };
  new MutationObserver((records, observer) => {
    if (window.__hydrated === undefined && records.some((r) => r.target.hasAttribute('data-sg-hydrated'))) {
      window.__hydrated = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-sg-hydrated'] });
})();</script>`;

/**
 * After `watch`: calls `window.__markDrawn()` the moment `count` elements match `selector`: a MutationObserver's
 * callback runs right after the DOM change that adds them.
 */
const probe = (selector, count) => `${watch}<script>(() => {
  const observer = new MutationObserver(() => {
    if (document.querySelectorAll(${JSON.stringify(selector)}).length >= ${count}) {
      window.__markDrawn();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();</script>`;

/** What follows the chart on every time-to-drawn page: text that a chart growing into its place pushes down. */
const AFTER = '<p>The text after the chart: a chart that takes its room late moves it (layout shift).</p>';

/**
 * The HTML of a `provider-bars` chart of `ncmecProviderReports` at 640 px that the CLI's `renderHtml` writes (a
 * `<safeguard-chart>` holding a declarative shadow root with the server-rendered chart), or undefined, with a
 * printed note, when the built CLI (packages/cli/dist) has no `renderHtml` or it fails.
 */
export async function prerenderedFragment(root) {
  try {
    const cli = await import(pathToFileURL(path.join(root, 'packages/cli/dist/index.js')).href);
    if (typeof cli.renderHtml !== 'function') {
      console.log(
        'The built CLI exports no renderHtml: the pre-rendered pages are left out of time to drawn.',
      );
      return undefined;
    }
    const made = await cli.renderHtml({
      chart: 'provider-bars',
      dataset: 'ncmecProviderReports',
      width: 640,
      title: TITLE,
    });
    if (!made?.ok) {
      console.log(
        `renderHtml could not draw the chart (${made?.problem}): the pre-rendered pages are left out.`,
      );
      return undefined;
    }
    return made.html;
  } catch (error) {
    console.log(
      `The built CLI could not be loaded (${error.message.split('\n')[0]}): the pre-rendered pages are left out.`,
    );
    return undefined;
  }
}

/**
 * Writes the pages of both measurements into the site: /pages/one-<kind>.html (the split loader),
 * /pages/single.html, and the time-to-drawn pages /pages/drawn-<id>.html of DRAWN_VARIANTS (the two pre-rendered
 * ones only when `fragment`, the HTML of `prerenderedFragment`, is given). `rows` are the provider figures every
 * drawn page shows (`ncmecProviderReports`). Returns the time-to-drawn variants it wrote.
 */
export function writePages(site, { libraries, rows, fragment }) {
  for (const { chart, dataset } of KINDS)
    site.put(`pages/one-${chart}.html`, onePage(chart, dataset, '/safeguard-charts.js'));
  site.put(
    'pages/single.html',
    onePage('provider-bars', 'ncmecProviderReports', '/safeguard-charts.single.js'),
  );
  for (const lib of Object.values(libraries))
    for (const [name, bytes] of Object.entries(lib.files)) site.put(name, bytes);

  const ours = probe('safeguard-chart svg rect.sg-bar', rows.length);
  site.put('pages/drawn-split.html', drawnPage('/safeguard-charts.js', ours));
  site.put('pages/drawn-react.html', drawnPage('/react-embed/safeguard-charts.single.js', ours));
  if (fragment) {
    // The parser has made the chart (its shadow root's bars) when it runs the script right after the element.
    const prerendered = (loader) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pre-rendered</title>${NO_ICON}${watch}${loader ? '\n<script type="module" async src="/safeguard-charts.js"></script>' : ''}</head>
<body><div style="width:640px">${fragment}<script>window.__markDrawn();</script></div>${AFTER}</body></html>`;
    site.put('pages/drawn-prerendered.html', prerendered(false));
    site.put('pages/drawn-prerendered-loader.html', prerendered(true));
  }
  const labels = JSON.stringify(rows.map((r) => r.provider));
  const values = JSON.stringify(rows.map((r) => r.value));
  // Chart.js draws on a canvas: a plugin's afterDraw hook notes the moment the bars are on it.
  site.put(
    'pages/drawn-chartjs.html',
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Chart.js</title>${NO_ICON}${watch}
<script src="/vendor/chartjs/chart.umd.min.js"></script></head>
<body><figure><figcaption>${TITLE}</figcaption><div style="position:relative;width:640px;height:240px">
<canvas id="chart" role="img" aria-label="${TITLE}"></canvas></div></figure>
<script>
new Chart(document.getElementById('chart'), {
  type: 'bar',
  data: { labels: ${labels}, datasets: [{ label: 'Reports', data: ${values}, backgroundColor: '#2f6690' }] },
  options: { indexAxis: 'y', animation: false, maintainAspectRatio: false },
  plugins: [{ id: 'drawn', afterDraw(chart) {
    if (chart.getDatasetMeta(0).data.length >= ${rows.length}) window.__markDrawn();
  } }],
});
</script>${AFTER}</body></html>`,
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
</script>${AFTER}</body></html>`,
  );
  return DRAWN_VARIANTS.filter((v) => fragment || !v.prerendered);
}

/** A time-to-drawn page of ours: one provider-bars chart loaded by `script`, with `head` first in its head. */
const drawnPage = (script, head) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>One chart</title>${NO_ICON}${head}
<script type="module" async src="${script}"></script></head>
<body><safeguard-chart chart="provider-bars" dataset="ncmecProviderReports" title="${TITLE}"></safeguard-chart>${AFTER}</body></html>`;

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

/** The pages of the time-to-drawn measurement (the pre-rendered ones when the CLI can write the fragment). */
export const DRAWN_VARIANTS = [
  { id: 'prerendered', name: 'Pre-rendered fragment (CLI `renderHtml`), no script', prerendered: true },
  {
    id: 'prerendered-loader',
    name: 'Pre-rendered fragment + the split loader (hydrating)',
    prerendered: true,
    loader: true,
  },
  { id: 'split', name: 'Safeguard Charts embed, script only (split loader, Preact)', loader: true },
  { id: 'react', name: 'Today’s embed (single file on React)', loader: true },
  { id: 'chartjs', name: 'Chart.js' },
  { id: 'highcharts', name: 'Highcharts + accessibility + exporting' },
];

/** Bytes per second from megabits per second. */
const mbps = (n) => (n * 1_000_000) / 8;

/**
 * The networks every page is loaded over: the bench's server on 127.0.0.1 as it is, and the same throttled by
 * DevTools (Network.emulateNetworkConditions: each request's response comes a round trip late, and the bytes
 * at a slow connection's pace), where each round of fetches costs a round trip.
 */
export const NETWORKS = [
  { id: 'local', name: '127.0.0.1' },
  {
    id: 'slow',
    name: 'throttled: 150 ms round trip, 1.6 Mbps down, 0.75 Mbps up',
    conditions: { offline: false, latency: 150, downloadThroughput: mbps(1.6), uploadThroughput: mbps(0.75) },
  },
];

/**
 * One load of a time-to-drawn page over `network`: when the chart was drawn and the next frame done, when the
 * pre-rendered chart was hydrated (if its element says so), the rounds of script fetches before it was drawn,
 * the page's layout shift once settled, the scripts' gzip -9 and every byte the page transferred (headers and
 * bodies as sent: the bench's server compresses).
 */
async function loadDrawn(browser, url, network, { waitHydrated, settle }) {
  const { page, cdp, errors, close } = await freshPage(browser);
  try {
    if (network.conditions) await cdp.send('Network.emulateNetworkConditions', network.conditions);
    let transferred = 0;
    cdp.on('Network.loadingFinished', (e) => {
      transferred += e.encodedDataLength;
    });
    const scripts = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        scripts.push(
          response
            .body()
            .then((body) => gzipSize(body))
            .catch(() => 0),
        );
    });
    const timeout = network.conditions ? 60_000 : 20_000;
    await page.goto(url, { timeout });
    await page.waitForFunction(() => window.__drawn !== undefined && window.__frame !== undefined, null, {
      timeout,
    });
    let hydrated = false;
    if (waitHydrated)
      hydrated = await page
        .waitForFunction(() => window.__hydrated !== undefined, null, { timeout: waitHydrated })
        .then(() => true)
        .catch(() => false);
    // Layout shifts come until the page has stopped changing: the loader's last file, its render, a frame or two.
    if (settle) await page.waitForLoadState('networkidle', { timeout }).catch(() => undefined);
    await page.evaluate(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))),
        ),
    );
    const result = await page.evaluate(() => {
      // Rounds of script fetches before the chart was drawn: a fetch that starts after another has ended is in a
      // later round than it (the loader, then what it imports, then what those import…).
      const fetches = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js') && e.startTime < window.__drawn)
        .sort((a, b) => a.startTime - b.startTime);
      const rounds = [];
      for (const e of fetches)
        rounds.push(
          1 + Math.max(0, ...fetches.map((f, i) => (f.responseEnd <= e.startTime ? (rounds[i] ?? 0) : 0))),
        );
      return {
        ms: window.__drawn,
        frame: window.__frame,
        hydratedMs: window.__hydrated,
        cls: window.__cls,
        depth: Math.max(0, ...rounds),
        // From the last script before the drawing to the drawing: the part of the time that is the page's own work.
        tail: window.__drawn - Math.max(0, ...fetches.map((e) => e.responseEnd)),
      };
    });
    // The bodies of the last responses may still be on their way.
    const gzip = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
    return { ...result, hydrated, gzip, transferred, errors };
  } finally {
    await close();
  }
}

/**
 * Milliseconds from navigation start to the chart's bars, for each of `variants` over each of NETWORKS: `loads`
 * loads each, in turns (every variant on the first network, then on the second, then the next round) so that a
 * slow moment of the machine falls on all of them, after one discarded warm-up round; every load in a fresh
 * context with the cache disabled. With each: the next frame after the drawing, the hydration of the
 * pre-rendered chart (when its element marks it), fetch rounds, layout shift, script gzip and bytes transferred.
 */
export async function measureTimeToDrawn(
  browser,
  origin,
  { loads, variants = DRAWN_VARIANTS, networks = NETWORKS },
) {
  const runs = Object.fromEntries(
    variants.map((v) => [v.id, Object.fromEntries(networks.map((n) => [n.id, []]))]),
  );
  const failures = Object.fromEntries(variants.map((v) => [v.id, []]));
  // Whether the pre-rendered page's loader marks its hydration: waited for until a load shows it does not.
  const marksHydration = {};
  for (let round = -1; round < loads; round += 1) {
    for (const network of networks) {
      for (const v of variants) {
        const waitHydrated =
          v.prerendered && v.loader && marksHydration[v.id] !== false
            ? network.conditions
              ? 30_000
              : 10_000
            : 0;
        try {
          const run = await loadDrawn(browser, `${origin}/pages/drawn-${v.id}.html`, network, {
            waitHydrated,
            settle: v.loader,
          });
          if (waitHydrated && marksHydration[v.id] === undefined) marksHydration[v.id] = run.hydrated;
          if (round >= 0) runs[v.id][network.id].push(run);
          if (run.errors.length) failures[v.id].push(...run.errors);
        } catch (error) {
          failures[v.id].push(`${network.id}: ${error.message.split('\n')[0]}`);
        }
      }
    }
  }
  const summary = (list) => {
    const times = list.map((r) => r.ms);
    const hydrated = list.filter((r) => r.hydrated).map((r) => r.hydratedMs);
    return {
      loads: list.length,
      times,
      median: medianOf(times),
      min: Math.min(...times),
      max: Math.max(...times),
      frame: medianOf(list.map((r) => r.frame)),
      hydrated: hydrated.length ? medianOf(hydrated) : undefined,
      rounds: medianOf(list.map((r) => r.depth)),
      tail: medianOf(list.map((r) => r.tail)),
      cls: Math.max(0, ...list.map((r) => r.cls)),
      gzip: medianOf(list.map((r) => r.gzip)),
      transferred: medianOf(list.map((r) => r.transferred)),
    };
  };
  return variants.map((v) => {
    const by = Object.fromEntries(networks.map((n) => [n.id, summary(runs[v.id][n.id])]));
    const first = by[networks[0].id];
    return {
      ...v,
      networks: by,
      // The first network's figures, as the section's table and targets have always read them.
      loads: first.loads,
      median: first.median,
      min: first.min,
      max: first.max,
      rounds: first.rounds,
      gzip: first.gzip,
      failures: [...new Set(failures[v.id])],
    };
  });
}
