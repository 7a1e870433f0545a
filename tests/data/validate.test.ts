// Validators on hostile input: they list every problem with its row and field, and never throw.
import {
  csamHosting,
  datasets,
  iwfSeverity,
  legislation,
  ncmecAiReports,
  ncmecProviderReports,
  type Problem,
  validateHosting,
  validateLegislation,
  validateProviderReports,
  validateSeries,
  validateShares,
} from '@safeguard-charts/data';
import { describe, expect, it } from 'vitest';

const validators = [
  validateSeries,
  validateProviderReports,
  validateShares,
  validateHosting,
  validateLegislation,
];
const at = (problems: Problem[]) => problems.map((p) => [p.row, p.field]);
const period = { start: '2024-01-01', end: '2024-12-31', label: '2024' };

describe('validators', () => {
  it('pass every dataset of the package', () => {
    expect(validateSeries(ncmecAiReports)).toEqual({ ok: true, problems: [] });
    expect(validateProviderReports(ncmecProviderReports).ok).toBe(true);
    expect(validateShares(iwfSeverity).ok).toBe(true);
    expect(validateHosting(csamHosting).ok).toBe(true);
    expect(validateLegislation(legislation).ok).toBe(true);
    const series = datasets.filter((d) =>
      d.rows.every((r) => 'value' in (r as object) && 'period' in (r as object)),
    );
    expect(series.length).toBeGreaterThanOrEqual(6);
    for (const dataset of series) expect(validateSeries(dataset).problems).toEqual([]);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', 'str'],
    ['an empty object', {}],
    ['true', true],
  ])('report %s as a dataset-level problem without throwing', (_, input) => {
    for (const validate of validators) {
      const result = validate(input);
      expect(result.ok).toBe(false);
      expect(result.problems[0]?.row).toBeNull();
    }
  });

  it('reports an empty dataset: there is nothing to draw', () => {
    for (const validate of validators) {
      expect(validate([]).problems).toEqual([
        { row: null, field: 'rows', message: 'Field "rows": there are no rows: there is nothing to draw.' },
      ]);
    }
  });

  it('names the row and field of NaN, ±Infinity, a numeric string, a negative count and a missing value', () => {
    const rows = [
      { period, value: Number.NaN },
      { period, value: Number.POSITIVE_INFINITY },
      { period, value: Number.NEGATIVE_INFINITY },
      { period, value: '12' },
      { period, value: -3 },
      { period },
      null,
    ];
    const { ok, problems } = validateSeries({ unit: 'reports', rows });
    expect(ok).toBe(false);
    expect(at(problems)).toEqual([
      [0, 'value'],
      [1, 'value'],
      [2, 'value'],
      [3, 'value'],
      [4, 'value'],
      [5, 'value'],
      [6, 'row'],
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'Row 1, field "value": is NaN, not a number.',
      'Row 2, field "value": is Infinity: expected a finite number.',
      'Row 3, field "value": is -Infinity: expected a finite number.',
      'Row 4, field "value": expected a number, got the string "12".',
      'Row 5, field "value": is -3: a count cannot be negative.',
      'Row 6, field "value": is missing: expected a number, got nothing.',
      'Row 7, field "row": expected an object, got null.',
    ]);
  });

  it('reports a period whose end is before its start, and dates that are not real', () => {
    const { problems } = validateSeries([
      { period: { start: '2024-12-31', end: '2024-01-01', label: '2024' }, value: 1 },
      { period: { start: '2024-02-30', end: '2024-13-01', label: '2024' }, value: 1 },
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'Row 1, field "period.end": 2024-01-01 is before the start 2024-12-31.',
      'Row 2, field "period.start": expected a date written YYYY-MM-DD, got the string "2024-02-30".',
      'Row 2, field "period.end": expected a date written YYYY-MM-DD, got the string "2024-13-01".',
    ]);
  });

  it('reports a percentage over 100 or below 0', () => {
    const { problems } = validateShares([
      { label: 'a', percent: 101 },
      { label: 'b', percent: -1 },
      { label: 'c', percent: 100 },
    ]);
    expect(at(problems)).toEqual([
      [0, 'percent'],
      [1, 'percent'],
    ]);
    expect(problems[0]?.message).toBe(
      'Row 1, field "percent": is 101: a percentage must be between 0 and 100.',
    );
  });

  it('names an unknown or misspelt country code, and accepts the rest', () => {
    const { problems } = validateHosting([
      { code: 'XYZ', name: 'Nowhere', percent: 1 },
      { code: 'NDL', name: 'Netherlands (misspelt)', percent: 29 },
      { code: 'nld', name: 'lower case', percent: 2 },
      { code: 'HKG', name: 'Hong Kong', percent: 8 },
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'Row 1, field "code": "XYZ" is not an ISO 3166-1 alpha-3 country code.',
      'Row 2, field "code": "NDL" is not an ISO 3166-1 alpha-3 country code.',
      'Row 3, field "code": "nld" is not an ISO 3166-1 alpha-3 country code.',
    ]);
  });

  it('reports a provider row with no name and a change that is not a number', () => {
    const { problems } = validateProviderReports([
      { provider: '', value: 5, newReporter: 'yes' },
      { provider: 'X', value: 5, newReporter: false, change: { percent: 'lots', label: '+lots' } },
    ]);
    expect(at(problems)).toEqual([
      [0, 'provider'],
      [0, 'newReporter'],
      [1, 'change.percent'],
    ]);
  });

  it('reports a law with an unknown status and a date that is not a date', () => {
    const { problems } = validateLegislation([
      {
        name: 'Act',
        jurisdiction: 'X',
        status: 'vetoed',
        dates: [{ label: 'Signed', date: 'May 2025' }],
        provisions: [],
      },
    ]);
    expect(at(problems)).toEqual([
      [0, 'status'],
      [0, 'dates[0].date'],
    ]);
  });

  it('survives rows whose properties throw when read, and Proxies', () => {
    const hostile = Object.defineProperty({ period }, 'value', {
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(() => validateSeries([hostile, proxy])).not.toThrow();
    const { problems } = validateSeries([hostile, proxy]);
    expect(
      problems.some((p) => p.row === 0 && p.field === 'value' && /could not be read/.test(p.message)),
    ).toBe(true);
    expect(problems.some((p) => p.row === 1)).toBe(true);
    expect(() => validateHosting(proxy)).not.toThrow();
  });

  it('lists every problem of 10,000 bad rows without throwing', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ period, value: i % 2 ? Number.NaN : 'x' }));
    const { ok, problems } = validateSeries(rows);
    expect(ok).toBe(false);
    expect(problems).toHaveLength(10_000);
    expect(problems[9_999]).toEqual({
      row: 9_999,
      field: 'value',
      message: 'Row 10000, field "value": is NaN, not a number.',
    });
  });
});
