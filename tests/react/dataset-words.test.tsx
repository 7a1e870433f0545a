/*
 * Every dataset of the data package, drawn by every chart kind that takes its shape, in German, French and
 * Japanese with the datasets' words (`@safeguard-charts/data/words/<lang>` on the catalogue): no English text of
 * the data's own is left (only citations, which stay in their document's language, and the laws' names), and
 * the package's half-year labels ("H1 2025") are in the catalogue's words.
 */
import {
  type DatasetWords,
  datasets,
  datasetTexts,
  localizeDataset,
  ncmecAiReports,
} from '@safeguard-charts/data';
import { de as deWords } from '@safeguard-charts/data/words/de';
import { fr as frWords } from '@safeguard-charts/data/words/fr';
import { ja as jaWords } from '@safeguard-charts/data/words/ja';
import { chartKind, type Messages, MessagesProvider, NcmecTimeline } from '@safeguard-charts/react';
import { de } from '@safeguard-charts/react/messages/de';
import { fr } from '@safeguard-charts/react/messages/fr';
import { ja } from '@safeguard-charts/react/messages/ja';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

const LANGUAGES: readonly [string, Messages, DatasetWords][] = [
  ['de', de, deWords],
  ['fr', fr, frWords],
  ['ja', ja, jaWords],
];

/** The chart kinds that draw each shape of dataset. */
const KINDS: Record<string, readonly string[]> = {
  series: ['surge', 'ncmec-timeline', 'stat-card'],
  shares: ['share', 'severity', 'stat-card'],
  providers: ['provider-bars', 'stat-card'],
  hosting: ['hosting-map', 'stat-card'],
  legislation: ['legislation'],
};

/** The text of some markup, as a reader reads it: tags out, entities and spaces as text. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
}

/** Spaces as `textOf` leaves them: a no-break space is a space. */
const spaced = (text: string) => text.replace(/\s+/g, ' ');

/** The text without the dataset's citations (each source's publisher and title, which stay in their language). */
function withoutCitations(text: string, dataset: unknown): string {
  const sources: { publisher?: string; title?: string }[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value))
        if (key === 'source' && item) sources.push(item as { title?: string });
        else if ((key === 'sources' || key === 'citedSources') && Array.isArray(item)) sources.push(...item);
        else collect(item);
  };
  collect(dataset);
  let rest = text;
  for (const { publisher, title } of sources)
    for (const part of [publisher, title]) if (part) rest = rest.split(spaced(part)).join(' ');
  return rest;
}

/** Each dataset drawn by one chart kind in one language: its rendered text. */
function drawn(kind: string, dataset: unknown, catalog: Messages, words: DatasetWords, row?: number): string {
  const info = chartKind(kind);
  if (!info) throw new Error(kind);
  const title = localizeDataset(dataset as { title: string }, words).title;
  return textOf(
    renderToStaticMarkup(
      createElement(
        MessagesProvider,
        { catalogs: [{ ...catalog, datasetWords: words }] },
        createElement(info.component, {
          data: dataset,
          title,
          locale: catalog.locale,
          ...(row !== undefined ? { row } : {}),
        }),
      ),
    ),
  );
}

describe.each(LANGUAGES)('the package’s datasets in %s', (_language, catalog, words) => {
  for (const dataset of datasets)
    for (const kind of KINDS[dataset.shape ?? ''] ?? [])
      it(`${dataset.id} as ${kind} has no English text of its own`, () => {
        const rows = kind === 'share' || kind === 'stat-card' ? dataset.rows.map((_, i) => i) : [undefined];
        const text = rows.map((row) => drawn(kind, dataset, catalog, words, row)).join(' ');
        // It drew: the localized title is there, no problem box instead of the chart.
        expect(text).toContain(spaced(localizeDataset(dataset as { title: string }, words).title));
        const english = datasetTexts(dataset)
          .map(({ text }) => text)
          // Texts kept as they are on purpose (the laws' names, a document's title) and short ones (a place's name).
          .filter((text) => words[text] !== text && text.split(/\s+/).length > 3);
        expect(english.filter((sentence) => text.includes(spaced(sentence)))).toEqual([]);
        // A half year in the catalogue's words, never the English "H1 2025" (a citation keeps its own title).
        expect(withoutCitations(text, dataset)).not.toMatch(/\bH[12] \d{4}\b/);
      });
});

describe('a half year in the reader’s words', () => {
  it('names H1 2025 as the catalogue does, in the columns, the table and the sentences', () => {
    const text = drawn('ncmec-timeline', ncmecAiReports, de, deWords);
    expect(text).toContain('1. Halbjahr 2025');
    expect(text).not.toContain('H1 2025');
    const english = textOf(
      renderToStaticMarkup(createElement(NcmecTimeline, { data: ncmecAiReports, title: 'x' })),
    );
    expect(english).toContain('H1 2025');
  });

  it('leaves a page’s own label as it is, and a half year whose dates are not January to June', () => {
    const own = {
      title: 'Our reports',
      unit: 'reports',
      sources: [],
      rows: [
        { period: { start: '2024-01-01', end: '2024-12-31', label: '2024' }, value: 10 },
        {
          period: { start: '2025-01-01', end: '2025-06-30', label: 'Jan–Jun 2025', partial: true },
          value: 20,
        },
        { period: { start: '2025-07-01', end: '2025-09-30', label: 'H1 2026' }, value: 30 },
      ],
    };
    const text = drawn('surge', own, de, {});
    expect(text).toContain('Jan–Jun 2025');
    expect(text).toContain('H1 2026');
  });

  it('translates nothing of a page’s own data without words for it, and the chrome still follows the locale', () => {
    const own = {
      title: 'Unsere Meldungen',
      unit: 'reports',
      sources: [{ publisher: 'Beispiel-Hotline', title: 'Jahresbericht' }],
      notes: ['Eigene Anmerkung.'],
      rows: [
        { period: { start: '2024-01-01', end: '2024-12-31', label: '2024' }, value: 10 },
        { period: { start: '2025-01-01', end: '2025-12-31', label: '2025' }, value: 20 },
      ],
    };
    const text = textOf(
      renderToStaticMarkup(
        createElement(
          MessagesProvider,
          { catalogs: [de] },
          createElement(chartKind('surge')?.component ?? 'div', {
            data: own,
            title: own.title,
            locale: 'de',
          }),
        ),
      ),
    );
    expect(text).toContain('Eigene Anmerkung.');
    expect(text).toContain('Quelle');
  });
});
