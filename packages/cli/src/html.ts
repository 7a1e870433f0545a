/*
 * A chart as HTML that is already the chart: the `<safeguard-chart>` element, with its attributes and its own
 * figures as the embed reads them, holding the whole server-rendered figure in a declarative shadow root. A page
 * shows it at first paint with no script; with the embed's loader on the page, the loader hydrates it in place.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { datasets, localizeDataset } from '@safeguard-charts/data';
import {
  CHART_KIND_INFO,
  catalogFor,
  chartKind,
  imageTitle,
  MessagesProvider,
  renderKey,
  type ThemeMode,
} from '@safeguard-charts/react';
import { selectAll, selectOne } from 'css-select';
import * as csstree from 'css-tree';
import render from 'dom-serializer';
import type { Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import {
  CATALOGS,
  EXAMPLE_DATASETS,
  figuresOf,
  problemOf,
  type RenderOptions,
  type RenderResult,
  renderSvg,
} from './render';

/** What to write as HTML: what {@link renderSvg} takes, and how the fragment is styled. */
export interface HtmlOptions extends Omit<RenderOptions, 'theme' | 'tokens'> {
  /** `auto` follows the reader's light or dark setting. @default 'auto' */
  theme?: ThemeMode;
  /**
   * The address of the charts' stylesheet (`safeguard-charts.css` of `@safeguard-charts/embed`, served by your site):
   * the fragment links it (`<link rel="stylesheet">` in its shadow root), which a strict Content-Security-Policy
   * allows (`style-src 'self'`). Without it the stylesheet is written into the fragment (`<style>`), which needs
   * `style-src 'unsafe-inline'` or the fragment's `styleHash`.
   */
  stylesheet?: string;
  /** The title's heading level: `2`–`6`, or `p`. @default 3 */
  headingLevel?: '2' | '3' | '4' | '5' | '6' | 'p';
}

/** The fragment, and what a page's Content-Security-Policy must allow for it. */
export interface HtmlFragment {
  /** The `<safeguard-chart>` element, to paste into any page. */
  html: string;
  /**
   * The CSP source of the fragment's inline stylesheet (`'sha256-…'`), for `style-src` when the fragment has one (no
   * `stylesheet` given); undefined when it links the stylesheet.
   */
  styleHash?: string;
}

/** The element's name, as the embed defines it. */
const TAG = 'safeguard-chart';

const escapeText = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let css: string | undefined;

/** The charts' stylesheet from the installed `@safeguard-charts/react`, compacted once. */
function stylesheetText(): string {
  if (css === undefined) {
    const file = createRequire(import.meta.url).resolve('@safeguard-charts/react/styles.css');
    css = csstree.generate(csstree.parse(readFileSync(file, 'utf8')));
  }
  return css;
}

/** A text in the reader's language where `words` has it, else as it is (as the embed reads a dataset's title). */
function inWords(text: string | undefined, words: Readonly<Record<string, string>> | undefined) {
  return text !== undefined && words && Object.hasOwn(words, text) && words[text] ? words[text] : text;
}

/** A dataset's own title, when it is text (as the embed reads it). */
function titleOf(data: unknown): string | undefined {
  const title = (data as { title?: unknown } | null)?.title;
  return typeof title === 'string' ? title : undefined;
}

/**
 * The chart as an HTML fragment that is the chart before any script: `<safeguard-chart>` with its attributes, its own
 * figures (a CSV or JSON child, as the embed reads them; a dataset of the package by its name) and a declarative
 * shadow root (`<template shadowrootmode="open">`) holding the server-rendered figure: its stylesheet, heading, SVG,
 * source line, notes, data table and buttons. Pasted into a page it shows at first paint, with no script, at
 * `width` (640 by default) and scaled to a narrower container; the data table is reachable with script off (a
 * `<details>` under `<noscript>`), and a browser without declarative shadow DOM shows the chart's image and table
 * in the element's own children. With the embed's loader (`safeguard-charts.js`) on the page the element is
 * hydrated in place (its nodes kept, nothing moved) and its tooltips, keyboard and downloads work; the buttons
 * that need script are out of sight until then. Never throws for bad data: it says what is wrong.
 */
