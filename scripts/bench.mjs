// `pnpm bench`: what each chart costs a site, measured in one run on this machine, next to Recharts.
//   size:   esbuild bundles `import { X }` from the built package (minified, React external), gzip -9
//   render: median renderToString time over many runs, after a warm-up, with the output checked for the chart
// And issue 13's measurements (scripts/bench/): the script a page with one embedded chart transfers, next to
// Chart.js and Highcharts; time to drawn in Chromium; the report page's hydration; server render at 3, 100 and
// 1,000 rows next to Recharts 2.15 and a hand-written SVG floor.
// And the spreadsheet reader (scripts/bench/spreadsheet.mjs): 10,000 rows of a German Excel export beside d3-dsv
// and PapaParse, and the embed's CSV chunk.
// Writes BENCHMARKS.md. A script, not a test: timings depend on the machine and are never asserted.
// `--quick`: fewer runs and page loads. `--no-build`: use the packages' dist as it is. `--only spreadsheet`: only
// the spreadsheet reader (building only the data, react and embed packages), its section of BENCHMARKS.md
// rewritten and the rest left as it is.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import {
  measurePageWeight,
  measureTimeToDrawn,
  prerenderedFragment,
  referenceLibraries,
  writePages,
} from './bench/embed.mjs';
import { makerSection, measureMaker } from './bench/maker.mjs';
import { buildReport, measureHydration, reportPage } from './bench/report.mjs';
import { measureRows } from './bench/rows.mjs';
import { hydrationSection, pageWeightSection, rowsSection, timeToDrawnSection } from './bench/sections.mjs';
import { buildReactEmbed, launchChromium, retrying, snapshotEmbed, temporarySite } from './bench/site.mjs';
import { measureSpreadsheet, spreadsheetSection, withSpreadsheetSection } from './bench/spreadsheet.mjs';
import { pnpmCommand } from './pnpm.mjs';

// Server render times are measured with React's production build, as a production server runs it.
process.env.NODE_ENV = 'production';
const { createElement } = await import('react');
const { renderToString } = await import('react-dom/server');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reactDist = path.join(root, 'packages/react/dist/index.js');
const dataDist = path.join(root, 'packages/data/dist/index.js');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 20 : 300;
const WARMUP = quick ? 5 : 50;
// Page loads per page in Chromium (time to drawn, hydration).
const LOADS = quick ? 3 : 15;
// Other work on the machine slows every timing: the one-minute load average when the run starts is reported.
const loadAtStart = os.loadavg()[0];

// `--only spreadsheet` (or `--only=spreadsheet`): one section of the bench.
const onlyAt = process.argv.findIndex((arg) => arg === '--only' || arg.startsWith('--only='));
const only = onlyAt < 0 ? undefined : (process.argv[onlyAt].split('=')[1] ?? process.argv[onlyAt + 1]);
if (only !== undefined && only !== 'spreadsheet')
  throw new Error(`--only takes spreadsheet (the one section that runs alone), not "${only}"`);
// The spreadsheet reader's runs: each reads 10,000 rows.
const SPREADSHEET_RUNS = quick ? 5 : 21;
const SPREADSHEET_WARMUP = quick ? 2 : 5;

if (!process.argv.includes('--no-build')) {
  const [cmd, ...args] = pnpmCommand();
  if (only === 'spreadsheet')
    for (const name of ['data', 'react', 'embed'])
      execFileSync(cmd, [...args, '--filter', `@safeguard-charts/${name}`, 'run', 'build'], {
        cwd: root,
        stdio: 'inherit',
      });
  else execFileSync(cmd, [...args, 'run', 'build'], { cwd: root, stdio: 'inherit' });
}

/** The spreadsheet reader's measurements (Node only: run before any browser, or alone). */
async function spreadsheetResults(data) {
  console.log('\nThe spreadsheet reader: 10,000 rows of a German Excel export');
  return measureSpreadsheet({
    root,
    data,
    embed: await snapshotEmbed(path.join(root, 'packages/embed/dist')),
    runs: SPREADSHEET_RUNS,
    warmup: SPREADSHEET_WARMUP,
  });
}

