// A problem is data (where, code, parts) before it is a sentence: the same problem reads in any language, with
// numbers and lists in the reader's locale, and a catalogue that lacks a word falls back to English.
import {
  FOUND_KINDS,
  foundOf,
  PROBLEM_CODES,
  PROBLEM_WORDS,
  type ProblemWords,
  parseCsvDataset,
  problemText,
  validateHosting,
  validateSeries,
} from '@safeguard-charts/data';
import { describe, expect, it } from 'vitest';

describe('problem codes', () => {
  it('are listed once, and English has a sentence for each', () => {
    expect(new Set(PROBLEM_CODES).size).toBe(PROBLEM_CODES.length);
    expect(Object.keys(PROBLEM_WORDS.problems).sort()).toEqual([...PROBLEM_CODES].sort());
  });

  it('describe every kind of value found', () => {
    expect(FOUND_KINDS.map((kind) => PROBLEM_WORDS.found({ kind, text: '12' }))).toEqual([
      'nothing',
      'null',
      'the text "12"',
      '12',
      'NaN',
      '12',
      'an array',
      'an object',
      'something else',
    ]);
    expect([undefined, null, 'a', 3, Number.NaN, false, [], {}, () => 1].map((v) => foundOf(v).kind)).toEqual(
      ['nothing', 'null', 'text', 'number', 'not-a-number', 'boolean', 'array', 'object', 'other'],
    );
    expect(foundOf('x'.repeat(50)).text).toBe(`${'x'.repeat(40)}…`);
  });

  it('every problem a validator finds has a code of the list and its message is its English sentence', () => {
    const { problems } = validateSeries([
      { period: { start: '2024-01-01', end: '2023-01-01', label: '2024' }, value: Number.POSITIVE_INFINITY },
      { period: null, value: 'x' },
      7,
    ]);
    expect(problems.map((p) => p.code)).toEqual([
      'end-before-start',
      'infinite',
      'missing-period',
      'not-number',
      'not-object',
    ]);
    for (const problem of problems) {
      expect(PROBLEM_CODES).toContain(problem.code);
      expect(problem.message).toBe(problemText(problem));
    }
    expect(problems[1]?.message).toBe('Row 1, field "value": is Infinity: expected a finite number.');
  });
});

/** A few words of another language, for the test: the rest falls back to English. */
const partial: ProblemWords = {
  problemAt: ({ row, field, csv }, text) =>
    `${row === null ? 'Feld' : `Zeile ${row}, ${csv ? 'Spalte' : 'Feld'}`} „${field}“: ${text}`,
  found: ({ kind, text }) => (kind === 'text' ? `der Text „${text}“` : String(text ?? kind)),
  problems: {
    ...PROBLEM_WORDS.problems,
    'shares-over-100': (p) => `die Anteile ergeben zusammen ${p.value} %, mehr als 100 %.`,
    'duplicate-code': (p) => `„${p.code}“ steht schon in Zeile ${p.firstRow}.`,
    'not-one-of': (p) => `erwartet: ${p.choices}; gefunden: ${p.found}.`,
    'not-number': (p) => `Zahl erwartet, gefunden: ${p.found}.`,
  },
};

describe('problemText', () => {
  it('writes a problem in the reader’s words, numbers and lists in the reader’s locale', () => {
    const rows = Array.from({ length: 1200 }, (_, i) => ({ code: i === 1199 ? 'NLD' : 'NL', percent: 0.1 }));
    const hosting = validateHosting({ rows: [...rows, { code: 'DEU', percent: 1000.5 }] });
    const duplicate = hosting.problems.find((p) => p.row === 1199);
    expect(duplicate && problemText(duplicate, partial, 'de')).toBe(
      'Zeile 1200, Feld „code“: „NLD“ steht schon in Zeile 1.',
    );
    const series = validateSeries([
      {
        period: { start: '2024-01-01', end: '2024-12-31', label: '2024' },
        value: '12',
        verification: { status: 'ok', note: 'n' },
      },
    ]);
    expect(series.problems.map((p) => problemText(p, partial, 'de'))).toEqual([
      'Zeile 1, Feld „value“: Zahl erwartet, gefunden: der Text „12“.',
      'Zeile 1, Feld „verification.status“: erwartet: "confirmed", "corrected", "different-count" oder "unverified"; gefunden: der Text „ok“.',
    ]);
  });

  it('falls back to English for a word a catalogue or a page’s override lacks, and never throws', () => {
    const [problem] = validateSeries([{ period: null, value: 1 }]).problems;
    if (!problem) throw new Error('expected a problem');
    expect(problemText(problem, partial, 'de')).toBe(
      'Zeile 1, Feld „period“: is missing: expected a period { start, end, label }, got null.',
    );
    expect(problemText(problem, {} as ProblemWords)).toBe(problem.message);
    expect(problemText(problem, partial, 'not a locale!')).toContain('Zeile 1');
  });

  it('names the spreadsheet’s row and column for a CSV file, and the file as a whole', () => {
    const result = parseCsvDataset('period;value\n2024;12\n2025;x\n', { shape: 'series' });
    expect(result.problems.map((p) => [p.row, p.csvRow, p.field, p.code])).toEqual([
      [1, 3, 'value', 'csv-not-number'],
    ]);
    const [empty] = parseCsvDataset('', { shape: 'series' }).problems;
    expect(empty && [empty.code, empty.csvRow, problemText(empty)]).toEqual([
      'csv-empty',
      null,
      'The file is empty: there is nothing to draw.',
    ]);
    const negative = parseCsvDataset('period,value\n2024,-5\n', { shape: 'series' }).problems[0];
    expect(negative && problemText(negative, partial, 'de')).toBe(
      'Zeile 2, Spalte „value“: is -5: a count cannot be negative.',
    );
  });
});
