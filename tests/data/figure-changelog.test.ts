// The figure changelog: the diff of two versions' figures (packages/release-tools/src/diff.ts), held against small
// made-up versions and against the real change from 0.1.0 (commit ac6bd61) to the current sources, entry by
// entry for every change `git diff ac6bd61 -- packages/data/src/datasets packages/data/src/sources.ts` shows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  currentVersion,
  hasRevision,
  loadCurrentData,
  loadDataAt,
  packageDir,
  previousRelease,
} from '../../packages/release-tools/scripts/figure-snapshots.mjs';
import {
  type DatasetChange,
  diffDatasets,
  type FieldChange,
  type FigureChanges,
  type FigureData,
  formatFigureChanges,
} from '../../packages/release-tools/src/diff';
import snapshot from './fixtures/data-0.1.0.json';

const year = (y: number) => ({ start: `${y}-01-01`, end: `${y}-12-31`, label: String(y) });
const iwf = { publisher: 'IWF', title: 'Annual Report 2025', published: '2025' };
const harm = { publisher: 'IWF', title: 'Harm without limits', published: '2026-03-24' };

function version(rows: object[], extra: Record<string, unknown> = {}): FigureData {
  return {
    datasets: [
      {
        id: 'videos',
        shape: 'series',
        title: 'AI videos',
        unit: 'videos',
        rows,
        sources: [iwf],
        verification: { status: 'confirmed', note: 'Checked.' },
        notes: ['Read with care.'],
        ...extra,
      },
    ],
    headlineStats: [],
    sources: { seed: [iwf], checked: [harm] },
  };
}

const dataset = (changes: FigureChanges, id: string): DatasetChange => {
  const found = changes.datasets.find((d) => d.id === id);
  if (!found) throw new Error(`no entry for ${id}`);
  return found;
};

/** The change to `field` of the row labelled `label` (`Dataset` for the dataset's own fields). */
function entry(changes: FigureChanges, id: string, label: string, field: string): FieldChange {
  const d = dataset(changes, id);
  const fields = label === 'Dataset' ? d.fields : d.rows.find((r) => r.label === label)?.fields;
  const found = fields?.filter((f) => f.field === field) ?? [];
  if (found.length !== 1) {
    throw new Error(`${found.length} entries for ${id} / ${label} / ${field}: ${JSON.stringify(d, null, 1)}`);
  }
  return found[0] as FieldChange;
}

