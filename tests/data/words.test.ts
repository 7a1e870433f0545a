/*
 * The datasets' own words in every shipped language (`@safeguard-charts/data/words/<lang>`): every text a reader
 * reads has a translation in each, the translation's numbers are the English text's, no translation uses the
 * term "child pornography" in any language, and `localizeDataset` replaces texts only.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import {
  type DatasetWords,
  datasets,
  datasetTexts,
  headlineStats,
  iwfAiVideos,
  localizeDataset,
  ncmecProviderReports,
} from '@safeguard-charts/data';
import { DATASET_WORDS } from '@safeguard-charts/data/words';
import { de } from '@safeguard-charts/data/words/de';
import { describe, expect, it } from 'vitest';

const LANGUAGES = ['ar', 'de', 'es', 'fr', 'it', 'ja', 'nl', 'pl', 'pt', 'sv'] as const;
type Language = (typeof LANGUAGES)[number];

/** Every dataset of the package and every headline figure, each with a name for the messages. */
const ALL = [
  ...datasets.map((dataset) => ({ name: dataset.id, value: dataset as unknown })),
  ...headlineStats.map((stat) => ({ name: `headlineStats ${stat.id}`, value: stat as unknown })),
];

/** Every text of the package's data a reader reads, once, with where it is. */
const TEXTS = ALL.flatMap(({ name, value }) =>
  datasetTexts(value).map(({ field, text }) => ({ where: `${name} ${field}`, text })),
);

/**
 * Texts kept as they are in every language, on purpose: the laws' official names, and a check's note that is a
 * document's title (a citation stays in its document's language).
 */
const KEPT = new Set([
  'TAKE IT DOWN Act',
  'STOP CSAM Act',
  'ENFORCE Act',
  'IWF Annual Data & Insights Report 2024.',
]);

/** How each language writes numbers in the datasets' texts: the group separator(s) and the decimal mark. */
const NUMBER_FORMAT: Record<Language | 'en', { group: string; decimal: string }> = {
  en: { group: ',', decimal: '.' },
  // Arabic: Western digits with English separators (Arabic-Indic digits and marks are read too, see below).
  ar: { group: ',٬', decimal: '.٫' },
  de: { group: '.', decimal: ',' },
  es: { group: '.', decimal: ',' },
  fr: { group: '\u202f\u00a0', decimal: ',' },
  it: { group: '.', decimal: ',' },
  ja: { group: ',', decimal: '.' },
  nl: { group: '.', decimal: ',' },
  pl: { group: '\u00a0\u202f', decimal: ',' },
  pt: { group: '.', decimal: ',' },
  sv: { group: '\u00a0\u202f', decimal: ',' },
};

/**
 * Where a translation writes a number in words that English writes in digits, on purpose (the Arabic dual
 * "سنتان" is "2 years").
 */
const NUMBER_IN_WORDS: Partial<Record<Language, ReadonlySet<string>>> = {
  ar: new Set(['total AI CSAM items found (2 years)']),
};

const escaped = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');

/** The numbers in `text` as `language` writes them, as values, sorted. */
function numbersIn(text: string, language: Language | 'en'): number[] {
  let plain = text.replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x660));
  // A half year's marker is not a number: "H1 2025" is "erstes Halbjahr 2025", "2025年上半期".
  if (language === 'en') plain = plain.replace(/\bH[12] (?=\d{4})/g, '');
  // Japanese writes a month by its number (2025年1月～6月) where English writes its name.
  if (language === 'ja') plain = plain.replace(/\d{1,2}(?=月)/g, '');
  const { group, decimal } = NUMBER_FORMAT[language];
  const pattern = new RegExp(`\\d+(?:[${escaped(group)}]\\d{3})*(?:[${escaped(decimal)}]\\d+)?`, 'g');
  return (plain.match(pattern) ?? [])
    .map((found) => Number(found.replace(new RegExp(`[${escaped(group)}]`, 'g'), '').replace(/[.,٫]/, '.')))
    .sort((a, b) => a - b);
}

/** Each language's words for "child pornography" (its law may use the term; a hotline's text does not). */
const CHILD_PORNOGRAPHY = [
  /child porn/i,
  /kinderporno/i,
  /pornographie infantile/i,
  /pornograf[ií]a infantil/i,
  /pornografia infantile/i,
  /pedopornogra/i,
  /pornografia dziecięca/i,
  /pornografii dziecięcej/i,
  /barnpornografi/i,
  /児童ポルノ/,
  /إباحية الأطفال/,
  /المواد الإباحية للأطفال/,
];

