/*
 * Any chart of the library, with any dataset, locale, theme and width, as the same standalone SVG the download
 * buttons make in a browser, and as PNG (resvg, with the package's own fonts), in Node.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { crc32 } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import {
  type CsvDatasetOptions,
  datasets,
  localizeDataset,
  parseCsvDataset,
  problemText,
} from '@safeguard-charts/data';
import { DATASET_WORDS } from '@safeguard-charts/data/words';
import {
  CHART_KIND_INFO,
  type ChartKind,
  catalogFor,
  chartKind,
  type ImageText,
  imageTitle,
  type Messages,
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
import {
  type ChartStyles,
  elementPaint,
  type ImageTheme,
  paintDrawing,
  readStyles,
  themeVariables,
} from './paint';

/** Every shipped language but English (the charts' own). */
export const CATALOGS = [ar, de, es, fr, it, ja, nl, pl, pt, sv].map((c) => ({
  ...c,
  datasetWords: DATASET_WORDS[c.locale as keyof typeof DATASET_WORDS],
}));

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
export function figuresOf(
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
    ? { data: localizeDataset(found, t.datasetWords) as unknown }
    : {
        problem: `There is no dataset called "${id ?? ''}". Known: ${datasets.map((d) => d.id).join(', ')}.`,
      };
}

/**
 * What a rendered chart says is wrong with its figures (its problem box: the heading and each listed problem, one
 * after the other, as a reader reads them), or undefined when it drew them.
 */
