/*
 * Any chart of the library, with any dataset, locale, theme and width, as the same standalone SVG the download
 * buttons make in a browser, and as PNG (resvg, with the package's own fonts), in Node.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { type CsvDatasetOptions, datasets, parseCsvDataset, problemText } from '@safeguard-charts/data';
import {
  CHART_KIND_INFO,
  type ChartKind,
  catalogFor,
  chartKind,
  MessagesProvider,
  standaloneSvgMarkup,
} from '@safeguard-charts/react';
import { ar } from '@safeguard-charts/react/messages/ar';
import { de } from '@safeguard-charts/react/messages/de';
import { es } from '@safeguard-charts/react/messages/es';
import { fr } from '@safeguard-charts/react/messages/fr';
import { it } from '@safeguard-charts/react/messages/it';
import { ja } from '@safeguard-charts/react/messages/ja';
import { nl } from '@safeguard-charts/react/messages/nl';
import { pl } from '@safeguard-charts/react/messages/pl';
import { pt } from '@safeguard-charts/react/messages/pt';
import { sv } from '@safeguard-charts/react/messages/sv';
import { selectAll, selectOne } from 'css-select';
import render from 'dom-serializer';
import { type Element, Element as ElementNode } from 'domhandler';
import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { BUNDLED_FONTS, FONT_STACK, fontFiles } from './fonts';
import { type ChartStyles, type ImageTheme, paintDrawing, readStyles, themeVariables } from './paint';

/** Every shipped language but English (the charts' own). */
const CATALOGS = [ar, de, es, fr, it, ja, nl, pl, pt, sv];

/** The chart kinds that have a drawing, so an image: the HTML-only ones (legislation, sources) have none. */
export const IMAGE_CHARTS = (Object.keys(CHART_KIND_INFO) as ChartKind[]).filter(
  (name) => CHART_KIND_INFO[name].form === 'plot',
);

/** The report's dataset each chart kind draws when a render names no figures of its own. */
export const EXAMPLE_DATASETS: Readonly<Record<string, string>> = {
  'provider-bars': 'ncmecProviderReports',
  surge: 'iwfAiVideos',
  'ncmec-timeline': 'ncmecAiReports',
  'hosting-map': 'csamHosting',
  severity: 'iwfSeverity',
  share: 'iwfVictimSex',
};

/** What to draw, and how. */
export interface RenderOptions {
  /** The chart kind, as the embed names it: `provider-bars`, `surge`, `ncmec-timeline`, `hosting-map`, … */
  chart: string;
  /** A dataset of `@safeguard-charts/data` by its id (`ncmecProviderReports`; by default the chart's in `EXAMPLE_DATASETS`), … */
  dataset?: string;
  /** … or your own dataset as an object (the shape the chart's component takes), … */
  data?: unknown;
  /**
   * … or your own figures as CSV text, read as the embed reads them (with `csvOptions` for unit, source and the
   * column to draw; read in `locale` unless `csvOptions` gives another). A file's bytes: `decodeSpreadsheet`.
   */
  csv?: string;
  /** The CSV's title, unit, sources, separator and decimal mark (its shape is the chart's). */
  csvOptions?: Omit<CsvDatasetOptions, 'shape'>;
  /** BCP 47 locale for the words, numbers and direction. @default 'en' */
  locale?: string;
  /** @default 'light' */
  theme?: ImageTheme;
  /** Your palette: `--sg-…` tokens (`{ '--sg-mark': '#7a1f5c' }`), as on a page. */
  tokens?: Readonly<Record<string, string>>;
  /** The chart's width in pixels. @default 640 */
  width?: number;
  /** A fixed plot height in pixels; by default the chart's own for its width. */
  height?: number;
  /** The title over the chart. @default the dataset's title */
  title?: string;
  /** A line under the title: the unit, the period, what to look for. */
  subtitle?: string;
  /** Which figures a chart with corrections shows (see the charts' `figures` prop). */
  figures?: 'seed' | 'publisher';
  /** Extra notes under the chart. */
  notes?: readonly string[];
  /** The map's region (`hosting-map` only): `world` or `europe`. @default 'world' */
  region?: string;
}

/** A drawn chart, or why it could not be drawn (in the chart's language). */
export type RenderResult<T> =
  | ({ ok: true; width: number; height: number } & T)
  | { ok: false; problem: string };

let styles: ChartStyles | undefined;

/** The charts' stylesheet, read from the installed `@safeguard-charts/react` once. */
function chartStyles(): ChartStyles {
  if (!styles) {
    const file = createRequire(import.meta.url).resolve('@safeguard-charts/react/styles.css');
    styles = readStyles(readFileSync(file, 'utf8'));
  }
  return styles;
}

/**
 * The figures to draw: the options' own data, CSV or the named dataset. A CSV's problems come as sentences in the
 * chart's language, every one and each once; its notices (a period with no figure, a total row left out) as notes
 * for under the chart.
 */
