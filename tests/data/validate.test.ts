// Validators on hostile input: they list every problem with its row and field, and never throw.
import {
  csamHosting,
  DATASET_SHAPES,
  datasets,
  defineHosting,
  defineLegislation,
  defineProviderReports,
  defineSeries,
  defineShares,
  isIsoDate,
  iwfSeverity,
  legislation,
  ncmecAiReports,
  ncmecProviderReports,
  type Problem,
  type ValidationResult,
  validateDataset,
  validateHosting,
  validateLegislation,
  validateProviderReports,
  validateSeries,
  validateShares,
} from '@safeguard-charts/data';
import { describe, expect, it } from 'vitest';

const validators: [string, (input: unknown) => ValidationResult][] = [
  ['validateSeries', validateSeries],
  ['validateProviderReports', validateProviderReports],
  ['validateShares', validateShares],
  ['validateHosting', validateHosting],
  ['validateLegislation', validateLegislation],
  ['validateDataset', validateDataset],
];
const at = (problems: Problem[]) => problems.map((p) => [p.row, p.field]);
const period = { start: '2024-01-01', end: '2024-12-31', label: '2024' };

describe('the package’s own datasets', () => {
  it('all validate without a problem, and the checked copy holds every field a chart reads', () => {
    for (const dataset of datasets) {
      const result = validateDataset(dataset);
      expect([result.ok, result.problems], dataset.id).toEqual([true, []]);
      // The copy is the dataset itself, field for field (JSON drops nothing the package's data holds).
      expect(JSON.parse(JSON.stringify(result.data)), dataset.id).toEqual(
        JSON.parse(JSON.stringify(dataset)),
      );
      expect(result.data).not.toBe(dataset);
    }
  });

  it('each validate with the validator of their shape', () => {
    expect(validateSeries(ncmecAiReports).ok).toBe(true);
    expect(validateProviderReports(ncmecProviderReports).ok).toBe(true);
    expect(validateShares(iwfSeverity).ok).toBe(true);
    expect(validateHosting(csamHosting).ok).toBe(true);
    expect(validateLegislation(legislation).ok).toBe(true);
  });

  it('validate as a bare array of rows too', () => {
    expect(validateSeries(ncmecAiReports.rows).ok).toBe(true);
    expect(validateHosting(csamHosting.rows).ok).toBe(true);
  });
});

describe.each(validators)('%s on input that is not a dataset', (_, validate) => {
  it.each([
    ['null', null, 'null', { kind: 'null' }],
    ['undefined', undefined, 'nothing', { kind: 'nothing' }],
    ['a number', 42, '42', { kind: 'number', text: '42' }],
    ['a string', 'str', 'the text "str"', { kind: 'text', text: 'str' }],
    ['true', true, 'true', { kind: 'boolean', text: 'true' }],
  ])('reports %s as a problem of the data as a whole, without throwing', (_, input, text, found) => {
    expect(validate(input)).toEqual({
      ok: false,
      problems: [
        {
          row: null,
          field: 'data',
          code: 'not-dataset',
          params: { found },
          message: `Field "data": expected a dataset or a list of rows, got ${text}.`,
        },
      ],
    });
  });

  it('reports an object without rows', () => {
    expect(validate({})).toEqual({
      ok: false,
      problems: [
        {
          row: null,
          field: 'rows',
          code: 'not-rows',
          params: { found: { kind: 'nothing' } },
          message: 'Field "rows": expected a list of rows, got nothing.',
        },
      ],
    });
  });

  it('reports an empty dataset: there is nothing to draw', () => {
    const empty = {
      row: null,
      field: 'rows',
      code: 'no-rows',
      params: {},
      message: 'Field "rows": there are no rows: there is nothing to draw.',
    };
    expect(validate([]).problems).toEqual([empty]);
    expect(validate({ rows: [] }).problems).toEqual([empty]);
  });

  it('survives a revoked Proxy, a Proxy whose every trap throws and a throwing getter', () => {
    const { proxy: revoked, revoke } = Proxy.revocable([], {});
    revoke();
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        has() {
          throw new Error('trap');
        },
      },
    );
    const getter = Object.defineProperty({}, 'rows', {
      get() {
        throw new Error('boom');
      },
    });
    for (const input of [revoked, trap, getter, [trap], [revoked]]) {
      let result: ValidationResult | undefined;
      expect(() => {
        result = validate(input);
      }).not.toThrow();
      expect(result?.ok).toBe(false);
    }
  });

  it('lists every problem of 10,000 bad rows, in linear time', () => {
    const rows = Array.from({ length: 10_000 }, () => 7);
    const started = performance.now();
    const { ok, problems } = validate(rows);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(ok).toBe(false);
    expect(problems.length).toBeGreaterThanOrEqual(10_000);
    expect(problems[9_999]).toEqual({
      row: 9_999,
      field: 'row',
      code: 'not-object',
      params: { found: { kind: 'number', text: '7' } },
      message: 'Row 10000, field "row": expected an object, got 7.',
    });
  });
});

