import type { Unit } from '@safeguard-charts/data';
import { formatValue, type Notation } from './format';

/** Texts an `Intl` formatter has written, by what was written how: a figure a chart writes again is not. */
const written = new Map<string, string>();

/**
 * The text `write` gives, kept under `key` (every input it depends on: the locale, the options and the value)
 * so it is written once: writing with an `Intl` formatter costs far more than a lookup. Up to 5,000 texts, then
 * the list starts over. For the charts that write a hundred figures or periods (a bar's value, then its table
 * cell); a page of charts stays far below it.
 */
export function memo(key: string, write: () => string): string {
  let text = written.get(key);
  if (text === undefined) {
    text = write();
    if (written.size >= 5000) written.clear();
    written.set(key, text);
  }
  return text;
}

/** `formatValue(value, unit, { locale, notation })`, written once (see {@link memo}). -0 is written each time. */
export function writtenValue(value: number, unit: Unit, locale: string, notation: Notation = 'full'): string {
  const write = () => formatValue(value, unit, { locale, notation });
  // -0 reads as "0" in a key, and Intl writes it "-0". Only whether the notation is `compact` counts (as for
  // `formatNumber`): a page's odd notation is never read further.
  return Object.is(value, -0)
    ? write()
    : memo(`v${locale}|${unit === 'percent'}|${notation === 'compact'}|${value}`, write);
}
