// The seed's published claims, held against the computation from the figures. Where the seed's own numbers
// disagree with the computation, the test name says so.
import {
  amazonTrainingDataReports,
  csamHosting,
  datasets,
  forumStudy,
  headlineStats,
  iwfAiItemsTotal,
  iwfAiVideos,
  iwfSeverity,
  iwfVictimSex,
  ncmecAiReports,
  ncmecH1Comparison,
  openAiH1Content,
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
  it('+26,385%: AI CSAM videos went from 13 (2024) to 3,443 (2025), 26,384.6% rounded', () => {
    const [before, after] = values(iwfAiVideos.rows);
    expect([before, after]).toEqual([13, 3443]);
    const change = percentChange(before ?? 0, after ?? 0);
    expect(change).toBeCloseTo(26384.615, 3);
    expect(roundTo(change ?? Number.NaN)).toBe(26385);
  });

  it('+1,325%: NCMEC reports went from 4,700 (2023) to 67,000 (2024), 1,325.5%, which the seed truncates where rounding gives 1,326%', () => {
    const [y2023, y2024] = values(ncmecAiReports.rows);
    expect([y2023, y2024]).toEqual([4700, 67000]);
    const change = percentChange(y2023 ?? 0, y2024 ?? 0) ?? Number.NaN;
    expect(change).toBeCloseTo(1325.53, 2);
    expect(Math.trunc(change)).toBe(1325);
    expect(roundTo(change)).toBe(1326);
  });

  it('78%: the seed’s share is arithmetically 380,000 / 485,000 = 78.4%, but it divides a count of known CSAM in training data by a count of AI-generated reports', () => {
    const amazon = amazonTrainingDataReports.rows[0]?.value ?? 0;
    const h1 = ncmecAiReports.rows.find((row) => row.period.label === 'H1 2025')?.value ?? 0;
    expect([amazon, h1]).toEqual([380000, 485000]);
    const share = shareOf(amazon, h1) ?? Number.NaN;
    expect(roundTo(share, 1)).toBe(78.4);
    expect(roundTo(share)).toBe(78);
    expect(amazonTrainingDataReports.verification.status).toBe('different-count');
    expect(amazonTrainingDataReports.rows[0]?.verification?.note).toMatch(/known CSAM.*train AI models/);
  });

  it('"80x" counts reports: OpenAI’s pieces of content grew 22.9 times (3,252 to 74,559), shown beside it', () => {
    const [before, after] = values(openAiH1Content.rows);
    expect([before, after]).toEqual([3252, 74559]);
    expect(roundTo(ratio(after ?? 0, before ?? 0) ?? Number.NaN, 1)).toBe(22.9);
    const note = openAiH1Reports.notes?.join(' ') ?? '';
    expect(note).toContain('79.2 times as many');
    expect(note).toContain('22.9 times as many');
    expect(openAiH1Content.notes).toEqual(openAiH1Reports.notes);
  });

  it('"80x": OpenAI’s 75,027 reports in H1 2025 against 947 in H1 2024 are 79.2 times as many, which the seed rounds up to 80', () => {
    const [h1_2024, h1_2025] = values(openAiH1Reports.rows);
    expect([h1_2024, h1_2025]).toEqual([947, 75027]);
    const times = ratio(h1_2025 ?? 0, h1_2024 ?? 0) ?? Number.NaN;
    expect(roundTo(times, 1)).toBe(79.2);
    expect(roundTo(times)).toBe(79);
    expect(Math.ceil(times)).toBe(80);
    expect(openAiH1Reports.rows.every((row) => row.period.partial)).toBe(true);
  });

  it('90% realistic: the publisher’s 2,562 of 2,978 is 86%, computed with shareOf and kept beside the seed’s 90%', () => {
    const row = forumStudy.rows[0];
    expect(row?.percent).toBe(90);
    expect(row?.verification?.status).toBe('corrected');
    // Computed from the publisher's counts and kept at the publisher's precision (whole points), not 86.0308….
    expect(row?.verification?.value).toBe(86);
    expect(shareOf(2562, 2978)).toBeCloseTo(86.031, 3);
    expect([row?.verification?.part, row?.verification?.whole]).toEqual([2562, 2978]);
    expect(row?.verification?.note).toContain('2,562');
    expect(row?.verification?.note).toContain(': 86%, not 90%');
    expect(forumStudy.imagesInOneMonth.value).toBe(20254);
  });

  it('15,036 over two years is not an IWF figure: with the IWF’s 8,029 for 2025 it implies 7,007 for 2024, a rise of 14.6% where the IWF says 14%', () => {
    const [twoYears, in2025] = values(iwfAiItemsTotal.rows);
    expect([twoYears, in2025]).toEqual([15036, 8029]);
    const implied2024 = (twoYears ?? 0) - (in2025 ?? 0);
    expect(implied2024).toBe(7007);
    expect(roundTo(percentChange(implied2024, in2025 ?? 0) ?? Number.NaN, 1)).toBe(14.6);
    expect(iwfAiItemsTotal.rows[0]?.verification?.status).toBe('unverified');
    expect(iwfAiItemsTotal.notes?.join(' ')).toContain('7,007');
    expect(iwfAiItemsTotal.notes?.join(' ')).toContain('14.6%');
  });

  it('NCMEC’s own H1 comparison: 6,835 (H1 2024) to 440,419 (H1 2025) is a 64.4-fold rise', () => {
    const [a, b] = values(ncmecH1Comparison.rows);
    expect(roundTo(ratio(b ?? 0, a ?? 0) ?? Number.NaN, 1)).toBe(64.4);
  });

  it('65% Category A: computed from the IWF’s 2,233 of 3,443 AI videos (64.9%), rounded as the IWF rounds it', () => {
    const ai = iwfSeverity.rows[0];
    expect([ai?.part, ai?.whole]).toEqual([2233, 3443]);
    expect(roundTo(shareOf(2233, 3443) ?? Number.NaN, 1)).toBe(64.9);
    expect(ai?.percent).toBe(65);
  });

  it('the IWF’s 29% for the Netherlands and 62% for the EU match 83,037 and 181,112 of the 291,273 reports it confirmed in 2024', () => {
    const confirmed2024 = 291273;
    expect(csamHosting.total?.value).toBe(confirmed2024);
    const nld = csamHosting.rows.find((row) => row.code === 'NLD');
    const eu = csamHosting.aggregates.find((aggregate) => aggregate.code === 'EU');
    expect(roundTo(shareOf(nld?.count ?? 0, confirmed2024) ?? Number.NaN)).toBe(nld?.percent);
    expect(roundTo(shareOf(eu?.count ?? 0, confirmed2024) ?? Number.NaN)).toBe(eu?.percent);
    expect([nld?.percent, eu?.percent]).toEqual([29, 62]);
  });

  it('the listed EU countries (Netherlands, Bulgaria, Romania) hold 45%, so the EU’s 62% includes EU countries without a sourced share', () => {
    const eu = csamHosting.aggregates.find((aggregate) => aggregate.code === 'EU');
    const listed = csamHosting.rows.filter((row) => eu?.members.includes(row.code));
    expect(listed.map((row) => row.code)).toEqual(['NLD', 'BGR', 'ROU']);
    expect(sum(listed.map((row) => row.percent ?? 0))).toBe(45);
    expect(sum(csamHosting.rows.map((row) => row.percent ?? 0))).toBe(67);
  });
});

