import { csvCell, ncmecAiReports, toCsv } from '@safeguard-charts/data';
import { describe, expect, it } from 'vitest';

describe('CSV', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['plain', 'plain'],
  ])('escapes %j so a spreadsheet shows it as text', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('quotes commas, quotes and line breaks as RFC 4180 asks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
  });

  it('writes empty cells for missing and non-finite numbers, never "NaN"', () => {
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvCell(440419)).toBe('440419');
  });

  it('writes one line per row with its period, value, unit and check', () => {
    const lines = toCsv(ncmecAiReports).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'label,period,period_start,period_end,partial,value,unit,verification_status,publisher_value,verification_source,verification_note,source',
    );
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/^H1 2025,H1 2025,2025-01-01,2025-06-30,true,485000,reports,corrected,440419,/);
  });
});
