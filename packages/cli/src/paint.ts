/*
 * The chart's own stylesheet applied to its server-rendered drawing, without a browser: each paint property
 * (fill, stroke, fonts, …) the stylesheet gives an element inside the plot is written on it as an attribute, with
 * the theme's colours resolved, so the SVG needs no stylesheet and a rasteriser draws what a browser shows.
 *
 * The cascade here is the stylesheet's: its rules are zero-specificity `:where()` rules in source order,
 * followed by the geometry guard's class-and-attribute rules; at-rules (print, forced colours, the fallback for
 * browsers without `light-dark()`) are for browsers and are left out.
 */
import { PAINT, TOKENS, type TokenDefinition } from '@safeguard-charts/react';
import { is, selectAll } from 'css-select';
import * as csstree from 'css-tree';
import type { Element } from 'domhandler';

/** A light or dark image. */
export type ImageTheme = 'light' | 'dark';

/** One style rule of the stylesheet: its selector and the paint it sets. */
export interface PaintRule {
  /** The rule's selector as written (`:where(.sg-bar)`). */
  selector: string;
  /** The paint properties it sets, with their values as written. */
  declarations: [property: string, value: string][];
}

/**
 * The stylesheet read once: its style rules, and the private variables its `:where(.sg-root)` rules set (the
 * palette's colours come from the token table instead: see {@link themeVariables}).
 */
export interface ChartStyles {
  /** The style rules that paint, in source order. */
  rules: PaintRule[];
  /** The private variables (`--_sg-mark`) as written, before a theme resolves them. */
  variables: Map<string, string>;
}

const PAINTED = new Set<string>(PAINT);

/** Reads `css` (the text of `@safeguard-charts/react/styles.css`). */
export function readStyles(css: string): ChartStyles {
  const sheet = csstree.parse(css, { parseCustomProperty: false, parseValue: false });
  const rules: PaintRule[] = [];
  const variables = new Map<string, string>();
  if (sheet.type !== 'StyleSheet') return { rules, variables };
  sheet.children.forEach((node) => {
    if (node.type !== 'Rule') return;
    const selector = csstree.generate(node.prelude);
    const declarations: [string, string][] = [];
    node.block.children.forEach((declaration) => {
      if (declaration.type !== 'Declaration') return;
      const value = csstree.generate(declaration.value).trim();
      if (selector === ':where(.sg-root)' && declaration.property.startsWith('--'))
        variables.set(declaration.property, value);
      if (PAINTED.has(declaration.property)) declarations.push([declaration.property, value]);
    });
    if (declarations.length) rules.push({ selector, declarations });
  });
  return { rules, variables };
}

/** The index of the parenthesis that closes the one at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return text.length;
}

/** `text` split at its commas outside parentheses. */
function topLevelArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim());
}

/**
 * `value` with every `var()` and `light-dark()` resolved: `var(--name, fallback)` takes `lookup(name)` or its
 * fallback, `light-dark(light, dark)` the one for `theme`.
 */
