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