describe('validateSeries', () => {
  it('names the row and field of NaN, ±Infinity, a numeric string, a negative count and a missing value', () => {
    const rows = [
      { period, value: Number.NaN },
      { period, value: Number.POSITIVE_INFINITY },
      { period, value: Number.NEGATIVE_INFINITY },
      { period, value: '12' },
      { period, value: -3 },
      { period },
      null,
      { period, value: 0 },
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
      'Row 4, field "value": expected a number, got the text "12".',
      'Row 5, field "value": is -3: a count cannot be negative.',
      'Row 6, field "value": is missing: expected a number, got nothing.',
      'Row 7, field "row": expected an object, got null.',
    ]);
  });

  it('reports a period whose end is before its start, dates that do not exist and a missing period', () => {
    const { problems } = validateSeries([
      { period: { start: '2024-12-31', end: '2024-01-01', label: '2024' }, value: 1 },
      { period: { start: '2025-02-29', end: '2024-13-01', label: '2024' }, value: 1 },
      { period: { start: '2024/01/01', end: '2024-12-31', label: '', partial: 'yes' }, value: 1 },
      { value: 1 },
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'Row 1, field "period.end": 2024-01-01 is before the start 2024-12-31.',
      'Row 2, field "period.start": expected a date written YYYY-MM-DD, got the text "2025-02-29".',
      'Row 2, field "period.end": expected a date written YYYY-MM-DD, got the text "2024-13-01".',
      'Row 3, field "period.label": is empty: expected text.',
      'Row 3, field "period.start": expected a date written YYYY-MM-DD, got the text "2024/01/01".',
      'Row 3, field "period.partial": expected true or false, got the text "yes".',
      'Row 4, field "period": is missing: expected a period { start, end, label }, got nothing.',
    ]);
  });

  it('checks percentages against 0–100 when the unit is percent', () => {
    const { problems } = validateSeries({ unit: 'percent', rows: [{ period, value: 101 }] });
    expect(problems.map((p) => p.message)).toEqual([
      'Row 1, field "value": is 101: a percentage must be between 0 and 100.',
    ]);
  });

  it('reports a unit that is not a word, a source without a publisher and a check with an unknown status', () => {
    const { problems } = validateSeries({
      unit: 5,
      rows: [{ period, value: 1, verification: { status: 'maybe', note: 'x', value: '3' } }],
      sources: [{ title: 'Report' }],
      verification: { status: 'confirmed' },
    });
    expect(at(problems)).toEqual([
      [null, 'sources[0].publisher'],
      [null, 'verification.note'],
      [null, 'unit'],
      [0, 'verification.status'],
      [0, 'verification.value'],
    ]);
  });

  it('accepts any short word of an organisation’s own as a unit, and its smallest dataset', () => {
    for (const unit of ['URLs', 'calls', 'children', 'Meldungen', '通報']) {
      const result = validateSeries({ title: 'Our figures', unit, rows: [{ period, value: 3 }] });
      expect(result.problems, unit).toEqual([]);
      expect(result.data?.unit).toBe(unit);
    }
    expect(validateSeries({ unit: '', rows: [{ period, value: 3 }] }).problems[0]?.field).toBe('unit');
    expect(validateSeries({ unit: 'x'.repeat(41), rows: [{ period, value: 3 }] }).problems[0]?.field).toBe(
      'unit',
    );
  });

  it('reports a property that throws when read, naming its row and field', () => {
    const hostile = Object.defineProperty({ period }, 'value', {
      get() {
        throw new Error('boom');
      },
    });
    const { problems } = validateSeries([hostile]);
    expect(problems[0]).toEqual({
      row: 0,
      field: 'value',
      code: 'unreadable',
      params: {},
      message: 'Row 1, field "value": could not be read.',
    });
  });
});

