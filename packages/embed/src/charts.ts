/*
 * The chart kinds the element draws, each fetched from the embed's own folder when a page first shows one, and
 * the languages, each fetched when a page uses it: a page with one bar chart loads one chart's code.
 */

import type { ComponentType } from 'react';
import { languageOf } from './preload';
import { CHART_KIND_INFO, type ChartKind, type Messages } from './react';

import { loadStyles } from './styles';

type Loaded = { default: unknown };
const component = (module: Loaded) => module.default as ComponentType<Record<string, unknown>>;

/** Each kind's code: one loader per name of `CHART_KIND_INFO` (the type holds them to the same list). */
const CODE: Record<ChartKind, () => Promise<ComponentType<Record<string, unknown>>>> = {
  'provider-bars': () => import('./kinds/provider-bars').then(component),
  surge: () => import('./kinds/surge').then(component),
  'ncmec-timeline': () => import('./kinds/ncmec-timeline').then(component),
  'hosting-map': () => import('./kinds/hosting-map').then(component),
  severity: () => import('./kinds/severity').then(component),
  share: () => import('./kinds/share').then(component),
  legislation: () => import('./kinds/legislation').then(component),
  sources: () => import('./kinds/sources').then(component),
  'stat-card': () => import('./kinds/stat-card').then(component),
};

/** The `chart` attribute's values. */
export const chartNames = Object.keys(CHART_KIND_INFO) as ChartKind[];

/** The chart kind the `chart` attribute names (what it reads, and a loader for its code), or undefined. */
export function chartFor(name: string) {
  if (!Object.hasOwn(CHART_KIND_INFO, name)) return undefined;
  const kind = name as ChartKind;
  // The kind's code, and its own rules of the stylesheet (see ./styles) before it draws.
  const load = () => Promise.all([CODE[kind](), loadStyles(kind)]).then(([code]) => code);
  return { ...CHART_KIND_INFO[kind], load };
}

/** Every shipped language but English (the charts' own), each fetched when a page first uses it. */
const LANGUAGES: Record<string, () => Promise<Messages>> = {
  ar: () => import('@safeguard-charts/react/messages/ar').then((m) => m.ar),
  de: () => import('@safeguard-charts/react/messages/de').then((m) => m.de),
  es: () => import('@safeguard-charts/react/messages/es').then((m) => m.es),
  fr: () => import('@safeguard-charts/react/messages/fr').then((m) => m.fr),
  it: () => import('@safeguard-charts/react/messages/it').then((m) => m.it),
  ja: () => import('@safeguard-charts/react/messages/ja').then((m) => m.ja),
  nl: () => import('@safeguard-charts/react/messages/nl').then((m) => m.nl),
  pl: () => import('@safeguard-charts/react/messages/pl').then((m) => m.pl),
  pt: () => import('@safeguard-charts/react/messages/pt').then((m) => m.pt),
  sv: () => import('@safeguard-charts/react/messages/sv').then((m) => m.sv),
};

/**
 * The words of the data package's datasets in each shipped language but English, each fetched only when a page
 * draws one of the package's datasets in that language: an English page, and a page with its own figures, fetch
 * none of them.
 */
const DATASET_WORDS: Record<string, () => Promise<Readonly<Record<string, string>>>> = {
  ar: () => import('@safeguard-charts/data/words/ar').then((m) => m.ar),
  de: () => import('@safeguard-charts/data/words/de').then((m) => m.de),
  es: () => import('@safeguard-charts/data/words/es').then((m) => m.es),
  fr: () => import('@safeguard-charts/data/words/fr').then((m) => m.fr),
  it: () => import('@safeguard-charts/data/words/it').then((m) => m.it),
  ja: () => import('@safeguard-charts/data/words/ja').then((m) => m.ja),
  nl: () => import('@safeguard-charts/data/words/nl').then((m) => m.nl),
  pl: () => import('@safeguard-charts/data/words/pl').then((m) => m.pl),
  pt: () => import('@safeguard-charts/data/words/pt').then((m) => m.pt),
  sv: () => import('@safeguard-charts/data/words/sv').then((m) => m.sv),
};

/** The datasets' words in `locale`'s language (`de-AT` → German), or none for English and languages not shipped. */
export function loadDatasetWords(locale: string): Promise<Readonly<Record<string, string>> | undefined> {
  const language = languageOf(locale);
  const load = Object.hasOwn(DATASET_WORDS, language) ? DATASET_WORDS[language] : undefined;
  // With the code that puts a dataset's texts in those words (see scripts/data-modules.mjs).
  return load
    ? Promise.all([load(), import('virtual:safeguard-localize')]).then(([words]) => words)
    : Promise.resolve(undefined);
}

/** The catalogue of `locale`'s language (`de-AT` → German), or none for English and languages not shipped. */
export function loadLanguage(locale: string): Promise<Messages | undefined> {
  const language = languageOf(locale);
  const load = Object.hasOwn(LANGUAGES, language) ? LANGUAGES[language] : undefined;
  return load ? load() : Promise.resolve(undefined);
}

/**
 * Fetches the problems' English sentences (see {@link loadProblemWords}) when the chart may have problems to say:
 * with a page's own figures, or a dataset of the package drawn by a kind that does not read its shape. The
 * package's datasets drawn by the kinds they are for are valid (the data package's tests hold that).
 */
export function problemWordsFor(
  kind: ReturnType<typeof chartFor>,
  data: unknown,
  own: boolean,
): Promise<unknown> {
  const shape = (data as { shape?: unknown } | null)?.shape;
  const fits =
    !own &&
    kind !== undefined &&
    (kind.form === 'sources' ||
      (kind.form === 'legislation' ? shape === 'legislation' : kind.csvShape === shape));
  return fits ? Promise.resolve() : loadProblemWords();
}

/**
 * The problems' English sentences, which the spreadsheet reader and the charts say (see
 * scripts/data-modules.mjs): fetched with the chart's code when a page gives its own figures.
 */
export function loadProblemWords(): Promise<unknown> {
  return import('virtual:safeguard-problem-words');
}