export function resolveValue(
  value: string,
  lookup: (name: string) => string | undefined,
  theme: ImageTheme,
  depth = 0,
): string {
  if (depth > 20) return value;
  const match = /\b(var|light-dark)\(/.exec(value);
  if (!match) return value;
  const fn = match[1] ?? 'var';
  const open = match.index + fn.length;
  const close = closing(value, open);
  const args = topLevelArguments(value.slice(open + 1, close));
  let inner: string;
  if (fn === 'light-dark') inner = (theme === 'dark' ? args[1] : args[0]) ?? '';
  else {
    const [name = '', ...fallback] = args;
    inner = lookup(name) ?? fallback.join(', ');
  }
  const resolved = resolveValue(inner, lookup, theme, depth + 1);
  return resolveValue(
    value.slice(0, match.index) + resolved + value.slice(close + 1),
    lookup,
    theme,
    depth + 1,
  );
}

/**
 * The theme's colours: the private variables (`--_sg-mark`, …) for `theme`, from the token table (`TOKENS` of
 * `@safeguard-charts/react`, the one the stylesheet's palette is written from), with the page's own tokens
 * (`{ '--sg-mark': '#7a1f5c' }`, as ThemeProvider or a stylesheet would set them) over the defaults; then any other
 * private variable the stylesheet's `:where(.sg-root)` rules set.
 */
export function themeVariables(
  styles: ChartStyles,
  theme: ImageTheme,
  tokens: Readonly<Record<string, string>> = {},
): Map<string, string> {
  const resolved = new Map<string, string>();
  const lookup = (name: string): string | undefined =>
    Object.hasOwn(tokens, name) ? tokens[name] : resolved.get(name);
  for (const [name, token] of Object.entries(TOKENS) as [string, TokenDefinition][]) {
    // A colour's dark value is `--sg-dark-<name>`, as light-dark() in the stylesheet picks it.
    const own = theme === 'dark' && 'dark' in token ? `--sg-dark-${name}` : `--sg-${name}`;
    const builtIn = 'value' in token ? token.value : token[theme];
    resolved.set(`--_sg-${name}`, resolveValue(lookup(own) ?? builtIn, lookup, theme));
  }
  for (const [name, value] of styles.variables)
    if (!resolved.has(name)) resolved.set(name, resolveValue(value, lookup, theme));
  return resolved;
}

/**
 * Writes on each element of `svg` (a chart's drawing, inside its figure) the paint the stylesheet gives it,
 * resolved against `variables` and `theme`, and removes what belongs to the live page: classes, keyboard and ARIA
 * attributes, inline styles and the focus ring.
 */
export function paintDrawing(
  svg: Element,
  figure: Element,
  styles: ChartStyles,
  variables: Map<string, string>,
  theme: ImageTheme,
) {
  const lookup = (name: string) => variables.get(name);
  const elements = [svg, ...(selectAll('*', svg) as Element[])];
  const inside = new Set(elements);
  const painted = new Map<Element, Map<string, string>>();
  for (const rule of styles.rules) {
    let matched: Element[];
    try {
      matched = selectAll(rule.selector, figure) as Element[];
    } catch {
      continue; // a pseudo-class of a live page (:focus-visible, ::before): nothing to paint in an image
    }
    for (const element of matched) {
      if (!inside.has(element)) continue;
      const paint = painted.get(element) ?? new Map<string, string>();
      for (const [property, value] of rule.declarations) paint.set(property, value);
      painted.set(element, paint);
    }
  }
  for (const element of elements) {
    for (const [property, value] of painted.get(element) ?? []) {
      const resolved = resolveValue(value, lookup, theme);
      if (resolved) element.attribs[property] = resolved;
    }
  }
  for (const ring of selectAll('.sg-focus-ring', svg) as Element[]) {
    const siblings = ring.parent?.children;
    if (siblings) siblings.splice(siblings.indexOf(ring), 1);
  }
  for (const element of elements)
    for (const attribute of Object.keys(element.attribs))
      if (
        attribute === 'class' ||
        attribute === 'style' ||
        attribute === 'tabindex' ||
        attribute === 'role' ||
        attribute === 'focusable' ||
        attribute.startsWith('aria-') ||
        attribute.startsWith('data-')
      )
        delete element.attribs[attribute];
}

/**
 * The paint the stylesheet gives one element of a figure outside its drawing (a legend's swatch), resolved against
 * `variables` and `theme`: the same cascade as {@link paintDrawing}'s.
 */
export function elementPaint(
  element: Element,
  styles: ChartStyles,
  variables: Map<string, string>,
  theme: ImageTheme,
): Map<string, string> {
  const paint = new Map<string, string>();
  for (const rule of styles.rules) {
    let matched = false;
    try {
      matched = is(element, rule.selector);
    } catch {
      continue; // a pseudo-class of a live page: nothing an image shows
    }
    if (matched) for (const [property, value] of rule.declarations) paint.set(property, value);
  }
  const lookup = (name: string) => variables.get(name);
  for (const [property, value] of paint) paint.set(property, resolveValue(value, lookup, theme));
  return paint;
}
