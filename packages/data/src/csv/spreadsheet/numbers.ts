import { norm, wordSet } from './normalize';
import { NO_DATA_WORDS } from './words';

/*
 * Numbers as a spreadsheet's owner writes them, read in the file's own convention: the decimal mark is decided
 * once per file from the cells that can only be read one way (`1.234,5`, `31,4`, `1,234,567`), never guessed
 * cell by cell. Grouping by `.`, `,`, spaces (also no-break and narrow no-break), thin spaces and apostrophes.
 */

/** A decimal mark. */
export type DecimalMark = '.' | ',';

/** What a cell says of the decimal mark: only `.` or only `,` reads it; either would (`8.412`); it has none. */
export type NumberEvidence = DecimalMark | 'either' | 'none' | 'invalid';

const SPACES = /[\s\u00A0\u202F\u2009\u2007'’]/g;
let noData: Set<string> | undefined;

/** Whether a cell says there is no figure: empty, `k.A.`, `n/a`, `—`, `–`, `..` (in any shipped language). */
export function isNoData(cell: string): boolean {
  // A cell that starts with a digit holds something other than a no-data word.
  if (/^[-+−]?\d/.test(cell) && cell.length > 1) return false;
  noData ??= wordSet(NO_DATA_WORDS);
  const text = norm(cell);
  return text === '' || noData.has(text) || noData.has(text.replace(/\.$/, ''));
}

interface Parts {
  /** Digits and marks only: `1.234,5`. */
  body: string;
  /** What the cell says of the decimal mark, once worked out. */
  evidence?: NumberEvidence;
  negative: boolean;
  percent: boolean;
}

/** A cell without its sign, percent sign and grouping spaces; undefined when it is not written as a number. */
// A file repeats few cells, but each is read several times (which columns hold figures, the decimal mark, the
// figure): each cell's parts are worked out once.
const seenParts = new Map<string, Parts | null>();

function partsOf(cell: string): Parts | undefined {
  let parts = seenParts.get(cell);
  if (parts === undefined) {
    if (seenParts.size > 50_000) seenParts.clear();
    parts = readParts(cell) ?? null;
    seenParts.set(cell, parts);
  }
  return parts ?? undefined;
}

function readParts(cell: string): Parts | undefined {
  let text = norm(cell).replace(SPACES, '');
  let percent = false;
  if (text.endsWith('%')) {
    percent = true;
    text = text.slice(0, -1);
  }
  let negative = false;
  if (/^[-−+]/.test(text)) {
    negative = text[0] !== '+';
    text = text.slice(1);
  }
  return /^(\d[\d.,]*|[.,]\d+)$/.test(text) && !/[.,]$/.test(text)
    ? { body: text, negative, percent }
    : undefined;
}

const GROUPED: Readonly<Record<string, RegExp>> = { '.': /^\d{1,3}(\.\d{3})+$/, ',': /^\d{1,3}(,\d{3})+$/ };
const groupedBy = (mark: string, digits: string) =>
  /^\d+$/.test(digits) || (GROUPED[mark]?.test(digits) ?? false);

/** What one cell says of the file's decimal mark. */
export function numberEvidence(cell: string): NumberEvidence {
  const parts = partsOf(cell);
  if (!parts) return 'invalid';
  parts.evidence ??= evidenceOf(parts);
  return parts.evidence;
}

function evidenceOf(parts: Parts): NumberEvidence {
  const { body } = parts;
  const comma = body.lastIndexOf(',');
  const point = body.lastIndexOf('.');
  if (comma < 0 && point < 0) return 'none';
  if (comma >= 0 && point >= 0) {
    const decimal: DecimalMark = comma > point ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [whole = ''] = body.split(decimal);
    return body.split(decimal).length === 2 && groupedBy(group, whole) ? decimal : 'invalid';
  }
  const mark: DecimalMark = comma >= 0 ? ',' : '.';
  const pieces = body.split(mark);
  if (pieces.length > 2) return groupedBy(mark, body) ? (mark === ',' ? '.' : ',') : 'invalid';
  const [whole = '', fraction = ''] = pieces;
  // `8.412`, `14,903`: a group of thousands or three decimals; `0,123` can only be a fraction.
  if (fraction.length === 3 && whole.length >= 1 && whole.length <= 3 && whole !== '0') return 'either';
  return mark;
}

/** A number read in the file's convention. */
export interface ReadNumber {
  value: number;
  /** Written with exactly three digits after the decimal mark and a short whole part: `14,903` (could be 14903). */
  threeDecimals: boolean;
  /** Written with a percent sign. */
  percent: boolean;
}

/**
 * A cell as a number in a file whose decimal mark is `decimal`: `undefined` when it is not a number in that
 * convention (`1,234.5` in a decimal-comma file, `(12)`, `12 Stück`).
 */
export function readNumber(cell: string, decimal: DecimalMark): ReadNumber | undefined {
  const key = decimal + cell;
  let read = seenNumbers.get(key);
  if (read === undefined) {
    if (seenNumbers.size > 50_000) seenNumbers.clear();
    read = numberIn(cell, decimal) ?? null;
    seenNumbers.set(key, read);
  }
  return read ?? undefined;
}

const seenNumbers = new Map<string, ReadNumber | null>();

function numberIn(cell: string, decimal: DecimalMark): ReadNumber | undefined {
  const parts = partsOf(cell);
  if (!parts) return undefined;
  const group = decimal === ',' ? '.' : ',';
  const [whole = '', fraction, extra] = parts.body.split(decimal);
  if (extra !== undefined || !groupedBy(group, whole || '0')) return undefined;
  const digits = whole.split(group).join('') || '0';
  const value = Number(fraction === undefined ? digits : `${digits}.${fraction}`);
  if (!Number.isFinite(value)) return undefined;
  return {
    value: parts.negative ? -value : value,
    threeDecimals: fraction?.length === 3 && whole.length <= 3 && whole !== '0' && whole !== '',
    percent: parts.percent,
  };
}

/**
 * The decimal mark of a file, from its number cells: the mark the cells that can only be read one way use
 * (most of them, where they disagree); else, where cells such as `8.412` could be either, the other mark (they
 * are groups of thousands: counts are whole); else `,` in a file separated by `;` (Excel set to a language with a
 * decimal comma) or the page's language's mark; else `.`.
 */
export function decimalMarkOf(cells: readonly string[], delimiter: string, locale?: string): DecimalMark {
  let comma = 0;
  let point = 0;
  const either = new Set<string>();
  for (const cell of cells) {
    const evidence = numberEvidence(cell);
    if (evidence === ',') comma += 1;
    else if (evidence === '.') point += 1;
    else if (evidence === 'either') either.add(cell.includes(',') ? ',' : '.');
  }
  if (comma !== point) return comma > point ? ',' : '.';
  if (either.size === 1) return either.has('.') ? ',' : '.';
  if (delimiter === ';') return ',';
  return localeDecimal(locale);
}

function localeDecimal(locale: string | undefined): DecimalMark {
  if (!locale) return '.';
  try {
    const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
    return part?.value === ',' ? ',' : '.';
  } catch {
    return '.';
  }
}