describe('headline figures', () => {
  it('computes the headline "26,385%" from iwfAiVideos instead of typing it in', () => {
    const surge = headlineStats.find((stat) => stat.id === 'ai-video-surge');
    // 26,384.615…: a computed value, not the typed 26,385.
    expect(surge?.value).toBeCloseTo(26384.615, 3);
    expect(roundTo(surge?.value ?? Number.NaN)).toBe(26385);
    expect(surge?.format).toBe('percent-change');
  });

  it('says what each headline figure counts, keeping the seed’s own words beside it', () => {
    const ncmec = headlineStats.find((stat) => stat.id === 'ncmec-h1-2025');
    expect(ncmec?.label).toMatch(/CyberTipline reports to NCMEC involving generative AI/);
    expect(ncmec?.label).not.toMatch(/AI-CSAM reports/);
    expect(ncmec?.seedLabel).toBe('NCMEC AI-CSAM reports (H1 2025)');
    expect(headlineStats.map((stat) => stat.seedLabel)).toEqual([
      'increase in AI-generated CSAM videos',
      'total AI CSAM items found (2 years)',
      'NCMEC AI-CSAM reports (H1 2025)',
      'of AI CSAM victims depicted as girls',
    ]);
  });

  it('shows the seed’s four headline figures, 26,385%, 15,036, 485,000 and 97%, in its order', () => {
    expect(headlineStats.map((stat) => roundTo(stat.value))).toEqual([26385, 15036, 485000, 97]);
    expect(headlineStats.map((stat) => stat.format)).toEqual([
      'percent-change',
      'number',
      'number',
      'percent',
    ]);
  });

  it('ties each headline figure to a dataset of the package, the seed’s source and that figure’s check', () => {
    const byId = new Map(datasets.map((dataset) => [dataset.id as string, dataset]));
    for (const stat of headlineStats) {
      expect(byId.has(stat.datasetId)).toBe(true);
      expect(stat.label.trim()).not.toBe('');
      expect(stat.sources.length + (stat.citedSources?.length ?? 0)).toBeGreaterThan(0);
      expect([...stat.sources, ...(stat.citedSources ?? [])].every((s) => s.publisher && s.title)).toBe(true);
      // A figure no document was found for says so by its status, not by an empty source line alone.
      if (!stat.sources.length) expect(stat.verification.status).toBe('unverified');
    }
    expect(headlineStats.map((stat) => stat.verification.status)).toEqual([
      'confirmed',
      'unverified',
      'corrected',
      'corrected',
    ]);
    expect(headlineStats[2]?.verification.value).toBe(440419);
    expect(headlineStats[3]?.verification.value).toBe(94);
  });

  it('takes each headline number from its dataset, so a correction there reaches the headline', () => {
    const [, items, reports, girls] = headlineStats;
    expect(items?.value).toBe(iwfAiItemsTotal.rows[0]?.value);
    expect(reports?.value).toBe(ncmecAiReports.rows.find((row) => row.period.label === 'H1 2025')?.value);
    // The seed's row of the victims dataset (the one its check corrects), not a number typed here.
    const seedRow = iwfVictimSex.rows.find((row) => row.verification?.status === 'corrected');
    expect(seedRow).toBeDefined();
    expect(girls?.value).toBe(seedRow?.percent);
    expect(girls?.verification).toBe(seedRow?.verification);
  });
});