export function renderHtml(options: HtmlOptions): RenderResult<HtmlFragment> {
  const kind = chartKind(options.chart);
  if (!kind)
    return {
      ok: false,
      problem: `There is no chart called "${options.chart}". Known: ${Object.keys(CHART_KIND_INFO).join(', ')}.`,
    };
  const locale = options.locale ?? 'en';
  const t = catalogFor(locale, CATALOGS);
  const form = kind.form;
  const shape = kind.csvShape ?? 'series';
  // The figures: the named dataset as the embed reads it (by name, localized by the chart), or the page's own.
  const named = options.csv === undefined && options.data === undefined;
  const id = options.dataset ?? EXAMPLE_DATASETS[options.chart];
  const found = named ? datasets.find((dataset) => dataset.id === id) : undefined;
  if (named && !found)
    return {
      ok: false,
      problem: `There is no dataset called "${id ?? ''}". Known: ${datasets.map((d) => d.id).join(', ')}.`,
    };
  const figures = named
    ? { data: found as unknown }
    : figuresOf({ ...options, theme: undefined, locale }, shape);
  if ('problem' in figures) return { ok: false, problem: figures.problem };

  // The element's attributes, in the embed's names.
  const attributes: [string, string][] = [['chart', options.chart]];
  if (named) attributes.push(['dataset', id ?? '']);
  attributes.push(['locale', locale]);
  if (options.theme) attributes.push(['theme', options.theme]);
  // Figures with no title of their own (a spreadsheet) are titled by what they count and when, as their image is:
  // a chart is never without a heading.
  const title =
    options.title ??
    (form === 'sources' || titleOf(figures.data) ? undefined : imageTitle(figures.data, locale, t));
  if (title !== undefined) attributes.push(['title', title]);
  if (options.subtitle !== undefined) attributes.push(['subtitle', options.subtitle]);
  if (options.headingLevel !== undefined) attributes.push(['heading-level', options.headingLevel]);
  if (form === 'plot') {
    if (options.notes?.length) attributes.push(['notes', JSON.stringify(options.notes)]);
    if (options.figures) attributes.push(['figures', options.figures]);
    if (options.height !== undefined) attributes.push(['height', String(options.height)]);
    if (options.chart === 'hosting-map' && options.region) attributes.push(['region', options.region]);
  }
  attributes.push(['shadow', '']);

  // The figures of the page's own, as the element's child the embed reads.
  let child = '';
  if (options.csv !== undefined) {
    if (/<\/script/i.test(options.csv))
      return { ok: false, problem: 'The CSV holds "</script", which HTML cannot carry inside the element.' };
    const csvOptions = options.csvOptions ?? {};
    const source = csvOptions.sources?.[0];
    const data = [
      ['data-unit', csvOptions.unit],
      ['data-title', csvOptions.title],
      ['data-source', source?.publisher],
      ['data-source-title', source?.title],
      [
        'data-value-column',
        csvOptions.valueColumn === undefined ? undefined : String(csvOptions.valueColumn),
      ],
    ]
      .filter((pair): pair is [string, string] => typeof pair[1] === 'string')
      .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
      .join('');
    child = `<script type="text/csv"${data}>${options.csv.trim()}</script>`;
  } else if (options.data !== undefined) {
    const json = JSON.stringify(options.data).replace(/</g, '\\u003c');
    child = `<script type="application/json">${json}</script>`;
  }
  const ownText =
    options.csv?.trim() ??
    (options.data === undefined ? '' : child.replace(/^<script[^>]*>|<\/script>$/g, ''));

  // The chart as the embed draws it: the same props, read from the same attributes.
  const words = t.datasetWords;
  const heading = title ?? (form === 'sources' ? undefined : inWords(titleOf(figures.data), words));
  const props: Record<string, unknown> = {
    data: form === 'sources' ? [figures.data] : figures.data,
    title: heading,
    locale,
    theme: options.theme,
  };
  if (form !== 'sources') props.subtitle = options.subtitle;
  if (options.headingLevel !== undefined)
    props.headingLevel = options.headingLevel === 'p' ? 'p' : `h${options.headingLevel}`;
  if (form === 'plot') {
    const notes = [...(options.notes ?? []), ...('notes' in figures ? (figures.notes ?? []) : [])];
    props.notes = notes.length ? notes : undefined;
    if (options.figures !== undefined) props.figures = options.figures;
    if (options.height !== undefined) props.height = options.height;
    if (options.chart === 'hosting-map' && options.region) props.region = options.region;
    // The embed gives every plotted chart its embed code (the "Copy embed code" button): its text is the
    // loader's own address, known only on the page, and is written nowhere until a reader asks for it.
    props.embedCode = ' ';
    props.width = options.width ?? 640;
  }
  const figure = renderToString(
    createElement(MessagesProvider, { catalogs: CATALOGS }, createElement(kind.component, props)),
  );
  const parsed = parseDocument(figure);
  // Figures a chart cannot draw: what is wrong, in the chart's language, rather than a fragment of a message.
  const problem = problemOf(parsed);
  if (problem !== undefined) return { ok: false, problem };

  // With script off, the data table in a <details> the reader opens (the "Show data" button needs script).
  const table = selectOne('.sg-table table', parsed) as Element | null;
  let noscript = '';
  if (table) {
    for (const node of [table, ...(selectAll('[id]', table) as Element[])]) delete node.attribs.id;
    // In the figure's colours, language and direction, its summary drawn as the "Show data" button is.
    const own = (selectOne('figure', parsed) as Element | null)?.attribs ?? {};
    const same = ['data-sg-theme', 'dir', 'lang']
      .filter((name) => own[name] !== undefined)
      .map((name) => ` ${name}="${escapeAttribute(own[name] ?? '')}"`)
      .join('');
    noscript = `<noscript><details class="sg-root sg-noscript"${same}><summary class="sg-chart__toggle">${escapeText(t.showData)}</summary><div class="sg-table" data-visible="true">${render(table, { encodeEntities: 'utf8' })}</div></details></noscript>`;
  }

  // A browser without declarative shadow DOM shows the element's own children: the chart's image and table.
  let fallback = '';
  if (form === 'plot') {
    const image = renderSvg({
      ...options,
      locale,
      theme: options.theme === 'dark' ? 'dark' : 'light',
      width: options.width ?? 640,
    });
    if (image.ok)
      fallback = `<div class="sg-fallback">${image.svg.replace(/^<\?xml[^>]*>\s*/, '')}${
        table
          ? `<details><summary>${escapeText(t.showData)}</summary>${render(table, { encodeEntities: 'utf8' })}</details>`
          : ''
      }</div>`;
  }

  const sheet = options.stylesheet
    ? `<link rel="stylesheet" href="${escapeAttribute(options.stylesheet)}">`
    : `<style>${stylesheetText()}</style>`;
  const styleHash = options.stylesheet
    ? undefined
    : `'sha256-${createHash('sha256').update(stylesheetText()).digest('base64')}'`;
  attributes.push(['data-sg-rendered', renderKey(attributes, ownText)]);
  const opening = attributes
    .map(([name, value]) => (value === '' ? name : `${name}="${escapeAttribute(value)}"`))
    .join(' ');
  const html = `<${TAG} ${opening}><template shadowrootmode="open">${sheet}<div class="sg-prerendered" title="">${figure}</div>${noscript}</template>${child}${fallback}</${TAG}>`;
  const size = parsed && (selectOne('svg.sg-chart__svg', parsed) as Element | null);
  return {
    ok: true,
    html,
    ...(styleHash ? { styleHash } : {}),
    width: Number(size?.attribs.width ?? options.width ?? 640),
    height: Number(size?.attribs.height ?? 0),
  };
}