describe('diffDatasets', () => {
  it('finds nothing between a version and itself', () => {
    const data = version([{ period: year(2024), value: 13 }]);
    expect(diffDatasets(data, data)).toEqual({ datasets: [], unchanged: ['videos'], sources: [] });
  });

  it('lists a figure’s value, status, note and source, with the unit', () => {
    const before = version([
      { period: year(2024), value: 13 },
      { period: year(2025), value: 3440, verification: { status: 'unverified', note: 'Blog.', source: iwf } },
    ]);
    const after = version([
      { period: year(2024), value: 13 },
      {
        period: year(2025),
        value: 3443,
        verification: { status: 'confirmed', note: 'Report.', source: harm },
      },
    ]);
    const changes = diffDatasets(before, after);
    expect(dataset(changes, 'videos').rows).toEqual([
      {
        key: '2025-01-01/2025-12-31',
        label: '2025',
        change: 'changed',
        fields: [
          { field: 'Value', kind: 'value', before: '3,440 videos', after: '3,443 videos' },
          { field: 'Check: status', kind: 'status', before: 'unverified', after: 'confirmed' },
          { field: 'Check: note', kind: 'note', before: 'Blog.', after: 'Report.' },
          {
            field: 'Check: source',
            kind: 'source',
            before: 'IWF, Annual Report 2025 (2025)',
            after: 'IWF, Harm without limits (2026-03-24)',
          },
        ],
      },
    ]);
  });

  it('lists the dataset’s title, unit, sources, notes and check', () => {
    const before = version([{ period: year(2024), value: 13 }]);
    const after = version([{ period: year(2024), value: 13 }], {
      title: 'AI-generated CSAM videos',
      unit: 'items',
      sources: [harm],
      citedSources: [iwf],
      verification: { status: 'corrected', note: 'Checked again.' },
      notes: ['Read with great care.', 'A second note.'],
    });
    const changes = diffDatasets(before, after);
    const d = dataset(changes, 'videos');
    expect(d.fields).toEqual([
      { field: 'Title', kind: 'title', before: 'AI videos', after: 'AI-generated CSAM videos' },
      { field: 'Unit', kind: 'unit', before: 'videos', after: 'items' },
      {
        field: 'Sources',
        kind: 'source',
        before: 'IWF, Annual Report 2025 (2025)',
        after: 'IWF, Harm without limits (2026-03-24)',
      },
      {
        field: 'Cited by the report',
        kind: 'source',
        before: '(none)',
        after: 'IWF, Annual Report 2025 (2025)',
      },
      { field: 'Check: status', kind: 'status', before: 'confirmed', after: 'corrected' },
      { field: 'Check: note', kind: 'note', before: 'Checked.', after: 'Checked again.' },
      { field: 'Note', kind: 'note', before: 'Read with care.', after: 'Read with great care.' },
      { field: 'Note', kind: 'note', after: 'A second note.' },
    ]);
    // The unit is the dataset's: its rows' values are written in the new one.
    expect(d.rows).toEqual([]);
  });

  it('keeps a publisher’s figure apart from the report’s: a correction is a change of the check', () => {
    const share = (value: number) => ({
      label: 'Realistic',
      percent: 90,
      verification: { status: 'corrected', note: 'IWF.', value },
    });
    const before = {
      datasets: [
        {
          id: 'forum',
          shape: 'shares',
          title: 'Forum',
          unit: 'percent',
          rows: [share(2562 / 29.78)],
          sources: [],
        },
      ],
    };
    const after = {
      datasets: [
        { id: 'forum', shape: 'shares', title: 'Forum', unit: 'percent', rows: [share(86)], sources: [] },
      ],
    };
    expect(entry(diffDatasets(before, after), 'forum', 'Realistic', 'Check: publisher’s figure')).toEqual({
      field: 'Check: publisher’s figure',
      kind: 'check',
      before: '86.03%',
      after: '86%',
    });
    // Two values that would read the same are written in full.
    const closer = { datasets: [{ ...after.datasets[0], rows: [share(86.0001)] }] };
    expect(
      entry(diffDatasets(after, closer), 'forum', 'Realistic', 'Check: publisher’s figure'),
    ).toMatchObject({
      before: '86%',
      after: '86.0001%',
    });
  });

  it('lists figures and datasets added or removed, and pairs a renamed figure with its twin', () => {
    const before: FigureData = {
      datasets: [
        {
          id: 'shares',
          title: 'Shares',
          unit: 'percent',
          rows: [
            { label: 'Girls (as the seed states)', percent: 97 },
            { label: 'Boys', percent: 3 },
          ],
          sources: [],
        },
        { id: 'gone', title: 'Gone', unit: 'reports', rows: [{ period: year(2023), value: 1 }], sources: [] },
      ],
    };
    const after: FigureData = {
      datasets: [
        {
          id: 'shares',
          title: 'Shares',
          unit: 'percent',
          rows: [
            { label: 'Girls (as the report states)', percent: 97 },
            {
              label: 'Girls, AI imagery',
              percent: 94,
              period: year(2025),
              verification: { status: 'confirmed', note: 'IWF.' },
            },
          ],
          sources: [],
        },
        { id: 'new', title: 'New', unit: 'items', rows: [{ period: year(2025), value: 74559 }], sources: [] },
      ],
    };
    const changes = diffDatasets(before, after);
    expect(dataset(changes, 'shares').rows).toEqual([
      {
        key: 'Girls (as the report states)',
        label: 'Girls (as the report states)',
        change: 'changed',
        fields: [
          {
            field: 'Label',
            kind: 'label',
            before: 'Girls (as the seed states)',
            after: 'Girls (as the report states)',
          },
        ],
      },
      {
        key: 'Girls, AI imagery (2025-01-01/2025-12-31)',
        label: 'Girls, AI imagery, 2025',
        change: 'added',
        figure: '94%; check: confirmed',
        fields: [],
      },
      { key: 'Boys', label: 'Boys', change: 'removed', figure: '3%', fields: [] },
    ]);
    expect(dataset(changes, 'new')).toMatchObject({
      change: 'added',
      rows: [{ label: '2025', change: 'added', figure: '74,559 items' }],
    });
    expect(dataset(changes, 'gone')).toMatchObject({
      change: 'removed',
      rows: [{ label: '2023', change: 'removed', figure: '1 reports' }],
    });
  });

  it('keys each shape by its natural key: provider, country code, group code, law id, headline id', () => {
    const hosting = (nld: number, eu: string) => ({
      id: 'hosting',
      title: 'Hosting',
      unit: 'percent',
      rows: [{ code: 'NLD', name: 'Netherlands', percent: nld }],
      aggregates: [
        {
          code: 'EU',
          name: 'European Union',
          members: ['NLD'],
          percent: 62,
          verification: { status: 'corrected', note: eu },
        },
      ],
      sources: [],
    });
    const laws = (status: string) => ({
      id: 'legislation',
      title: 'Laws',
      rows: [
        {
          id: 'enforce-act',
          name: 'ENFORCE Act',
          jurisdiction: 'US',
          seedStatus: 'pending',
          status,
          dates: [],
          provisions: [],
        },
      ],
      sources: [],
    });
    const providers = (label: string) => ({
      id: 'providers',
      title: 'Providers',
      unit: 'reports',
      rows: [{ provider: 'OpenAI', value: 32079, newReporter: false, change: { percent: 9650, label } }],
      sources: [],
    });
    const headline = (label: string) => ({
      id: 'surge',
      value: 26384.6,
      format: 'percent-change',
      label,
      datasetId: 'x',
      sources: [],
      verification: { status: 'confirmed', note: '' },
    });
    const changes = diffDatasets(
      {
        datasets: [hosting(29, 'The seed says.'), laws('pending'), providers('+9,650%')],
        headlineStats: [headline('increase')],
      },
      {
        datasets: [hosting(28, 'The report says.'), laws('passed-one-chamber'), providers('+9,650% YoY')],
        headlineStats: [headline('increase in videos')],
      },
    );
    expect(entry(changes, 'hosting', 'Netherlands (NLD)', 'Value')).toMatchObject({
      before: '29%',
      after: '28%',
    });
    expect(entry(changes, 'hosting', 'European Union (EU, group of countries)', 'Check: note')).toMatchObject(
      {
        before: 'The seed says.',
        after: 'The report says.',
      },
    );
    expect(entry(changes, 'legislation', 'ENFORCE Act', 'Stage (checked)')).toEqual({
      field: 'Stage (checked)',
      kind: 'status',
      before: 'pending',
      after: 'passed-one-chamber',
    });
    expect(entry(changes, 'providers', 'OpenAI', 'Change on the year before')).toMatchObject({
      before: '+9,650%',
      after: '+9,650% YoY',
    });
    expect(entry(changes, 'headlineStats', '`surge`', 'Label')).toMatchObject({
      after: 'increase in videos',
    });
  });

  it('lists a source revised in place once, under Sources, not with each figure citing it', () => {
    const press = (title: string, url?: string) => ({
      publisher: 'Police Professional',
      title,
      published: '2026-03-26',
      ...(url ? { url } : {}),
    });
    const at = (source: object): FigureData => ({
      datasets: [
        {
          id: 'videos',
          title: 'Videos',
          unit: 'videos',
          rows: [
            { period: year(2025), value: 3443, verification: { status: 'confirmed', note: '', source } },
          ],
          sources: [source],
        },
      ],
      sources: { checked: [source] },
    });
    const changes = diffDatasets(
      at(press('Press coverage')),
      at(press('IWF reports sharp rise', 'https://policeprofessional.com/?p=143399')),
    );
    expect(changes.datasets).toEqual([]);
    expect(changes.sources).toEqual([
      {
        label: 'Police Professional, IWF reports sharp rise (2026-03-26)',
        change: 'changed',
        fields: [
          { field: 'Title', kind: 'source', before: 'Press coverage', after: 'IWF reports sharp rise' },
          { field: 'URL', kind: 'other', after: 'https://policeprofessional.com/?p=143399' },
        ],
      },
    ]);
  });

  it('sees a field it does not know by name', () => {
    const changes = diffDatasets(
      version([{ period: year(2024), value: 13 }]),
      version([{ period: year(2024), value: 13, confidence: 'high' }], { licence: 'CC BY 4.0' }),
    );
    expect(entry(changes, 'videos', 'Dataset', 'licence')).toMatchObject({
      kind: 'other',
      after: 'CC BY 4.0',
    });
    expect(entry(changes, 'videos', '2024', 'confidence')).toMatchObject({ kind: 'other', after: 'high' });
  });
});

