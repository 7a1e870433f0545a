// The computing behind the charts, tested as plain data.
import { iwfAiVideos, ncmecAiReports, ncmecProviderReports } from '@safeguard-charts/data';
import { layoutProviderBars, layoutSurge } from '@safeguard-charts/react';
import { describe, expect, it } from 'vitest';
import { layoutColumns, MIN_BAR } from '../../packages/react/src/primitives/layoutColumns';
import { textEm, wrapText } from '../../packages/react/src/primitives/wrapText';

const base = { locale: 'en-US', notation: 'full', rtl: false } as const;

describe('layoutProviderBars', () => {
  const options = { ...base, width: 640, unit: 'reports', showShare: true } as const;

  it('sorts providers by value, scales bars to the largest and, when asked, gives each its share of these figures', () => {
    const { bars, total } = layoutProviderBars(ncmecProviderReports.rows, options);
    expect(total).toBe(32079 + 30759 + 971);
    expect(bars.map((b) => b.provider)).toEqual(['OpenAI', 'Amazon AI', 'Anthropic']);
    expect(bars.map((b) => b.shareText)).toEqual(['50%', '48%', '2%']);
    const [a, b, c] = bars.map((bar) => bar.barWidth);
    expect((b ?? 0) / (a ?? 1)).toBeCloseTo(30759 / 32079, 2);
    expect((c ?? 0) / (a ?? 1)).toBeCloseTo(971 / 32079, 2);
    expect(bars.map((bar) => bar.badge)).toEqual([
      '+9,650% YoY (report’s claim)',
      'New reporter',
      'New reporter',
    ]);
  });

  it('says in words that each of the three figures is not verified, not only the one with a note of its own', () => {
    const { bars } = layoutProviderBars(ncmecProviderReports.rows, options);
    expect(bars.map((bar) => bar.status)).toEqual(['Not verified', 'Not verified', 'Not verified']);
    const confirmed = ncmecProviderReports.rows.map((row) => ({
      ...row,
      verification: { status: 'confirmed' as const, note: 'Checked.' },
    }));
    expect(layoutProviderBars(confirmed, options).bars.map((bar) => bar.status)).toEqual(['', '', '']);
  });

  it('gives no share at all unless asked: shares of three unverified counts are nobody’s figure', () => {
    const { bars } = layoutProviderBars(ncmecProviderReports.rows, { ...options, showShare: false });
    expect(bars.map((bar) => bar.shareText)).toEqual(['', '', '']);
    expect(bars.map((bar) => bar.label).join(' ')).not.toContain('%)');
  });

  it('reads each bar as a sentence for the tooltip and screen reader', () => {
    const { bars } = layoutProviderBars(ncmecProviderReports.rows, options);
    expect(bars[2]?.label).toBe(
      'Anthropic: 971 reports (2% of the total of these 3 figures), New reporter, not verified',
    );
  });

  it('wraps a long provider name and makes its row taller', () => {
    const long = [
      { ...ncmecProviderReports.rows[0], provider: 'A provider with a very long name indeed, as some have' },
    ];
    const short = layoutProviderBars(ncmecProviderReports.rows.slice(0, 1), { ...options, width: 360 });
    const wrapped = layoutProviderBars(long as never, { ...options, width: 360 });
    expect(wrapped.bars[0]?.nameLines.length).toBeGreaterThan(1);
    expect(wrapped.height).toBeGreaterThan(short.height);
  });

  it('mirrors for right-to-left: bars grow leftwards from a baseline on the right', () => {
    const ltr = layoutProviderBars(ncmecProviderReports.rows, options);
    const rtl = layoutProviderBars(ncmecProviderReports.rows, { ...options, rtl: true });
    expect(rtl.baselineX).toBe(640 - ltr.baselineX);
    const [first] = rtl.bars;
    expect((first?.barX ?? 0) + (first?.barWidth ?? 0)).toBeCloseTo(rtl.baselineX, 5);
    expect(first?.valueX).toBeLessThan(first?.barX ?? 0);
  });
});

describe('layoutColumns and layoutSurge', () => {
  const options = { ...base, width: 640, height: 360, unit: 'videos', scale: 'linear' } as const;

  it('keeps the smallest positive bar visible on a linear scale', () => {
    const { columns } = layoutColumns(iwfAiVideos.rows, options);
    expect(columns[0]?.height).toBeGreaterThanOrEqual(MIN_BAR);
    expect(columns[1]?.height).toBeGreaterThan(200);
  });

  it('gives the small value a real share of the height on a log scale', () => {
    const { columns, ticks } = layoutColumns(iwfAiVideos.rows, { ...options, scale: 'log' });
    expect(columns[0]?.height).toBeGreaterThan(40);
    expect(ticks.map((t) => t.value)).toEqual([1, 10, 100, 1000, 10000]);
  });

  it('labels a partial period as partial', () => {
    const { columns } = layoutColumns(ncmecAiReports.rows, { ...options, unit: 'reports' });
    expect(columns.map((c) => c.partial)).toEqual([false, false, true]);
    expect(columns[2]?.label).toBe('H1 2025 (partial period): 485,000 reports');
  });

  it('computes the change from the first period to the last', () => {
    const surge = layoutSurge(iwfAiVideos.rows, options);
    expect(surge.changeText).toBe('+26,385%');
    expect(surge.changeSpan).toBe('from 2024 to 2025');
    expect(layoutSurge(iwfAiVideos.rows, { ...options, locale: 'de-DE' }).changeText).toBe('+26.385\u00a0%');
  });

  it('never writes NaN for an all-zero series', () => {
    const zeros = iwfAiVideos.rows.map((row) => ({ ...row, value: 0 }));
    const layout = layoutSurge(zeros, options);
    expect(JSON.stringify(layout)).not.toMatch(/NaN|Infinity|null/);
    expect(layout.changeText).toBe('');
  });
});

describe('wrapText', () => {
  it('keeps a short label on one line and ends an overlong one with an ellipsis', () => {
    expect(wrapText('OpenAI', 120, 14, 3)).toEqual(['OpenAI']);
    const lines = wrapText('one two three four five six seven eight nine ten eleven twelve', 60, 14, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });

  it('breaks Japanese, Chinese and Thai labels, which use no spaces, within the width', () => {
    for (const [label, locale] of [
      ['生成AIが関わるNCMECのCyberTiplineへの通報件数', 'ja'],
      ['儿童性剥削材料的举报数量逐年增加', 'zh'],
      ['รายงานเกี่ยวกับปัญญาประดิษฐ์เชิงสร้างสรรค์', 'th'],
    ] as const) {
      const lines = wrapText(label, 120, 14, 4, locale);
      expect(lines.length, label).toBeGreaterThan(1);
      expect(lines.join(''), label).toBe(label);
      for (const line of lines) expect(textEm(line) * 14, line).toBeLessThanOrEqual(120);
    }
  });

  it('never cuts an emoji or a combined character, and counts wide characters as wide', () => {
    const family = '👩‍👧‍👦';
    const lines = wrapText(family.repeat(12), 40, 14, 10, 'en');
    expect(lines.join('')).toBe(family.repeat(12));
    for (const line of lines)
      expect(
        [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(line)].every(
          (s) => s.segment === family,
        ),
      ).toBe(true);
    expect(textEm('子ども')).toBe(3);
    expect(textEm('abc')).toBeCloseTo(1.68, 5);
  });
});
