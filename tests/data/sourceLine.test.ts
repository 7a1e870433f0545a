// The source line is built from the data's provenance by one pure function, never typed by hand.
import {
  checkLines,
  datasets,
  forumStudy,
  iwfAiVideos,
  iwfVictimSex,
  ncmecAiReports,
  ncmecProviderReports,
  openAiH1Reports,
  sourceLine,
  sourceLineParts,
  withFigures,
} from '@safeguard-charts/data';
import { describe, expect, it } from 'vitest';

describe('sourceLine', () => {
  it('names the document that holds the IWF video counts, then what the report cites instead', () => {
    expect(sourceLine(iwfAiVideos)).toBe(
      'Sources: Internet Watch Foundation (IWF), “Harm without limits” (report on AI child sexual abuse material in 2025) (2026); Police Professional, IWF reports sharp rise in AI-generated child sexual abuse material online (2026). The report cites: Internet Watch Foundation (IWF), Annual Report 2025 (2025).',
    );
  });

  it('names the IWF, not Stanford, for the forum study, and OpenAI’s figures by who reported them', () => {
    expect(sourceLine(forumStudy)).toMatch(
      /^Source: Internet Watch Foundation \(IWF\), How AI is being abused .* \(2023\)\. The report cites: Stanford Internet Observatory \/ Cyberlaw\.$/,
    );
    expect(sourceLine(openAiH1Reports)).toMatch(
      /^Source: Wired, .*\. The report cites: National Center for Missing & Exploited Children \(NCMEC\), 2023–2025 data \(2025\); Fortune, AI platform NCMEC reporting data\.$/,
    );
  });

  it('says when no publisher’s document was found, rather than citing one that does not hold the figures', () => {
    expect(sourceLine(ncmecProviderReports)).toBe(
      'Source: no publisher’s document found. The report cites: National Center for Missing & Exploited Children (NCMEC), 2023–2025 data (2025).',
    );
  });

  it('writes a source that names only its publisher once, without repeating it as a title', () => {
    expect(sourceLine(forumStudy.citedSources ?? [])).toBe(
      'Source: Stanford Internet Observatory / Cyberlaw.',
    );
  });

  it('appends the publisher’s own figure for a corrected figure when asked', () => {
    expect(sourceLine(ncmecAiReports, { includeChecks: true })).toMatch(
      /\. Check: NCMEC’s own figure for H1 2025: 440,419\.$/,
    );
    expect(sourceLine(ncmecAiReports)).not.toContain('440,419');
  });

  it('writes a publisher’s percentage with its period and what it is of', () => {
    expect(checkLines(iwfVictimSex.rows, iwfVictimSex.unit)).toEqual([
      'IWF’s own figure for 2025: 94% of victims depicted in the AI CSAM the IWF assessed in 2025',
    ]);
    expect(checkLines(forumStudy.rows, forumStudy.unit)).toEqual([
      'IWF’s own figure: 86% of the 2,978 AI images the IWF assessed as criminal',
    ]);
  });

  it('says what the report states once withFigures has swapped the publisher’s figure in', () => {
    expect(sourceLine(withFigures(ncmecAiReports, 'publisher'), { includeChecks: true })).toMatch(
      /Check: NCMEC’s own figure for H1 2025: 440,419 \(the report states 485,000\)\.$/,
    );
  });

  it('builds a line for every dataset of the package', () => {
    for (const dataset of datasets) expect(sourceLine(dataset)).toMatch(/^Sources?: \S.*\.$/);
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
    expect(parts.find((part) => part.url)).toEqual({
      publisher: 'National Center for Missing & Exploited Children (NCMEC)',
      title: 'Spike in online crimes against children a “wake-up call”',
      url: 'https://www.missingkids.org/blog/2025/spike-in-online-crimes-against-children-a-wake-up-call',
      published: '2025',
      accessed: '2026-11',
    });
  });

  it('accepts one source, a list of sources or a dataset', () => {
    const source = { publisher: 'Thorn', title: 'Report', published: '2024-03-01' };
    const expected = [{ publisher: 'Thorn', title: 'Report', published: '2024' }];
    expect(sourceLineParts(source)).toEqual(expected);
    expect(sourceLineParts([source])).toEqual(expected);
    expect(sourceLineParts({ sources: [source] })).toEqual(expected);
  });

  // Found by fuzzing the embed's JSON figures: a `javascript:` url became a live link under Preact (React blocks it
  // on the server only). Only web addresses become links; the citation's words stay.
  it('keeps a url only when it is an http: or https: address, however the scheme is disguised', () => {
    const part = (url: string) => sourceLineParts({ publisher: 'Hotline', title: 'Report', url })[0];
    for (const url of ['https://example.org/report.pdf', 'http://example.org/', 'HTTPS://EXAMPLE.ORG/x'])
      expect(part(url)?.url).toBe(url);
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '/reports/2025.pdf',
      'example.org/report',
    ])
      expect(part(url), url).toEqual({ publisher: 'Hotline', title: 'Report' });
  });
});
