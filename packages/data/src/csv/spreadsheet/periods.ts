import { calendarYear, dateRange, half, month, quarter } from '../../periods';
import type { Period } from '../../types';
import { norm } from './normalize';
import { ORDINAL_WORDS, PART_WORDS, SPREADSHEET_LANGUAGES } from './words';

/*
 * Periods as each locale's Excel, LibreOffice and Google Sheets write them: years, months by number or by name
 * (the names from `Intl.DateTimeFormat` in every shipped language, long, short and as Excel abbreviates them),
 * quarters and half years in each language's words, Japanese 年/月/四半期/年度, and whole dates. Pure.
 */

/** What kind of period a cell names, for finding gaps in a regular series. */
export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'day' | 'other';

/** A period read from a cell, with its kind. */
export interface ReadPeriod {
  period: Period;
  kind: PeriodKind;
}

/** How a file writes whole dates with slashes or dots: day first (`01/04/2023`) or month first (`4/1/2023`). */
export type DateOrder = 'day-first' | 'month-first' | 'year-first';

let monthNames: Map<string, number> | undefined;

/** Month names and abbreviations in every shipped language (and the Levant's Arabic names), to their number. */
function months(): Map<string, number> {
  if (monthNames) return monthNames;
  const found = new Map<string, number>();
  const clash = new Set<string>();
  const add = (name: string, m: number) => {
    const key = norm(name).replace(/\.$/, '');
    if (!key || /\d/.test(key)) return;
    if (found.has(key) && found.get(key) !== m) clash.add(key);
    else found.set(key, m);
  };
  const locales = [...SPREADSHEET_LANGUAGES.filter((l) => l !== 'ja'), 'ar-SY', 'ar-MA'];
  const styles: Intl.DateTimeFormatOptions[] = [
    { month: 'long' },
    { month: 'short' },
    { month: 'long', day: 'numeric' },
    { month: 'short', day: 'numeric' },
  ];
  for (const locale of locales)
    for (const style of styles) {
      let format: Intl.DateTimeFormat;
      try {
        format = new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC' });
      } catch {
        continue;
      }
      for (let m = 1; m <= 12; m += 1) {
        const name = format.formatToParts(Date.UTC(2023, m - 1, 15)).find((p) => p.type === 'month')?.value;
        if (!name) continue;
        add(name, m);
        // Three letters, as Excel and LibreOffice abbreviate (`Mär`, `janv` → `jan`).
        if (style.month === 'long' && !/[\u0600-\u06FF]/.test(name))
          add([...norm(name)].slice(0, 3).join(''), m);
      }
    }
  // German Excel's own abbreviation of März; Swedish and Dutch short forms without Intl's dots.
  add('mrz', 3);
  add('mrt', 3);
  add('sept', 9);
  for (const key of clash) found.delete(key);
  monthNames = found;
  return found;
}

let partWords: Map<string, 'quarter' | 'half'> | undefined;
let ordinals: Map<string, number> | undefined;

function parts(): { words: Map<string, 'quarter' | 'half'>; numbers: Map<string, number> } {
  if (!partWords || !ordinals) {
    partWords = new Map();
    for (const kind of ['quarter', 'half'] as const)
      for (const language of SPREADSHEET_LANGUAGES)
        for (const word of PART_WORDS[kind][language]) partWords.set(norm(word).replace(/\.$/, ''), kind);
    ordinals = new Map([
      ['i', 1],
      ['ii', 2],
      ['iii', 3],
      ['iv', 4],
    ]);
    for (const [n, words] of Object.entries(ORDINAL_WORDS))
      for (const word of words) ordinals.set(norm(word), Number(n));
  }
  return { words: partWords, numbers: ordinals };
}

/** Tokens that only decorate an ordinal or join words: `1er`, `2e`, `1º`, `1.`, `de`, `del`, `第`. */
const FILLER = new Set([
  'er',
  're',
  'e',
  'eme',
  'ème',
  'o',
  'a',
  'º',
  '°',
  'st',
  'nd',
  'rd',
  'th',
  'de',
  'del',
  'do',
  'da',
  'van',
  'het',
  'des',
  'du',
]);

const twoDigitYear = (yy: number) => 2000 + yy;

const validDate = (y: number, m: number, d: number) => {
  if (m < 1 || m > 12 || d < 1 || y < 1000) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
};

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** A single day, kept as a day: the reader turns a column of 1sts into months afterwards. */
function day(y: number, m: number, d: number, label: string): ReadPeriod | undefined {
  return validDate(y, m, d)
    ? { period: dateRange(iso(y, m, d), iso(y, m, d), label), kind: 'day' }
    : undefined;
}

function monthOf(y: number, m: number, label: string): ReadPeriod | undefined {
  return m >= 1 && m <= 12 && y >= 1000 ? { period: month(y, m, { label }), kind: 'month' } : undefined;
}

