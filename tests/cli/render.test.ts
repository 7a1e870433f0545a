// The render CLI and its Node API, as a designer of an annual report uses them: every chart to SVG and PNG
// without a browser, in any language, theme, palette and width, the same bytes on every run.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { csamHosting, ncmecProviderReports } from '@safeguard-charts/data';
import { afterAll, describe, expect, it } from 'vitest';
import {
  EXAMPLE_DATASETS,
  IMAGE_CHARTS,
  renderHtml,
  renderPng,
  renderSvg,
} from '../../packages/cli/dist/index.js';
import { MONTHS_CSV, MONTHS_OPTIONS } from './months';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'packages/cli/dist/cli.js');
const work = mkdtempSync(path.join(tmpdir(), 'sg-render-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A PNG's resolution in pixels per metre (its pHYs chunk), or undefined when it says none. */
function pngResolution(png: Buffer): { x: number; y: number; unit: number } | undefined {
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString('latin1');
    if (type === 'IDAT') return undefined; // pHYs comes before the image data, or not at all
    if (type === 'pHYs')
      return { x: png.readUInt32BE(at + 8), y: png.readUInt32BE(at + 12), unit: png.readUInt8(at + 16) };
    at += length + 12;
  }
  return undefined;
}

/** The words of every `<text>` of an SVG, entities decoded. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? '').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&quot;', '"'),
  );
}

/** A PNG's width and height (its IHDR) and the colour of its top-left pixel as #rrggbb. */
function readPng(png: Buffer): { width: number; height: number; corner: string } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const data: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.subarray(at + 4, at + 8).toString('latin1') === 'IDAT')
      data.push(png.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  // The first pixel of the first row is stored as it is under every PNG filter.
  const rows = inflateSync(Buffer.concat(data));
  const hex = (n: number | undefined) => (n ?? 0).toString(16).padStart(2, '0');
  return { width, height, corner: `#${hex(rows[1])}${hex(rows[2])}${hex(rows[3])}` };
}

const DEFAULTS = EXAMPLE_DATASETS;

