// Server render at 3, 100 and 1,000 rows: ProviderBars (horizontal bars) and NcmecTimeline (columns) from the
// react package's dist, beside Recharts 2.15 drawing the same rows and a hand-written SVG "floor": a plain
// function that builds the same bars or columns with their labels as one string, no React.
// The rows are synthetic bench data, labelled as such, deterministic, and pass the charts' own validation.

export const ROW_COUNTS = [3, 100, 1000];

/** Synthetic bench figures: `n` providers, "Provider 1" … "Provider n", values from a fixed formula. */
export function syntheticProviders(data, n) {
  return data.defineProviderReports({
    id: `bench-providers-${n}`,
    title: `Synthetic bench data: ${n} providers`,
    description: 'Made-up figures for the benchmark, not real data.',
    unit: 'reports',
    rows: Array.from({ length: n }, (_, i) => ({
      provider: `Provider ${i + 1}`,
      value: 1000 + ((i * 7919) % 997) * 53,
      newReporter: false,
    })),
    sources: [{ publisher: 'Safeguard Charts bench', title: 'Synthetic figures, not real data' }],
  });
}

/** Synthetic bench figures: `n` consecutive months ending December 2025, values from a fixed formula. */
export function syntheticSeries(data, n) {
  const first = 2025 * 12 + 11 - (n - 1);
  return data.defineSeries({
    id: `bench-series-${n}`,
    title: `Synthetic bench data: ${n} months`,
    description: 'Made-up figures for the benchmark, not real data.',
    unit: 'reports',
    rows: Array.from({ length: n }, (_, i) => ({
      period: data.month(Math.floor((first + i) / 12), ((first + i) % 12) + 1),
      value: 500 + ((i * 4241) % 1009) * 37,
    })),
    sources: [{ publisher: 'Safeguard Charts bench', title: 'Synthetic figures, not real data' }],
  });
}

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeXml = (text) => String(text).replace(/[&<>"]/g, (c) => ESCAPES[c]);
const numbers = new Intl.NumberFormat('en-US');
const px = (n) => Math.round(n * 10) / 10;

/** Round ticks for 0…max: about five, at 1, 2 or 5 times a power of ten. */
function ticks(max) {
  const raw = max / 5 || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const top = Math.ceil(max / step) * step || step;
  const out = [];
  for (let v = 0; v <= top + step / 2; v += step) out.push(v);
  return { out, top };
}

/** The floor of a bar chart: one row per provider, largest first, name, bar and value, a baseline. */
export function floorBars(rows, { width, height, title }) {
  const sorted = [...rows].sort((a, b) => b.value - a.value);
  const max = sorted.reduce((m, r) => Math.max(m, r.value), 0) || 1;
  const plotStart = 192;
  const plotEnd = width - 132;
  const step = height / Math.max(1, sorted.length);
  const bar = Math.min(22, step * 0.8);
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${escapeXml(title)}</title>`;
  for (let i = 0; i < sorted.length; i += 1) {
    const row = sorted[i];
    const y = i * step;
    const w = ((plotEnd - plotStart) * row.value) / max;
    const mid = px(y + step / 2);
    svg += `<text x="180" y="${mid}" dy="0.35em" text-anchor="end">${escapeXml(row.provider)}</text><rect x="${plotStart}" y="${px(mid - bar / 2)}" width="${px(w)}" height="${px(bar)}" fill="#2f6690"/><text x="${px(plotStart + w + 6)}" y="${mid}" dy="0.35em">${numbers.format(row.value)}</text>`;
  }
  return `${svg}<line x1="${plotStart}" x2="${plotStart}" y1="0" y2="${height}" stroke="currentColor"/></svg>`;
}

/** The floor of a column chart: a value axis with round ticks, one column per period with its label and value. */
export function floorColumns(rows, { width, height, title }) {
  const max = rows.reduce((m, r) => Math.max(m, r.value), 0);
  const { out, top } = ticks(max);
  const left = 56;
  const bottom = height - 24;
  const plotTop = 16;
  const y = (v) => bottom - ((bottom - plotTop) * v) / top;
  const step = (width - left) / Math.max(1, rows.length);
  const column = step * 0.7;
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${escapeXml(title)}</title>`;
  for (const v of out)
    svg += `<line x1="${left}" x2="${width}" y1="${px(y(v))}" y2="${px(y(v))}" stroke="#ddd"/><text x="${left - 6}" y="${px(y(v))}" dy="0.35em" text-anchor="end">${numbers.format(v)}</text>`;
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i];
    const x = left + i * step + (step - column) / 2;
    const top2 = y(row.value);
    const mid = px(x + column / 2);
    svg += `<rect x="${px(x)}" y="${px(top2)}" width="${px(column)}" height="${px(bottom - top2)}" fill="#2f6690"/><text x="${mid}" y="${px(top2 - 4)}" text-anchor="middle">${numbers.format(row.value)}</text><text x="${mid}" y="${bottom + 16}" text-anchor="middle">${escapeXml(row.period.label)}</text>`;
  }
  return `${svg}<line x1="${left}" x2="${width}" y1="${bottom}" y2="${bottom}" stroke="currentColor"/></svg>`;
}

