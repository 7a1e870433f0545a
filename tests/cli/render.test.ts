// The render CLI and its Node API, as a designer of an annual report uses them: every chart to SVG and PNG
// without a browser, in any language, theme, palette and width, the same bytes on every run.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE_DATASETS, IMAGE_CHARTS, renderPng, renderSvg } from '../../packages/cli/dist/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'packages/cli/dist/cli.js');
const work = mkdtempSync(path.join(tmpdir(), 'sg-render-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

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