function figuresOf(
  options: RenderOptions,
  shape: NonNullable<(typeof CHART_KIND_INFO)[ChartKind]['csvShape']>,
): { data: unknown; notes?: string[] } | { problem: string } {
  const t = catalogFor(options.locale ?? 'en', CATALOGS);
  if (options.csv !== undefined) {
    const result = parseCsvDataset(options.csv, {
      locale: options.locale ?? 'en',
      ...options.csvOptions,
      shape,
    });
    const say = (p: Parameters<typeof problemText>[0]) => problemText(p, t, t.locale);
    return result.ok
      ? { data: result.data as unknown, notes: [...new Set(result.notices.map(say))] }
      : { problem: [...new Set(result.problems.map(say))].join('\n') };
  }
  if (options.data !== undefined) return { data: options.data };
  const id = options.dataset ?? EXAMPLE_DATASETS[options.chart];
  const found = datasets.find((dataset) => dataset.id === id);
  return found
    ? { data: found as unknown }
    : {
        problem: `There is no dataset called "${id ?? ''}". Known: ${datasets.map((d) => d.id).join(', ')}.`,
      };
}

/** The chart as a standalone SVG file (text), with its size. Never throws for bad data: it says what is wrong. */
export function renderSvg(options: RenderOptions): RenderResult<{ svg: string }> {
  const kind = chartKind(options.chart);
  if (kind?.form !== 'plot' || !kind.csvShape)
    return {
      ok: false,
      problem: kind
        ? // The legislation tracker, the source list and the stat card are HTML, drawn on a page (embed, React).
          `"${options.chart}" is drawn as HTML on a page, not as an image. Charts with an image: ${IMAGE_CHARTS.join(', ')}.`
        : `There is no chart called "${options.chart}" that draws an image. Known: ${IMAGE_CHARTS.join(', ')}.`,
    };
  const figures = figuresOf(options, kind.csvShape);
  if ('problem' in figures) return { ok: false, problem: figures.problem };
  const theme: ImageTheme = options.theme === 'dark' ? 'dark' : 'light';
  const notes = [...(options.notes ?? []), ...('notes' in figures ? (figures.notes ?? []) : [])];
  const title =
    options.title ??
    (typeof (figures.data as { title?: unknown } | null)?.title === 'string'
      ? (figures.data as { title: string }).title
      : '');
  const html = renderToStaticMarkup(
    createElement(
      MessagesProvider,
      { catalogs: CATALOGS },
      createElement(kind.component, {
        data: figures.data,
        title,
        subtitle: options.subtitle,
        locale: options.locale ?? 'en',
        theme,
        width: options.width ?? 640,
        height: options.height,
        figures: options.figures,
        notes: notes.length ? notes : undefined,
        downloads: false,
        ...(options.chart === 'hosting-map' && options.region ? { region: options.region } : {}),
      }),
    ),
  );
  // React writes SVG's camelCase names (viewBox, clipPath): kept as they are.
  const document = parseDocument(html, { lowerCaseTags: false, lowerCaseAttributeNames: false });
  const figure = selectOne('figure', document) as Element | null;
  const svg = figure && (selectOne('svg.sg-chart__svg', figure) as Element | null);
  if (!figure || !svg) {
    const problem = figure && selectOne('.sg-chart__problem', figure);
    return {
      ok: false,
      // Its heading and each listed problem, one after the other, as a reader reads them.
      problem: problem
        ? (selectAll('p, li', problem) as Element[])
            .map((line) => textContent(line).replace(/\s+/g, ' ').trim())
            .join(' ')
        : 'The chart could not be drawn.',
    };
  }
  const styleSheet = chartStyles();
  const variables = themeVariables(styleSheet, theme, { '--sg-font': FONT_STACK, ...options.tokens });
  paintDrawing(svg, figure, styleSheet, variables, theme);
  const text = (selector: string) => {
    const node = selectOne(selector, figure);
    return node ? textContent(node).replace(/\s+/g, ' ').trim() : '';
  };
  const locale = figure.attribs.lang || options.locale || 'en';
  const drawn = standaloneSvgMarkup(
    {
      markup: render(svg, { xmlMode: true, encodeEntities: 'utf8' }),
      width: Number(svg.attribs.width),
      plotHeight: Number(svg.attribs.height),
    },
    {
      background: variables.get('--_sg-background') ?? '#ffffff',
      color: variables.get('--_sg-text') ?? '#1b1f24',
      font: variables.get('--_sg-font') ?? FONT_STACK,
    },
    {
      title: text('.sg-chart__title'),
      subtitle: text('.sg-chart__subtitle') || undefined,
      smallPrint: [
        text('.sg-source'),
        ...(selectAll('.sg-chart__notes li', figure) as Element[]).map((li) =>
          textContent(li).replace(/\s+/g, ' ').trim(),
        ),
      ].filter(Boolean),
      locale,
      rtl: figure.attribs.dir === 'rtl',
    },
  );
  return { ok: true, svg: drawn.markup, width: drawn.width, height: drawn.height };
}

