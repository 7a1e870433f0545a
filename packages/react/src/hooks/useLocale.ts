import { useSyncExternalStore } from 'react';
import { safeLocale } from '../format';

const SERVER_LOCALE = 'en-US';

function subscribe(): () => void {
  return () => {};
}

function pageLocale(): string {
  if (typeof document === 'undefined') return SERVER_LOCALE;
  return safeLocale(document.documentElement.lang || globalThis.navigator?.language || SERVER_LOCALE);
}

/**
 * The locale a chart formats with: the `locale` prop, else the page's `<html lang>`, else the browser's.
 * The server renders `en-US` when no prop is given (it cannot see the page), and hydration then switches
 * to the page's locale without a mismatch warning. Pass `locale` for a server render in the right language.
 */
export function useLocale(locale: string | undefined): string {
  const fromPage = useSyncExternalStore(subscribe, pageLocale, () => SERVER_LOCALE);
  return locale ? safeLocale(locale) : fromPage;
}

const directions = new Map<string, boolean>();

/** Whether a locale is written right to left (Arabic, Hebrew, Persian, Urdu, …). */
export function isRtl(locale: string): boolean {
  const known = directions.get(locale);
  if (known !== undefined) return known;
  const rtl = readRtl(locale);
  if (directions.size < 200) directions.set(locale, rtl);
  return rtl;
}

function readRtl(locale: string): boolean {
  try {
    const intlLocale = new Intl.Locale(locale) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const info = intlLocale.getTextInfo?.() ?? intlLocale.textInfo;
    if (info?.direction) return info.direction === 'rtl';
    return ['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb'].includes(intlLocale.language);
  } catch {
    return false;
  }
}
