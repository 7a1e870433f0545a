/** A colour token: its built-in value in the light and in the dark colour scheme. */
export interface ColorTokenDefinition {
  /** The built-in value on the light palette (`--sg-<name>` overrides it). */
  readonly light: string;
  /** The built-in value on the dark palette (`--sg-dark-<name>` overrides it). */
  readonly dark: string;
  /** What the token colours. */
  readonly description: string;
}

/** A token with one value for both colour schemes (the font). */
export interface PlainTokenDefinition {
  /** The built-in value (`--sg-<name>` overrides it). */
  readonly value: string;
  /** What the token sets. */
  readonly description: string;
}

/** One theming token's built-in values and what it is for. */
export type TokenDefinition = ColorTokenDefinition | PlainTokenDefinition;

/**
 * The public theming tokens: the one list the stylesheet's palette (`@safeguard-charts/react/styles.css`), the
 * {@link ThemeToken} names and the CLI's images are made from. Each token is a CSS custom property
 * `--sg-<name>` and, for a colour, `--sg-dark-<name>` for the dark scheme. Light and dark defaults meet WCAG AA
 * contrast (4.5:1 for text) on their own backgrounds.
 */
export const TOKENS = {
  text: {
    light: '#1b1f24',
    dark: '#e8eaed',
    description: 'Text, map outlines and the tooltip’s background.',
  },
  'text-muted': {
    light: '#4f5660',
    dark: '#b4bac2',
    description: 'Secondary text (subtitles, sources, notes), baselines and annotation lines.',
  },
  background: {
    light: '#ffffff',
    dark: '#15171a',
    description: 'Behind charts and stat cards; the tooltip’s text, borders between countries.',
  },
  accent: { light: '#b2182b', dark: '#f4a582', description: 'The stat card’s top border.' },
  border: {
    light: '#d5d9de',
    dark: '#3c4148',
    description: 'Borders of tables, buttons, text boxes and legislation entries.',
  },
  focus: { light: '#0b57d0', dark: '#8ab4f8', description: 'The keyboard focus ring.' },
  grid: { light: '#e3e6ea', dark: '#2e3339', description: 'Grid lines.' },
  mark: {
    light: '#2f6690',
    dark: '#79aed6',
    description: 'Bars and, for laws in force, their border and badge.',
  },
  'mark-emphasis': {
    light: '#b2182b',
    dark: '#f4a582',
    description: 'The emphasised bar, callouts and filled waffle cells.',
  },
  'mark-muted': {
    light: '#8c96a3',
    dark: '#77808b',
    description: 'The outlines of waffle cells.',
  },
  'seq-1': {
    light: '#c6dbef',
    dark: '#27445f',
    description: 'The map’s sequential scale: the lowest class.',
  },
  'seq-2': {
    light: '#9ecae1',
    dark: '#2f6190',
    description: 'The map’s sequential scale: the second class.',
  },
  'seq-3': { light: '#6baed6', dark: '#4a86b8', description: 'The map’s sequential scale: the third class.' },
  'seq-4': {
    light: '#3182bd',
    dark: '#7fb3de',
    description: 'The map’s sequential scale: the fourth class.',
  },
  'seq-5': {
    light: '#08519c',
    dark: '#c6e0f5',
    description: 'The map’s sequential scale: the highest class.',
  },
  nodata: { light: '#eef0f2', dark: '#262a2f', description: 'Places and cells without a figure.' },
  font: {
    value: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    description: 'The font family of every chart, in both colour schemes.',
  },
} as const satisfies Readonly<Record<string, TokenDefinition>>;

/** The public theming tokens, each a CSS custom property `--sg-<name>` (and `--sg-dark-<name>` for dark mode). */
export type ThemeToken = keyof typeof TOKENS;

/**
 * The custom property a page sets for `name` in `scheme`: `--sg-mark`, `--sg-dark-mark`. (ThemeProvider uses
 * this and not the table, so a page with ThemeProvider does not pay for the table's descriptions.)
 */
export function tokenProperty(name: ThemeToken, scheme: 'light' | 'dark'): string {
  return scheme === 'dark' ? `--sg-dark-${name}` : `--sg-${name}`;
}
