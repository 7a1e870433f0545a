/**
 * The attributes of a `<safeguard-chart>` that say nothing about its drawing: those a page or a CMS adds for its
 * own use (`id`, `class`, `style`, event handlers) and the element's own marks (`data-sg-…`).
 */
const OWN = /^(id|class|style|on.*|data-sg-.*)$/i;

/**
 * The key a server-rendered `<safeguard-chart>` carries in `data-sg-rendered` (written by the CLI's `renderHtml`),
 * made from its attributes and its own figures (the text of its CSV or JSON child): the embed's loader hydrates the
 * element's HTML in place when the key it makes of the element as it is now is the same, and draws it anew when the
 * element was edited after it was rendered. Attributes in any order give the same key; a page's `id`, `class`,
 * `style` and `on…` attributes count for nothing. A 32-bit FNV-1a hash, in base 36: a check of sameness, not of
 * trust.
 */
export function renderKey(attributes: Iterable<readonly [string, string]>, figures = ''): string {
  const text = [...attributes]
    .filter(([name]) => !OWN.test(name))
    .map(([name, value]) => `${name.toLowerCase()}=${value}`)
    .sort()
    .concat('', figures.trim())
    .join('\n');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
