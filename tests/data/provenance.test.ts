// Every figure carries its unit, period and sources, and its check against the publisher sits beside it.
import * as api from '@safeguard-charts/data';
import {
  AS_OF,
  amazonTrainingDataReports,
  checkedSources,
  csamHosting,
  datasets,
  EU_MEMBERS,
  forumStudy,
  headlineStats,
  isIsoAlpha3,
  isIsoDate,
  iwfAiItemsTotal,
  iwfAiVideos,
  iwfSeverity,
  iwfVictimSex,
  legislation,
  ncmecAiReports,
  ncmecH1Comparison,
  ncmecProviderReports,
  openAiH1Reports,
  type Period,
  seedSources,
  sources,
  type Unit,
  type Verification,
  withFigures,
} from '@safeguard-charts/data';
import { describe, expect, it } from 'vitest';

const units: Unit[] = ['videos', 'images', 'items', 'reports', 'webpages', 'percent'];
const statuses = ['confirmed', 'corrected', 'different-count', 'unverified'];
const lawsById = () => new Map(legislation.rows.map((law) => [law.id, law]));
const periodsOf = (dataset: (typeof datasets)[number]): Period[] =>
  (dataset.rows as readonly { period?: Period }[]).flatMap((row) => (row.period ? [row.period] : []));

describe('provenance of every dataset', () => {
  it.each(datasets.map((d) => [d.id, d] as const))(
    '%s has a title, a description, rows, sources with publisher and title, a check and the month of the check',
    (id, dataset) => {
      expect(dataset.id).toBe(id);
      expect(dataset.title.trim().length).toBeGreaterThan(5);
      expect(dataset.description.trim().length).toBeGreaterThan(10);
      expect(dataset.rows.length).toBeGreaterThan(0);
      // No document holds the provider counts: then the dataset says what the report cites instead.
      const cited = 'citedSources' in dataset ? (dataset.citedSources ?? []) : [];
      expect(dataset.sources.length + cited.length).toBeGreaterThan(0);
      if (!dataset.sources.length) expect(dataset.verification.status).toBe('unverified');
      for (const source of [...dataset.sources, ...cited]) {
        expect(source.publisher.trim()).not.toBe('');
        expect(source.title.trim()).not.toBe('');
      }
      expect(statuses).toContain(dataset.verification.status);
      expect(dataset.verification.note.length).toBeGreaterThan(10);
      expect(dataset.asOf).toBe(AS_OF);
    },
  );

  it('gives every dataset of figures a unit; legislation has none because laws are not counted', () => {
    for (const dataset of datasets) {
      if ('unit' in dataset) expect(units).toContain(dataset.unit);
      else expect(dataset.id).toBe('legislation');
    }
  });

  it('dates the check November 2026, a month rather than a day', () => {
    expect(AS_OF).toBe('2026-11');
    expect(isIsoDate(`${AS_OF}-01`)).toBe(true);
  });

  it('names every dataset by its export name, once', () => {
    const ids = datasets.map((dataset) => dataset.id);
    expect(new Set(ids).size).toBe(ids.length);
    const exported = new Map<string, unknown>(Object.entries(api));
    for (const dataset of datasets) expect(exported.get(dataset.id)).toBe(dataset);
    expect(ids).toEqual([
      'iwfAiVideos',
      'iwfAiItemsTotal',
      'iwfSeverity',
      'iwfVictimSex',
      'forumStudy',
      'ncmecAiReports',
      'ncmecH1Comparison',
      'amazonTrainingDataReports',
      'openAiH1Reports',
      'openAiH1Content',
      'ncmecProviderReports',
      'csamHosting',
      'legislation',
    ]);
  });

  it('gives every row period real dates, an end not before its start and a label', () => {
    for (const dataset of datasets) {
      for (const period of periodsOf(dataset)) {
        expect(isIsoDate(period.start), `${dataset.id} ${period.start}`).toBe(true);
        expect(isIsoDate(period.end), `${dataset.id} ${period.end}`).toBe(true);
        expect(period.end >= period.start, `${dataset.id} ${period.label}`).toBe(true);
        expect(period.label.trim()).not.toBe('');
      }
    }
  });

  it('marks every half-year period (H1) as partial, and no full year as partial', () => {
    const all = datasets.flatMap(periodsOf);
    const halves = all.filter((period) => period.label.startsWith('H1'));
    expect(halves.length).toBeGreaterThanOrEqual(6);
    for (const period of halves) {
      expect(period.partial).toBe(true);
      expect(period.end.slice(5)).toBe('06-30');
    }
    for (const period of all.filter((p) => /^\d{4}$/.test(p.label))) expect(period.partial).toBeFalsy();
  });

  it('shows H1 2025 as a partial period, January to June, so it is never read as a full year', () => {
    const h1 = ncmecAiReports.rows.find((row) => row.period.label === 'H1 2025');
    expect(h1?.period).toEqual({ start: '2025-01-01', end: '2025-06-30', label: 'H1 2025', partial: true });
    expect(ncmecAiReports.rows.filter((row) => !row.period.partial).map((row) => row.period.label)).toEqual([
      '2023',
      '2024',
    ]);
  });

  it('uses only the words "child sexual abuse material (CSAM)", never "child pornography"', () => {
    const text = JSON.stringify([datasets, headlineStats, sources]);
    expect(text).not.toMatch(/pornograph/i);
    expect(text).toMatch(/child sexual abuse material \(CSAM\)/);
  });
});

