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
  PROBLEM_CODES,
  PROBLEM_WORDS,
  problemText,
  problemTextOf,
  seedSources,
} from '@safeguard-charts/data';
import { sv as svWords } from '@safeguard-charts/data/words/sv';
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
import { describe, expect, it, vi } from 'vitest';
import { CATALOG_LANGUAGES } from '../../packages/react/src/i18n/catalog';

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

  it.each(catalogs.filter((c) => c.locale !== 'en').map((c) => [c.locale, c] as const))(
    '%s writes every problem, the CSV reader’s new ones too, in its own words',
    (_, catalog) => {
      const sample = {
        found: { kind: 'text', text: '14.903' },
        value: 14903,
        firstRow: 3,
        choices: ['a', 'b'],
      } as const;
      for (const code of PROBLEM_CODES) {
        const problem = { row: null, csvRow: 4, field: 'Wert', code, params: sample };
        expect(problemText(problem, catalog, catalog.locale), `${catalog.locale} ${code}`).not.toBe(
          problemText(problem, PROBLEM_WORDS, catalog.locale),
        );
      }
    },
  );

  it('tells a German hotline how to fix its spreadsheet in German', () => {
    const de = catalogs.find((c) => c.locale === 'de') as Messages;
    const at = (code: (typeof PROBLEM_CODES)[number], params: object) =>
      problemText({ row: null, csvRow: 5, field: 'Meldungen', code, params }, de, 'de-DE');
    expect(at('csv-not-period', { found: { kind: 'text', text: 'Mrz 24' } })).toBe(
      'Zeile 5, Spalte „Meldungen“: Der Text „Mrz 24“ ist kein Zeitraum: Schreiben Sie 2024, 2024-03, März 2024, Q3 2024, H1 2025 oder 2024-04-01/2025-03-31.',
    );
    expect(at('csv-fraction-in-counts', { found: { kind: 'text', text: '14.903' }, value: 14903 })).toBe(
      'Zeile 5, Spalte „Meldungen“: Der Text „14.903“ ist eine Kommazahl in einer Spalte mit ganzen Zahlen: Meinten Sie 14.903? Schreiben Sie die Zahl zur Sicherheit ohne Trennzeichen (14903).',
    );
    // The note of a cell with no figure names the words the chart writes in that cell.
    expect(at('csv-no-data', { found: { kind: 'text', text: 'k. A.' } })).toContain(`„${de.noData}“`);
  });

  it.each(catalogs.filter((c) => c.locale !== 'en').map((c) => [c.locale, c] as const))(
    '%s names a month in its own language among the periods a spreadsheet may write',
    (_, catalog) => {
      const text = catalog.problems?.['csv-not-period']?.(problemTextOf({}, PROBLEM_WORDS)) ?? '';
      const march = new Intl.DateTimeFormat(catalog.locale, { month: 'long', timeZone: 'UTC' })
        .format(new Date(Date.UTC(2024, 2, 1)))
        .toLowerCase();
      expect(text.toLowerCase()).toContain(march);
    },
  );

  it('lists every shipped language but English as having its own catalogue', () => {
    expect([...CATALOG_LANGUAGES].sort()).toEqual(
      catalogs
        .map((c) => c.locale)
        .filter((l) => l !== 'en')
        .sort(),
    );
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

describe('a locale without its catalogue', () => {
  it('warns once per language in development, naming the import and the provider that add the words', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <>
        <ProviderBars data={ncmecProviderReports} title="T" locale="de-DE" />
        <SurgeChart data={iwfAiVideos} title="T" locale="de-AT" />
      </>,
    );
    // German numbers under English words, as before: the warning says so, it changes nothing on the page.
    expect(screen.getAllByRole('button', { name: 'Show data' })).toHaveLength(2);
    const messages = warn.mock.calls
      .map(([message]) => String(message))
      .filter((m) => m.includes('catalogue'));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("import { de } from '@safeguard-charts/react/messages/de'");
    expect(messages[0]).toContain('<MessagesProvider catalogs={[de]}>');
  });

  it('does not warn when the provider gives the catalogue, and does before it does', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const sv = catalogs.find((c) => c.locale === 'sv') as Messages;
    render(
      <MessagesProvider catalogs={[{ ...sv, datasetWords: svWords }]}>
        <SurgeChart data={iwfAiVideos} title="T" locale="sv-SE" />
      </MessagesProvider>,
    );
    expect(screen.getByRole('button', { name: 'Visa data' })).toBeTruthy();
    expect(warn).not.toHaveBeenCalled();
    // The catalogue without the datasets' words: the package's dataset would be drawn in English words, said once.
    render(
      <MessagesProvider catalogs={[sv]}>
        <SurgeChart data={iwfAiVideos} title="T" locale="sv-SE" />
      </MessagesProvider>,
    );
    expect(warn.mock.calls.map(([m]) => String(m)).join('\n')).toContain(
      "import { sv as svWords } from '@safeguard-charts/data/words/sv'",
    );
    warn.mockClear();
    // The same chart without the provider: the warning the provider kept away.
    render(<SurgeChart data={iwfAiVideos} title="T" locale="sv-SE" />);
    expect(warn.mock.calls.map(([m]) => String(m)).join('\n')).toContain(
      "import { sv } from '@safeguard-charts/react/messages/sv'",
    );
  });

  it('does not warn for English in any region, nor for a language the library has no words for', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <>
        <SurgeChart data={iwfAiVideos} title="T" locale="en-GB" />
        <SurgeChart data={iwfAiVideos} title="T" locale="xx" />
        <SurgeChart data={iwfAiVideos} title="T" locale="zh-Hant-TW" />
      </>,
    );
    expect(warn).not.toHaveBeenCalled();
  });

  it('does not warn in a production build', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubEnv('NODE_ENV', 'production');
    try {
      render(<SurgeChart data={iwfAiVideos} title="T" locale="it-IT" />);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(warn).not.toHaveBeenCalled();
    // Outside production the same chart warns: the check above could fail.
    render(<SurgeChart data={iwfAiVideos} title="T" locale="it-IT" />);
    expect(warn.mock.calls.map(([m]) => String(m)).join('\n')).toContain('messages/it');
  });
});