describe('renderSvg and renderPng (Node API)', () => {
  it('knows the six charts that have a drawing', () => {
    expect([...IMAGE_CHARTS].sort()).toEqual(Object.keys(DEFAULTS).sort());
  });

  it.each(Object.entries(DEFAULTS))('draws %s as a standalone SVG and a PNG at 2×', (chart, dataset) => {
    const result = renderPng({ chart, dataset });
    if (!result.ok) throw new Error(result.problem);
    const { svg, png } = result;
    // The image keeps its attribution: its title and its source line are inside it.
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toMatch(/<title>[^<]+<\/title>/);
    expect(svg).toMatch(/>Sources?: /);
    // Every paint is resolved and written on its element: no stylesheet, class or variable is left.
    expect(svg).not.toMatch(/class=|var\(|light-dark|NaN|tabindex|aria-/);
    expect(svg).toMatch(/viewBox="0 0 640 \d+"/);
    const read = readPng(png);
    expect(read).toMatchObject({ width: 1280, height: result.height, corner: '#ffffff' });
    expect(read.height).toBeGreaterThan(400);
  });

  it('writes the theme, the palette and the width asked for', () => {
    const light = renderSvg({ chart: 'provider-bars', dataset: 'ncmecProviderReports' });
    const dark = renderPng({
      chart: 'provider-bars',
      dataset: 'ncmecProviderReports',
      theme: 'dark',
      width: 480,
    });
    const own = renderSvg({
      chart: 'provider-bars',
      dataset: 'ncmecProviderReports',
      tokens: { '--sg-mark': '#7a1f5c' },
    });
    if (!light.ok || !dark.ok || !own.ok) throw new Error('not drawn');
    expect(light.svg).toContain('fill="#2f6690"');
    expect(dark.svg).toContain('fill="#79aed6"');
    expect(dark.svg).not.toContain('fill="#2f6690"');
    expect(own.svg).toContain('fill="#7a1f5c"');
    expect(readPng(dark.png)).toMatchObject({ width: 960, corner: '#15171a' });
    expect(dark.svg).toMatch(/<svg xmlns="[^"]+" width="480"/);
  });

  it('writes German words and numbers, and an Arabic chart right to left', () => {
    const german = renderSvg({ chart: 'ncmec-timeline', dataset: 'ncmecAiReports', locale: 'de-DE' });
    const arabic = renderPng({ chart: 'provider-bars', dataset: 'ncmecProviderReports', locale: 'ar' });
    if (!german.ok || !arabic.ok) throw new Error('not drawn');
    expect(german.svg).toContain('>485.000<');
    expect(german.svg).toContain('Quellen:');
    expect(arabic.svg).toContain('direction="rtl"');
    expect(arabic.svg).toContain('المصدر');
    expect(arabic.warnings).toEqual([]);
    expect(readPng(arabic.png).width).toBe(1280);
  });

  it('draws a map of Europe, and names the countries with data it cannot show', () => {
    const europe = renderSvg({ chart: 'hosting-map', dataset: 'csamHosting', region: 'europe' });
    const world = renderSvg({ chart: 'hosting-map', dataset: 'csamHosting' });
    if (!europe.ok || !world.ok) throw new Error('not drawn');
    expect(europe.svg).toMatch(/Not on this map: United States: [\d.]+%/);
    expect(world.svg).not.toContain('Not on this map');
    expect(europe.height).toBeGreaterThan(world.height);
  });

  it('writes the map’s key into its image: the legend, and every ranked country with its figure, in its language', () => {
    for (const [locale, noData] of [
      ['en', 'No data'],
      ['de', 'Keine Daten'],
      ['ar', 'لا بيانات'],
    ] as const) {
      const drawn = renderSvg({ chart: 'hosting-map', dataset: 'csamHosting', locale });
      if (!drawn.ok) throw new Error(drawn.problem);
      const words = texts(drawn.svg);
      const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
      const names = new Intl.DisplayNames([locale], { type: 'region' });
      // The legend: five steps of shares, "No data", and the EU outlined with its figure.
      expect(words).toContain(noData);
      expect(words.filter((text) => /[–-]/.test(text) && /[%٪]/.test(text))).toHaveLength(5);
      expect(words.filter((text) => text.endsWith(`: ${percent.format(0.62)}`))).toHaveLength(1);
      // Every ranked country, by name (as the page names it in this language), with its figure.
      for (const row of csamHosting.rows) {
        // In German and Arabic, the Netherlands: the other names there run to two lines of the key.
        if (locale !== 'en' && row.code !== 'NLD') continue;
        const name = locale === 'en' ? row.name : names.of('NL');
        expect(words).toContain(name);
        expect(words).toContain(percent.format((row.percent ?? 0) / 100));
      }
      // Each swatch is painted: the legend's colours are the map's, and "No data" is drawn too.
      expect(drawn.svg).toMatch(/<rect [^>]*width="12" height="12"[^>]*fill="#[0-9a-f]{6}"/);
      expect(drawn.svg).toMatch(/<rect [^>]*fill="none"[^>]*stroke-dasharray="3 2"/);
    }
    expect(csamHosting.rows).toHaveLength(5);
  });

  it('draws 24 months with their short names, years, the figures a reader needs, and an axis above the data', () => {
    const drawn = renderSvg({ chart: 'ncmec-timeline', csv: MONTHS_CSV, csvOptions: MONTHS_OPTIONS });
    if (!drawn.ok) throw new Error(drawn.problem);
    const words = texts(drawn.svg);
    // An image names what it shows: a CSV without a title is titled by what it counts and when.
    expect(drawn.svg).toContain('<title>Reports: January 2023 – December 2024</title>');
    for (const label of ['Jan', 'Mar', 'Jul', 'Nov', '2023', '2024']) expect(words).toContain(label);
    // The first, the last and the largest figures.
    for (const figure of ['200', '1,350', '1,800']) expect(words).toContain(figure);
    // The top gridline is at or above the largest figure.
    const ticks = words
      .filter((text) => /^\d+(\.\d+)?K?$/.test(text))
      .map((text) => Number.parseFloat(text) * (text.endsWith('K') ? 1000 : 1));
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(1800);
    expect(words).toContain('2K');
    const narrow = renderSvg({
      chart: 'ncmec-timeline',
      csv: MONTHS_CSV,
      csvOptions: MONTHS_OPTIONS,
      width: 320,
    });
    if (!narrow.ok) throw new Error(narrow.problem);
    for (const label of ['Apr', 'Jul', 'Oct', '2023', '2024', '1,800', '1,350'])
      expect(texts(narrow.svg)).toContain(label);
  });

  it('draws a PNG for print: exactly its width on paper at its resolution, said in the file', () => {
    const print = renderPng({ chart: 'surge', dataset: 'iwfAiVideos', print: { width: '16cm', dpi: 300 } });
    if (!print.ok) throw new Error(print.problem);
    // 16 cm at 300 dpi: 16 / 2.54 × 300 = 1,889.8, so 1,890 pixels; 300 dpi is 11,811 pixels a metre.
    expect(readPng(print.png).width).toBe(1890);
    expect(print).toMatchObject({ width: 1890, dpi: 300 });
    expect(readPng(print.png).height).toBe(print.height);
    expect(pngResolution(print.png)).toEqual({ x: 11811, y: 11811, unit: 1 });
    const inches = renderPng({ chart: 'surge', dataset: 'iwfAiVideos', print: { width: '6.3in', dpi: 150 } });
    if (!inches.ok) throw new Error(inches.problem);
    expect(inches.width).toBe(945);
    expect(pngResolution(inches.png)).toEqual({ x: 5906, y: 5906, unit: 1 });
    // A plain PNG says no resolution.
    const plain = renderPng({ chart: 'surge', dataset: 'iwfAiVideos' });
    if (!plain.ok) throw new Error(plain.problem);
    expect(pngResolution(plain.png)).toBeUndefined();
    for (const [asked, says] of [
      [{ width: '16' }, 'such as 16cm, 160mm or 6.3in'],
      [{ width: '16cm', dpi: 5000 }, 'from 72 to 1200 dpi'],
      [{ width: '0mm' }, 'more than zero'],
      [{ width: '300cm' }, 'give a smaller width or resolution'],
    ] as const) {
      const wrong = renderPng({ chart: 'surge', dataset: 'iwfAiVideos', print: asked });
      expect(wrong).toEqual({ ok: false, problem: expect.stringContaining(says) });
    }
  });

  it('draws the same bytes every time (bundled fonts only)', () => {
    const a = renderPng({ chart: 'surge', dataset: 'iwfAiVideos' });
    const b = renderPng({ chart: 'surge', dataset: 'iwfAiVideos' });
    if (!a.ok || !b.ok) throw new Error('not drawn');
    expect(a.warnings).toEqual([]);
    expect(Buffer.compare(a.png, b.png)).toBe(0);
  });

  it('draws your own figures from CSV, and says what is wrong with them in your language', () => {
    const csv = 'period,value\n2023,120\n2024,310\n';
    const drawn = renderSvg({
      chart: 'surge',
      csv,
      csvOptions: { unit: 'URLs', sources: [{ publisher: 'Our hotline', title: 'Annual report 2024' }] },
      title: 'Reports to our hotline',
    });
    if (!drawn.ok) throw new Error(drawn.problem);
    expect(drawn.svg).toContain('Our hotline');
    expect(drawn.svg).toContain('>310<');
    const wrong = renderSvg({ chart: 'surge', csv: 'Zeitraum;Wert\n2022;10\n2023;viele\n', locale: 'de' });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.problem).toMatch(/^Zeile 3, Spalte „Wert“: Der Text „viele“ ist keine Zahl/);
  });

  it('says what is wrong instead of throwing: an unknown chart, an unknown dataset, no rows', () => {
    const unknown = renderSvg({ chart: 'pie', dataset: 'iwfAiVideos' });
    expect(unknown).toEqual({ ok: false, problem: expect.stringContaining('provider-bars') });
    const list = renderSvg({ chart: 'legislation', dataset: 'legislation' });
    expect(list.ok).toBe(false);
    // The kinds drawn only as HTML (the laws, the sources, the stat card) say so.
    const card = renderSvg({ chart: 'stat-card', dataset: 'ncmecAiReports' });
    expect(card).toEqual({ ok: false, problem: expect.stringContaining('not as an image') });
    expect(IMAGE_CHARTS).not.toContain('stat-card');
    expect(renderSvg({ chart: 'surge', dataset: 'nothing' })).toEqual({
      ok: false,
      problem: expect.stringContaining('iwfAiVideos'),
    });
    const empty = renderSvg({
      chart: 'surge',
      data: { title: 'Nothing', unit: 'videos', sources: [], rows: [] },
    });
    // The chart's own message, its sentences apart, naming the field and what is wrong with it.
    expect(empty).toEqual({
      ok: false,
      problem:
        'This chart can’t be drawn: its data has a problem. Field "rows": there are no rows: there is nothing to draw.',
    });
  });
});

