// The spreadsheet corpus (tests/data/fixtures/spreadsheets) drawn by <safeguard-chart> in Chromium, as a page
// pastes a file it already has: only `chart`, `locale` and `title` on the element, the decoded text in a
// <script type="text/csv">. Every clean file draws its exact figures in the page's locale, every gap says
// "no data", every planted problem names its row, and no file with a problem draws. One page holds every chart.
import * as data from '@safeguard-charts/data';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ar,
  de,
  en,
  es,
  fr,
  it as itCatalogue,
  ja,
  nl,
  pl,
  pt,
  sv,
} from '../../packages/react/src/i18n/locales/index';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { type CorpusEntry, corpus, corpusBytes } from '../data/fixtures/spreadsheets/corpus';
import { html, type Served, serve } from '../support/serve.mjs';
import { dist } from './files';

const decodeSpreadsheet = (data as unknown as { decodeSpreadsheet(bytes: Uint8Array): string })
  .decodeSpreadsheet;

/** The chart that draws each shape. */
const CHART: Record<CorpusEntry['shape'], string> = {
  series: 'ncmec-timeline',
  providers: 'provider-bars',
  shares: 'share',
  hosting: 'hosting-map',
};

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** One chart of the page: a corpus file as a site pastes it (`</script` escaped so the text stays in its tag). */
function chart(entry: CorpusEntry, index: number): string {
  const text = decodeSpreadsheet(corpusBytes(entry)).replace(/<\/script/gi, '<\\/script');
  // Only a file read for a named column says which one, on its <script>, as a page that wants it would.
  const column =
    entry.valueColumn === undefined
      ? ''
      : ` data-value-column="${escapeAttribute(String(entry.valueColumn))}"`;
  return `<safeguard-chart id="c${index}" chart="${CHART[entry.shape]}" locale="${entry.locale}" title="${escapeAttribute(entry.file)}"><script type="text/csv"${column}>${text}</script></safeguard-chart>`;
}

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Spreadsheets</title>
<script type="module" src="/safeguard-charts.js"></script></head>
<body>
${corpus.map(chart).join('\n')}
</body></html>`;

/** What stands in a table cell with no figure, in the chart's language (the catalogue's `noData`). */
function noData(locale: string): string {
  const catalogues: Record<string, { noData: string }> = {
    ar,
    de,
    en,
    es,
    fr,
    it: itCatalogue,
    ja,
    nl,
    pl,
    pt,
    sv,
  };
  return (catalogues[locale.split('-')[0] ?? 'en'] ?? en).noData;
}

let server: Served | undefined;
let browser: Browser;
let tab: Page;
const errors: string[] = [];

interface Drawn {
  problem: string | null;
  svg: number;
  /** The data table's column headers. */
  head: string;
  rows: { head: string; cells: string[] }[];
  text: string;
}
const drawn = new Map<number, Drawn>();

beforeAll(async () => {
  // The embed's built folder as a site serves it; any other address is the page of every chart.
  server = await serve({ dir: dist, fallback: (_req, res) => html(res, page) });
  const { origin } = server;
  browser = await chromium.launch(chromiumLaunchOptions());
  tab = await browser.newPage();
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(origin);
  // Every chart has drawn: a table, or the box that says why it can't.
  await tab.waitForFunction(
    (count) =>
      [...document.querySelectorAll('safeguard-chart')].filter((el) =>
        el.querySelector('table, .sg-chart__problem'),
      ).length === count,
    corpus.length,
    { timeout: 45_000 },
  );
  const all: [number, Drawn][] = await tab.evaluate(() =>
    [...document.querySelectorAll('safeguard-chart')].map((el) => {
      const index = Number(el.id.slice(1));
      const figure = el.querySelector('figure');
      return [
        index,
        {
          problem: el.querySelector('.sg-chart__problem')?.textContent ?? null,
          svg: el.querySelectorAll('svg[role="img"]').length,
          head: el.querySelector('table thead')?.textContent ?? '',
          rows: [...el.querySelectorAll('table tbody tr')].map((tr) => ({
            head: tr.querySelector('th')?.textContent ?? '',
            cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
          })),
          // The figure's text without its data table and the CSV it came from.
          text: (() => {
            if (!figure) return '';
            const copy = figure.cloneNode(true) as HTMLElement;
            for (const node of copy.querySelectorAll('table, script')) node.remove();
            return copy.textContent ?? '';
          })(),
        },
      ] as [number, Drawn];
    }),
  );
  for (const [index, found] of all) drawn.set(index, found);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A number as the page's locale writes it, by the browser's own Intl. */
const formatted = (values: number[], locale: string): Promise<string[]> =>
  tab.evaluate(([list, loc]) => list.map((value) => new Intl.NumberFormat(loc).format(value)), [
    values,
    locale,
  ] as [number[], string]);

/** Whether a table cell shows `figure`: the figure itself, or followed by its unit (`31,4 %`), not by more digits. */
function shows(cell: string, figure: string): boolean {
  const text = cell.trim();
  return text.startsWith(figure) && !/[\d\u0660-\u0669.,٫٬]/.test(text.charAt(figure.length));
}

/** The row number as the page's language may write it: 4, or ٤ in Arabic. */
async function rowNumber(row: number, locale: string): Promise<RegExp> {
  const [local] = await formatted([row], locale);
  return new RegExp(`(^|\\D)(${row}|${local})(\\D|$)`);
}

describe('<safeguard-chart> draws the spreadsheet a hotline already has', () => {
  it('loads every chart of the corpus without an error in the console', () => {
    expect(drawn.size).toBe(corpus.length);
    expect(errors).toEqual([]);
  });

  corpus.forEach((entry, index) => {
    const { expect: wanted } = entry;
    const name = `${entry.file} as ${CHART[entry.shape]} (${entry.locale})`;
    if (wanted.ok) {
      it(`draws ${name} with its exact figures`, async () => {
        const found = drawn.get(index);
        expect(found?.problem ?? null).toBeNull();
        expect(found?.svg).toBeGreaterThan(0);
        const values = wanted.rows.map((row) => row[row.length - 1] as number);
        const figures = await formatted(values, entry.locale);
        const rows = found?.rows ?? [];
        // Each figure in a row of its own, and no row beyond the file's figures and its gaps.
        const withFigure = rows.filter((row) =>
          row.cells.some((cell) => figures.some((f) => shows(cell, f))),
        );
        for (const figure of figures)
          expect(
            rows.some((row) => row.cells.some((cell) => shows(cell, figure))),
            `${figure} in ${JSON.stringify(rows)}`,
          ).toBe(true);
        expect(withFigure.length, JSON.stringify(rows)).toBe(values.length);
        const gaps = wanted.gaps ?? [];
        const empty = rows.filter((row) => row.cells.some((cell) => cell.includes(noData(entry.locale))));
        expect(empty.length, JSON.stringify(rows)).toBe(gaps.length);
        if (entry.shape !== 'hosting') expect(rows.length).toBe(values.length + gaps.length);
        // Every notice that names a row is said under the chart, with that row's number.
        for (const notice of wanted.notices ?? [])
          if (notice.csvRow !== null)
            expect(found?.text, notice.code).toMatch(await rowNumber(notice.csvRow, entry.locale));
      });
      if (wanted.unit && wanted.unit !== 'percent')
        it(`calls the figures of ${name} what its header does: ${wanted.unit}`, () => {
          // Not a word the file never used (the chart's default unit).
          expect(drawn.get(index)?.head).toContain(wanted.unit);
        });
    } else {
      it(`says what is wrong with ${name}, naming the row, and draws nothing`, async () => {
        const found = drawn.get(index);
        expect(found?.problem).toBeTruthy();
        expect(found?.svg).toBe(0);
        expect(found?.rows).toEqual([]);
        for (const problem of wanted.problems)
          if (problem.csvRow !== null)
            expect(found?.problem, problem.code).toMatch(await rowNumber(problem.csvRow, entry.locale));
      });
    }
  });
});