describe('validateShares', () => {
  it('reports a percentage over 100 or below 0 and accepts 0 and 100', () => {
    const { problems } = validateShares([
      { label: 'a', percent: 101 },
      { label: 'b', percent: -1 },
      { label: 'c', percent: 100 },
      { label: 'd', percent: 0 },
    ]);
    expect(problems).toMatchObject([
      {
        row: 0,
        field: 'percent',
        message: 'Row 1, field "percent": is 101: a percentage must be between 0 and 100.',
      },
      {
        row: 1,
        field: 'percent',
        message: 'Row 2, field "percent": is -1: a percentage must be between 0 and 100.',
      },
    ]);
  });

  it('reports a missing label and negative counts behind a share', () => {
    const { problems } = validateShares([{ percent: 5, part: -1, whole: 'ten' }]);
    expect(at(problems)).toEqual([
      [0, 'label'],
      [0, 'part'],
      [0, 'whole'],
    ]);
  });
});

describe('validateHosting', () => {
  it('accepts alpha-2 codes and rows without a name, and writes the alpha-3 code in its checked copy', () => {
    const result = validateHosting([
      { code: 'NL', percent: 29 },
      { code: 'HKG', percent: 8 },
      { code: 'NLD', percent: 1 },
    ]);
    expect(result.problems.map((p) => p.message)).toEqual([
      'Row 3, field "code": "NLD" is already in row 1: list a country once.',
    ]);
    expect(result.data?.rows.map((row) => row.code)).toEqual(['NLD', 'HKG']);
  });

  it('names an unknown, a misspelt and a lower-case country code, and accepts Hong Kong', () => {
    const { problems } = validateHosting([
      { code: 'XYZ', name: 'Nowhere', percent: 1 },
      { code: 'NDL', name: 'Netherlands (misspelt)', percent: 29 },
      { code: 'nld', name: 'lower case', percent: 2 },
      { code: 'HKG', name: 'Hong Kong', percent: 8 },
      { code: 42, name: 'a number', percent: 1 },
    ]);
    expect(problems).toMatchObject([
      {
        row: 0,
        field: 'code',
        message: 'Row 1, field "code": "XYZ" is not an ISO 3166-1 alpha-3 or alpha-2 country code.',
      },
      {
        row: 1,
        field: 'code',
        message: 'Row 2, field "code": "NDL" is not an ISO 3166-1 alpha-3 or alpha-2 country code.',
      },
      {
        row: 2,
        field: 'code',
        message: 'Row 3, field "code": "nld" is not an ISO 3166-1 alpha-3 or alpha-2 country code.',
      },
      {
        row: 4,
        field: 'code',
        message: 'Row 5, field "code": expected an ISO 3166-1 country code such as "NLD" or "NL", got 42.',
      },
    ]);
  });

  it('rejects the user-assigned code of Kosovo and the EU as a country', () => {
    const { problems } = validateHosting([
      { code: 'XKK', name: 'Kosovo', percent: 1 },
      { code: 'EU', name: 'European Union', percent: 62 },
    ]);
    expect(at(problems)).toEqual([
      [0, 'code'],
      [1, 'code'],
    ]);
  });

  it('reports a country listed twice, naming the row it first appeared in', () => {
    const { problems } = validateHosting([
      { code: 'NLD', name: 'Netherlands', percent: 29 },
      { code: 'NLD', name: 'Netherlands', percent: 29 },
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'Row 2, field "code": "NLD" is already in row 1: list a country once.',
    ]);
  });

  it('reports a negative count, a share over 100, a row with neither, and shares adding up to more than 100%', () => {
    const { problems } = validateHosting([
      { code: 'NLD', name: 'Netherlands', percent: 101 },
      { code: 'USA', name: 'United States', count: -5 },
      { code: 'BGR', name: 'Bulgaria' },
      { code: 'ROU', name: 'Romania', percent: 60 },
      { code: 'HKG', name: 'Hong Kong', percent: 50 },
    ]);
    expect(at(problems)).toEqual([
      [0, 'percent'],
      [1, 'count'],
      [2, 'percent'],
      [null, 'percent'],
    ]);
    expect(problems[3]?.message).toBe('Field "percent": the rows’ shares add up to 110%, more than 100%.');
  });

  it('allows rounded shares to add up to a little over 100%', () => {
    const rows = [
      { code: 'NLD', name: 'Netherlands', percent: 34 },
      { code: 'USA', name: 'United States', percent: 34 },
      { code: 'BGR', name: 'Bulgaria', percent: 33 },
    ];
    expect(validateHosting(rows).ok).toBe(true);
  });

  it('checks the members of an aggregate against the ISO codes', () => {
    const { problems } = validateHosting({
      unit: 'percent',
      rows: [{ code: 'NLD', name: 'Netherlands', percent: 29 }],
      aggregates: [{ code: 'EU', name: 'European Union', percent: 62, members: ['NLD', 'NDL'] }],
    });
    expect(problems).toMatchObject([
      {
        row: null,
        field: 'aggregates[0].members',
        message: 'Field "aggregates[0].members": the text "NDL" is not an ISO 3166-1 alpha-3 country code.',
      },
    ]);
  });
});