describe('the figure changelog of 0.1.0 (ac6bd61) → the current sources', () => {
  let changes: FigureChanges;
  let before: FigureData;
  let after: FigureData;
  beforeAll(async () => {
    // The data as 0.1.0 had it: from git where the clone has commit ac6bd61, else from its snapshot in
    // tests/data/fixtures (a shallow clone), which the test below holds equal to the commit.
    [before, after] = await Promise.all([
      hasRevision('ac6bd61') ? loadDataAt('ac6bd61') : (snapshot as FigureData),
      loadCurrentData(),
    ]);
    changes = diffDatasets(before, after);
  }, 60_000);

  it.skipIf(!hasRevision('ac6bd61'))('has a snapshot of 0.1.0’s data equal to commit ac6bd61’s', () => {
    expect(JSON.parse(JSON.stringify(before))).toEqual(snapshot);
  });

  it('has an entry for every dataset and figure whose data differ at all (checked without the diff’s rules)', () => {
    // An independent look: JSON with each source reduced to its publisher (a source's own details are listed
    // under Sources) and without `shape`, compared dataset by dataset and row by row in the rows' order.
    const plain = (value: unknown) =>
      JSON.stringify(value, (key, v) =>
        key === 'shape' ? undefined : v && typeof v === 'object' && 'publisher' in v ? v.publisher : v,
      );
    type Loose = { id: string; rows: unknown[]; aggregates?: unknown[] };
    const byId = (data: FigureData) => new Map((data.datasets as Loose[]).map((d) => [d.id, d]));
    const earlier = byId(before);
    let differing = 0;
    for (const [id, d] of byId(after)) {
      const was = earlier.get(id);
      if (!was) continue;
      const { rows, aggregates, ...rest } = d;
      const { rows: wasRows, aggregates: wasAggregates, ...wasRest } = was;
      if (plain(rest) !== plain(wasRest)) {
        differing++;
        expect(dataset(changes, id).fields.length, id).toBeGreaterThan(0);
      }
      const pairs = [
        ...rows.map((row, i) => [wasRows[i], row]),
        ...(aggregates ?? []).map((row, i) => [wasAggregates?.[i], row]),
      ];
      const rowsDiffering = pairs.filter(([old, now]) => plain(old) !== plain(now)).length;
      differing += rowsDiffering;
      // Each row that differs is a figure changed (or added, past the earlier version's rows).
      // Amazon's ~380,000 lost its period (the press gives none): its figure is keyed by who reported it now,
      // so the diff lists the H1 2025 figure removed and the Amazon figure added, two entries for one row.
      const entries = id === 'amazonTrainingDataReports' ? rowsDiffering + 1 : rowsDiffering;
      if (rowsDiffering) expect(dataset(changes, id).rows.length, id).toBe(entries);
    }
    expect(differing).toBeGreaterThan(20);
    const headlines = (data: FigureData) => (data.headlineStats ?? []).map(plain);
    headlines(after).forEach((h, i) => {
      if (h !== headlines(before)[i]) {
        const id = JSON.parse(h).id;
        expect(dataset(changes, 'headlineStats').rows.map((r) => r.key)).toContain(id);
      }
    });
  });

  it('has the new dataset openAiH1Content with its two figures, and removes only Amazon’s period', () => {
    expect(dataset(changes, 'openAiH1Content')).toMatchObject({
      change: 'added',
      rows: [
        { label: 'H1 2024', figure: '3,252 items' },
        { label: 'H1 2025', figure: '74,559 items' },
      ],
    });
    expect(changes.datasets.filter((d) => d.change === 'removed')).toEqual([]);
    expect(
      changes.datasets.flatMap((d) =>
        d.rows.filter((r) => r.change === 'removed').map((r) => [d.id, r.label]),
      ),
    ).toEqual([['amazonTrainingDataReports', 'H1 2025']]);
    expect(dataset(changes, 'amazonTrainingDataReports').rows).toContainEqual(
      expect.objectContaining({
        change: 'added',
        label: 'Amazon',
        figure: expect.stringMatching(/^380,000 items/),
      }),
    );
  });

  it('keeps every figure’s value (the computed 29%, 62% and 65% round as typed before)', () => {
    const values = changes.datasets.flatMap((d) =>
      d.rows.flatMap((r) => r.fields.filter((f) => f.kind === 'value' && f.before !== undefined)),
    );
    expect(values).toEqual([]);
  });

  it('has the corrected forum share at the publisher’s precision, and the counts behind the shares', () => {
    const forum = 'Realistic enough to be prosecuted (as the report states)';
    expect(entry(changes, 'forumStudy', forum, 'Check: publisher’s figure')).toMatchObject({
      kind: 'check',
      before: '86.03%',
      after: '86%',
    });
    expect(entry(changes, 'forumStudy', forum, 'Label')).toMatchObject({
      before: 'Realistic enough to be prosecuted',
    });
    expect(entry(changes, 'forumStudy', forum, 'Check: part (count)')).toMatchObject({ after: '2,562' });
    expect(entry(changes, 'forumStudy', forum, 'Check: whole (count)')).toMatchObject({ after: '2,978' });
    expect(entry(changes, 'forumStudy', forum, 'Check: label')).toMatchObject({
      after: 'Realistic enough to be treated as real CSAM under UK law',
    });
    expect(entry(changes, 'iwfSeverity', 'AI-generated videos, 2025', 'Part (count)')).toMatchObject({
      after: '2,233',
    });
    expect(entry(changes, 'iwfSeverity', 'AI-generated videos, 2025', 'Whole (count)')).toMatchObject({
      after: '3,443',
    });
    expect(entry(changes, 'csamHosting', 'Dataset', 'Total')).toMatchObject({
      after: '291,273 reports (webpages) the IWF confirmed as CSAM in 2024',
    });
  });

  it('has every title that changed', () => {
    const titles = Object.fromEntries(
      changes.datasets.flatMap((d) => d.fields.filter((f) => f.field === 'Title').map((f) => [d.id, f])),
    );
    expect(Object.keys(titles).sort()).toEqual([
      'amazonTrainingDataReports',
      'csamHosting',
      'ncmecAiReports',
      'ncmecH1Comparison',
      'ncmecProviderReports',
      'openAiH1Reports',
    ]);
    expect(titles.ncmecAiReports).toMatchObject({
      before: 'Reports of AI-generated CSAM to NCMEC',
      after: 'CyberTipline reports to NCMEC involving generative AI',
    });
    expect(titles.amazonTrainingDataReports).toMatchObject({
      after: 'Items of known CSAM Amazon reported finding in AI training data (about 380,000)',
    });
  });

  it('has the documents that hold the figures, and what the report cites beside them', () => {
    expect(entry(changes, 'iwfAiVideos', 'Dataset', 'Sources').after).toMatch(
      /Harm without limits.*Police Professional/,
    );
    expect(entry(changes, 'iwfAiVideos', 'Dataset', 'Cited by the report').after).toMatch(
      /Annual Report 2025/,
    );
    expect(entry(changes, 'forumStudy', 'Dataset', 'Sources')).toMatchObject({
      before: 'Stanford Internet Observatory / Cyberlaw, Stanford Internet Observatory / Cyberlaw',
    });
    expect(entry(changes, 'ncmecProviderReports', 'Dataset', 'Sources').after).toBe('(none)');
    expect(entry(changes, 'openAiH1Reports', 'Dataset', 'Sources').after).toMatch(/^Wired/);
    expect(entry(changes, 'csamHosting', 'Dataset', 'Sources').after).toMatch(
      /Annual Data & Insights Report 2024/,
    );
    expect(entry(changes, 'ncmecAiReports', '2024', 'Check: source')).toMatchObject({
      before: 'The New York Times; Bloomberg, Press reports of NCMEC’s 2024 count of AI-related reports',
      after:
        'The New York Times, A.I.-Generated Images of Child Sexual Abuse Are Flooding the Internet (2025-07)',
    });
    for (const id of [
      'iwfAiItemsTotal',
      'iwfSeverity',
      'iwfVictimSex',
      'ncmecAiReports',
      'amazonTrainingDataReports',
    ]) {
      expect(entry(changes, id, 'Dataset', 'Sources').before).toBeDefined();
    }
    expect(entry(changes, 'headlineStats', '`ai-items-two-years`', 'Sources').after).toBe('(none)');
  });

  it('has the statuses and check notes that changed', () => {
    expect(entry(changes, 'ncmecProviderReports', 'OpenAI', 'Change’s check: status')).toMatchObject({
      kind: 'status',
      after: 'unverified',
    });
    expect(entry(changes, 'ncmecAiReports', 'H1 2025', 'Check: note').after).toMatch(
      /380,000 of the 485,000 came from Amazon AI Services.*not part of this count/,
    );
    expect(entry(changes, 'iwfAiVideos', 'Dataset', 'Check: note').after).toMatch(/as the report says/);
    expect(entry(changes, 'openAiH1Reports', 'Dataset', 'Check: note').after).toMatch(/74,559 pieces/);
    expect(entry(changes, 'iwfSeverity', 'Dataset', 'Check: note').after).toMatch(/\(2,233\)/);
    expect(
      entry(changes, 'csamHosting', 'European Union (EU, group of countries)', 'Check: note').after,
    ).toMatch(/^The report says/);
    expect(entry(changes, 'legislation', 'ENFORCE Act', 'Check: note').after).toMatch(
      /The report’s description/,
    );
    const girls = 'Victims depicted as girls (as the report states)';
    expect(entry(changes, 'iwfVictimSex', girls, 'Check: label').after).toBe(
      'Victims depicted as girls in AI imagery, 2025',
    );
    expect(entry(changes, 'headlineStats', '`victims-girls`', 'Check: of').after).toBe(
      'victims depicted in the AI CSAM the IWF assessed in 2025',
    );
    // No check's status changed in this release: a law's stage neither.
    const statuses = changes.datasets.flatMap((d) =>
      [...d.fields, ...d.rows.flatMap((r) => r.fields)].filter((f) => f.kind === 'status'),
    );
    expect(statuses).toHaveLength(1);
  });

  it('has the labels, descriptions and notes that say what is counted', () => {
    expect(entry(changes, 'headlineStats', '`ncmec-h1-2025`', 'Label')).toMatchObject({
      before: 'NCMEC AI-CSAM reports (H1 2025)',
      after: 'CyberTipline reports to NCMEC involving generative AI, H1 2025 (January to June)',
    });
    expect(
      entry(changes, 'iwfVictimSex', 'Victims depicted as girls (as the report states)', 'Label').before,
    ).toBe('Victims depicted as girls (as the seed states)');
    expect(
      entry(
        changes,
        'legislation',
        'Crime and Policing Act 2026 (the report’s “UK Crime and Policing Bill”)',
        'Name',
      ).before,
    ).toBe('Crime and Policing Act 2026 (the seed’s “UK Crime and Policing Bill”)');
    expect(entry(changes, 'openAiH1Reports', 'Dataset', 'Description').after).toMatch(/pieces of content/);
    const notes = (id: string) => dataset(changes, id).fields.filter((f) => f.field === 'Note');
    expect(notes('ncmecAiReports').map((f) => f.after)).toEqual([
      'H1 2025 covers January to June 2025 only: compare it with H1 2024 (6,835 in NCMEC’s own figures), not with a full year.',
      'NCMEC counts CyberTipline reports involving generative AI, not only reports of AI-generated CSAM.',
      'No publisher says whether the 67,000 reports for 2024 (NCMEC, as the press reported it) and NCMEC’s own 6,835 for January to June 2024 count the same thing.',
    ]);
    expect(notes('forumStudy').map((f) => f.after?.slice(0, 14))).toEqual(['Denominators: ']);
    expect(notes('ncmecProviderReports')).toHaveLength(2);
    expect(notes('legislation')).toHaveLength(2);
    expect(notes('iwfAiItemsTotal')).toHaveLength(1);
    expect(notes('iwfSeverity')).toHaveLength(1);
    expect(notes('csamHosting')).toHaveLength(1);
    expect(notes('openAiH1Reports')).toHaveLength(1);
  });

  it('has every source added or revised, each once', () => {
    expect(changes.sources.filter((s) => s.change === 'added').map((s) => s.label)).toEqual([
      'The New York Times, A.I.-Generated Images of Child Sexual Abuse Are Flooding the Internet (2025-07)',
    ]);
    expect(changes.sources.filter((s) => s.change === 'removed')).toEqual([]);
    const revised = changes.sources
      .filter((s) => s.change === 'changed')
      .map((s) => `${s.label.slice(0, 40)} | ${s.fields.map((f) => f.field).join(', ')}`);
    expect(revised).toEqual([
      'Internet Watch Foundation (IWF), “Harm w | URL',
      'Police Professional, IWF reports sharp r | Title, URL',
      'Internet Watch Foundation (IWF), Annual  | URL',
      'Internet Watch Foundation (IWF), Annual  | URL, Published',
      'Internet Watch Foundation (IWF), IWF fig | Listed in',
      'Internet Watch Foundation (IWF), How AI  | URL',
      'Stanford Internet Observatory, Identifyi | URL, Published',
      'NBC News, The AI child exploitation cris | Title, URL, Published',
      'Wired, OpenAI’s child exploitation repor | Title',
      'U.S. Congress, S.1829, STOP CSAM Act of  | URL',
    ]);
  });

  it('is written as one Markdown section with a table per dataset', () => {
    const markdown = formatFigureChanges(changes, {
      version: '0.2.0',
      date: '2026-11-26',
      previous: '0.1.0',
      previousRef: 'commit ac6bd61',
    });
    expect(markdown.split('\n')[0]).toBe('## 0.2.0 (2026-11-26)');
    for (const d of changes.datasets) expect(markdown).toContain(`### \`${d.id}\`: `);
    expect(markdown).toContain('| Figure | What changed | Before | After |');
    expect(markdown).toContain('### Sources');
    expect(markdown).toContain(
      '| Realistic enough to be prosecuted (as the report states) | Check: publisher’s figure | 86.03% | 86% |',
    );
    // Every table row has its four cells.
    for (const line of markdown.split('\n').filter((l) => l.startsWith('| '))) {
      expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(6);
    }
  });
});

describe('FIGURES.md in the package', () => {
  const read = (file: string) => readFileSync(path.join(packageDir, file), 'utf8');

  it('ships in the tarball with the changelog, and the README links it', () => {
    expect(JSON.parse(read('package.json')).files).toEqual(
      expect.arrayContaining(['FIGURES.md', 'CHANGELOG.md']),
    );
    expect(read('README.md')).toContain('(FIGURES.md)');
  });

  it('has a section for the package’s version, newest first', () => {
    const figures = read('FIGURES.md');
    const versions = [...figures.matchAll(/^## (\S+) \((\d{4}-\d{2}-\d{2})\)$/gm)].map((m) => m[1]);
    expect(versions[0]).toBe(currentVersion());
    expect(figures.startsWith('# Figure changelog: @safeguard-charts/data\n')).toBe(true);
  });

  // The release tooling reads the git history: a shallow clone has none to read.
  it.skipIf(!hasRevision('ac6bd61'))(
    'compares 0.2.0 with 0.1.0 as commit ac6bd61 had it, which was never published',
    () => {
      expect(previousRelease('0.2.0')).toMatchObject({ version: '0.1.0', rev: 'ac6bd61' });
    },
  );
});
