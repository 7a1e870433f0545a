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
 * A word as the reader compares it: compatibility-decomposed (full-width letters and digits plain), lower case,
 * Latin accents, Arabic vowel and hamza marks and tatweel dropped (so alef forms are one), spaces squeezed,
 * trimmed. Both sides of every comparison go through it, so its form need not be NFC.
 */
export function norm(text: string): string {
  // Most cells are plain ASCII: lower case and spaces are all there is to do.
  if (ASCII.test(text)) return text.toLowerCase().replace(SPACES, ' ').trim();
  // NFKD once: full-width forms plain, accents and Arabic hamza and vowel marks split off, then dropped (أ → ا).
  return latinDigits(text)
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f\u064B-\u065F\u0670\u0640]/g, '')
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