if (only === 'spreadsheet') {
  const section = spreadsheetSection(
    await spreadsheetResults(
      await import(pathToFileURL(path.join(root, 'packages/data/dist/index.js')).href),
    ),
  );
  const file = path.join(root, 'BENCHMARKS.md');
  writeFileSync(file, withSpreadsheetSection(readFileSync(file, 'utf8'), section.md));
  console.log("\nWrote the spreadsheet reader's section of BENCHMARKS.md");
  for (const line of section.targets) console.log(`  ${line.replace(/\*\*|`/g, '')}`);
  process.exit(0);
}

/** gzip bytes of a minified browser bundle of `source` (React external). */
async function bundleSize(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: path.join(root, 'packages/react'), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    write: false,
    // The download buttons' file maker is a dynamic import(), split off by a site's bundler: not counted.
    external: ['react', 'react-dom', 'react/jsx-runtime', 'react-is', './downloadFile-*'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    // Resolve packages as a site would (through package.json exports), not through this repo's tsconfig paths.
    tsconfigRaw: '{}',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** Median milliseconds of `fn` over RUNS calls, after WARMUP calls. */
function median(fn) {
  for (let i = 0; i < WARMUP; i += 1) fn();
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const requireReact = createRequire(path.join(root, 'packages/react/package.json'));
const { geoEqualEarth, geoPath } = await import(
  pathToFileURL(requireReact.resolve('@visx/vendor/d3-geo')).href
);
const { feature } = requireReact('topojson-client');
const data = await import(pathToFileURL(dataDist).href);
const charts = await import(pathToFileURL(reactDist).href);
const recharts3 = await import('recharts');
const recharts2 = await import('recharts2');

// The same map drawn with d3-geo and nothing else: what HostingMap's render time is held against.
const world = JSON.parse(
  readFileSync(path.join(root, 'packages/react/node_modules/world-atlas/countries-110m.json'), 'utf8'),
);
const worldFeatures = feature(world, world.objects.countries).features.filter((f) => f.id !== '010');
function plainMap(width, height) {
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    { type: 'FeatureCollection', features: worldFeatures },
  );
  const path2 = geoPath(projection);
  return createElement(
    'svg',
    { width, height, viewBox: `0 0 ${width} ${height}` },
    worldFeatures.map((f) => createElement('path', { key: f.id ?? f.properties.name, d: path2(f) ?? '' })),
  );
}

let coldSize = 0;
const providers = data.ncmecProviderReports.rows.map((row) => ({ name: row.provider, value: row.value }));
function rechartsBars(R) {
  return createElement(
    R.BarChart,
    { width: 640, height: 240, data: providers, layout: 'vertical' },
    createElement(R.XAxis, { type: 'number' }),
    createElement(R.YAxis, { type: 'category', dataKey: 'name' }),
    createElement(R.Tooltip),
    createElement(R.Bar, { dataKey: 'value', fill: '#2f6690' }),
  );
}

const cases = [
  {
    name: 'ProviderBars',
    import: "export { ProviderBars } from './dist/index.js';",
    element: () =>
      createElement(charts.ProviderBars, { data: data.ncmecProviderReports, title: 'Reports by provider' }),
    expect: (html) => (html.match(/class="sg-bar"/g) ?? []).length === 3,
  },
  {
    name: 'SurgeChart',
    import: "export { SurgeChart } from './dist/index.js';",
    element: () =>
      createElement(charts.SurgeChart, { data: data.iwfAiVideos, title: 'AI-generated CSAM videos' }),
    expect: (html) => html.includes('3,443') && html.includes('<svg'),
  },
  {
    name: 'NcmecTimeline',
    import: "export { NcmecTimeline } from './dist/index.js';",
    element: () => createElement(charts.NcmecTimeline, { data: data.ncmecAiReports, title: 'NCMEC reports' }),
    expect: (html) => html.includes('485,000') && html.includes('<svg'),
  },
  {
    name: 'HostingMap',
    import: "export { HostingMap } from './dist/index.js';",
    element: () =>
      createElement(charts.HostingMap, { data: data.csamHosting, title: 'Where CSAM is hosted' }),
    expect: (html) => (html.match(/class="sg-country"/g) ?? []).length > 170,
  },
  {
    // A new plot height on every render defeats HostingMap's cache of projected paths: its cost the first
    // time a page renders a map at a size.
    name: 'HostingMap, first render at a size',
    import: "export { HostingMap } from './dist/index.js';",
    element: () =>
      createElement(charts.HostingMap, {
        data: data.csamHosting,
        title: 'Where CSAM is hosted',
        height: 200 + (coldSize++ % 400),
      }),
    expect: (html) => (html.match(/class="sg-country"/g) ?? []).length > 170,
  },
  {
    name: 'Plain d3-geo map (same topology)',
    import:
      "export { geoEqualEarth, geoPath } from '@visx/vendor/d3-geo'; export { feature } from 'topojson-client'; export { default as world } from 'world-atlas/countries-110m.json';",
    element: () => plainMap(640, 320),
    expect: (html) => (html.match(/<path/g) ?? []).length > 170,
    reference: 'map',
  },
  {
    name: 'StatCard',
    import: "export { StatCard } from './dist/index.js';",
    element: () => createElement(charts.StatCard, { value: 485000, label: 'NCMEC reports (H1 2025)' }),
    expect: (html) => html.includes('485,000'),
  },
  {
    name: 'Recharts 3.11 BarChart',
    import: "export { BarChart, Bar, XAxis, YAxis, Tooltip } from 'recharts';",
    element: () => rechartsBars(recharts3),
    expect: (html) => html.includes('<svg'),
    reference: 'size',
  },
  {
    name: 'Recharts 2.15 BarChart',
    import: "export { BarChart, Bar, XAxis, YAxis, Tooltip } from 'recharts2';",
    element: () => rechartsBars(recharts2),
    expect: (html) => html.includes('<svg') && html.includes('recharts-bar-rectangle'),
    reference: 'render',
  },
];

const results = [];
for (const c of cases) {
  const size = await bundleSize(c.import);
  const html = renderToString(c.element());
  const complete = c.expect(html);
  const ms = median(() => renderToString(c.element()));
  results.push({ ...c, size, ms, complete });
  console.log(
    `${c.name.padEnd(24)} ${String(size.gzip).padStart(7)} B gzip  ${ms.toFixed(3)} ms  ${complete ? 'full chart' : 'INCOMPLETE output'}`,
  );
}

const sizeRef = results.find((r) => r.reference === 'size');
const renderRef = results.find((r) => r.reference === 'render');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = results.map((r) => {
  const sizeRatio = r.size.gzip / sizeRef.size.gzip;
  const speedup = renderRef.ms / r.ms;
  const speed = r.complete ? `${speedup.toFixed(1)}×` : 'n/a (no chart drawn)';
  return `| ${r.name} | ${kb(r.size.min)} | ${kb(r.size.gzip)} | ${sizeRatio.toFixed(2)}× | ${r.ms.toFixed(3)} ms | ${speed} | ${r.complete ? 'yes' : 'no'} |`;
});
const pb = results.find((r) => r.name === 'ProviderBars');
const map = results.find((r) => r.name === 'HostingMap');
const mapRef = results.find((r) => r.reference === 'map');
const mapCold = results.find((r) => r.name === 'HostingMap, first render at a size');
const topologyGzip = gzipSync(
  readFileSync(path.join(root, 'packages/react/node_modules/world-atlas/countries-110m.json')),
  { level: 9 },
).length;
const mapSizeOk = map.size.gzip <= topologyGzip * 1.5;
const mapSpeedOk = map.ms <= mapRef.ms && map.complete;
const sizeOk = pb.size.gzip <= sizeRef.size.gzip / 4;
const speedOk = renderRef.ms / pb.ms >= 4 && pb.complete;
// What one chart costs with its English catalogue (every chart's default; other languages are files of their
// own), against the same chart before the catalogues existed: commit 0c4cbef (the end of issue 10), built and
// bundled exactly as bundleSize() does, on this machine, on 2026-11-25. Recorded here because rebuilding an old
// commit in every run would double the benchmark's time.
const BEFORE_CATALOGUES = {
  ProviderBars: 21537,
  SurgeChart: 23882,
  NcmecTimeline: 23588,
  HostingMap: 59702,
  SeverityComparison: 9425,
  ShareChart: 9060,
  LegislationTracker: 5663,
  SourceList: 1344,
  StatCard: 2909,
};
const languageRows = [];
for (const [name, before] of Object.entries(BEFORE_CATALOGUES)) {
  const now = (await bundleSize(`export { ${name} } from './dist/index.js';`)).gzip;
  languageRows.push({ name, before, now, ok: now <= before * 1.1 });
}
const catalogueRows = [];
for (const locale of ['de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'ar', 'ja']) {
  const alone = (await bundleSize(`export { ${locale} } from './dist/i18n/locales/${locale}.js';`)).gzip;
  catalogueRows.push(`${locale} ${kb(alone)}`);
}

// Issue 13. First what runs in this process (server render at 3, 100 and 1,000 rows; the report page's server
// render), then the browser's measurements, so that Chromium never runs beside a Node timing.
console.log('\nServer render at 3, 100 and 1,000 rows (synthetic bench data)');
const rowResults = measureRows({
  data,
  charts,
  recharts2,
  createElement,
  renderToString,
  runs: RUNS,
  warmup: WARMUP,
});

const spreadsheet = spreadsheetSection(await spreadsheetResults(data));

const site = await temporarySite();
let weight;
let drawn;
let hydration;
let maker;
const reportBuilds = {};
const REPORT_RUNS = Math.max(10, Math.round(RUNS / 5));
try {
  const embed = await snapshotEmbed(path.join(root, 'packages/embed/dist'));
  for (const [name, bytes] of embed) site.put(name, bytes);
  site.put('favicon.ico', '');
  site.put(
    'react-embed/safeguard-charts.single.js',
    await retrying("Building today's embed (on React)", () => buildReactEmbed(root, site.dir)),
  );
  const libraries = referenceLibraries(root);
  const drawnVariants = writePages(site, {
    libraries,
    rows: data.ncmecProviderReports.rows,
    fragment: await prerenderedFragment(root),
  });

  site.put('report/styles.css', readFileSync(path.join(root, 'packages/react/dist/styles.css')));
  const reportVariants = [
    { id: 'map', name: 'Report, every chart', map: true },
    { id: 'nomap', name: 'Report without the map', map: false },
  ];
  for (const variant of reportVariants) {
    const built = await retrying(`Building the report page (${variant.name})`, () =>
      buildReport(root, site.dir, { map: variant.map, renderToString, createElement }),
    );
    if (!built.complete) throw new Error(`The report's server render (${variant.name}) lacks its charts`);
    built.serverMs = timeReport(built);
    reportBuilds[variant.id] = built;
    site.put(`report/client-${variant.id}.js`, built.bundle);
    site.put(`report/${variant.id}.html`, reportPage(built.body, `/report/client-${variant.id}.js`));
    variant.url = `/report/${variant.id}.html`;
    console.log(
      `${variant.name.padEnd(24)} server render ${built.serverMs.toFixed(2)} ms, client ${built.gzip} B gzip`,
    );
  }

  const browser = await launchChromium();
  try {
    console.log('\nScript a page with one chart transfers (Chromium)');
    weight = await measurePageWeight(browser, site.origin, libraries);
    for (const k of [...weight.kinds, { chart: 'single file', ...weight.single }])
      console.log(
        `${k.chart.padEnd(16)} ${String(k.files).padStart(3)} files ${String(k.gzip).padStart(7)} B gzip${k.drawn ? '' : '  NOT DRAWN'}`,
      );
    console.log(
      `Chart.js ${weight.chartjs.version} ${weight.chartjs.gzip} B gzip; Highcharts ${weight.highcharts.version} ${weight.highcharts.gzip} B gzip`,
    );
    console.log(`\nTime to drawn, ${LOADS} loads each on each network (Chromium)`);
    drawn = await measureTimeToDrawn(browser, site.origin, { loads: LOADS, variants: drawnVariants });
    for (const d of drawn)
      console.log(
        `${d.name.padEnd(60)} ${Object.entries(d.networks)
          .map(([network, n]) => `${network} ${n.median.toFixed(0)} ms`)
          .join(', ')}${d.failures.length ? `  problems: ${d.failures.join('; ')}` : ''}`,
      );
    console.log(`\nThe report page's hydration, ${LOADS} loads each (Chromium)`);
    hydration = await measureHydration(browser, site.origin, reportVariants, { loads: LOADS });
    for (const h of hydration)
      console.log(
        `${h.name.padEnd(24)} hydration ${h.hydrate.toFixed(1)} ms, ScriptDuration ${h.script.toFixed(1)} ms${h.problems.length ? `  problems: ${h.problems.join('; ')}` : ''}`,
      );
    console.log('\nThe chart maker (Chromium)');
    maker = makerSection(await measureMaker(browser, site.origin, { keystrokes: quick ? 5 : 15 }));
    for (const line of maker.targets) console.log(`  ${line.replace(/\*\*|`/g, '')}`);
  } finally {
    await browser.close();
  }
} finally {
  site.close();
}

/** Median renderToString time of a report page (fewer runs than a chart: it is every chart at once). */
function timeReport(built) {
  const element = createElement(built.App);
  const warm = Math.max(3, Math.round(WARMUP / 5));
  for (let i = 0; i < warm; i += 1) renderToString(element);
  const times = [];
  for (let i = 0; i < REPORT_RUNS; i += 1) {
    const start = process.hrtime.bigint();
    renderToString(element);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const issue13 = [
  pageWeightSection(weight),
  timeToDrawnSection(drawn, { loads: LOADS }),
  hydrationSection(hydration, reportBuilds, { loads: LOADS, runs: REPORT_RUNS }),
  rowsSection(rowResults, { runs: RUNS, warmup: WARMUP }),
];
const issue13Targets = issue13.flatMap((section) => section.targets);
const issue13Met = issue13Targets.filter((line) => line.includes('**met**')).length;

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const md = `# Benchmarks

