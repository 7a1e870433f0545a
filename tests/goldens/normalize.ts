/*
 * Golden files are compared after the changes that mean nothing to a reader are taken out, as Observable Plot's
 * snapshots are (test/plot-snapshot.js): numbers rounded to two decimals, React's generated ids renumbered in
 * order of appearance, and one element per line so a diff shows which mark moved.
 */

/** React's `useId` ids (`_R_1a_`, `«r0»`, `:r1:`) and ids built on them (`sg-…-_R_1a_-title`), renumbered. */
const GENERATED_ID = /(?:«r[0-9a-z]+»|:r[0-9a-z]+:|_R_[0-9a-zA-Z]+_|_r_[0-9a-z]+_)/g;

/** A number with a fraction, anywhere in attribute values or path data. */
const DECIMAL = /-?\d+\.\d+(?:e[-+]?\d+)?/g;

function round(value: string): string {
  const n = Number(value);
  if (!Number.isFinite(n)) return value;
  const rounded = Math.round(n * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/**
 * HTML or SVG markup as a golden file holds it. Numbers are rounded only inside tags (attribute values and path
 * data), never in the text a reader sees ("8.5%" stays as written).
 */
export function normalizeMarkup(markup: string): string {
  const ids = new Map<string, string>();
  const renumbered = markup.replace(GENERATED_ID, (id) => {
    let next = ids.get(id);
    if (!next) {
      next = `id${ids.size}`;
      ids.set(id, next);
    }
    return next;
  });
  const rounded = renumbered.replace(/<[^>]+>/g, (tag) => tag.replace(DECIMAL, round));
  // React's text separators mean nothing to a reader.
  const clean = rounded.replaceAll('<!-- -->', '');
  // One tag per line: a moved mark shows as one changed line.
  return `${clean.replace(/>\s*</g, '>\n<').trim()}\n`;
}
