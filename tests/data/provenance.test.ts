// Every figure carries its unit, period and sources, and its check against the publisher sits beside it.
import {
  AS_OF,
  csamHosting,
  datasets,
  isIsoAlpha3,
  isIsoDate,
  iwfVictimSex,
  legislation,
  ncmecAiReports,
  ncmecProviderReports,
  sourceLine,
  sourceLineParts,
  withFigures,
} from '@safeguard-charts/data';
import { describe, expect, it } from 'vitest';

const statuses = ['confirmed', 'corrected', 'different-count', 'unverified'];

describe('provenance of every dataset', () => {
  it.each(datasets.map((d) => [d.id, d] as const))(
    '%s has a title, sources, a check and an as-of date',
    (id, dataset) => {
      expect(dataset.id).toBe(id);
      expect(dataset.title.length).toBeGreaterThan(5);
      expect(dataset.sources.length).toBeGreaterThan(0);
      for (const source of dataset.sources) {
        expect(source.publisher.trim()).not.toBe('');
        expect(source.title.trim()).not.toBe('');
        if (source.url) expect(source.url).toMatch(/^https:\/\//);
      }
      expect(statuses).toContain(dataset.verification.status);
      expect(dataset.verification.note.length).toBeGreaterThan(10);
      expect(dataset.asOf).toBe(AS_OF);
      expect(dataset.rows.length).toBeGreaterThan(0);
    },
  );

  it('every row period is a real date range whose end is not before its start', () => {
    for (const dataset of datasets) {
      for (const row of dataset.rows as readonly { period?: { start: string; end: string } }[]) {
        if (!row.period) continue;
        expect(isIsoDate(row.period.start), `${dataset.id} ${row.period.start}`).toBe(true);
        expect(isIsoDate(row.period.end), `${dataset.id} ${row.period.end}`).toBe(true);
        expect(row.period.end >= row.period.start).toBe(true);
      }
    }
  });

  it('marks H1 2025 as a partial period, so it is never read as a full year', () => {
    const h1 = ncmecAiReports.rows.find((row) => row.period.label === 'H1 2025');
    expect(h1?.period).toEqual({ start: '2025-01-01', end: '2025-06-30', label: 'H1 2025', partial: true });
    expect(ncmecAiReports.rows.filter((row) => !row.period.partial).map((row) => row.period.label)).toEqual([
      '2023',
      '2024',
    ]);
  });

  it('keeps the seed’s 485,000 beside NCMEC’s own 440,419', () => {
    const h1 = ncmecAiReports.rows[2];
    expect(h1?.value).toBe(485000);
    expect(h1?.verification?.status).toBe('corrected');
    expect(h1?.verification?.value).toBe(440419);
    expect(h1?.verification?.source?.url).toBe(
      'https://www.missingkids.org/blog/2025/spike-in-online-crimes-against-children-a-wake-up-call',
    );
  });

  it('gives the publisher’s figures with one call, and leaves the seed’s data untouched', () => {
    const publisher = withFigures(ncmecAiReports, 'publisher');
    expect(publisher.rows.map((row) => row.value)).toEqual([4700, 67000, 440419]);
    expect(publisher.rows[2]?.verification?.seedValue).toBe(485000);
    expect(publisher.sources[0]?.publisher).toMatch(/NCMEC/);
    expect(ncmecAiReports.rows[2]?.value).toBe(485000);
    expect(withFigures(ncmecAiReports, 'seed')).toBe(ncmecAiReports);
  });

  it('swaps a percentage row to the publisher’s figure too: 97% girls becomes the IWF’s 94% for 2025', () => {
    const publisher = withFigures(iwfVictimSex, 'publisher');
    expect(iwfVictimSex.rows[0]?.percent).toBe(97);
    expect(publisher.rows[0]?.percent).toBe(94);
    expect(publisher.rows[0]?.period?.label).toBe('2025');
    expect(iwfVictimSex.rows.slice(1).map((row) => [row.period?.label, row.percent])).toEqual([
      ['2024', 98],
      ['2025', 94],
    ]);
  });

  it('marks the provider figures unverified, with Anthropic’s own 859 in the note', () => {
    for (const row of ncmecProviderReports.rows) expect(row.verification?.status).toBe('unverified');
    expect(ncmecProviderReports.rows.find((row) => row.provider === 'Anthropic')?.verification?.note).toMatch(
      /859/,
    );
    expect(ncmecProviderReports.rows.map((r) => [r.provider, r.value, r.newReporter])).toEqual([
      ['OpenAI', 32079, false],
      ['Amazon AI', 30759, true],
      ['Anthropic', 971, true],
    ]);
  });

  it('lists only sourced countries for hosting: no zeros, known codes, Hong Kong named as the data names it', () => {
    for (const row of csamHosting.rows) {
      expect(isIsoAlpha3(row.code)).toBe(true);
      expect(row.percent).toBeGreaterThan(0);
    }
    expect(csamHosting.rows.find((row) => row.code === 'HKG')?.name).toBe('Hong Kong');
    const eu = csamHosting.aggregates[0];
    expect(eu?.percent).toBe(62);
    expect(eu?.members).toHaveLength(27);
    expect(eu?.verification?.status).toBe('corrected');
    expect(eu?.verification?.note).toMatch(/2024/);
    expect(csamHosting.notes?.join(' ')).toMatch(/not the same as zero/);
  });

  it('keeps the seed’s law statuses beside what the check found', () => {
    const byId = Object.fromEntries(legislation.rows.map((law) => [law.id, law]));
    expect(byId['take-it-down-act']?.dates[0]).toEqual({ label: 'Signed into law', date: '2025-05-19' });
    expect(byId['enforce-act']?.seedStatus).toBe('pending');
    expect(byId['enforce-act']?.status).toBe('passed-one-chamber');
    expect(byId['uk-crime-and-policing-act-2026']?.seedStatus).toBe('in-progress');
    expect(byId['uk-crime-and-policing-act-2026']?.status).toBe('law');
  });
});

describe('source line', () => {
  it('is built from the data’s provenance', () => {
    expect(sourceLine(ncmecAiReports)).toBe(
      'Source: National Center for Missing & Exploited Children (NCMEC), 2023–2025 data (2025)',
    );
  });

  it('names the publisher’s own figure where the check differs from the seed', () => {
    expect(sourceLine(ncmecAiReports, { includeChecks: true })).toContain(
      'National Center for Missing & Exploited Children (NCMEC)’s own figure: 440,419 (H1 2025)',
    );
  });

  it('gives parts with the URL where the data has one, and lists a source once', () => {
    const publisher = withFigures(ncmecAiReports, 'publisher');
    const parts = sourceLineParts([...publisher.sources, ...publisher.sources]);
    expect(parts).toHaveLength(publisher.sources.length);
    expect(parts[0]?.url).toMatch(/^https:\/\/www\.missingkids\.org\//);
  });

  it('is empty for input without sources', () => {
    expect(sourceLine([])).toBe('');
    expect(sourceLineParts(null as never)).toEqual([]);
  });
});
