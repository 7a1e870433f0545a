import type { KnownLawStatus } from '@safeguard-charts/data';
import { en } from './locales/en';
import type { Messages } from './types';

/*
 * Lookups in the message catalogues that hold no state and import nothing from React: the charts use them through
 * `useMessages`, and a server component through `@safeguard-charts/react/server`.
 */

/** `de-AT` → `['de-at', 'de']`: the tags to look for, most specific first. */
function fallbackTags(locale: string): string[] {
  const parts = String(locale).toLowerCase().split(/[-_]/).filter(Boolean);
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
}

/**
 * The catalogue for `locale` among `catalogs`, falling back from region to language (`de-AT` → `de`) and then
 * to English, which is always there.
 */
export function catalogFor(locale: string, catalogs: readonly Messages[] = []): Messages {
  const all = [...catalogs, en];
  for (const tag of fallbackTags(locale)) {
    const found = all.find((catalog) => catalog.locale.toLowerCase() === tag);
    if (found) return found;
  }
  return en;
}

/**
 * The languages with a catalogue of their own besides English, each its own file:
 * `@safeguard-charts/react/messages/<language>`. A test holds this list to the files.
 */
export const CATALOG_LANGUAGES = ['ar', 'de', 'es', 'fr', 'it', 'ja', 'nl', 'pl', 'pt', 'sv'] as const;

/** `de-DE` → `de`. */
function languageOf(locale: string): string {
  return String(locale).toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The English name of a language (`de` → `German`), else its code. */
function languageName(language: string): string {
  try {
    return new Intl.DisplayNames('en', { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}

/**
 * The development warning for a chart whose `locale` has a shipped catalogue that the page did not give it: the
 * numbers, dates and plurals follow the locale, the words stay English. Undefined when there is nothing to say
 * (the words are in the locale's language, or the library ships no catalogue for it: `en-GB`, `xx`). One message
 * per language, so a page warns once however many charts and regions (`de-DE`, `de-AT`) it has.
 */
export function missingCatalogMessage(locale: string, words: Pick<Messages, 'locale'>): string | undefined {
  const language = languageOf(locale);
  if (!(CATALOG_LANGUAGES as readonly string[]).includes(language)) return undefined;
  if (languageOf(words.locale) === language) return undefined;
  const name = languageName(language);
  return (
    `a chart's locale is ${name} ("${language}"): it writes numbers, dates and plurals in ${name}, but its words ` +
    `in English, because no ${name} catalogue was given. Add import { ${language} } from ` +
    `'@safeguard-charts/react/messages/${language}' and wrap the charts in <MessagesProvider catalogs={[${language}]}>.`
  );
}

/** Each stage of a law in English words (each catalogue has its own `lawStatuses`): the text carries the meaning. */
export const STATUS_LABEL: Readonly<Record<KnownLawStatus, string>> = en.lawStatuses;

/**
 * A law's stage in the words of `words` (a catalogue, English by default) where the library knows the stage, else
 * as the data gives it: `lawStatusText('pending', de)` is the German catalogue's word for a pending bill.
 */
export function lawStatusText(status: string, words: Pick<Messages, 'lawStatuses'> = en): string {
  const statuses = words.lawStatuses as Record<string, unknown>;
  const word = Object.hasOwn(statuses, status) ? statuses[status] : undefined;
  return typeof word === 'string' ? word : status;
}
