// The checks a page (or the chart maker) gives with its own spreadsheet (`data-checks`), as plain data: each
// lands on its row as that row's `verification`, checked again by the dataset's validator; a wrong one is a
// problem naming its row and field, never a chart drawn as if it were not there.
import { parseCsvDataset, problemText } from '@safeguard-charts/data';
import { describe, expect, it } from 'vitest';
import { rowKeyOf, withChecks } from '../../packages/embed/src/csv';

const series = () => {
  const read = parseCsvDataset('Jahr;Meldungen\n2023;5.678\n2024;9.012\n', {
    shape: 'series',
    locale: 'de-DE',
    unit: 'URLs',
    sources: [{ publisher: 'Beispiel-Hotline', title: 'Jahresbericht 2024' }],
  });
  if (!read.ok) throw new Error('the example did not read');
  return read.data;
};

describe('data-checks', () => {
  it('names rows as the chart shows them: period, provider, country code, label', () => {
    expect(series().rows.map((row) => rowKeyOf(row as never))).toEqual(['2023', '2024']);
    expect(rowKeyOf({ provider: 'OpenAI', period: { label: 'H1 2025' } })).toBe('OpenAI');
    expect(rowKeyOf({ code: 'NLD' })).toBe('NLD');
    expect(rowKeyOf({ label: 'Girls', period: { label: '2025' } })).toBe('Girls');
  });

  it('puts each check on its row, and leaves the others as they are', () => {
    const checked = withChecks(
      series(),
      JSON.stringify({ 2024: { status: 'corrected', note: 'Der Jahresbericht nennt 9.100.', value: 9100 } }),
    );
    expect(checked.problems).toEqual([]);
    const rows = (checked.data as { rows: { value: number; verification?: unknown }[] }).rows;
    expect(rows[0]?.verification).toBeUndefined();
    expect(rows[1]).toMatchObject({
      value: 9012,
      verification: {
        status: 'corrected',
        note: 'Der Jahresbericht nennt 9.100.',
        value: 9100,
        // Checked against the figures' own source, which the sentence under the chart names.
        source: { publisher: 'Beispiel-Hotline', title: 'Jahresbericht 2024' },
      },
    });
    // No attribute: the figures as read.
    expect(withChecks(series(), null)).toEqual({ data: series(), problems: [] });
  });

  it('says what is wrong with a check, naming its row and field, in the reader’s words', () => {
    const wrong = withChecks(series(), JSON.stringify({ 2023: { status: 'maybe', note: 'x' } }));
    expect(wrong.data).toBeUndefined();
    expect(wrong.problems).toHaveLength(1);
    expect(wrong.problems[0]).toMatchObject({ row: 0, field: 'verification.status' });
    const noNote = withChecks(series(), JSON.stringify({ 2023: { status: 'confirmed' } }));
    expect(noNote.problems[0]).toMatchObject({ row: 0, field: 'verification.note' });
    for (const text of ['{nope', '[1, 2]', '"corrected"']) {
      const broken = withChecks(series(), text);
      expect(broken.data).toBeUndefined();
      expect(broken.problems[0]).toMatchObject({ row: null, field: 'data-checks', code: 'not-object' });
      expect(problemText(broken.problems[0] as never)).toMatch(/data-checks/);
    }
  });
});
