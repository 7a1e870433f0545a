/*
 * The title of an image whose chart was given none (figures drawn from a spreadsheet as they are): an image that
 * travels must say what it shows.
 */
import { periodName } from '../format';
import type { Messages } from '../i18n/types';

/** A row's period, where it has one. */
function periodOf(row: unknown): { start: string; end: string; label: string } | undefined {
  const period = (row as { period?: unknown } | null)?.period as
    | { start?: unknown; end?: unknown; label?: unknown }
    | undefined;
  return period &&
    typeof period.start === 'string' &&
    typeof period.end === 'string' &&
    typeof period.label === 'string'
    ? { start: period.start, end: period.end, label: period.label }
    : undefined;
}

/**
 * What a dataset's figures count and the periods they cover, in the chart's language: "Reports: January 2023 –
 * December 2024", "Share of the total" for shares; empty when the data says neither.
 */
export function imageTitle(
  dataset: unknown,
  locale: string,
  t: Pick<Messages, 'unitName' | 'labelled' | 'legendShare'>,
): string {
  const { unit, rows } = (dataset ?? {}) as { unit?: unknown; rows?: unknown };
  const word = unit === 'percent' ? t.legendShare : typeof unit === 'string' && unit ? t.unitName(unit) : '';
  const what = word ? word.charAt(0).toLocaleUpperCase(locale) + word.slice(1) : '';
  const periods = (Array.isArray(rows) ? rows : []).map(periodOf).filter((period) => period !== undefined);
  const first = periods[0];
  const last = periods[periods.length - 1];
  const span =
    first && last
      ? first === last
        ? periodName(first, locale, 'long')
        : `${periodName(first, locale, 'long')} – ${periodName(last, locale, 'long')}`
      : '';
  return what && span ? t.labelled(what, span) : what || span;
}
