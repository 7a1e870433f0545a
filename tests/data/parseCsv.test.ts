// Figures from a spreadsheet, as Excel, LibreOffice and Google Sheets write them.
import { parseCsvDataset, parseCsvNumber, parseCsvPeriod, toCsv } from '@safeguard-charts/data';
import { describe, expect, it } from 'vitest';

describe('parseCsvDataset', () => {
  it('reads an English Excel file: BOM, commas, CRLF, quoted cells, thousands separators', () => {
    const text = '\uFEFFperiod,value\r\n2023,"4,700"\r\n2024,67000\r\nH1 2025,"485,000"\r\n';
    const result = parseCsvDataset(text, { shape: 'series', title: 'Reports', unit: 'reports' });
    expect(result.problems).toEqual([]);
    const data = result.data;
    expect(data?.rows.map((row) => [row.period.label, row.value])).toEqual([
      ['2023', 4700],
      ['2024', 67000],
      ['H1 2025', 485000],
    ]);
    expect(data?.unit).toBe('reports');
  });

  it('reads a European Excel file: semicolons and decimal commas, months, its own unit', () => {
    const text = 'Period;Value\n2024-01;1.234,5\n2024-02;987\n2024-03;"1.000"\n';
    const result = parseCsvDataset(text, { shape: 'series', unit: 'URLs' });
    expect(result.problems).toEqual([]);
    const data = result.data;
    expect(data?.rows.map((row) => row.value)).toEqual([1234.5, 987, 1000]);
    expect(data?.rows[1]?.period).toMatchObject({ start: '2024-02-01', end: '2024-02-29' });
  });

  it('reads CSV pasted into a page: a line break first, indented lines', () => {
    const result = parseCsvDataset('\n  Zeitraum;Wert\n  2024-01;1.234\n  2024-02;987\n  ', {
      shape: 'series',
    });
    expect(result.problems).toEqual([]);
    expect(result.data?.rows.map((row) => row.value)).toEqual([1234, 987]);
  });

  it('reads shares, providers and hosting by country', () => {
    expect(
      parseCsvDataset('label,percent,of\nAI videos,65,"AI videos, 2025"\n', { shape: 'shares' }).ok,
    ).toBe(true);
    expect(
      parseCsvDataset('provider,value\nOpenAI,32079\n', { shape: 'providers', unit: 'reports' }).ok,
    ).toBe(true);
    const hosting = parseCsvDataset('code;name;percent\nnld;Nederland;29\nUSA;Verenigde Staten;14\n', {
      shape: 'hosting',
    });
    expect(hosting.problems).toEqual([]);
    expect(hosting.data?.rows.map((row) => row.code)).toEqual(['NLD', 'USA']);
  });

  it('names the spreadsheet’s row (the header is row 1) and column of every problem', () => {
    const result = parseCsvDataset('period,value\n2024,12\nlast year,5\n2025,"12,3,4"\n', {
      shape: 'series',
    });
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.message)).toEqual([
      'Row 3, column "period": the text "last year" is not a period: write 2024, 2024-03, March 2024, Q3 2024, H1 2025 or 2024-04-01/2025-03-31.',
      'Row 4, column "value": the text "12,3,4" is not a number.',
    ]);
    // Any header word is read by position: the first column holds the periods, the next the figures.
    expect(parseCsvDataset('when,value\n2024,1\n', { shape: 'series' }).data?.rows[0]?.value).toBe(1);
    expect(parseCsvDataset('when,what\n2024,none\n', { shape: 'series' }).problems[0]?.message).toBe(
      'The file, column "when": has no column of numbers: the first column names the periods (or labels, or countries), the next one holds the figures. The columns are when and what.',
    );
    const negative = parseCsvDataset('period,value\n2024,-5\n', { shape: 'series' });
    expect(negative.problems[0]?.message).toBe('Row 2, column "value": is -5: a count cannot be negative.');
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 5, '', '\uFEFF', '"unclosed', 'a;b\n"x""y";1'])
      expect(() => parseCsvDataset(input, { shape: 'series' })).not.toThrow();
    expect(parseCsvDataset('', { shape: 'series' }).problems[0]?.message).toBe(
      'The file is empty: there is nothing to draw.',
    );
  });

  it('reads back the package’s own CSV cell quoting', () => {
    const own = toCsv({
      unit: 'reports',
      rows: [{ period: { start: '2024-01-01', end: '2024-12-31', label: '2024' }, value: 7 }],
    });
    const rows = own.split('\r\n');
    expect(rows[0]?.startsWith('\uFEFFkind,label,period')).toBe(true);
  });
});

describe('cells', () => {
  it('reads numbers as spreadsheets write them', () => {
    expect(parseCsvNumber('1,234.5', '.')).toBe(1234.5);
    expect(parseCsvNumber('1.234,5', ',')).toBe(1234.5);
    expect(parseCsvNumber('12 %', '.')).toBe(12);
    expect(parseCsvNumber('1 234', '.')).toBe(1234);
    expect(parseCsvNumber('abc', '.')).toBeUndefined();
    expect(parseCsvNumber('1e999', '.')).toBeUndefined();
  });

  it('reads years, months, halves, quarters and date ranges', () => {
    expect(parseCsvPeriod('2024')).toEqual({ start: '2024-01-01', end: '2024-12-31', label: '2024' });
    expect(parseCsvPeriod('Q3 2024')?.start).toBe('2024-07-01');
    expect(parseCsvPeriod('H2 2024')?.end).toBe('2024-12-31');
    expect(parseCsvPeriod('2024-04-01/2025-03-31')).toEqual({
      start: '2024-04-01',
      end: '2025-03-31',
      label: '2024-04-01/2025-03-31',
    });
    expect(parseCsvPeriod('2024-13')).toBeUndefined();
  });
});