describe('safeguard-charts render (the command)', () => {
  it.each(Object.keys(DEFAULTS))('renders %s to SVG and PNG files', (chart) => {
    for (const extension of ['svg', 'png']) {
      const out = path.join(work, `${chart}.${extension}`);
      const printed = execFileSync('node', [cli, 'render', chart, '--out', out, '--width', '560'], {
        cwd: work,
        encoding: 'utf8',
      });
      expect(printed).toMatch(
        new RegExp(`${chart}\\.${extension}: ${extension === 'png' ? 1120 : 560} × \\d+ px`),
      );
      const file = readFileSync(out);
      if (extension === 'png') expect(readPng(file).width).toBe(1120);
      else expect(file.toString('utf8')).toMatch(/^<svg [^>]*width="560"[\s\S]*<\/svg>$/);
    }
  });

  it('takes a CSV file, a locale, a theme and tokens', () => {
    const csv = path.join(work, 'ours.csv');
    execFileSync('sh', ['-c', `printf 'Zeitraum;Wert\\n2023;1.200\\n2024;3.100\\n' > ${csv}`]);
    const out = path.join(work, 'ours.svg');
    execFileSync(
      'node',
      [
        cli,
        'render',
        'surge',
        '--csv',
        csv,
        '--unit',
        'URLs',
        '--source',
        'Unsere Hotline',
        '--source-title',
        'Jahresbericht 2024',
        '--locale',
        'de',
        '--theme',
        'dark',
        '--token',
        'dark-mark=#aabbcc',
        '--title',
        'Meldungen',
        '--out',
        out,
      ],
      { cwd: work },
    );
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('>3.100<');
    expect(svg).toContain('Unsere Hotline');
    expect(svg).toContain('fill="#15171a"');
    expect(svg).toContain('fill="#aabbcc"');
  });

  it('reads a German Excel file in Windows-1252, draws the column asked for, and says every problem once in German', () => {
    // As a German Excel saves "CSV (Trennzeichen-getrennt)": Windows-1252 (`ä` is the one byte E4), `;`, CRLF.
    const excel = (name: string, text: string) => {
      const file = path.join(work, name);
      writeFileSync(file, Buffer.from(text, 'latin1'));
      expect(readFileSync(file).includes(0xe4)).toBe(text.includes('ä'));
      return file;
    };
    const yearly = excel(
      'jahre.csv',
      'Jahr;Fälle\r\n2021;1.234\r\n2022;k.A.\r\n2023;3.100\r\nSumme;4.334\r\n',
    );
    const out = path.join(work, 'jahre.svg');
    execFileSync('node', [cli, 'render', 'surge', '--csv', yearly, '--locale', 'de', '--out', out], {
      cwd: work,
    });
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('>3.100<');
    expect(svg).not.toContain('\uFFFD');
    // The notices are the image's notes, in German: the year without a figure, the total left out.
    expect(svg).toContain(
      'Zeile 3, Spalte „Fälle“: Der Text „k.A.“ ist keine Zahl: als „Keine Daten“ gezeigt,',
    );
    expect(svg).toContain('Zeile 5, Spalte „Jahr“: Der Text „Summe“ ist eine Summe');
    expect(svg).toContain('>Keine Daten<');
    expect(svg).not.toContain('>4.334<');

    const two = excel(
      'zwei.csv',
      'Jahr;Hotline A;Hotline B\r\n2021;101;7.001\r\n2022;202;8.002\r\n2023;303;9.003\r\n',
    );
    for (const [column, shows, hides] of [
      ['Hotline B', '>9.003<', '>303<'],
      ['3', '>9.003<', '>303<'],
      ['2', '>303<', '>9.003<'],
    ] as const) {
      const drawn = path.join(work, `zwei-${column.replace(/\W/g, '')}.svg`);
      execFileSync(
        'node',
        [cli, 'render', 'surge', '--csv', two, '--locale', 'de', '--value-column', column, '--out', drawn],
        { cwd: work },
      );
      const image = readFileSync(drawn, 'utf8');
      expect(image).toContain(shows);
      expect(image).not.toContain(hides);
    }
    const noColumn = spawnSync(
      'node',
      [cli, 'render', 'surge', '--csv', two, '--locale', 'de', '--value-column', 'Hotline C', '--out', out],
      { cwd: work, encoding: 'utf8' },
    );
    expect(noColumn.status).toBe(1);
    expect(noColumn.stderr).toContain('Hotline C');

    // Seven bad figures among ten good ones: all seven said, each once, in German, by the spreadsheet's rows.
    const good = Array.from({ length: 10 }, (_, i) => `${2001 + i};${10 + i}`);
    const bad = ['viele', 'zwölf', 'drei', 'etwas', 'mehr', 'wenig', 'hundert'].map(
      (w, i) => `${2011 + i};${w}`,
    );
    const wrong = excel('fehler.csv', ['Jahr;Meldungen', ...good, ...bad].join('\r\n'));
    const failed = spawnSync(
      'node',
      [cli, 'render', 'surge', '--csv', wrong, '--locale', 'de', '--out', out],
      {
        cwd: work,
        encoding: 'utf8',
      },
    );
    expect(failed.status).toBe(1);
    const lines = failed.stderr.trim().split('\n');
    expect(lines).toHaveLength(7);
    expect(new Set(lines).size).toBe(7);
    lines.forEach((line, i) => {
      expect(line).toMatch(new RegExp(`^Zeile ${12 + i}, Spalte „Meldungen“: .*„${bad[i]?.split(';')[1]}“`));
    });
    expect(failed.stderr).not.toMatch(/\b(Row|column|the text)\b/);
  }, 60_000);

  it('writes a PNG for print with --print and --dpi, and says what is wrong with either in words', () => {
    const out = path.join(work, 'print.png');
    const printed = execFileSync(
      'node',
      [cli, 'render', 'hosting-map', '--print', '16cm', '--dpi', '300', '--out', out],
      { cwd: work, encoding: 'utf8' },
    );
    expect(printed).toMatch(/print\.png: 1890 × \d+ px at 300 dpi \(16cm wide\)/);
    const png = readFileSync(out);
    expect(readPng(png).width).toBe(1890);
    expect(pngResolution(png)).toEqual({ x: 11811, y: 11811, unit: 1 });
    const mm = execFileSync('node', [cli, 'render', 'surge', '--print', '160mm', '--out', out], {
      cwd: work,
      encoding: 'utf8',
    });
    expect(mm).toMatch(/1890 × \d+ px at 300 dpi/);
    for (const [args, says] of [
      [['--print', '16'], 'such as 16cm, 160mm or 6.3in'],
      [['--print', '16cm', '--dpi', 'high'], '--dpi takes pixels per inch'],
      [['--print', '16cm', '--dpi', '20'], 'from 72 to 1200 dpi'],
      [['--dpi', '300'], '--dpi goes with --print'],
      [['--print', '16cm', '--scale', '2'], 'not both'],
    ] as const) {
      const wrong = spawnSync('node', [cli, 'render', 'surge', ...args, '--out', out], {
        cwd: work,
        encoding: 'utf8',
      });
      expect(wrong.status).toBe(1);
      expect(wrong.stderr).toContain(says);
    }
    const svg = spawnSync('node', [cli, 'render', 'surge', '--print', '16cm', '--out', 'x.svg'], {
      cwd: work,
      encoding: 'utf8',
    });
    expect(svg.status).toBe(1);
    expect(svg.stderr).toContain('--print sizes a PNG: write --out x.png');
    expect(execFileSync('node', [cli, '--help'], { encoding: 'utf8' })).toContain('--print <width>');
  });

  it('fails with a message and exit code 1 on a wrong chart or option', () => {
    const wrong = spawnSync('node', [cli, 'render', 'pie'], { cwd: work, encoding: 'utf8' });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/There is no chart called "pie".*provider-bars/);
    const width = spawnSync('node', [cli, 'render', 'surge', '--width', 'wide'], {
      cwd: work,
      encoding: 'utf8',
    });
    expect(width.status).toBe(1);
    expect(width.stderr).toContain('--width must be a positive number');
    const list = execFileSync('node', [cli, 'list'], { encoding: 'utf8' });
    expect(list).toContain('ncmecProviderReports');
  });
});

