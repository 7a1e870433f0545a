/*
 * The stylesheet's palette, written from the token table (src/theme/tokens.ts): the private `--_sg-*` variables
 * every rule reads, each the page's token or the built-in value. The react build puts it in front of the
 * hand-written rules (styles.css) as `dist/styles.css`; tokens.generated.css holds the same text for what reads
 * the sources (Storybook, the embed's build), checked by tests/react/tokens.test.ts.
 */
import { type ThemeToken, TOKENS, type TokenDefinition, tokenProperty } from '../theme/tokens';

type Scheme = 'light' | 'dark';

const entries = Object.entries(TOKENS) as [ThemeToken, TokenDefinition][];
const colours = entries.filter(
  (entry): entry is [ThemeToken, Extract<TokenDefinition, { light: string }>] => 'light' in entry[1],
);

/** `var(--sg-mark, #2f6690)`: the page's token for `scheme`, else the built-in value. */
function fallback(name: ThemeToken, scheme: Scheme, value: string): string {
  return `var(${tokenProperty(name, scheme)}, ${value})`;
}

/** One rule setting every colour's private variable to `value(name)`, indented by `indent`. */
function rule(
  selector: string,
  indent: string,
  value: (name: ThemeToken, token: { light: string; dark: string }) => string,
) {
  const lines = colours.map(([name, token]) => `${indent}  --_sg-${name}: ${value(name, token)};`);
  return [`${indent}${selector} {`, ...lines, `${indent}}`].join('\n');
}

/** The palette's CSS, in front of the stylesheet's rules. */
export function tokensCss(): string {
  const tokenList = entries.map(
    ([name, token]) => ` *   ${tokenProperty(name, 'light')}: ${token.description}`,
  );
  const plain = entries.flatMap(([name, token]) =>
    'value' in token ? [`  --_sg-${name}: ${fallback(name, 'light', token.value)};`] : [],
  );
  const lightDark = colours.map(
    ([name, token]) =>
      `  --_sg-${name}: light-dark(${fallback(name, 'light', token.light)}, ${fallback(name, 'dark', token.dark)});`,
  );
  return `/*
 * Palette. Set the public tokens on any ancestor of a chart (or through <ThemeProvider>):
${tokenList.join('\n')}
 * and, for a colour, its dark-mode twin (--sg-dark-text, --sg-dark-mark, …). Components read the private
 * --_sg-* variables below, which resolve the public token or fall back to the built-in palette.
 */
:where(.sg-root) {
  /* Each colour is light-dark(light, dark): the chart's color-scheme picks one (data-sg-theme, styles.css). */
${[...lightDark, ...plain].join('\n')}
}

/*
 * Browsers without light-dark() (Safari before 17.5, on older iPhones; Firefox before 120; Chrome before 123)
 * would drop every colour above and draw the chart black. They get the same palette as plain values: light by
 * default, dark when the reader prefers it (theme "auto") or the chart asks for it (theme "dark").
 */
@supports not (color: light-dark(#000, #fff)) {
${rule(':where(.sg-root)', '  ', (name, token) => fallback(name, 'light', token.light))}
  @media (prefers-color-scheme: dark) {
${rule(':where(.sg-root:not([data-sg-theme="light"]))', '    ', (name, token) => fallback(name, 'dark', token.dark))}
  }
${rule(':where(.sg-root[data-sg-theme="dark"])', '  ', (name, token) => fallback(name, 'dark', token.dark))}
}
`;
}

/** tokens.generated.css: the palette, under a line that says where it comes from. */
export function tokensFile(): string {
  return `/* Generated from src/theme/tokens.ts by src/styles/tokensCss.ts. Do not edit by hand: change the table, then
 * run \`vitest run --project react tests/react/tokens.test.ts -u\`. */
${tokensCss()}`;
}

/** The whole shipped stylesheet: the palette, then the hand-written rules (the text of styles.css). */
export function stylesheet(rules: string): string {
  return `${tokensCss()}\n${rules}`;
}
