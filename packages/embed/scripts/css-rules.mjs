// The stylesheet cut into its rules, for the split build (scripts/preload.mjs, src/styles.ts): each rule of the
// minified stylesheet, with the at-rules around it (`@media print{…}`), in the stylesheet's order. A rule inside
// an at-rule becomes one of its own, wrapped in the same at-rules: the cascade is the same.

/** Every rule of minified CSS `css`, with its at-rules: `{ place, selector, text }`, in order. */
export function rulesOf(css) {
  const rules = [];
  let i = 0;
  /** Reads up to the first `stop` character outside strings and brackets. */
  function until(stops) {
    const start = i;
    let depth = 0;
    let quote = null;
    for (; i < css.length; i++) {
      const c = css[i];
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '(' || c === '[') depth++;
      else if (c === ')' || c === ']') depth--;
      else if (depth === 0 && stops.includes(c)) break;
    }
    return css.slice(start, i);
  }
  function block(wrappers) {
    while (i < css.length) {
      if (css[i] === '}') {
        i++;
        return;
      }
      const prelude = until('{;}');
      if (css[i] !== '{')
        throw new Error(`css-rules: cannot cut the stylesheet at "${prelude.slice(0, 40)}"`);
      i++;
      if (/^@(media|supports|container|layer)\b/.test(prelude)) block([...wrappers, prelude]);
      else {
        const body = until('}');
        i++;
        const text = wrappers.reduceRight((inner, at) => `${at}{${inner}}`, `${prelude}{${body}}`);
        rules.push({ place: rules.length, selector: prelude, text });
      }
    }
  }
  block([]);
  return rules;
}

/** The charts' classes a rule's selector names (`sg-bar`), less the root's, which every chart has. */
export const classesOf = (selector) =>
  [...new Set(selector.match(/\.sg-[\w-]+/g) ?? [])].map((c) => c.slice(1)).filter((c) => c !== 'sg-root');

/** The classes (`sg-…` words) code names. */
export const wordsOf = (code) => new Set(code.match(/sg-[\w-]+/g) ?? []);
