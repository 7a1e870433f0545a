// The spreadsheet a hotline already has draws on the first try: a corpus of files written byte for byte as each
// locale's Excel, LibreOffice and Google Sheets export them (tests/data/fixtures/spreadsheets, made by its
// generate.mjs), read with nothing but the chart's shape and the page's locale. Every clean file gives its exact
// figures; every planted ambiguity is said, naming its row; none gives a figure silently.
import * as data from '@safeguard-charts/data';
import { describe, expect, it } from 'vitest';
import { type CorpusEntry, corpus, corpusBytes } from './fixtures/spreadsheets/corpus';

interface Found {
  csvRow: number | null;
  code: string;
}
interface Read {
  ok: boolean;
  data?: {
    rows: Record<string, unknown>[];
    unit?: string;
    gaps?: { period: { start: string }; reason: string }[];
  };
  problems: Found[];
  notices?: Found[];
}

// The reader's new API, typed here as the issue gives it, so this file compiles before and after it lands.
const api = data as unknown as {
  parseCsvDataset(text: string, options: Record<string, unknown>): Read;
  decodeSpreadsheet(bytes: Uint8Array): string;
};

/** What a read drew, as corpus.json writes rows. */
function drawn(shape: CorpusEntry['shape'], rows: Record<string, unknown>[]): (string | number)[][] {
  return rows.map((row) => {
    if (shape === 'series') {
      const period = row.period as { start: string; end: string };
      return [period.start, period.end, row.value as number];
    }
    if (shape === 'providers') return [row.provider as string, row.value as number];
    if (shape === 'shares') return [row.label as string, row.percent as number];
    return [row.code as string, (row.percent ?? row.count) as number];
  });
}

const byRow = (list: Found[] = []) =>
  list
    .map(({ csvRow, code }) => ({ csvRow, code }))
    .sort((a, b) => (a.csvRow ?? 0) - (b.csvRow ?? 0) || a.code.localeCompare(b.code));

/** The file read as a page would: decoded from its bytes, then only its shape, locale and named column. */
function readEntry(entry: CorpusEntry): { text: string; result: Read } {
  const text = api.decodeSpreadsheet(corpusBytes(entry));
  const options: Record<string, unknown> = { shape: entry.shape, locale: entry.locale };
  if (entry.valueColumn !== undefined) options.valueColumn = entry.valueColumn;
  return { text, result: api.parseCsvDataset(text, options) };
}

describe('the spreadsheet corpus', () => {
  it('holds at least 40 files in all 11 languages, maps by country name in at least 4', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(new Set(corpus.map((entry) => entry.language))).toEqual(
      new Set(['de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'ar', 'ja', 'en']),
    );
    for (const language of ['de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'ar', 'ja', 'en'])
      expect(corpus.filter((entry) => entry.language === language).length).toBeGreaterThanOrEqual(2);
    // A map by name: a hosting file whose first column is not ISO codes.
    const byName = corpus.filter(
      (entry) =>
        entry.shape === 'hosting' &&
        entry.expect.ok &&
        !new TextDecoder().decode(corpusBytes(entry)).includes('NLD'),
    );
    expect(new Set(byName.map((entry) => entry.language)).size).toBeGreaterThanOrEqual(4);
    // Every program, and every problem and notice code planted at least once.
    expect(new Set(corpus.map((entry) => entry.program))).toEqual(
      new Set(['excel-utf8', 'excel-csv', 'excel-unicode', 'libreoffice', 'sheets']),
    );
    const planted = new Set(
      corpus.flatMap((entry) =>
        (entry.expect.ok ? (entry.expect.notices ?? []) : entry.expect.problems).map((p) => p.code),
      ),
    );
    for (const code of [
      'csv-not-number',
      'csv-not-period',
      'csv-fraction-in-counts',
      'csv-mixed-numbers',
      'csv-duplicate',
      'csv-not-country',
      'csv-no-values',
      'csv-value-column',
      'csv-no-data',
      'csv-gap',
      'csv-total-row',
      'csv-footnote',
      'csv-other-columns',
    ])
      expect(planted, code).toContain(code);
    const ambiguous = corpus.filter((entry) => !entry.expect.ok || entry.expect.notices?.length);
    expect(ambiguous.length).toBeGreaterThanOrEqual(10);
  });

  it('decodes every file to the same text whatever its bytes (no mojibake, no byte-order mark)', () => {
    for (const entry of corpus) {
      const { text } = readEntry(entry);
      expect(text.startsWith('\uFEFF'), entry.file).toBe(false);
      expect(text, entry.file).not.toMatch(/[\u0080-\u009F\uFFFD]|Ã|Â/);
    }
  });

  for (const entry of corpus) {
    const { expect: wanted } = entry;
    const name = `${entry.file} (${entry.program}, ${entry.locale}${entry.valueColumn === undefined ? '' : `, column ${entry.valueColumn}`})`;
    if (wanted.ok) {
      it(`draws ${name} with its exact figures`, () => {
        const { result } = readEntry(entry);
        expect(result.problems).toEqual([]);
        expect(result.ok).toBe(true);
        expect(drawn(entry.shape, result.data?.rows ?? [])).toEqual(wanted.rows);
        const gaps = (result.data?.gaps ?? []).map((gap) => [gap.period.start, gap.reason]);
        expect(gaps).toEqual(wanted.gaps ?? []);
        if (wanted.notices) expect(byRow(result.notices)).toEqual(byRow(wanted.notices));
      });
      if (wanted.unit)
        it(`names what ${entry.file} counts as its header does: ${wanted.unit}`, () => {
          expect(readEntry(entry).result.data?.unit).toBe(wanted.unit);
        });
    } else {
      it(`says what is wrong with ${name}, naming the row, and draws nothing`, () => {
        const { result } = readEntry(entry);
        expect(result.ok).toBe(false);
        expect(result.data).toBeUndefined();
        expect(byRow(result.problems)).toEqual(byRow(wanted.problems));
      });
    }
  }
});
