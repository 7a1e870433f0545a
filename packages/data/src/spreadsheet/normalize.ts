import { SPREADSHEET_LANGUAGES } from './words';

/*
 * Comparing a spreadsheet's words with the reader's lists: the same word with or without accents, in any case,
 * with full-width characters as their plain forms and Arabic-Indic digits as 0–9.
 */

const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const ASCII = /^[\x20-\x7e]*$/;
const SPACES = /\s+/g;

/** Digits in any script the shipped languages write (Arabic-Indic, Persian, full-width) as 0–9. */
export function latinDigits(text: string): string {
  return text.replace(ARABIC_DIGITS, (d) => {
    const code = d.charCodeAt(0);
    return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
  });
}

/**
 * A word as the reader compares it: NFKC (full-width letters and digits plain), lower case, Latin accents
 * dropped, Arabic vowel marks and tatweel dropped and alef forms made one, spaces squeezed, trimmed.
 */
export function norm(text: string): string {
  // Most cells are plain ASCII: lower case and spaces are all there is to do.
  if (ASCII.test(text)) return text.toLowerCase().replace(SPACES, ' ').trim();
  return latinDigits(text.normalize('NFKC'))
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u064B-\u065F\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625]/g, '\u0627')
    .normalize('NFC')
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim();
}

/** A set of every word of `lists` (per language), compared with {@link norm}. */
export function wordSet(lists: Readonly<Record<string, readonly string[]>>): Set<string> {
  const set = new Set<string>();
  for (const language of SPREADSHEET_LANGUAGES) for (const word of lists[language] ?? []) set.add(norm(word));
  return set;
}

/** A header cell without its unit in brackets and trailing marks: `Anteil (%)` → `anteil`, `Jahr:` → `jahr`. */
export function headerWord(cell: string): string {
  return norm(cell.replace(/\s*[([][^)\]]*[)\]]\s*$/, '').replace(/[:*]+$/, ''));
}
