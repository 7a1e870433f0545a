import { createContext, type ReactNode, useContext, useMemo, useRef } from 'react';
import { warnOnce } from '../props/warnOnce';
import { catalogFor, missingCatalogMessage } from './catalog';
import { en } from './locales/en';
import type { Messages } from './types';

export { catalogFor };

interface MessagesContextValue {
  catalogs: readonly Messages[];
  overrides: Partial<Messages> | undefined;
}

const MessagesContext = /* @__PURE__ */ createContext<MessagesContextValue | null>(null);

/** Props of {@link MessagesProvider}. */
export interface MessagesProviderProps {
  /**
   * The catalogues the charts inside may use, e.g. `[de, fr]` from `@safeguard-charts/react/messages/de` and
   * `…/fr`. Each chart picks the one for its locale (`de-AT` → `de`), else English. Import only the languages
   * your pages use: each is its own file.
   */
  catalogs?: readonly Messages[];
  /** Your own words for any key, over every catalogue: `{ showData: 'See the figures' }`. */
  messages?: Partial<Messages>;
  /** The charts (or any part of the page holding them) that take these words. */
  children?: ReactNode;
}

/** Gives the charts inside the catalogues of your languages and your own words. Renders no element. */
export function MessagesProvider({ catalogs = [], messages, children }: MessagesProviderProps) {
  const outer = useContext(MessagesContext);
  const value = useMemo(
    () => ({
      catalogs: [...catalogs, ...(outer?.catalogs ?? [])],
      overrides: outer?.overrides || messages ? { ...outer?.overrides, ...messages } : undefined,
    }),
    [catalogs, messages, outer],
  );
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}

/**
 * The keys `en` lacks, and their kinds: the problem words (English takes them from the data package) and the
 * datasets' words (a page adds them: `@safeguard-charts/data/words/de`).
 */
const PROBLEM_KEYS: Record<string, string> = {
  problemAt: 'function',
  found: 'function',
  problems: 'object',
  datasetWords: 'object',
};

/** Only the keys of `value` a catalogue has, with a value of the same kind: a page's overrides, checked. */
function checked(value: unknown): Partial<Messages> {
  if (!value || typeof value !== 'object') return {};
  const out: Record<string, unknown> = {};
  try {
    for (const [key, item] of Object.entries(value)) {
      const expected = PROBLEM_KEYS[key] ?? typeof (en as unknown as Record<string, unknown>)[key];
      if (expected !== 'undefined' && typeof item === expected) out[key] = item;
    }
  } catch {
    return {};
  }
  return out as Partial<Messages>;
}

/**
 * The words a chart writes in `locale`: the catalogue chosen from the provider's catalogues (else English),
 * then the provider's own words, then the chart's `messages` prop. In development, a locale whose language has a
 * shipped catalogue the page did not give (`de-DE` without `de`) warns once, naming the import that fixes it.
 */
export function useMessages(locale: string, messages?: Partial<Messages>): Messages {
  const context = useContext(MessagesContext);
  // A page often writes `messages={{ showData: '…' }}` inline: a new object each render with the same words.
  // Keep the last one while its words are the same, so the catalogue (and every layout that reads it) is not
  // made again on every render.
  const last = useRef(messages);
  if (!sameWords(last.current, messages)) last.current = messages;
  const stable = last.current;
  const words = useMemo(
    () => ({
      ...catalogFor(locale, context?.catalogs),
      ...checked(context?.overrides),
      ...checked(stable),
    }),
    [locale, context, stable],
  );
  // `locale="de-DE"` alone formats in German and writes English words: say how to add the words, once per language.
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    const missing = missingCatalogMessage(locale, words);
    if (missing) warnOnce(missing);
  }
  return words;
}

/** Whether two sets of a page's words hold the same keys with the same values (functions by identity). */
function sameWords(a: Partial<Messages> | undefined, b: Partial<Messages> | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  try {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key])
    );
  } catch {
    return false;
  }
}