/**
 * resvg lays text out left to right whatever the `direction`: a right-to-left image's anchors are turned into
 * the left-to-right ones that put each text where a browser does (`start` is the right-hand side in `rtl`).
 */
function leftToRightAnchors(svg: string): string {
  const document = parseDocument(svg, { xmlMode: true });
  const root = selectOne('svg', document) as Element | null;
  if (root?.attribs.direction !== 'rtl') return svg;
  delete root.attribs.direction;
  splitLines(root);
  for (const element of selectAll('text, tspan', root) as Element[]) {
    const anchor = element.attribs['text-anchor'];
    if (anchor === 'start' || (!anchor && element.name === 'text')) element.attribs['text-anchor'] = 'end';
    else if (anchor === 'end') element.attribs['text-anchor'] = 'start';
  }
  return render(document, { xmlMode: true, encodeEntities: 'utf8' });
}

/** A length in pixels: `12`, `12px`, or `0.35em` of `fontSize`. */
function pixels(value: string | undefined, fontSize: number): number {
  if (!value) return 0;
  const n = Number.parseFloat(value);
  if (!Number.isFinite(n)) return 0;
  return value.trim().endsWith('em') ? n * fontSize : n;
}

/**
 * Each line of a multi-line label (a `<tspan x dy>` of a `<text>`) as a `<text>` of its own, at the same place:
 * resvg reorders right-to-left text across a whole `<text>`, so an Arabic label's lines would run into each other.
 */
function splitLines(root: Element): void {
  for (const text of selectAll('text', root) as Element[]) {
    const lines = text.children.filter((child): child is Element => child.type === 'tag');
    if (lines.length < 2 || !lines.every((line) => line.name === 'tspan' && 'x' in line.attribs)) continue;
    const siblings = text.parent?.children;
    if (!siblings) continue;
    const size = (element: Element) => pixels(element.attribs['font-size'], 14) || 14;
    let y = pixels(text.attribs.y, size(text));
    const texts = lines.map((line) => {
      const { dy, ...own } = line.attribs;
      y += pixels(dy, pixels(line.attribs['font-size'], size(text)) || size(text));
      const copy = new ElementNode('text', { ...text.attribs, ...own, y: String(y) }, line.children);
      for (const child of line.children) child.parent = copy;
      copy.parent = text.parent;
      return copy;
    });
    siblings.splice(siblings.indexOf(text), 1, ...texts);
  }
}

/** Text the bundled fonts draw: Latin, Greek, Cyrillic and Arabic, with the marks and signs they share. */
const BUNDLED_SCRIPTS =
  /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Common}\p{Script=Inherited}]*$/u;

/** The text of every `<text>` and `<title>` of an SVG, entities decoded. */
function svgText(svg: string): string {
  const document = parseDocument(svg, { xmlMode: true });
  return (selectAll('text, title', document as unknown as Element) as Element[])
    .map((node) => textContent(node))
    .join(' ');
}

/**
 * Rasterises a standalone SVG at `scale` × its size with the bundled fonts only, so the picture is the same on
 * every machine, plus `extraFonts` (e.g. a CJK font for Japanese). Text in a script the bundled fonts lack, with no
 * font given, falls back to this machine's fonts, and `warnings` says so.
 */
export function svgToPng(
  svg: string,
  scale = 2,
  extraFonts: readonly string[] = [],
): { png: Buffer; warnings: string[] } {
  const covered = extraFonts.length > 0 || BUNDLED_SCRIPTS.test(svgText(svg));
  const resvg = new Resvg(leftToRightAnchors(svg), {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      fontFiles: [...fontFiles(), ...extraFonts],
      loadSystemFonts: !covered,
      defaultFontFamily: BUNDLED_FONTS[0].family,
      sansSerifFamily: BUNDLED_FONTS[0].family,
    },
  });
  return {
    png: resvg.render().asPng(),
    warnings: covered
      ? []
      : [
          "The chart's text has characters the bundled fonts (Noto Sans, Noto Sans Arabic) lack, so this machine's fonts drew them: give a font with --font (fonts in the API) for the same image everywhere.",
        ],
  };
}

/** The chart as PNG at `scale` × its CSS size (2 by default: sharp in print and on slides). */
export function renderPng(
  options: RenderOptions & { scale?: number; fonts?: readonly string[] },
): RenderResult<{ png: Buffer; svg: string; warnings: string[] }> {
  const drawn = renderSvg(options);
  if (!drawn.ok) return drawn;
  const scale = options.scale ?? 2;
  const { png, warnings } = svgToPng(drawn.svg, scale, options.fonts);
  return {
    ok: true,
    svg: drawn.svg,
    png,
    warnings,
    width: Math.round(drawn.width * scale),
    height: Math.round(drawn.height * scale),
  };
}