/** A quarter or half from tokens such as `1. quartal 2024`, `q1 2024`, `t1 2024`, `i kw 2024`, `الربع الأول 2024`. */
function partOf(text: string, label: string): ReadPeriod | undefined {
  const { words, numbers } = parts();
  const tokens = text
    .replace(/(\p{L})(\d)/gu, '$1 $2')
    .replace(/(\d)(\p{L})/gu, '$1 $2')
    .split(/[\s.,/\-_'’()°º]+/)
    .filter((t) => t && !FILLER.has(t));
  let year: number | undefined;
  let n: number | undefined;
  let kind: 'quarter' | 'half' | undefined;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as string;
    const two = `${token} ${tokens[i + 1] ?? ''}`;
    if (/^\d{4}$/.test(token) && year === undefined) year = Number(token);
    else if (/^[1-4]$/.test(token) && n === undefined) n = Number(token);
    else if (words.has(two) && !kind) {
      kind = words.get(two);
      i += 1;
    } else if (words.has(token) && !kind) kind = words.get(token);
    else if (numbers.has(token) && n === undefined) n = numbers.get(token);
    else return undefined;
  }
  if (year === undefined || n === undefined || !kind) return undefined;
  if (kind === 'quarter' && n <= 4) return { period: quarter(year, n as 1 | 2 | 3 | 4, { label }), kind };
  if (kind === 'half' && n <= 2) return { period: half(year, n as 1 | 2, { label }), kind };
  return undefined;
}

/**
 * A period as a spreadsheet writes it, or `undefined`. `order` says how the file writes dates with slashes
 * (found once per file by {@link dateOrderOf}). The cell, trimmed, is kept as the period's label.
 */
export function readPeriod(cell: string, order: DateOrder = 'day-first'): ReadPeriod | undefined {
  // A footnote mark (`2024*`, a provisional figure) is no part of the dates, but stays in the label readers see.
  const label = cell.trim();
  const text = norm(label.replace(/[*¹²³†]+$/, '')).replace(/\s+00:00(:00)?$/, '');
  if (!text) return undefined;
  let m: RegExpExecArray | null;
  // A cell that starts with a letter names a month or a part of a year: the forms in digits cannot match it.
  if (text.charCodeAt(0) > 0x39) return byName(text, label);
  m = /^(\d{4})$/.exec(text);
  if (m) return { period: calendarYear(Number(m[1]), { label }), kind: 'year' };
  // ISO and year-first: 2023-03, 2023/03, 2023.03, 2023-04-01, 2023/4/1
  m = /^(\d{4})[-/.](\d{1,2})$/.exec(text);
  if (m) return monthOf(Number(m[1]), Number(m[2]), label);
  m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]), label);
  // Month and year by number: 01.2023, 03/2023, 3-2023
  m = /^(\d{1,2})[./-](\d{4})$/.exec(text);
  if (m) return monthOf(Number(m[2]), Number(m[1]), label);
  // Whole dates: 01.04.2023 (day first always), 01/04/2023 or 4/1/2023 (the file's order), two-digit years
  m = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text);
  if (m) {
    const y = (m[4] as string).length === 2 ? twoDigitYear(Number(m[4])) : Number(m[4]);
    const [a, b] = [Number(m[1]), Number(m[3])];
    return m[2] === '.' || order !== 'month-first' ? day(y, b, a, label) : day(y, a, b, label);
  }
  // Japanese: 2023年, 2023年3月, 2023年3月1日, 2023年度 (April to March), 2023年第1四半期, 2023年上半期
  m = /^(\d{4})年$/.exec(text);
  if (m) return { period: calendarYear(Number(m[1]), { label }), kind: 'year' };
  m = /^(\d{4})年\s*(\d{1,2})月$/.exec(text);
  if (m) return monthOf(Number(m[1]), Number(m[2]), label);
  m = /^(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日$/.exec(text);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]), label);
  m = /^(\d{4})年度$/.exec(text);
  if (m) {
    const y = Number(m[1]);
    return { period: dateRange(`${y}-04-01`, `${y + 1}-03-31`, label), kind: 'other' };
  }
  m = /^(\d{4})年?\s*(?:第\s*([1-4])\s*四半期|q([1-4]))$/.exec(text);
  if (m)
    return {
      period: quarter(Number(m[1]), Number(m[2] ?? m[3]) as 1 | 2 | 3 | 4, { label }),
      kind: 'quarter',
    };
  m = /^(\d{4})年?\s*(上|下)(?:半)?期$/.exec(text);
  if (m) return { period: half(Number(m[1]), m[2] === '上' ? 1 : 2, { label }), kind: 'half' };
  // Two dates: 2024-04-01/2025-03-31
  m = /^(\d{4}-\d{2}-\d{2})\s*[/–-]\s*(\d{4}-\d{2}-\d{2})$/.exec(text);
  if (m) return { period: dateRange(m[1] as string, m[2] as string, label), kind: 'other' };
  return byName(text, label);
}

/** A period whose cell names a month or a part of the year in words (`März 2023`, `2023 März`, `Q1 2024`). */
function byName(text: string, label: string): ReadPeriod | undefined {
  // A month by name: März 2023, Mrz 23, Jan-23, janv. 2023, marzo de 2023, يناير 2023
  let m = /^(\p{L}+)\.?[\s\-/.,]*(?:(?:de|del)\s+)?(\d{4}|'?\d{2})$/u.exec(text);
  if (m) {
    const n = months().get(m[1] as string);
    const y = (m[2] as string).replace("'", '');
    if (n) return monthOf(y.length === 2 ? twoDigitYear(Number(y)) : Number(y), n, label);
  }
  m = /^(\d{4})[\s\-/.,]*(\p{L}+)\.?$/u.exec(text);
  if (m) {
    const n = months().get(m[2] as string);
    if (n) return monthOf(Number(m[1]), n, label);
  }
  return partOf(text, label);
}

/**
 * How a file writes its dates with slashes: month first where a first number is over 12 nowhere and a second is
 * somewhere (`4/13/2023`), day first where a first is (`13/04/2023`); else by the page's language (month first
 * only for English as the United States writes it).
 */
export function dateOrderOf(cells: readonly string[], locale?: string): DateOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const cell of cells) {
    if (!cell.includes('/')) continue;
    const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\s*$/.exec(cell);
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  if (dayFirst !== monthFirst) return dayFirst ? 'day-first' : 'month-first';
  const tag = (locale ?? '').toLowerCase();
  return tag === 'en' || tag === 'en-us' || tag.startsWith('en-us') ? 'month-first' : 'day-first';
}