describe('renderHtml and --out chart.html (HTML that is already the chart)', () => {
  const ok = (result: ReturnType<typeof renderHtml>) => {
    if (!result.ok) throw new Error(result.problem);
    return result;
  };

  it('writes every chart kind as <safeguard-chart> holding its server-rendered figure in a declarative shadow root', () => {
    for (const chart of [
      'provider-bars',
      'surge',
      'ncmec-timeline',
      'hosting-map',
      'severity',
      'share',
      'legislation',
      'sources',
      'stat-card',
    ]) {
      const dataset =
        chart === 'legislation'
          ? 'legislation'
          : ['sources', 'stat-card'].includes(chart)
            ? 'ncmecAiReports'
            : undefined;
      const { html } = ok(renderHtml({ chart, dataset }));
      expect(html).toMatch(
        new RegExp(
          `^<safeguard-chart chart="${chart}" dataset="[A-Za-z]+" locale="en" shadow data-sg-rendered="[0-9a-z]+"><template shadowrootmode="open"><style>`,
        ),
      );
      // The figure, whole: its heading (a source list's too), its source line; a drawing for the plotted kinds.
      const shadow = html.slice(0, html.indexOf('</template>'));
      expect(shadow).toMatch(/<figure |<section |<div class="sg-stat/);
      if ((IMAGE_CHARTS as string[]).includes(chart)) {
        expect(shadow).toContain('<svg class="sg-chart__svg"');
        expect(shadow).toContain('class="sg-source"');
        // With script off: the table in a <details>, and the image and table for a browser that keeps the template.
        expect(shadow).toMatch(
          /<noscript><details class="sg-root sg-noscript"[^>]*><summary class="sg-chart__toggle">Show data<\/summary><div class="sg-table" data-visible="true"><table>/,
        );
        expect(html.slice(html.indexOf('</template>'))).toMatch(
          /<div class="sg-fallback"><svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640"/,
        );
      }
      // No script of its own, no inline style attribute, no handler: what a strict page allows.
      expect(html).not.toMatch(/<script(?! type="(text\/csv|application\/json)")|\sstyle="|\son[a-z]+=/);
    }
  });

  it("writes the figures of the page's own as the embed reads them, and keys the element to its attributes", () => {
    const csv = ok(
      renderHtml({
        chart: 'surge',
        locale: 'de-DE',
        csv: 'Jahr;Meldungen\n2023;1.200\n2024;1.500',
        csvOptions: { unit: 'URLs', sources: [{ publisher: 'Beispiel-Hotline', title: 'Beispielzahlen' }] },
      }),
    );
    expect(csv.html).toContain(
      '<script type="text/csv" data-unit="URLs" data-source="Beispiel-Hotline" data-source-title="Beispielzahlen">Jahr;Meldungen\n2023;1.200\n2024;1.500</script>',
    );
    expect(csv.html).toContain('1.500');
    // Figures with no title are titled by what they count and when, on the element and in its heading alike.
    const titled = / title="([^"]+)"/.exec(csv.html)?.[1] ?? '';
    expect(titled).toMatch(/URLs.*2023.*2024/);
    expect(csv.html).toContain(`class="sg-chart__title">${titled}</h3>`);
    const json = ok(
      renderHtml({
        chart: 'provider-bars',
        data: { ...JSON.parse(JSON.stringify(ncmecProviderReports)), title: 'A <b> title' },
      }),
    );
    expect(json.html).toContain('<script type="application/json">{');
    expect(json.html).toContain('A \\u003cb> title');
    // Another figure or attribute, another key.
    const key = (html: string) => /data-sg-rendered="([0-9a-z]+)"/.exec(html)?.[1];
    const one = ok(renderHtml({ chart: 'surge' })).html;
    expect(key(one)).toBe(key(ok(renderHtml({ chart: 'surge' })).html));
    expect(key(one)).not.toBe(key(ok(renderHtml({ chart: 'surge', title: 'Other' })).html));
  });

  it('links the stylesheet for a strict policy, or writes it with the hash a policy allows it by', () => {
    const linked = ok(renderHtml({ chart: 'provider-bars', stylesheet: '/assets/safeguard-charts.css' }));
    expect(linked.html).toContain(
      '<template shadowrootmode="open"><link rel="stylesheet" href="/assets/safeguard-charts.css">',
    );
    expect(linked.styleHash).toBeUndefined();
    const written = ok(renderHtml({ chart: 'provider-bars' }));
    const style = /<style>([\s\S]*?)<\/style>/.exec(written.html)?.[1] ?? '';
    expect(style).toContain('.sg-prerendered');
    expect(written.styleHash).toBe(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
  });

  it('says what is wrong instead of writing a broken fragment', () => {
    const bad = renderHtml({ chart: 'surge', csv: 'period,value\n2024,12\nlast year,5' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problem).toMatch(/Row 3, column "period".*"last year"/);
    expect(renderHtml({ chart: 'pie' })).toMatchObject({
      ok: false,
      problem: expect.stringContaining('There is no chart called "pie"'),
    });
    expect(renderHtml({ chart: 'surge', dataset: 'nope' })).toMatchObject({
      ok: false,
      problem: expect.stringContaining('There is no dataset called "nope"'),
    });
    expect(renderHtml({ chart: 'surge', csv: 'period,value\n2024,</script>' })).toMatchObject({ ok: false });
  });

  it('writes chart.html from the command, in German and dark, with the stylesheet linked', () => {
    const out = path.join(work, 'chart.html');
    const printed = execFileSync(
      'node',
      [
        cli,
        'render',
        'provider-bars',
        '--locale',
        'de-DE',
        '--theme',
        'dark',
        '--stylesheet',
        '/sg/safeguard-charts.css',
        '--out',
        out,
      ],
      { cwd: work, encoding: 'utf8' },
    );
    expect(printed).toBe(`${out}: 640 px wide\n`);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(
      /^<safeguard-chart chart="provider-bars" dataset="ncmecProviderReports" locale="de-DE" theme="dark" shadow /,
    );
    expect(html).toContain(
      '<figure class="sg-root sg-chart sg-provider-bars" data-sg-theme="dark" dir="ltr" lang="de-DE"',
    );
    expect(html).toContain('32.079');
    const inline = execFileSync('node', [cli, 'render', 'surge', '--out', out], {
      cwd: work,
      encoding: 'utf8',
    });
    expect(inline).toMatch(
      /chart\.html: 640 px wide; its <style> needs style-src 'sha256-[^']+' \(or --stylesheet <url>\)/,
    );
    const wrong = spawnSync(
      'node',
      [cli, 'render', 'surge', '--stylesheet', 'x.css', '--out', path.join(work, 'x.svg')],
      { cwd: work, encoding: 'utf8' },
    );
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('--stylesheet is for HTML');
  });
});

describe("the README's static-site example", () => {
  it('runs as Eleventy runs it: the shortcode writes each chart, the passthrough names the embed’s folder', async () => {
    const readme = readFileSync(path.join(root, 'packages/cli/README.md'), 'utf8');
    const code = /```js\n(\/\/ eleventy\.config\.js\n[\s\S]*?)```/.exec(readme)?.[1];
    expect(code).toBeDefined();
    // The README's code as it is, but for the package's name: this workspace's build.
    const file = path.join(work, 'eleventy.config.mjs');
    writeFileSync(
      file,
      (code ?? '').replace(
        "'@safeguard-charts/cli'",
        JSON.stringify(path.join(root, 'packages/cli/dist/index.js')),
      ),
    );
    const shortcodes = new Map<string, (...args: unknown[]) => string>();
    const copies: Record<string, string>[] = [];
    const config = await import(file);
    config.default({
      addShortcode: (name: string, fn: (...args: unknown[]) => string) => shortcodes.set(name, fn),
      addPassthroughCopy: (copy: Record<string, string>) => copies.push(copy),
    });
    const chart = shortcodes.get('chart');
    const html = chart?.('provider-bars', { locale: 'de-DE' }) ?? '';
    expect(html).toMatch(/^<safeguard-chart chart="provider-bars" [^>]*locale="de-DE"/);
    expect(html).toContain('<link rel="stylesheet" href="/safeguard-charts/safeguard-charts.css">');
    expect(html).toContain('32.079');
    expect(() => chart?.('pie')).toThrow(/Chart pie: There is no chart called "pie"/);
    // What it copies is the embed's folder, with the stylesheet and the loader the pages name.
    const [from, to] = Object.entries(copies[0] ?? {})[0] ?? [];
    expect(from).toBe('node_modules/@safeguard-charts/embed/dist');
    expect(to).toBe('safeguard-charts');
    const embedDist = path.join(root, 'packages/embed/dist');
    expect(readFileSync(path.join(embedDist, 'safeguard-charts.css'), 'utf8')).toContain('.sg-prerendered');
    expect(readFileSync(path.join(embedDist, 'safeguard-charts.js'), 'utf8').length).toBeGreaterThan(1000);
  });
});
