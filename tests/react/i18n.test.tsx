// Every word a chart writes comes from the catalogue of its locale: complete catalogues, a fallback from a
// region to its language and then to English, the page's own words over any of them, and no English left
// on a German, Japanese or Arabic page.
import {
  csamHosting,
  FOUND_KINDS,
  iwfAiVideos,
  iwfSeverity,
  iwfVictimSex,
  legislation,
  ncmecAiReports,
  ncmecProviderReports,
  PROBLEM_WORDS,
  problemTextOf,
  seedSources,
} from '@safeguard-charts/data';
import {
  catalogFor,
  en,
  HostingMap,
  LegislationTracker,
  type Messages,
  MessagesProvider,
  NcmecTimeline,
  ProviderBars,
  SeverityComparison,
  ShareChart,
  SourceList,
  StatCard,
  SurgeChart,
} from '@safeguard-charts/react';
import * as locales from '@safeguard-charts/react/messages/index';
import { render, screen } from '@testing-library/react';
import { cloneElement, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

const catalogs = Object.values(locales) as Messages[];

/** What each English function writes for a sample of its parts: words a translated page must not show. */
function englishWords(): string[] {
  const parts = {
    publisher: 'P',
    period: '2024',
    value: '1',
    of: '',
    label: '',
    seed: '',
    count: 3,
    total: '9',
  };
  const words: string[] = [];
  for (const [key, value] of Object.entries(en)) {
    if (key === 'locale') continue;
    if (typeof value === 'string') words.push(value);
    else if (typeof value === 'function') {
      // Each function with the kinds of parts the catalogue's functions take; a call that does not fit is skipped.
      for (const args of [[parts], ['x', 'y'], ['videos', 3], [3]]) {
        try {
          const text = (value as (...a: unknown[]) => unknown)(...args);
          if (typeof text === 'string') words.push(text);
        } catch {
          // not this shape
        }
      }
    } else if (value && typeof value === 'object')
      words.push(...Object.values(value as Record<string, unknown>).filter((v) => typeof v === 'string'));
  }
  // What every problem says, where it is and what was found, with sample parts.
  const sample = problemTextOf(
    { found: { kind: 'array' }, value: 5, limit: 9, code: 'XX', firstRow: 2, choices: ['a', 'b'] },
    PROBLEM_WORDS,
  );
  for (const write of Object.values(PROBLEM_WORDS.problems)) words.push(write(sample));
  for (const kind of FOUND_KINDS) words.push(PROBLEM_WORDS.found({ kind, text: 'x' }));
  words.push(
    PROBLEM_WORDS.problemAt({ row: 1, field: 'f', csv: false }, ''),
    PROBLEM_WORDS.problemAt({ row: 1, field: 'f', csv: true }, ''),
  );
  // Keep the phrases: a single word such as "Code" or "Period" may be the same in another language.
  return [...new Set(words)]
    .map((w) => w.replace(/\b(P|2024|1|3|9|x)\b/g, '').trim())
    .filter((w) => w.split(/\s+/).length >= 2);
}

describe('catalogues', () => {
  it('ships eleven languages', () => {
    expect(catalogs.map((catalog) => catalog.locale).sort()).toEqual([
      'ar',
      'de',
      'en',
      'es',
      'fr',
      'it',
      'ja',
      'nl',
      'pl',
      'pt',
      'sv',
    ]);
  });

  it.each(catalogs.map((c) => [c.locale, c] as const))(
    '%s has every key of English, of the same kind',
    (_, catalog) => {
      const shape = (messages: Messages) =>
        Object.entries(messages)
          .map(
            ([key, value]) =>
              `${key}:${typeof value}:${value && typeof value === 'object' ? Object.keys(value).sort().join(',') : ''}`,
          )
          .sort();
      // English takes its problem words from the data package; every other catalogue has its own.
      expect(shape(catalog)).toEqual(shape(catalog === en ? en : { ...en, ...PROBLEM_WORDS }));
      for (const [key, value] of Object.entries(catalog))
        if (typeof value === 'string') expect(value.trim(), `${catalog.locale}.${key}`).not.toBe('');
    },
  );

  it.each(catalogs.filter((c) => c.locale !== 'en').map((c) => [c.locale, c] as const))(
    '%s translates every phrase rather than copying the English',
    (_, catalog) => {
      for (const [key, value] of Object.entries(catalog))
        if (typeof value === 'string' && value.split(' ').length > 1)
          expect(value, `${catalog.locale}.${key}`).not.toBe((en as unknown as Record<string, unknown>)[key]);
    },
  );

  it('counts in each language’s plural forms', () => {
    const pl = catalogs.find((c) => c.locale === 'pl') as Messages;
    expect([1, 3, 5, 22, 25].map((n) => pl.unit('reports', n))).toEqual([
      'zgłoszenie',
      'zgłoszenia',
      'zgłoszeń',
      'zgłoszenia',
      'zgłoszeń',
    ]);
    const ar = catalogs.find((c) => c.locale === 'ar') as Messages;
    expect([1, 2, 5, 11, 100].map((n) => ar.unit('reports', n))).toEqual([
      'بلاغ',
      'بلاغان',
      'بلاغات',
      'بلاغًا',
      'بلاغ',
    ]);
    expect(en.unit('videos', 1)).toBe('video');
    expect(en.unit('URLs', 5)).toBe('URLs');
  });

  it('falls back from a region to its language, then to English', () => {
    expect(catalogFor('de-AT', catalogs).locale).toBe('de');
    expect(catalogFor('pt-BR', catalogs).locale).toBe('pt');
    expect(catalogFor('zh-Hant-TW', catalogs).locale).toBe('en');
    expect(catalogFor('de-AT').locale).toBe('en');
  });
});

const charts: [string, ReactElement][] = [
  ['SurgeChart', <SurgeChart key="s" data={iwfAiVideos} title="T" />],
  ['NcmecTimeline', <NcmecTimeline key="n" data={ncmecAiReports} title="T" scale="log" />],
  ['ProviderBars', <ProviderBars key="p" data={ncmecProviderReports} title="T" showShare />],
  ['SeverityComparison', <SeverityComparison key="v" data={iwfSeverity} title="T" />],
  ['ShareChart', <ShareChart key="w" data={iwfVictimSex} title="T" />],
  ['HostingMap', <HostingMap key="h" data={csamHosting} title="T" />],
  ['LegislationTracker', <LegislationTracker key="l" data={legislation} title="T" />],
  ['StatCard', <StatCard key="c" value={Number.NaN} label="T" />],
  ['SourceList', <SourceList key="o" data={[seedSources]} />],
  // Bad data: the validators' words (where, what was found, what is wrong) are the reader's too.
  [
    'SurgeChart with a text value, a bad date and a row that is not an object',
    <SurgeChart
      key="bs"
      title="T"
      data={
        {
          unit: 'Anrufe',
          rows: [
            { period: { start: '2024-01-01', end: '2024-12-31', label: '2024' }, value: '12' },
            { period: { start: '2025-13-01', end: '2025-12-31', label: '2025' }, value: -4 },
            7,
          ],
        } as never
      }
    />,
  ],
  ['ProviderBars with no rows', <ProviderBars key="bp" title="T" data={{ title: 'x', rows: [] } as never} />],
  [
    'HostingMap with an unknown and a repeated country',
    <HostingMap
      key="bh"
      title="T"
      data={
        {
          rows: [
            { code: 'XYZ', percent: 5 },
            { code: 'NL', percent: 150 },
            { code: 'NLD', count: 3 },
          ],
        } as never
      }
    />,
  ],
  [
    'LegislationTracker with a law that has no stage',
    <LegislationTracker key="bl" title="T" data={{ rows: [{ name: 'A', jurisdiction: 'B' }] } as never} />,
  ],
];

describe.each(['de-DE', 'ja-JP', 'ar'])('a page in %s', (locale) => {
  const english = englishWords();
  it.each(charts)('%s writes no English word of the library', (_, chart) => {
    const html = renderToString(
      <MessagesProvider catalogs={catalogs}>
        <div lang={locale}>{cloneElement(chart, { locale } as never)}</div>
      </MessagesProvider>,
    );
    const text = new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
    // The data's own words (a law's "Signed into law" date label) are the data's, not the library's.
    const data = JSON.stringify((chart.props as { data?: unknown }).data ?? '');
    const found = english.filter((phrase) => text.includes(phrase) && !data.includes(phrase));
    expect(found).toEqual([]);
  });
});

describe('a page’s own words', () => {
  it('take precedence over the catalogue, from a prop or from the provider', () => {
    render(
      <MessagesProvider catalogs={catalogs} messages={{ hideData: 'Zahlen ausblenden' }}>
        <SurgeChart data={iwfAiVideos} title="T" locale="de-DE" messages={{ showData: 'Zahlen zeigen' }} />
      </MessagesProvider>,
    );
    expect(screen.getByRole('button', { name: 'Zahlen zeigen' }).textContent).toBe('Zahlen zeigen');
  });

  it('ignore keys a catalogue does not have and values of the wrong kind', () => {
    const html = renderToString(
      <SurgeChart data={iwfAiVideos} title="T" messages={{ showData: 5, nonsense: 'x' } as never} />,
    );
    expect(html).toContain('Show data');
  });
});