describe('the datasets’ words', () => {
  it('ship one module per language of the charts’ catalogues but English, and every language in DATASET_WORDS', () => {
    const files = readdirSync(path.resolve(__dirname, '../../packages/data/src/words'))
      .filter((file) => file !== 'index.ts')
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    expect(files).toEqual([...LANGUAGES]);
    expect(Object.keys(DATASET_WORDS).sort()).toEqual([...LANGUAGES]);
    expect(DATASET_WORDS.de).toBe(de);
  });

  it('have every text of every dataset (and headline figure) of the package, in every language', () => {
    expect(TEXTS.length).toBeGreaterThan(100);
    const missing = LANGUAGES.flatMap((language) =>
      TEXTS.filter(({ text }) => !Object.hasOwn(DATASET_WORDS[language], text)).map(
        ({ where, text }) => `${where} [${language}]: ${JSON.stringify(text)}`,
      ),
    );
    expect(missing).toEqual([]);
  });

  it('translate every text but the laws’ names and citations, and keep those as they are', () => {
    // A place's name may be the same in a language (Bulgaria, Hong Kong): a text of three words or more is not.
    const untranslated = LANGUAGES.flatMap((language) =>
      TEXTS.filter(
        ({ text }) =>
          !KEPT.has(text) && text.split(/\s+/).length >= 3 && DATASET_WORDS[language][text] === text,
      ).map(({ where, text }) => `${where} [${language}]: ${JSON.stringify(text)}`),
    );
    expect(untranslated).toEqual([]);
    for (const language of LANGUAGES)
      for (const text of KEPT)
        if (Object.hasOwn(DATASET_WORDS[language], text)) expect(DATASET_WORDS[language][text]).toBe(text);
  });

  it('hold no translation of a text the package no longer has', () => {
    const texts = new Set(TEXTS.map(({ text }) => text));
    const stale = LANGUAGES.flatMap((language) =>
      Object.keys(DATASET_WORDS[language])
        .filter((text) => !texts.has(text))
        .map((text) => `[${language}] ${JSON.stringify(text)}`),
    );
    expect(stale).toEqual([]);
  });

  it('write the same numbers as the English, in each language’s way of writing them', () => {
    const wrong: string[] = [];
    for (const language of LANGUAGES)
      for (const [english, translation] of Object.entries(DATASET_WORDS[language])) {
        if (NUMBER_IN_WORDS[language]?.has(english)) continue;
        const want = numbersIn(english, 'en');
        const got = numbersIn(translation, language);
        if (JSON.stringify(want) !== JSON.stringify(got))
          wrong.push(
            `[${language}] ${JSON.stringify(english)}: English ${want.join(' ')}, translation ${got.join(' ')}`,
          );
      }
    expect(wrong).toEqual([]);
  });

  it('never call the material “child pornography”, in any language', () => {
    const found = LANGUAGES.flatMap((language) =>
      Object.values(DATASET_WORDS[language])
        .filter((text) => CHILD_PORNOGRAPHY.some((term) => term.test(text)))
        .map((text) => `[${language}] ${text}`),
    );
    expect(found).toEqual([]);
  });

  it('read numbers as each language writes them (the check above is not vacuous)', () => {
    expect(numbersIn('291,273 webpages, 26,384.6 and H1 2025', 'en')).toEqual([2025, 26384.6, 291273]);
    expect(numbersIn('291.273 Webseiten, 26.384,6', 'de')).toEqual([26384.6, 291273]);
    expect(numbersIn('291\u202f273 pages, 26\u202f384,6', 'fr')).toEqual([26384.6, 291273]);
    expect(numbersIn('٢٩١٬٢٧٣ و 26,384.6', 'ar')).toEqual([26384.6, 291273]);
    expect(numbersIn('2025年1月～6月に440,419件', 'ja')).toEqual([2025, 440419]);
  });
});

describe('localizeDataset', () => {
  it('replaces each text with its translation and leaves numbers, ids, units, periods and sources as they are', () => {
    const german = localizeDataset(iwfAiVideos, de);
    expect(german.title).toBe(de[iwfAiVideos.title]);
    expect(german.description).toBe(de[iwfAiVideos.description]);
    expect(german.notes?.[0]).toBe(de[iwfAiVideos.notes?.[0] ?? '']);
    expect(german.verification.note).toBe(de[iwfAiVideos.verification.note]);
    expect(german.id).toBe('iwfAiVideos');
    expect(german.unit).toBe('videos');
    expect(german.rows).toEqual(iwfAiVideos.rows);
    expect(german.sources).toBe(iwfAiVideos.sources);
    expect(german.verification.source).toBe(iwfAiVideos.verification.source);
    expect(german.asOf).toBe(iwfAiVideos.asOf);
    // A copy: the package's dataset is not changed.
    expect(iwfAiVideos.title).toBe('AI-generated CSAM videos found by the IWF');
  });

  it('translates a change’s label and a row’s check, and keeps the provider’s name', () => {
    const german = localizeDataset(ncmecProviderReports, de);
    const [openAi] = german.rows;
    expect(openAi?.provider).toBe('OpenAI');
    expect(openAi?.change?.label).toBe('+9.650\u00a0% ggü. Vorjahr');
    expect(openAi?.change?.percent).toBe(9650);
    expect(openAi?.verification?.note).toBe(de[ncmecProviderReports.rows[0]?.verification?.note ?? '']);
  });

  it('leaves a text it has no words for as it is, and works on a page’s own dataset', () => {
    const own = {
      title: 'Our hotline’s reports',
      unit: 'reports',
      rows: [{ period: { start: '2024-01-01', end: '2024-12-31', label: '2024' }, value: 12 }],
      sources: [{ publisher: 'Our hotline', title: 'Annual report' }],
      notes: ['Countries not listed have no data here, which is not the same as zero.'],
    };
    const words: DatasetWords = { 'Our hotline’s reports': 'Meldungen unserer Hotline' };
    const german = localizeDataset(own, { ...de, ...words });
    expect(german.title).toBe('Meldungen unserer Hotline');
    expect(german.notes[0]).toBe(
      de['Countries not listed have no data here, which is not the same as zero.'],
    );
    expect(german.sources).toBe(own.sources);
    expect(localizeDataset(own, {}).title).toBe('Our hotline’s reports');
    expect(localizeDataset(own, undefined)).toBe(own);
  });

  it('never throws: input it cannot read comes back as it is', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    expect(localizeDataset(hostile, de)).toBe(hostile);
    expect(localizeDataset(null, de)).toBe(null);
    expect(localizeDataset('text', de)).toBe('text');
    const cyclic: Record<string, unknown> = { title: 'Victims depicted as girls in CSAM' };
    cyclic.self = cyclic;
    expect(() => localizeDataset(cyclic, de)).not.toThrow();
    expect(datasetTexts(hostile)).toEqual([]);
  });
});
