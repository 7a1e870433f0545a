// The seed's published claims, held against the computation from the figures.
import {
  amazonTrainingDataReports,
  datasets,
  forumStudy,
  headlineStats,
  iwfAiVideos,
  ncmecAiReports,
  ncmecH1Comparison,
  openAiH1Reports,
  percentChange,
  ratio,
  roundTo,
  shareOf,
  sum,
} from '@safeguard-charts/data';
import { describe, expect, it } from 'vitest';

function values(rows: readonly { value: number }[]): number[] {
  return rows.map((row) => row.value);
}

describe('published claims of the seed', () => {
  it('+26,385%: AI CSAM videos went from 13 (2024) to 3,443 (2025)', () => {
    const [before, after] = values(iwfAiVideos.rows);
    expect([before, after]).toEqual([13, 3443]);
    const change = percentChange(13, 3443);
    expect(change).toBeCloseTo(26384.615, 3);
    expect(Math.round(change ?? 0)).toBe(26385);
  });

  it('+1,325%: NCMEC reports went from 4,700 (2023) to 67,000 (2024), which is 1,325.5% truncated, not rounded', () => {
    const [y2023, y2024] = values(ncmecAiReports.rows);
    const change = percentChange(y2023 ?? 0, y2024 ?? 0) ?? 0;
    expect(change).toBeCloseTo(1325.53, 2);
    // The seed writes 1,325%: the computation rounds to 1,326%, so the seed truncated.
    expect(Math.trunc(change)).toBe(1325);
    expect(Math.round(change)).toBe(1326);
  });

  it('78%: the seed divides a count of known CSAM in training data by a count of AI-generated reports', () => {
    const amazon = amazonTrainingDataReports.rows[0]?.value ?? 0;
    const h1 = ncmecAiReports.rows.find((row) => row.period.label === 'H1 2025')?.value ?? 0;
    expect(roundTo(shareOf(amazon, h1) ?? 0, 1)).toBe(78.4);
    expect(Math.round(shareOf(amazon, h1) ?? 0)).toBe(78);
    // The division is arithmetically right but compares different counts, and the data says so.
    expect(amazonTrainingDataReports.verification.status).toBe('different-count');
    expect(amazonTrainingDataReports.rows[0]?.verification?.note).toMatch(/known CSAM.*train AI models/);
  });

  it('"80x": OpenAI reported 75,027 in H1 2025 against 947 in H1 2024, which is 79.2 times, rounded up to 80 by the seed', () => {
    const [h1_2024, h1_2025] = values(openAiH1Reports.rows);
    const times = ratio(h1_2025 ?? 0, h1_2024 ?? 0) ?? 0;
    expect(roundTo(times, 1)).toBe(79.2);
    expect(Math.round(times)).toBe(79);
    expect(Math.ceil(times)).toBe(80);
  });

  it('90% realistic: the publisher’s counts give 2,562 of 2,978 = 86%, kept beside the seed’s 90%', () => {
    const row = forumStudy.rows[0];
    expect(row?.percent).toBe(90);
    expect(row?.verification?.status).toBe('corrected');
    expect(roundTo(row?.verification?.value ?? 0, 2)).toBe(roundTo(shareOf(2562, 2978) ?? 0, 2));
    expect(Math.round(row?.verification?.value ?? 0)).toBe(86);
    expect(forumStudy.imagesInOneMonth.value).toBe(20254);
  });

  it('NCMEC’s own H1 comparison: 6,835 → 440,419 is a 64-fold rise', () => {
    const [a, b] = values(ncmecH1Comparison.rows);
    expect(roundTo(ratio(b ?? 0, a ?? 0) ?? 0, 1)).toBe(64.4);
  });

  it('the headline "26,385%" is computed from iwfAiVideos, not typed in', () => {
    const surge = headlineStats.find((stat) => stat.id === 'ai-video-surge');
    expect(surge?.value).toBe(percentChange(13, 3443));
    expect(surge?.format).toBe('percent-change');
    expect(headlineStats.map((stat) => Math.round(stat.value))).toEqual([26385, 15036, 485000, 97]);
  });

  it('each headline figure names a dataset of the package and carries that figure’s check', () => {
    const ids = new Set(datasets.map((d) => d.id));
    for (const stat of headlineStats) expect(ids.has(stat.datasetId as never)).toBe(true);
    expect(headlineStats[2]?.verification.value).toBe(440419);
    expect(headlineStats[3]?.verification.status).toBe('corrected');
  });
});

describe('derived numbers never return NaN or Infinity', () => {
  it('returns undefined for a change from zero, a share of nothing and non-finite input', () => {
    expect(percentChange(0, 10)).toBeUndefined();
    expect(ratio(5, 0)).toBeUndefined();
    expect(shareOf(1, 0)).toBeUndefined();
    expect(percentChange(Number.NaN, 1)).toBeUndefined();
    expect(shareOf(Number.POSITIVE_INFINITY, 2)).toBeUndefined();
    expect(sum([])).toBeUndefined();
    expect(sum([1, Number.NaN])).toBeUndefined();
    expect(sum([4700, 67000])).toBe(71700);
  });

  it('computes a fall as a negative change', () => {
    expect(percentChange(200, 50)).toBe(-75);
  });
});
