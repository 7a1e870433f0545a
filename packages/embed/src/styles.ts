/*
 * The charts' stylesheet as one constructable sheet: no <style> tag, no request, allowed by a strict CSP. The
 * single file holds the package's whole stylesheet. The split build (scripts/preload.mjs) cuts it into its rules,
 * each with its place in the stylesheet: the loader holds the rules every chart uses, and each chart kind's rules
 * come in a file fetched with that kind's code (`styles/<kind>` in src/preload.ts's table), so a page with one bar
 * chart does not fetch the map's or the laws' rules. The sheet always holds the rules it has in the stylesheet's
 * order, so a page with several kinds of chart cascades as the whole stylesheet does.
 */
import styles from '@safeguard-charts/react/styles.css';
import { fileOf } from './preload';

/** Rules with their place in the package's stylesheet; the split build writes them in place of the text. */
type Rules = readonly (readonly [place: number, rule: string])[];

let sheet: CSSStyleSheet | undefined;
/** The rules the sheet holds, by their place in the package's stylesheet (the split build only). */
const held = new Map<number, string>();

function add(rules: Rules): void {
  const before = held.size;
  for (const [place, rule] of rules) held.set(place, rule);
  if (sheet && held.size !== before)
    sheet.replaceSync(
      [...held]
        .sort(([a], [b]) => a - b)
        .map(([, rule]) => rule)
        .join(''),
    );
}

/** The charts' stylesheet (the rules every chart uses, in the split build). */
export function stylesheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    const base = styles as string | Rules;
    // The package's stylesheet: the palette (written from the token table) before the rules that read it.
    if (typeof base === 'string') sheet.replaceSync(base);
    else add(base);
  }
  return sheet;
}

/** Adds a chart kind's own rules to the sheet (fetched with its code; nothing in the single file). */
export async function loadStyles(kind: string): Promise<void> {
  const file = fileOf(`styles/${kind}`);
  if (!file) return;
  const { default: rules } = (await import(/* @vite-ignore */ file)) as { default: Rules };
  stylesheet();
  add(rules);
}