/** Median milliseconds of `fn` over `runs` calls, after `warmup` calls. */
export function timeMedian(fn, runs, warmup) {
  for (let i = 0; i < warmup; i += 1) fn();
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const count = (html, pattern) => (html.match(pattern) ?? []).length;

/**
 * For each chart and row count: ours (renderToString of the chart from the dist), Recharts 2.15 and the floor,
 * each checked to hold the `n` bars or columns, at our SVG's width and height. Runs fall with the row count.
 */
export function measureRows({ data, charts, recharts2, createElement, renderToString, runs, warmup }) {
  const h = createElement;
  const specs = [
    {
      chart: 'ProviderBars',
      dataset: (n) => syntheticProviders(data, n),
      ours: (dataset) => h(charts.ProviderBars, { data: dataset, title: dataset.title }),
      recharts: (dataset, size) =>
        h(
          recharts2.BarChart,
          {
            ...size,
            data: dataset.rows.map((r) => ({ name: r.provider, value: r.value })),
            layout: 'vertical',
          },
          h(recharts2.XAxis, { type: 'number' }),
          h(recharts2.YAxis, { type: 'category', dataKey: 'name', width: 180 }),
          h(recharts2.Tooltip),
          h(
            recharts2.Bar,
            { dataKey: 'value', fill: '#2f6690', isAnimationActive: false },
            h(recharts2.LabelList, { dataKey: 'value', position: 'right' }),
          ),
        ),
      floor: floorBars,
    },
    {
      chart: 'NcmecTimeline',
      dataset: (n) => syntheticSeries(data, n),
      ours: (dataset) => h(charts.NcmecTimeline, { data: dataset, title: dataset.title }),
      recharts: (dataset, size) =>
        h(
          recharts2.BarChart,
          { ...size, data: dataset.rows.map((r) => ({ name: r.period.label, value: r.value })) },
          h(recharts2.XAxis, { dataKey: 'name' }),
          h(recharts2.YAxis),
          h(recharts2.Tooltip),
          h(
            recharts2.Bar,
            { dataKey: 'value', fill: '#2f6690', isAnimationActive: false },
            h(recharts2.LabelList, { dataKey: 'value', position: 'top' }),
          ),
        ),
      floor: floorColumns,
    },
  ];
  const results = [];
  for (const spec of specs) {
    for (const n of ROW_COUNTS) {
      const scale = n <= 3 ? 1 : n <= 100 ? 1 / 3 : 1 / 15;
      const r = Math.max(3, Math.round(runs * scale));
      const w = Math.max(1, Math.round(warmup * scale));
      const dataset = spec.dataset(n);
      const html = renderToString(spec.ours(dataset));
      const svg = html.match(/<svg class="sg-chart__svg"[^>]*\bwidth="([\d.]+)" height="([\d.]+)"/);
      const size = { width: Number(svg?.[1] ?? 640), height: Number(svg?.[2] ?? 360) };
      // Every row drawn, and no problem note: the rows passed the chart's own validation.
      const oursOk = count(html, /class="sg-bar"/g) === n && !html.includes('role="note"');
      const rechartsHtml = renderToString(spec.recharts(dataset, size));
      const rechartsOk = count(rechartsHtml, /class="recharts-layer recharts-bar-rectangle"/g) === n;
      const floorSvg = spec.floor(dataset.rows, { ...size, title: dataset.title });
      const floorOk = count(floorSvg, /<rect /g) === n;
      const ours = timeMedian(() => renderToString(spec.ours(dataset)), r, w);
      const recharts = timeMedian(() => renderToString(spec.recharts(dataset, size)), r, w);
      const floor = timeMedian(() => spec.floor(dataset.rows, { ...size, title: dataset.title }), r, w);
      results.push({
        chart: spec.chart,
        n,
        runs: r,
        size,
        ours,
        recharts,
        floor,
        oursOk,
        rechartsOk,
        floorOk,
      });
      console.log(
        `${spec.chart.padEnd(14)} ${String(n).padStart(5)} rows  ours ${ours.toFixed(3)} ms${oursOk ? '' : ' (INCOMPLETE)'}  Recharts 2.15 ${recharts.toFixed(3)} ms${rechartsOk ? '' : ' (INCOMPLETE)'}  floor ${floor.toFixed(3)} ms${floorOk ? '' : ' (INCOMPLETE)'}`,
      );
    }
  }
  return results;
}
