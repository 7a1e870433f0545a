// Property-based tests of the validators: whatever the input, they never throw, say why they refuse, and
// return a checked copy made of plain, finite values, each read from the input once.
import {
  type ValidationResult,
  validateDataset,
  validateHosting,
  validateLegislation,
  validateProviderReports,
  validateSeries,
  validateShares,
} from '@safeguard-charts/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyValue, materialize, noisy, runs, SEED, valid } from '../properties/arbitraries';

const cases: [string, (input: unknown) => ValidationResult, fc.Arbitrary<unknown>, fc.Arbitrary<unknown>][] =
  [
    ['validateSeries', validateSeries, valid.series, noisy.series],
    ['validateProviderReports', validateProviderReports, valid.provider, noisy.provider],
    ['validateShares', validateShares, valid.share, noisy.share],
    ['validateHosting', validateHosting, valid.hosting, noisy.hosting],
    ['validateLegislation', validateLegislation, valid.law, noisy.law],
    [
      'validateDataset',
      validateDataset,
      fc.oneof(valid.series, valid.provider, valid.share, valid.hosting, valid.law),
      fc.oneof(noisy.series, noisy.provider, noisy.share, noisy.hosting, noisy.law),
    ],
  ];

/** Every number in a value, however deep; and whether it holds anything but plain data. */
function walk(value: unknown, numbers: number[] = [], seen = new Set<unknown>()): number[] {
  if (typeof value === 'number') numbers.push(value);
  else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(value));
    for (const key of Object.keys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      expect(descriptor && 'value' in descriptor).toBe(true);
      walk(descriptor?.value, numbers, seen);
    }
  }
  return numbers;
}

/** The input wrapped so that every read of an object's property is counted, by object and key. */
function counted(input: unknown, reads: Map<string, number>, path = '$'): unknown {
  if (!input || typeof input !== 'object') return input;
  return new Proxy(input as object, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof key === 'string' && !(Array.isArray(target) && (key === 'length' || /^\d+$/.test(key)))) {
        const at = `${path}.${key}`;
        reads.set(at, (reads.get(at) ?? 0) + 1);
      }
      return counted(value, reads, `${path}.${String(key)}`);
    },
  });
}

describe.each(cases)('%s, on random and hostile input', (_, validate, right, input) => {
  it('accepts every dataset whose fields are all right, however extreme its values', () => {
    fc.assert(
      fc.property(right, (raw) => {
        expect(validate(raw).problems).toEqual([]);
      }),
      { seed: SEED, numRuns: runs(300) },
    );
  });

  it('never throws, and is ok exactly when it lists no problem', () => {
    fc.assert(
      fc.property(fc.oneof(input, anyValue), (raw) => {
        const result = validate(materialize(raw));
        expect(result.ok).toBe(result.problems.length === 0);
        for (const problem of result.problems) {
          expect(problem.message).toMatch(/^(Row \d+, field|Field) "[^"]+": \S/);
          if (problem.row !== null) expect(problem.message.startsWith(`Row ${problem.row + 1},`)).toBe(true);
        }
      }),
      { seed: SEED, numRuns: runs(400) },
    );
  });

  it('returns, when it accepts, a copy of plain data with rows and only finite numbers', () => {
    fc.assert(
      fc.property(fc.oneof(right, input), (raw) => {
        const result = validate(materialize(raw));
        if (!result.ok) return;
        const data = result.data as { rows: unknown[] };
        expect(Array.isArray(data.rows)).toBe(true);
        expect(data.rows.length).toBeGreaterThan(0);
        for (const number of walk(data)) expect(Number.isFinite(number)).toBe(true);
      }),
      { seed: SEED, numRuns: runs(400) },
    );
  });

  it('reads each value of the input once', () => {
    fc.assert(
      fc.property(fc.oneof(right, input), (raw) => {
        const reads = new Map<string, number>();
        validate(counted(materialize(raw), reads));
        const twice = [...reads].filter(([, n]) => n > 1).map(([at]) => at);
        expect(twice).toEqual([]);
      }),
      { seed: SEED, numRuns: runs(200) },
    );
  });
});

describe('regressions found by the properties', () => {
  it('picks a validator by the first row that is an object, not by an array in its place', () => {
    const rows = [[1, 2], { provider: 'OpenAI', value: 3 }];
    expect(validateDataset(rows).problems.map((p) => p.field)).toEqual(['row']);
    expect(validateDataset({ rows }).problems[0]?.message).toBe(
      'Row 1, field "row": expected an object, got an array.',
    );
  });

  it('accepts a law without the report’s status or a check, filling in its status', () => {
    const result = validateLegislation([{ name: 'A law', jurisdiction: 'Malta', status: 'law' }]);
    expect(result.ok).toBe(true);
    expect(result.data?.rows[0]).toMatchObject({ id: 'law-1', seedStatus: 'law', dates: [], provisions: [] });
  });

  it('names notes, codes, labels and names that are not text', () => {
    expect(validateSeries({ rows: [], notes: 5 }).problems.map((p) => p.field)).toContain('notes');
    expect(validateSeries({ rows: [], notes: [{}] }).problems.map((p) => p.field)).toContain('notes[0]');
    expect(validateHosting([{ code: 7, name: 'x', percent: 1 }]).problems[0]?.field).toBe('code');
    expect(validateShares([{ label: 'x', percent: 1, of: 3 }]).problems[0]?.field).toBe('of');
    expect(validateHosting([{ code: 'NLD', name: { toString: 5 }, percent: 1 }]).problems[0]?.field).toBe(
      'name',
    );
  });

  it('turns a bare array of rows into a dataset a chart can read', () => {
    const result = validateSeries([
      { period: { start: '2024-01-01', end: '2024-12-31', label: '2024' }, value: 1 },
    ]);
    expect(result.data).toEqual({
      sources: [],
      rows: [{ period: { start: '2024-01-01', end: '2024-12-31', label: '2024' }, value: 1 }],
    });
  });
});