// What the check of every seed figure found (../shared/research/figures.md), one line per figure.
const research: [figure: string, check: () => Verification | undefined, status: string, note: RegExp][] = [
  [
    'AI videos 13 → 3,443 (document corrected)',
    () => iwfAiVideos.verification,
    'confirmed',
    /Harm without limits.*not in an Annual Report 2025/,
  ],
  [
    '15,036 items over two years',
    () => iwfAiItemsTotal.rows[0]?.verification,
    'unverified',
    /No IWF document states 15,036/,
  ],
  ['Category A 65% vs 43%', () => iwfSeverity.verification, 'confirmed', /65%.*43%/],
  [
    '97% girls',
    () => iwfVictimSex.rows[0]?.verification,
    'corrected',
    /2021.*all imagery.*98%.*2024.*94%.*2025/,
  ],
  [
    'forum study: 90% realistic (Stanford)',
    () => forumStudy.rows[0]?.verification,
    'corrected',
    /IWF.*not Stanford.*86%/,
  ],
  [
    'forum study: publisher',
    () => forumStudy.verification,
    'corrected',
    /Publisher and percentage corrected/,
  ],
  ['NCMEC 4,700 (2023)', () => ncmecAiReports.rows[0]?.verification, 'confirmed', /2023/],
  ['NCMEC 67,000 (2024)', () => ncmecAiReports.rows[1]?.verification, 'confirmed', /press/],
  [
    'NCMEC 485,000 (H1 2025)',
    () => ncmecAiReports.rows[2]?.verification,
    'corrected',
    /440,419.*485,000 appears in press/,
  ],
  [
    'Amazon 380,000 (78%)',
    () => amazonTrainingDataReports.rows[0]?.verification,
    'different-count',
    /known CSAM/,
  ],
  [
    'OpenAI 32,079',
    () => ncmecProviderReports.rows[0]?.verification,
    'unverified',
    /Not found in an NCMEC publication/,
  ],
  [
    'Amazon AI 30,759',
    () => ncmecProviderReports.rows[1]?.verification,
    'unverified',
    /Not found in an NCMEC publication/,
  ],
  ['Anthropic 971', () => ncmecProviderReports.rows[2]?.verification, 'unverified', /859/],
  [
    'OpenAI 80x',
    () => openAiH1Reports.verification,
    'confirmed',
    /947 reports.*3,252.*75,027 reports.*74,559/,
  ],
  [
    'EU hosts 62%',
    () => csamHosting.aggregates[0]?.verification,
    'corrected',
    /2024.*not of all CSAM worldwide/,
  ],
  ['hosting by country', () => csamHosting.verification, 'corrected', /2025 country table was not final/],
  [
    'TAKE IT DOWN Act',
    () => lawsById().get('take-it-down-act')?.verification,
    'confirmed',
    /19 May 2025.*19 May 2026/,
  ],
  [
    'STOP CSAM Act',
    () => lawsById().get('stop-csam-act')?.verification,
    'confirmed',
    /S\.1829.*not passed the Senate/,
  ],
  [
    'ENFORCE Act',
    () => lawsById().get('enforce-act')?.verification,
    'corrected',
    /passed the Senate.*not borne out/,
  ],
  [
    'UK Crime and Policing Bill',
    () => lawsById().get('uk-crime-and-policing-act-2026')?.verification,
    'corrected',
    /Crime and Policing Act 2026.*29 April 2026/,
  ],
];