Measured by \`pnpm bench\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 10)}: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.arch()}; one-minute load average ${loadAtStart.toFixed(1)} when the run started.
Timings are from one machine and one run; compare rows within this table, not across machines.

- **Bundle**: \`import { X }\` from the built package, bundled by esbuild (minified, ESM, browser, React external, NODE_ENV=production), then gzip -9. Our charts' size includes the chart frame, data table, tooltip, source line and the data package's validators; it excludes the datasets, which a page imports itself.
- **Server render**: median \`renderToString\` time over ${RUNS} runs after ${WARMUP} warm-up runs, same process, React's production build (NODE_ENV=production). "Full chart" checks that the output holds the drawn chart (bars with their values), not an empty shell.
- **References**: Recharts 3.11 for size (its server render gives no SVG: a known regression); Recharts 2.15 for server render time. Both draw the same three provider figures (\`ncmecProviderReports\`) as a vertical-layout \`BarChart\` with axes and tooltip, 640×240.

| chart | min | gzip | gzip vs Recharts 3 | server render | faster than Recharts 2.15 | full chart in SSR output |
| --- | ---: | ---: | ---: | ---: | ---: | :---: |
${rows.join('\n')}

## Targets

- \`ProviderBars\` at most a quarter of Recharts 3's gzip: ${kb(pb.size.gzip)} vs ${kb(sizeRef.size.gzip / 4)} allowed — **${sizeOk ? 'met' : 'missed'}**.
- \`ProviderBars\` server render at least 4× faster than Recharts 2.15's, with the full chart: ${(renderRef.ms / pb.ms).toFixed(1)}× — **${speedOk ? 'met' : 'missed'}**.
- \`HostingMap\` (code and topology) within 1.5× of world-atlas \`countries-110m.json\`'s own gzip (${kb(topologyGzip)}): ${kb(map.size.gzip)}, ${(map.size.gzip / topologyGzip).toFixed(2)}× — **${mapSizeOk ? 'met' : 'missed'}**.
- \`HostingMap\` server render no slower than plain d3-geo drawing the same topology: ${map.ms.toFixed(2)} ms vs ${mapRef.ms.toFixed(2)} ms for every render after the first at a plot size — **${mapSpeedOk ? 'met' : 'missed'}**; the first render at a new size: ${mapCold.ms.toFixed(2)} ms — **${mapCold.ms <= mapRef.ms && mapCold.complete ? 'met' : 'missed'}**. (HostingMap keeps the projected country paths of the last 8 plot sizes, since the atlas never changes; a server renders most maps at its one default size.)
- Where the map's bytes go: the topology is ${kb(topologyGzip)} of it; d3-geo and topojson-client (which plain d3-geo needs too) most of the rest; then the chart frame, data table, legend and the ISO 3166 code table.
- Issue 13's targets, each with its table below: ${issue13Met} met, ${issue13Targets.length - issue13Met} missed.

## One chart with its English catalogue

Every chart writes its words from a catalogue; English is built in, each other language is a file of its own
(\`@safeguard-charts/react/messages/de\`: ${catalogueRows.join(', ')} gzip, paid only by a page that imports it).
Target: a chart with its English catalogue within 10% of the same chart before catalogues existed (commit
0c4cbef, measured the same way).

| chart | before catalogues | now, with English | change | within 10% |
| --- | ---: | ---: | ---: | :---: |
${languageRows.map((r) => `| ${r.name} | ${kb(r.before)} | ${kb(r.now)} | ${r.now >= r.before ? '+' : ''}${(((r.now - r.before) / r.before) * 100).toFixed(0)}% | ${r.ok ? 'met' : 'missed'} |`).join('\n')}

The column charts and ProviderBars got smaller, not larger: they no longer bundle d3-scale (with d3-interpolate
and d3-color) for three scales that d3-array's \`nice\` and \`ticks\` give (tests hold them equal to d3-scale's).
${
  languageRows.some((r) => !r.ok)
    ? `${languageRows
        .filter((r) => !r.ok)
        .map((r) => r.name)
        .join(
          ', ',
        )} miss the target: the English catalogue is one object of about 1.6 KB gzip that every chart
carries whole, and the validators carry the English words of every problem (about 1.2 KB); a small chart feels
both most. Splitting the catalogue per chart is the way to meet it for them.`
    : 'Every chart meets the target.'
}

${issue13.map((section) => section.md).join('\n')}
${spreadsheet.md}
${maker.md}`;
writeFileSync(path.join(root, 'BENCHMARKS.md'), md);
console.log(
  `\nWrote BENCHMARKS.md (ProviderBars size target ${sizeOk ? 'met' : 'missed'}, render target ${speedOk ? 'met' : 'missed'})`,
);
console.log('Issue 13 targets:');
for (const line of issue13Targets) console.log(`  ${line.replace(/\*\*|`/g, '')}`);
console.log('The spreadsheet reader:');
for (const line of spreadsheet.targets) console.log(`  ${line.replace(/\*\*|`/g, '')}`);