describe('validateProviderReports', () => {
  it('reports a row with no provider name, a flag that is not true or false and a change that is not a number', () => {
    const { problems } = validateProviderReports([
      { provider: '', value: 5, newReporter: 'yes' },
      { provider: 'X', value: 5, newReporter: false, change: { percent: 'lots', label: '+lots' } },
      { provider: 'Y', value: -1, newReporter: true },
    ]);
    expect(at(problems)).toEqual([
      [0, 'provider'],
      [0, 'newReporter'],
      [1, 'change.percent'],
      [2, 'value'],
    ]);
  });
});

describe('validateLegislation', () => {
  it('reports a stage that is not text, a date that is not a date and provisions that are not text', () => {
    const { problems } = validateLegislation([
      {
        name: 'Act',
        jurisdiction: 'X',
        status: 7,
        dates: [{ label: 'Signed', date: 'May 2025' }],
        provisions: [3],
      },
    ]);
    expect(at(problems)).toEqual([
      [0, 'status'],
      [0, 'dates[0].date'],
      [0, 'provisions[0]'],
    ]);
    expect(problems[0]?.message).toBe(
      'Row 1, field "status": expected a stage such as "signed", "pending", "passed-one-chamber", "in-progress", or "law", or one of your own, got 7.',
    );
  });

  it('accepts any jurisdiction’s own stages', () => {
    const result = validateLegislation([
      { name: 'Gesetz', jurisdiction: 'Deutschland', status: 'Bundesrat' },
    ]);
    expect(result.problems).toEqual([]);
    expect(result.data?.rows[0]?.status).toBe('Bundesrat');
  });
});

describe('validateDataset', () => {
  it('picks the validator by the shape of the rows', () => {
    expect(at(validateDataset([{ code: 'NDL', name: 'x', percent: 1 }]).problems)).toEqual([[0, 'code']]);
    expect(at(validateDataset([{ provider: 'X', value: -1, newReporter: true }]).problems)).toEqual([
      [0, 'value'],
    ]);
    expect(at(validateDataset([{ label: 'a', percent: 101 }]).problems)).toEqual([[0, 'percent']]);
    expect(at(validateDataset([{ period, value: '12' }]).problems)).toEqual([[0, 'value']]);
    expect(
      at(
        validateDataset([{ name: 'Act', jurisdiction: 'X', status: '', dates: [], provisions: [] }]).problems,
      ),
    ).toEqual([[0, 'status']]);
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates only, leap days included', () => {
    expect(['2024-02-29', '2000-02-29', '2025-06-30', '0001-01-01'].every(isIsoDate)).toBe(true);
    expect(
      [
        '2025-02-29',
        '1900-02-29',
        '2024-04-31',
        '2024-00-10',
        '2024-1-01',
        '2024-01-01T00:00',
        20240101,
      ].some(isIsoDate),
    ).toBe(false);
  });
});

describe('a dataset’s declared shape', () => {
  it('is what validateDataset checks against; only a dataset without one has its shape guessed', () => {
    // A share row that happens to carry a `code` is not a hosting row when the dataset says it holds shares.
    const shares = { shape: 'shares', rows: [{ label: 'a', percent: 5, code: 'not a country' }] };
    expect(validateDataset(shares)).toMatchObject({
      ok: true,
      data: { shape: 'shares', rows: [{ label: 'a', percent: 5 }] },
    });
    expect(at(validateDataset({ rows: shares.rows }).problems)).toEqual([[0, 'code']]);
    expect(validateDataset({ shape: 'pie', rows: [{ period, value: 1 }] }).problems).toMatchObject([
      { row: null, field: 'shape', code: 'not-one-of' },
    ]);
  });

  it('is set on every dataset of the package and by every define* builder', () => {
    for (const dataset of datasets) expect(DATASET_SHAPES, String(dataset.id)).toContain(dataset.shape);
    expect(
      [
        defineSeries({ title: 't', unit: 'URLs', rows: [] }),
        defineShares({ title: 't', unit: 'percent', rows: [] }),
        defineProviderReports({ title: 't', unit: 'reports', rows: [] }),
        defineHosting({ title: 't', unit: 'URLs', rows: [] }),
        defineLegislation({ title: 't', rows: [] }),
      ].map((d) => d.shape),
    ).toEqual(['series', 'shares', 'providers', 'hosting', 'legislation']);
  });
});
