/*
 * Numbers written into the package's own sentences (notes, source lines). Pure and locale-free, so a note
 * reads the same on a server and in every browser; charts format numbers for their reader with `Intl`.
 */

/**
 * A number with thousands separated by commas and at most `digits` decimals: `writeNumber(440419)` is
 * "440,419", `writeNumber(86.03, 0)` is "86". An empty string for anything that is not a finite number.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function writeNumber(value: unknown, digits = 1): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  const factor = 10 ** digits;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [whole = '0', fraction] = String(rounded).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''}`;
}
