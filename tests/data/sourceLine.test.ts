// The source line is built from the data's provenance by one pure function, never typed by hand.
import {
  checkLines,
  datasets,
  forumStudy,
  iwfAiVideos,
  iwfVictimSex,
  ncmecAiReports,
  openAiH1Reports,
  sourceLine,
  sourceLineParts,
  withFigures,
} from '@safeguard-charts/data';
import { describe, expect, it } from 'vitest';

describe('sourceLine', () => {
  it('names the seed’s source for the IWF videos: publisher, title and year', () => {
    expect(sourceLine(iwfAiVideos)).toBe(
      'Source: Internet Watch Foundation (IWF), Annual Report 2025 (2025)',
    );
  });

  it('says "Sources" and joins them with semicolons when there are several', () => {
    expect(sourceLine(openAiH1Reports)).toBe(
      'Sources: National Center for Missing & Exploited Children (NCMEC), 2023–2025 data (2025); Fortune, AI platform NCMEC reporting data',
    );
  });

  it('writes a source that names only its publisher once, without repeating it as a title', () => {
    expect(sourceLine(forumStudy)).toBe('Source: Stanford Internet Observatory / Cyberlaw');
  });

  it('appends the publisher’s own figure for a corrected figure when asked: "NCMEC’s own figure: 440,419"', () => {
    expect(sourceLine(ncmecAiReports, { includeChecks: true })).toBe(
      'Source: National Center for Missing & Exploited Children (NCMEC), 2023–2025 data (2025). NCMEC’s own figure: 440,419 (H1 2025)',
    );
    expect(sourceLine(ncmecAiReports)).not.toContain('440,419');
  });

  it('writes a publisher’s percentage with its sign and period: "IWF’s own figure: 94% (2025)"', () => {
    expect(checkLines(iwfVictimSex.rows, iwfVictimSex.unit)).toEqual(['IWF’s own figure: 94% (2025)']);
    expect(checkLines(forumStudy.rows, forumStudy.unit)).toEqual([
      'IWF’s own figure: 86% (Realistic enough to be prosecuted)',
    ]);
  });

  it('names the publisher’s source first once withFigures has swapped its figures in', () => {
    expect(sourceLine(withFigures(ncmecAiReports, 'publisher'))).toMatch(
      /^Sources: National Center for Missing & Exploited Children \(NCMEC\), Spike in online crimes against children a “wake-up call” \(2025\); /,
    );
  });

  it('builds a line for every dataset of the package', () => {
    for (const dataset of datasets) expect(sourceLine(dataset)).toMatch(/^Sources?: \S/);
  });

  it('is empty for input without sources, and never throws on hostile input', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = Object.defineProperty({}, 'sources', {
      get() {
        throw new Error('boom');
      },
    });
    for (const input of [[], {}, null, undefined, 42, 'IWF', proxy, throwing, [null, 7, { title: 'x' }]]) {
      expect(sourceLine(input as never, { includeChecks: true })).toBe('');
      expect(sourceLineParts(input as never)).toEqual([]);
    }
    expect(checkLines(null as never)).toEqual([]);
    expect(checkLines([null, 1, { verification: { value: Number.NaN } }])).toEqual([]);
  });
});

describe('sourceLineParts', () => {
  it('gives each source once, with its URL so a title can be a link, and its year', () => {
    const publisher = withFigures(ncmecAiReports, 'publisher');
    const parts = sourceLineParts([...publisher.sources, ...publisher.sources]);
    expect(parts).toHaveLength(publisher.sources.length);
    expect(parts[0]).toEqual({
      publisher: 'National Center for Missing & Exploited Children (NCMEC)',
      title: 'Spike in online crimes against children a “wake-up call”',
      url: 'https://www.missingkids.org/blog/2025/spike-in-online-crimes-against-children-a-wake-up-call',
      published: '2025',
    });
  });

  it('accepts one source, a list of sources or a dataset', () => {
    const source = { publisher: 'Thorn', title: 'Report', published: '2024-03-01' };
    const expected = [{ publisher: 'Thorn', title: 'Report', published: '2024' }];
    expect(sourceLineParts(source)).toEqual(expected);
    expect(sourceLineParts([source])).toEqual(expected);
    expect(sourceLineParts({ sources: [source] })).toEqual(expected);
  });
});