describe('what the check of each seed figure found', () => {
  it.each(research)('%s carries the status the research found and its note', (_, check, status, note) => {
    expect(check()?.status).toBe(status);
    expect(check()?.note).toMatch(note);
  });

  it('keeps the seed’s 485,000 beside NCMEC’s own 440,419, with the URL the check recorded', () => {
    const h1 = ncmecAiReports.rows[2];
    expect(h1?.value).toBe(485000);
    expect(h1?.verification?.value).toBe(440419);
    expect(h1?.verification?.source?.url).toBe(
      'https://www.missingkids.org/blog/2025/spike-in-online-crimes-against-children-a-wake-up-call',
    );
  });

  it('keeps the seed’s 97% girls beside the IWF’s AI-specific 98% (2024) and 94% (2025)', () => {
    expect(iwfVictimSex.rows.map((row) => [row.period?.label, row.percent])).toEqual([
      [undefined, 97],
      ['2024', 98],
      ['2025', 94],
    ]);
    expect(iwfVictimSex.rows[0]?.verification?.value).toBe(94);
    expect(iwfVictimSex.rows[0]?.verification?.period?.label).toBe('2025');
  });

  it('keeps the seed’s provider figures as it states them, unverified, with Anthropic’s own 859 in the note', () => {
    expect(
      ncmecProviderReports.rows.map((r) => [r.provider, r.value, r.newReporter, r.change?.label]),
    ).toEqual([
      ['OpenAI', 32079, false, '+9,650% YoY'],
      ['Amazon AI', 30759, true, undefined],
      ['Anthropic', 971, true, undefined],
    ]);
    expect(ncmecProviderReports.rows[0]?.change?.percent).toBe(9650);
    expect(ncmecProviderReports.rows.every((row) => row.verification?.value === undefined)).toBe(true);
  });

  it('lists NCMEC’s own H1 figures as their own dataset, with NCMEC’s source rather than the seed’s', () => {
    expect(ncmecH1Comparison.rows.map((row) => [row.period.label, row.value])).toEqual([
      ['H1 2024', 6835],
      ['H1 2025', 440419],
    ]);
    expect(ncmecH1Comparison.sources[0]?.url).toMatch(/^https:\/\/www\.missingkids\.org\//);
  });
});

describe('hosting', () => {
  it('lists only the five countries with a sourced 2024 share, by ISO alpha-3 code, none of them zero', () => {
    expect(csamHosting.rows.map((row) => [row.code, row.name, row.percent])).toEqual([
      ['NLD', 'Netherlands', 29],
      ['USA', 'United States', 14],
      ['BGR', 'Bulgaria', 9],
      ['HKG', 'Hong Kong', 8],
      ['ROU', 'Romania', 7],
    ]);
    for (const row of csamHosting.rows) {
      expect(isIsoAlpha3(row.code)).toBe(true);
      expect(row.percent).toBeGreaterThan(0);
      expect(row.period?.label).toBe('2024');
    }
    expect(csamHosting.rows.find((row) => row.code === 'NLD')?.count).toBe(83037);
  });

  it('leaves Lithuania and Poland out of the rows (no share was sourced) and names them in the notes', () => {
    const codes = csamHosting.rows.map((row) => row.code);
    expect(codes).not.toContain('LTU');
    expect(codes).not.toContain('POL');
    const notes = csamHosting.notes?.join(' ') ?? '';
    expect(notes).toMatch(/Lithuania and Poland/);
    expect(notes).toMatch(/not the same as zero/);
  });

  it('keeps the EU’s 62% as an aggregate of its 27 members, not as a country row', () => {
    expect(csamHosting.rows.some((row) => row.code === 'EU')).toBe(false);
    const eu = csamHosting.aggregates[0];
    expect([eu?.code, eu?.name, eu?.percent, eu?.count]).toEqual(['EU', 'European Union', 62, 181112]);
    expect(eu?.members).toBe(EU_MEMBERS);
    expect(new Set(EU_MEMBERS).size).toBe(27);
    expect(EU_MEMBERS.every(isIsoAlpha3)).toBe(true);
  });
});

describe('legislation', () => {
  it('keeps the seed’s status beside the status the check found for each law', () => {
    expect(legislation.rows.map((law) => [law.id, law.seedStatus, law.status])).toEqual([
      ['take-it-down-act', 'signed', 'signed'],
      ['stop-csam-act', 'pending', 'pending'],
      ['enforce-act', 'pending', 'passed-one-chamber'],
      ['uk-crime-and-policing-act-2026', 'in-progress', 'law'],
    ]);
  });

  it('dates each step the check found, as real dates', () => {
    const laws = lawsById();
    expect(laws.get('take-it-down-act')?.dates.map((d) => d.date)).toEqual(['2025-05-19', '2026-05-19']);
    expect(laws.get('enforce-act')?.dates).toEqual([{ label: 'Passed the Senate', date: '2025-12-16' }]);
    expect(laws.get('uk-crime-and-policing-act-2026')?.dates.map((d) => d.date)).toEqual([
      '2026-04-29',
      '2026-06-29',
    ]);
    for (const law of legislation.rows) for (const d of law.dates) expect(isIsoDate(d.date)).toBe(true);
  });

  it('keeps the seed’s description of each law beside the provisions the check found', () => {
    const laws = lawsById();
    expect(laws.get('enforce-act')?.seedDescription).toMatch(/hosting providers and payment processors/);
    expect(laws.get('enforce-act')?.provisions.join(' ')).toMatch(/obscene visual depictions/);
    expect(laws.get('stop-csam-act')?.billNumber).toBe('S.1829');
    expect(laws.get('enforce-act')?.billNumber).toBe('S.3021');
    for (const law of legislation.rows) expect(law.seedDescription?.length).toBeGreaterThan(20);
  });
});

describe('sources', () => {
  it('lists the seed page’s numbered sources in its order: IWF, NCMEC, Stanford, Fortune, Thorn', () => {
    expect(seedSources.map((s) => s.publisher)).toEqual([
      'Internet Watch Foundation (IWF)',
      'National Center for Missing & Exploited Children (NCMEC)',
      'Stanford Internet Observatory / Cyberlaw',
      'Fortune',
      'Thorn',
    ]);
    expect(sources.seed).toBe(seedSources);
    expect(sources.checked).toBe(checkedSources);
  });

  it('marks every source the check found as read in the month of the check', () => {
    expect(checkedSources.length).toBeGreaterThan(10);
    for (const source of checkedSources) expect(source.accessed).toBe(AS_OF);
  });

  it('names the documents the check found as each dataset’s sources, and what the seed cites as citedSources', () => {
    const checked = new Set(checkedSources);
    const seed = new Set(seedSources);
    for (const dataset of datasets) {
      for (const source of dataset.sources) expect(checked.has(source)).toBe(true);
      for (const source of ('citedSources' in dataset ? dataset.citedSources : undefined) ?? [])
        expect(seed.has(source)).toBe(true);
    }
    for (const stat of headlineStats) {
      for (const source of stat.sources) expect(checked.has(source)).toBe(true);
      for (const source of stat.citedSources ?? []) expect(seed.has(source)).toBe(true);
    }
  });

  it('cites the document that holds each figure, not the one the seed names', () => {
    const titles = (list: readonly { title: string }[]) => list.map((source) => source.title);
    expect(titles(iwfAiVideos.sources)[0]).toMatch(/Harm without limits/);
    expect(titles(iwfSeverity.sources)[0]).toMatch(/Harm without limits/);
    expect(titles(csamHosting.sources)).toEqual(['Annual Data & Insights Report 2024']);
    expect(forumStudy.sources.map((source) => source.publisher)).toEqual(['Internet Watch Foundation (IWF)']);
    expect(forumStudy.citedSources?.[0]?.publisher).toMatch(/Stanford/);
    expect(openAiH1Reports.sources.map((source) => source.publisher)).toEqual(['Wired']);
    expect(openAiH1Reports.citedSources?.map((source) => source.publisher)).toEqual([
      'National Center for Missing & Exploited Children (NCMEC)',
      'Fortune',
    ]);
    for (const dataset of [iwfAiVideos, iwfSeverity, csamHosting, iwfVictimSex, iwfAiItemsTotal])
      expect(titles(dataset.sources)).not.toContain('Annual Report 2025');
  });

  it('names every document a confirmed or corrected row’s check rests on in its dataset’s sources', () => {
    for (const dataset of datasets) {
      const rows = [
        ...(dataset.rows as readonly { verification?: Verification }[]),
        ...('aggregates' in dataset ? dataset.aggregates : []),
      ];
      for (const row of rows) {
        const check = row.verification;
        if (!check?.source || check.status === 'unverified') continue;
        expect(dataset.sources, `${dataset.id}: ${check.source.title}`).toContain(check.source);
      }
    }
  });

  it('gives the publisher’s own address wherever a search found it, and no other', () => {
    const urls = new Set(JSON.stringify([datasets, headlineStats, sources]).match(/https?:\/\/[^"]+/g));
    expect([...urls].sort()).toEqual([
      'https://policeprofessional.com/?p=143399',
      'https://purl.stanford.edu/kh752sm9123',
      'https://www.congress.gov/bill/119th-congress/senate-bill/1829/text',
      'https://www.iwf.org.uk/about-us/who-we-are/annual-report-2021/',
      'https://www.iwf.org.uk/about-us/why-we-exist/our-research/how-ai-is-being-abused-to-create-child-sexual-abuse-imagery/',
      'https://www.iwf.org.uk/aireport',
      'https://www.iwf.org.uk/annual-data-insights-report-2024/data-and-insights/where-our-reports-come-from/',
      'https://www.missingkids.org/blog/2025/spike-in-online-crimes-against-children-a-wake-up-call',
      'https://www.nbcnews.com/tech/security/ai-child-exploitation-crisis-rcna259409',
    ]);
  });

  it('writes publication dates as YYYY, YYYY-MM or YYYY-MM-DD', () => {
    for (const source of [...seedSources, ...checkedSources]) {
      if (source.published !== undefined) expect(source.published).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });
});

describe('withFigures', () => {
  it('gives NCMEC’s own 440,419 for H1 2025 in one call, keeping the seed’s 485,000 in the check', () => {
    const publisher = withFigures(ncmecAiReports, 'publisher');
    expect(publisher.rows.map((row) => row.value)).toEqual([4700, 67000, 440419]);
    expect(publisher.rows[2]?.verification?.seedValue).toBe(485000);
    expect(publisher.rows[2]?.verification?.note).toMatch(/^Publisher’s figure; the report states 485,000\./);
    expect(publisher.sources[0]?.url).toMatch(/missingkids\.org/);
    expect(publisher.sources).toContain(ncmecAiReports.sources[0]);
  });

  it('leaves the seed’s dataset untouched', () => {
    const before = JSON.stringify(ncmecAiReports);
    withFigures(ncmecAiReports, 'publisher');
    expect(JSON.stringify(ncmecAiReports)).toBe(before);
    expect(withFigures(ncmecAiReports, 'seed')).toBe(ncmecAiReports);
  });

  it('swaps a percentage row too: the seed’s 97% girls becomes the IWF’s 94% for 2025', () => {
    const publisher = withFigures(iwfVictimSex, 'publisher');
    expect(publisher.rows[0]?.percent).toBe(94);
    expect(publisher.rows[0]?.period?.label).toBe('2025');
    expect(publisher.rows[0]?.verification?.note).toMatch(/the report states 97%/);
  });

  it('gives the forum study’s computed 86% in place of the seed’s 90%', () => {
    const publisher = withFigures(forumStudy, 'publisher');
    expect(publisher.rows[0]?.percent).toBe(86);
    expect(publisher.imagesInOneMonth.value).toBe(20254);
  });

  it('brings the publisher’s label, denominator and period with its figure, so no seed wording is left', () => {
    const forum = withFigures(forumStudy, 'publisher').rows[0];
    expect(forum).toMatchObject({
      percent: 86,
      label: 'Realistic enough to be treated as real CSAM under UK law',
      of: 'the 2,978 AI images the IWF assessed as criminal',
      part: 2562,
      whole: 2978,
    });
    expect(JSON.stringify([forum?.label, forum?.of])).not.toMatch(/seed|report states/);
    const girls = withFigures(iwfVictimSex, 'publisher').rows[0];
    expect(girls).toMatchObject({ percent: 94, label: 'Victims depicted as girls in AI imagery, 2025' });
    expect(girls?.period?.label).toBe('2025');
    expect(girls?.of).not.toMatch(/seed|report states/);
  });

  it('returns a dataset unchanged where no check carries a publisher’s figure', () => {
    expect(withFigures(ncmecProviderReports, 'publisher')).toBe(ncmecProviderReports);
    expect(withFigures(iwfAiVideos, 'publisher')).toBe(iwfAiVideos);
  });

  it('treats anything but "publisher" as the seed’s figures, and returns input that is not a dataset as it is', () => {
    expect(withFigures(ncmecAiReports, 'other' as never)).toBe(ncmecAiReports);
    expect(withFigures(null as never, 'publisher')).toBeNull();
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => withFigures(proxy as never, 'publisher')).not.toThrow();
  });
});
