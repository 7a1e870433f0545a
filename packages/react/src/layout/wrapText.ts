/*
 * Line breaking for SVG labels, which do not wrap by themselves. Breaks fall where Intl.Segmenter finds word
 * boundaries in the label's language (between words in English, between words or characters in Japanese,
 * Chinese and Thai, which use no spaces), and a word too long for a line is cut between grapheme clusters,
 * never inside an emoji or a combined character. Widths are estimated, not measured, so the server and the
 * browser lay a chart out the same: 0.56 em per character, 1 em for a wide East Asian character.
 */

/** Wide (East Asian) characters: CJK ideographs, kana, Hangul, full-width forms. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/**
 * Text that needs Intl.Segmenter: scripts written without spaces (Thai, Lao, Myanmar, Khmer, CJK), emoji and
 * joiners, and combining marks. Anything else (Latin, Greek, Cyrillic, Arabic, Hebrew…) breaks at spaces and
 * has one grapheme per code point, which is much faster to handle directly.
 */
const COMPLEX =
  /\u200D|\p{M}|\p{Extended_Pictographic}|[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFF00-\uFFEF]/u;

/** Emoji, which draw about one em wide whatever the code points that make them. */
const EMOJI = /\p{Extended_Pictographic}/u;

/** The estimated width of `text` in em, one grapheme at a time. */
export function textEm(text: string): number {
  if (!COMPLEX.test(text)) return [...text].length * 0.56;
  let em = 0;
  for (const g of graphemes(text, undefined)) em += WIDE.test(g) || EMOJI.test(g) ? 1 : 0.56;
  return em;
}

type Segmenter = { segment: (text: string) => Iterable<{ segment: string }> };

const segmenters = new Map<string, Segmenter | undefined>();

/** One Intl.Segmenter per locale and granularity: building them is the slow part. */
function segmenter(locale: string | undefined, granularity: 'word' | 'grapheme'): Segmenter | undefined {
  const key = `${locale ?? ''}|${granularity}`;
  if (segmenters.has(key)) return segmenters.get(key);
  const Ctor = (Intl as unknown as { Segmenter?: new (l?: string, o?: object) => Segmenter }).Segmenter;
  let made: Segmenter | undefined;
  if (Ctor) {
    try {
      made = new Ctor(locale, { granularity });
    } catch {
      made = new Ctor(undefined, { granularity });
    }
  }
  segmenters.set(key, made);
  return made;
}

/** `text` in pieces that may end a line: words with the spaces after them. */
function pieces(text: string, locale: string | undefined): string[] {
  const words = COMPLEX.test(text) ? segmenter(locale, 'word') : undefined;
  // A line may also break after a hyphen between letters ("AI-" / "generated"), as a typesetter breaks it.
  if (!words) return text.split(/(?<=\s)|(?<=\p{L}-)(?=\p{L})/u);
  const out: string[] = [];
  for (const { segment } of words.segment(text)) {
    // Spaces and punctuation stay with the piece before them, so no line starts with them.
    if (out.length && /^[\s\p{P}]+$/u.test(segment) && !/^[([{“‘«（「『]/u.test(segment))
      out[out.length - 1] += segment;
    else out.push(segment);
  }
  return out;
}

/** Graphemes of `text`: what the eye reads as one character, emoji and combined characters whole. */
function graphemes(text: string, locale: string | undefined): string[] {
  const g = COMPLEX.test(text) ? segmenter(locale, 'grapheme') : undefined;
  return g ? [...g.segment(text)].map((s) => s.segment) : Array.from(text);
}

/**
 * Splits a label into at most `maxLines` lines that fit `maxWidth` pixels at `fontSize`, breaking where the
 * label's language allows (`locale`); the last line ends with "…" when the label is longer.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  locale?: string,
  weight: 'normal' | 'bold' = 'normal',
): string[] {
  // Estimates run short for wide glyphs and bold text: a line is given less room than the column has, so a
  // label measured in the reader's browser still fits ("AI-generated" in bold 14 px is ~9% wider than 0.56 em).
  const spare = weight === 'bold' ? 1.18 : 1.06;
  const limit = Math.max(4 * 0.56, maxWidth / Math.max(1, fontSize * spare));
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const piece of pieces(String(text ?? '').trim(), locale)) {
    if (textEm((line + piece).trimEnd()) <= limit) {
      line += piece;
      continue;
    }
    push();
    if (textEm(piece.trimEnd()) <= limit) {
      line = piece;
      continue;
    }
    // A word longer than a line: cut it between graphemes.
    for (const g of graphemes(piece, locale)) {
      if (textEm(line + g) > limit) push();
      line += g;
    }
  }
  push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = graphemes(kept[maxLines - 1] ?? '', locale);
  while (last.length > 1 && textEm(`${last.join('')}…`) > limit) last.pop();
  kept[maxLines - 1] = `${last.join('').trimEnd()}…`;
  return kept;
}