export function problemOf(rendered: ReturnType<typeof parseDocument>): string | undefined {
  const problem = selectOne('.sg-chart__problem', rendered) as Element | null;
  return problem
    ? (selectAll('p, li', problem) as Element[])
        .map((line) => textContent(line).replace(/\s+/g, ' ').trim())
        .join(' ')
    : undefined;
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
  const locale = options.locale ?? 'en';
  // An image names what it shows: a CSV with no title line, drawn with no --title, is titled by its figures.
  const title =
    options.title ??
    (typeof (figures.data as { title?: unknown } | null)?.title === 'string'
      ? (figures.data as { title: string }).title
      : imageTitle(figures.data, locale, catalogFor(locale, CATALOGS)));
  const html = renderToStaticMarkup(
    createElement(
      MessagesProvider,
      { catalogs: CATALOGS },
      createElement(kind.component, {
        data: figures.data,
        title,
        subtitle: options.subtitle,
        locale,
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
  if (!figure || !svg) return { ok: false, problem: problemOf(document) ?? 'The chart could not be drawn.' };
  const styleSheet = chartStyles();
  const variables = themeVariables(styleSheet, theme, { '--sg-font': FONT_STACK, ...options.tokens });
  // The first mark of each colour step, and the map's outline, kept before painting takes their classes off.
  const marks = new Map<string, Element>();
  for (const mark of selectAll('[data-step]', svg) as Element[]) {
    const step = mark.attribs['data-step'];
    if (step !== undefined && !marks.has(step)) marks.set(step, mark);
  }
  const outline = selectOne('.sg-map-outline', svg) as Element | null;
  paintDrawing(svg, figure, styleSheet, variables, theme);
  const key = figureKey(figure, (swatch) => {
    const own = elementPaint(swatch, styleSheet, variables, theme);
    const border = variables.get('--_sg-text-muted') ?? '#6b7280';
    if (/\bsg-legend__swatch--outline\b/.test(swatch.attribs.class ?? ''))
      return {
        fill: 'none',
        stroke: outline?.attribs.stroke ?? variables.get('--_sg-text') ?? '#1b1f24',
        dash: outline?.attribs['stroke-dasharray'] ?? '3 2',
      };
    const step = swatch.attribs['data-step'];
    const fill =
      (step === undefined ? undefined : marks.get(step)?.attribs.fill) ??
      own.get('fill') ??
      variables.get('--_sg-nodata') ??
      '#9ca3af';
    return { fill, stroke: border };
  });
  const text = (selector: string) => {
    const node = selectOne(selector, figure);
    return node ? textContent(node).replace(/\s+/g, ' ').trim() : '';
  };
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
      locale: figure.attribs.lang || locale,
      rtl: figure.attribs.dir === 'rtl',
      ...(key ? { key } : {}),
    },
  );
  return { ok: true, svg: drawn.markup, width: drawn.width, height: drawn.height };
}

/**
 * An element's words, each run of spaces made one. A no-break space ("62 %" in German) is kept, so a figure is
 * never parted from its sign.
 */
const wordsOf = (node: Element) =>
  textContent(node)
    .replace(/[ \t\n\r\f]+/g, ' ')
    .trim();

type KeySwatch = NonNullable<ImageText['key']>['legend'][number]['swatch'];

/**
 * The image's key: the legend (`.sg-legend li`) and the ranked list (`.sg-ranking__item`) the page writes beside a
 * map's drawing, in the chart's language, each with its swatch painted by `paint`. `undefined` for a chart with
 * neither.
 */
function figureKey(figure: Element, paint: (swatch: Element) => KeySwatch): ImageText['key'] {
  const legend = selectAll('.sg-legend li', figure) as Element[];
  const ranking = selectAll('.sg-ranking__item', figure) as Element[];
  if (!legend.length && !ranking.length) return undefined;
  const swatchOf = (item: Element): KeySwatch => {
    const swatch = selectOne('.sg-legend__swatch', item) as Element | null;
    return swatch ? paint(swatch) : { fill: 'none' };
  };
  const part = (item: Element, selector: string) => {
    const node = selectOne(selector, item) as Element | null;
    return node ? wordsOf(node) : '';
  };
  return {
    legend: legend.map((li) => ({ swatch: swatchOf(li), text: wordsOf(li) })),
    ranking: ranking.map((item) => ({
      swatch: swatchOf(item),
      text: part(item, '.sg-ranking__name'),
      value: part(item, '.sg-ranking__value'),
    })),
  };
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

/** The fonts a PNG is drawn with, and whether they cover every character of `svg`'s text. */
function fontsFor(svg: string, extraFonts: readonly string[]) {
  const covered = extraFonts.length > 0 || BUNDLED_SCRIPTS.test(svgText(svg));
  return {
    font: {
      fontFiles: [...fontFiles(), ...extraFonts],
      loadSystemFonts: !covered,
      defaultFontFamily: BUNDLED_FONTS[0].family,
      sansSerifFamily: BUNDLED_FONTS[0].family,
    },
    warnings: covered
      ? []
      : [
          "The chart's text has characters the bundled fonts (Noto Sans, Noto Sans Arabic) lack, so this machine's fonts drew them: give a font with --font (fonts in the API) for the same image everywhere.",
        ],
  };
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
  const { font, warnings } = fontsFor(svg, extraFonts);
  const resvg = new Resvg(leftToRightAnchors(svg), { fitTo: { mode: 'zoom', value: scale }, font });
  return { png: resvg.render().asPng(), warnings };
}

/**
 * The size a PNG is printed at: its width on paper and its resolution. The PNG is drawn exactly that many pixels
 * wide (16 cm at 300 dpi: 1,890 pixels) and says its resolution in its `pHYs` chunk, so a layout program (InDesign,
 * Affinity Publisher, Word) places it at that width.
 */
export interface PrintSize {
  /** The width on paper, a number and its unit: `'16cm'`, `'160mm'` or `'6.3in'` (a decimal comma is read too). */
  width: string;
  /** Pixels per inch, from 72 to 1,200. @default 300 (print) */
  dpi?: number;
}

/** Inches in one of each unit a print width is given in. */
const INCHES: Readonly<Record<string, number>> = { cm: 1 / 2.54, mm: 1 / 25.4, in: 1 };
/** The widest PNG drawn for print, in pixels: 1.35 m at 300 dpi. */
const MAX_PRINT_PIXELS = 16_000;
/** Counts in the problems, as the rest of their English writes them. */
const count = new Intl.NumberFormat('en');

/**
 * The pixel width and resolution of `print`, or why it cannot be drawn, in words a designer can act on. Never
 * throws.
 */
function printPixels(print: PrintSize): { pixels: number; dpi: number } | { problem: string } {
  const given = String(print?.width ?? '').trim();
  const match = /^(\d+(?:[.,]\d+)?)\s*(cm|mm|in)$/i.exec(given);
  if (!match)
    return {
      problem: `The print width must be a number and its unit (cm, mm or in), such as 16cm, 160mm or 6.3in, not "${given}".`,
    };
  const dpi = print.dpi ?? 300;
  if (typeof dpi !== 'number' || !Number.isFinite(dpi) || dpi < 72 || dpi > 1200)
    return {
      problem: `The print resolution must be from 72 to 1200 dpi (300 is usual for print), not "${String(dpi)}".`,
    };
  const inches = Number((match[1] ?? '').replace(',', '.')) * (INCHES[(match[2] ?? '').toLowerCase()] ?? 0);
  const pixels = Math.round(inches * dpi);
  if (!(pixels >= 1)) return { problem: `The print width must be more than zero, not "${given}".` };
  if (pixels > MAX_PRINT_PIXELS)
    return {
      problem: `${given} at ${dpi} dpi is ${count.format(pixels)} pixels wide, more than the ${count.format(MAX_PRINT_PIXELS)} an image can have here: give a smaller width or resolution.`,
    };
  return { pixels, dpi };
}

/**
 * `png` with its resolution written in a `pHYs` chunk (pixels per metre, after the header), in place of any it had,
 * so a layout program sizes it on paper.
 */
function withResolution(png: Buffer, dpi: number): Buffer {
  const chunks: Buffer[] = [png.subarray(0, 8)];
  const perMetre = Math.round(dpi / 0.0254);
  const data = Buffer.alloc(9);
  data.writeUInt32BE(perMetre, 0);
  data.writeUInt32BE(perMetre, 4);
  data.writeUInt8(1, 8); // the unit: the metre
  const type = Buffer.from('pHYs', 'latin1');
  const chunk = Buffer.alloc(21);
  chunk.writeUInt32BE(9, 0);
  type.copy(chunk, 4);
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(Buffer.concat([type, data])), 17);
  for (let at = 8; at + 12 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const name = png.subarray(at + 4, at + 8).toString('latin1');
    if (name !== 'pHYs') chunks.push(png.subarray(at, at + length + 12));
    if (name === 'IHDR') chunks.push(chunk);
    at += length + 12;
  }
  return Buffer.concat(chunks);
}

/** A PNG's width and height in pixels, from its header. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * The chart as PNG at `scale` × its CSS size (2 by default: sharp on screens and slides), or at a size on paper
 * (`print`: `{ width: '16cm', dpi: 300 }` draws it 1,890 pixels wide and says 300 dpi in the file). A `print` that
 * cannot be drawn, or one given with `scale`, is a `problem`, never a throw.
 */
export function renderPng(
  options: RenderOptions & {
    /** PNG pixels per CSS pixel. @default 2 */
    scale?: number;
    /** A size on paper instead of a scale: `{ width: '16cm', dpi: 300 }` (see {@link PrintSize}). */
    print?: PrintSize;
    /** Font files beside the bundled ones, for scripts they lack (a CJK font for Japanese). */
    fonts?: readonly string[];
  },
): RenderResult<{ png: Buffer; svg: string; warnings: string[]; dpi?: number }> {
  const print = options.print === undefined ? undefined : printPixels(options.print);
  if (print && 'problem' in print) return { ok: false, problem: print.problem };
  if (print && options.scale !== undefined)
    return {
      ok: false,
      problem: 'Give a print size or a scale, not both: a print size sets the pixels itself.',
    };
  const drawn = renderSvg(options);
  if (!drawn.ok) return drawn;
  if (print) {
    const { font, warnings } = fontsFor(drawn.svg, options.fonts ?? []);
    const resvg = new Resvg(leftToRightAnchors(drawn.svg), {
      fitTo: { mode: 'width', value: print.pixels },
      font,
    });
    const png = withResolution(resvg.render().asPng(), print.dpi);
    return { ok: true, svg: drawn.svg, png, warnings, dpi: print.dpi, ...pngSize(png) };
  }
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
