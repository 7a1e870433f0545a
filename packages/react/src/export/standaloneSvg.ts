/*
 * A chart as a standalone SVG file: the drawing as the reader sees it (every colour, line and font resolved and
 * written on its element, so the file needs no stylesheet), with the chart's title and subtitle above it, its key
 * (a map's legend and ranked figures, which the page writes as HTML beside the drawing) and its source line and
 * notes under it, so an image that travels reads on its own and keeps its attribution. Browser only: it reads the
 * live chart's computed styles.
 */
import { safeLocale } from '../format';
import { textEm, wrapText } from '../layout/wrapText';

/** The styles a drawing needs, written on each element of the copy as presentation attributes. */
export const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'vector-effect',
] as const;

/** Where text goes around the drawing: a margin, and the sizes of the title, subtitle and small print. */
const MARGIN = 16;
const TITLE = 18;
const SUBTITLE = 14;
const SMALL = 12;
/** The key's text size, a row's height, a swatch's side, and the room between its columns and entries. */
const KEY = 13;
const KEY_ROW = 20;
const SWATCH = 12;
const KEY_GAP = 24;
/** The most columns a ranked list takes, however wide the image. */
const KEY_COLUMNS = 4;
/** The widest a ranked name runs before it breaks onto a second line. */
const MAX_NAME = 200;
/** Estimated widths run a little short: the key gives its words this much more room. */
const KEY_SPARE = 1.08;

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** What goes around the drawing. */
export interface ImageText {
  /** The chart's title, the image's first lines and its `<title>`. */
  title: string;
  /** The line under the title. */
  subtitle?: string;
  /** The source line and each note, one entry each. */
  smallPrint: readonly string[];
  /** The chart's locale, for breaking lines. */
  locale: string;
  /** Whether the chart reads right to left. */
  rtl: boolean;
  /**
   * A key under the drawing, for a chart whose key and figures the page writes beside it (the map's legend and
   * ranked list): the legend's entries side by side, on as many rows as the width needs; then the ranked entries
   * (`text` a name, `value` its figure), numbered, down as many columns as fit the width. A swatch is a colour
   * (`fill`, outlined in `stroke`) or an outline alone (`fill: 'none'`, `stroke`, dashed with `dash`).
   */
  key?: {
    legend: readonly { swatch: { fill: string; stroke?: string; dash?: string }; text: string }[];
    ranking: readonly {
      swatch: { fill: string; stroke?: string; dash?: string };
      text: string;
      value: string;
    }[];
  };
}

/** The page around the drawing: its background, text colour and font. */
export interface ImagePaint {
  /** The image's background colour. */
  background: string;
  /** The colour of the title, subtitle and small print. */
  color: string;
  /** The image's font stack (`font-family`). */
  font: string;
}

/**
 * A standalone SVG file: `drawing` (the markup of a chart's `<svg>`, every paint written on its elements, drawn
 * `width` × `plotHeight`) under its title and subtitle and over its key (where `text` has one) and its source line
 * and notes, on `paint`'s background. The one builder of the image, in the browser (the download buttons) and in Node (the render CLI).
 */
export function standaloneSvgMarkup(
  drawing: { markup: string; width: number; plotHeight: number },
  paint: ImagePaint,
  text: ImageText,
): { markup: string; width: number; height: number } {
  const { width, plotHeight } = drawing;
  const inner = width - 2 * MARGIN;
  const lines = (content: string, size: number, max: number, weight: 'bold' | 'normal' = 'normal') =>
    content ? wrapText(content, inner, size, max, text.locale, weight) : [];
  const title = lines(text.title, TITLE, 4, 'bold');
  const subtitle = lines(text.subtitle ?? '', SUBTITLE, 4);
  // Each entry of the small print (the source line, each note) on lines of its own, a little apart.
  const small = text.smallPrint.map((line) => lines(line, SMALL, 12));
  // The image's `direction` makes `start` the right-hand side in a right-to-left chart.
  const x = text.rtl ? width - MARGIN : MARGIN;
  const anchor = 'start';
  let y = MARGIN;
  const rows: string[] = [];
  const write = (content: string, size: number, weight: number, opacity = 1) => {
    y += size * 1.3;
    rows.push(
      `<text x="${x}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${escapeXml(paint.color)}" fill-opacity="${opacity}" text-anchor="${anchor}">${escapeXml(content)}</text>`,
    );
  };
  for (const line of title) write(line, TITLE, 700);
  for (const line of subtitle) write(line, SUBTITLE, 400, 0.8);
  y += 12;
  const plotTop = y;
  y += plotHeight + 8;
  if (text.key) {
    const key = imageKey(text.key, { top: y + 4, width, paint, locale: text.locale, rtl: text.rtl });
    rows.push(...key.rows);
    y = key.bottom + 8;
  }
  small.forEach((entry, i) => {
    if (i > 0) y += 4;
    for (const line of entry) write(line, SMALL, 400, 0.8);
  });
  const height = Math.ceil(y + MARGIN);
  const direction = text.rtl ? ' direction="rtl"' : '';
  const markup = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(paint.font)}"${direction}>`,
    `<title>${escapeXml(text.title)}</title>`,
    `<rect width="100%" height="100%" fill="${escapeXml(paint.background)}"/>`,
    ...rows.slice(0, title.length + subtitle.length),
    `<g transform="translate(0 ${plotTop.toFixed(1)})">`,
    drawing.markup,
    '</g>',
    ...rows.slice(title.length + subtitle.length),
    '</svg>',
  ].join('\n');
  return { markup, width, height };
}

type Swatch = NonNullable<ImageText['key']>['legend'][number]['swatch'];

/**
 * The key's rows, from `top` down: the legend's entries side by side (on more rows where the width needs them),
 * then the ranked entries down columns, each column as wide as its widest entry and no wider than its share of the
 * width. Right to left, everything is mirrored: an entry's swatch on its right, its figure at its column's left.
 * Widths are estimated (`textEm`), the same on the server and in a browser.
 */
function imageKey(
  key: NonNullable<ImageText['key']>,
  {
    top,
    width,
    paint,
    locale,
    rtl,
  }: { top: number; width: number; paint: ImagePaint; locale: string; rtl: boolean },
): { rows: string[]; bottom: number } {
  const inner = width - 2 * MARGIN;
  const rows: string[] = [];
  const color = escapeXml(paint.color);
  // A logical x (from the start side) where the image is drawn: mirrored for right to left. A text's `start` and
  // `end` are the logical ones too (the image's `direction` turns them).
  const at = (offset: number) => (rtl ? width - MARGIN - offset : MARGIN + offset);
  const swatch = (offset: number, rowTop: number, paintOf: Swatch) => {
    const left = rtl ? at(offset) - SWATCH : at(offset);
    const outline = paintOf.fill === 'none';
    const stroke = paintOf.stroke
      ? ` stroke="${escapeXml(paintOf.stroke)}" stroke-width="${outline ? 1.5 : 1}"${outline ? '' : ' stroke-opacity="0.6"'}`
      : '';
    const dash = paintOf.dash ? ` stroke-dasharray="${escapeXml(paintOf.dash)}"` : '';
    rows.push(
      `<rect x="${left.toFixed(1)}" y="${(rowTop + 4).toFixed(1)}" width="${SWATCH}" height="${SWATCH}" rx="2" fill="${escapeXml(paintOf.fill)}"${stroke}${dash}/>`,
    );
  };
  const words = (
    offset: number,
    baseline: number,
    content: string,
    anchor: 'start' | 'end',
    weight = 400,
    opacity = 1,
  ) =>
    rows.push(
      `<text x="${at(offset).toFixed(1)}" y="${baseline.toFixed(1)}" font-size="${KEY}" font-weight="${weight}" fill="${color}" fill-opacity="${opacity}" text-anchor="${anchor}">${escapeXml(content)}</text>`,
    );
  // Direction marks (a right-to-left locale's percentages carry them) take no room.
  const measure = (content: string, bold = false) =>
    textEm(content.replace(/\p{Cf}/gu, '')) * KEY * KEY_SPARE * (bold ? 1.1 : 1);
  let y = top;

  // The legend: swatch and words, entries side by side, a new row where the next would not fit.
  let offset = 0;
  let rowCount = key.legend.length ? 1 : 0;
  for (const entry of key.legend) {
    const room = inner - SWATCH - 6;
    const [line = ''] = wrapText(entry.text, room, KEY, 1, locale);
    const entryWidth = SWATCH + 6 + measure(line);
    if (offset > 0 && offset + entryWidth > inner) {
      offset = 0;
      rowCount += 1;
      y += KEY_ROW;
    }
    swatch(offset, y, entry.swatch);
    words(offset + SWATCH + 6, y + 14.5, line, 'start');
    offset += entryWidth + 16;
  }
  if (rowCount) y += KEY_ROW;

  // The ranked list: each entry's rank, swatch, figure and name; as many columns as fit, filled down then across.
  // The figures are aligned at their end, and the names start after the widest figure, so no estimate of a name's
  // width puts a figure out of line.
  const count = key.ranking.length;
  if (count) {
    if (rowCount) y += 8;
    const number = new Intl.NumberFormat(safeLocale(locale));
    const numbers = key.ranking.map((_, i) => number.format(i + 1));
    const numberWidth = Math.max(...numbers.map((n) => measure(n)));
    const valueEnd =
      numberWidth + 6 + SWATCH + 6 + Math.max(...key.ranking.map((entry) => measure(entry.value, true)));
    const nameStart = valueEnd + 8;
    // A long name goes on two lines rather than widen every column.
    const nameWidth = Math.min(MAX_NAME, Math.max(...key.ranking.map((entry) => measure(entry.text))));
    const natural = nameStart + nameWidth;
    let columns = Math.max(
      1,
      Math.min(KEY_COLUMNS, count, Math.floor((inner + KEY_GAP) / (natural + KEY_GAP))),
    );
    const perColumn = Math.ceil(count / columns);
    columns = Math.ceil(count / perColumn);
    const columnWidth = Math.min(natural, (inner - (columns - 1) * KEY_GAP) / columns);
    let bottom = y;
    for (let column = 0; column < columns; column += 1) {
      const start = column * (columnWidth + KEY_GAP);
      let rowTop = y;
      key.ranking.slice(column * perColumn, (column + 1) * perColumn).forEach((entry, i) => {
        const lines = wrapText(entry.text, Math.max(40, columnWidth - nameStart), KEY, 2, locale);
        words(start + numberWidth, rowTop + 14.5, numbers[column * perColumn + i] ?? '', 'end', 400, 0.7);
        swatch(start + numberWidth + 6, rowTop, entry.swatch);
        words(start + valueEnd, rowTop + 14.5, entry.value, 'end', 700);
        lines.forEach((line, l) => {
          words(start + nameStart, rowTop + 14.5 + l * 16, line, 'start');
        });
        rowTop += KEY_ROW + (lines.length - 1) * 16;
      });
      bottom = Math.max(bottom, rowTop);
    }
    y = bottom;
  }
  return { rows, bottom: y };
}

/**
 * The standalone SVG of `svg` (a chart's live drawing) with `text` around it, and its size in CSS pixels.
 * Never throws: a chart that cannot be read gives an empty string.
 */
export function standaloneSvg(
  svg: SVGSVGElement,
  text: ImageText,
): { markup: string; width: number; height: number } {
  try {
    const width = Math.max(1, Math.round(svg.width.baseVal.value || svg.getBoundingClientRect().width));
    const plotHeight = Math.max(
      1,
      Math.round(svg.height.baseVal.value || svg.getBoundingClientRect().height),
    );
    const copy = svg.cloneNode(true) as SVGSVGElement;
    const live = [svg, ...svg.querySelectorAll('*')];
    const copies = [copy, ...copy.querySelectorAll('*')];
    live.forEach((element, i) => {
      const target = copies[i];
      if (!target) return;
      if (element.classList.contains('sg-focus-ring')) target.setAttribute('data-focus-ring', '');
      const style = getComputedStyle(element);
      for (const property of PAINT) {
        const value = style.getPropertyValue(property);
        if (value) target.setAttribute(property, value);
      }
      for (const attribute of ['class', 'tabindex', 'role', 'aria-labelledby', 'aria-describedby', 'style'])
        target.removeAttribute(attribute);
    });
    // The keyboard's focus ring is the page's, not the image's.
    for (const ring of copy.querySelectorAll('[data-focus-ring]')) ring.remove();
    const page = getComputedStyle(svg.closest('figure') ?? svg);
    const background =
      page.backgroundColor && page.backgroundColor !== 'rgba(0, 0, 0, 0)' ? page.backgroundColor : '#ffffff';
    copy.setAttribute('width', String(width));
    copy.setAttribute('height', String(plotHeight));
    return standaloneSvgMarkup(
      { markup: new XMLSerializer().serializeToString(copy), width, plotHeight },
      { background, color: page.color || '#1b1f24', font: page.fontFamily || 'sans-serif' },
      text,
    );
  } catch {
    return { markup: '', width: 0, height: 0 };
  }
}

/**
 * An element's words, each run of spaces made one. A no-break space ("62 %" in German) is kept, so a figure is
 * never parted from its sign.
 */
const wordsOf = (element: Element) => (element.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();

/**
 * The key of a live chart's image: its legend (`.sg-legend li`) and ranked list (`.sg-ranking__item`) as the
 * page writes them, in the chart's language, each swatch in the colour the drawing paints that step (its first
 * mark of the step; the legend's own swatch where no mark has it), the outlined aggregate in the map outline's
 * stroke. `undefined` for a chart without either.
 */
export function figureKey(figure: HTMLElement, svg: SVGSVGElement): ImageText['key'] {
  const legend = [...figure.querySelectorAll('.sg-legend li')];
  const ranking = [...figure.querySelectorAll('.sg-ranking__item')];
  if (!legend.length && !ranking.length) return undefined;
  const swatchOf = (item: Element): Swatch => {
    const own = item.querySelector('.sg-legend__swatch');
    const style = own ? getComputedStyle(own) : undefined;
    const border = style?.borderTopColor || '#6b7280';
    if (own?.classList.contains('sg-legend__swatch--outline')) {
      const outline = svg.querySelector('.sg-map-outline');
      const drawn = outline ? getComputedStyle(outline) : undefined;
      const dash = drawn?.strokeDasharray;
      return {
        fill: 'none',
        stroke: drawn?.stroke && drawn.stroke !== 'none' ? drawn.stroke : border,
        dash: dash && dash !== 'none' ? dash : '3 2',
      };
    }
    const step = own?.getAttribute('data-step');
    const mark = step === null || step === undefined ? null : svg.querySelector(`[data-step="${step}"]`);
    const fill = (mark && getComputedStyle(mark).fill) || style?.backgroundColor || '#9ca3af';
    return { fill, stroke: border };
  };
  return {
    legend: legend.map((li) => ({ swatch: swatchOf(li), text: wordsOf(li) })),
    ranking: ranking.map((item) => ({
      swatch: swatchOf(item),
      text: wordsOf(item.querySelector('.sg-ranking__name') ?? item),
      value: item.querySelector('.sg-ranking__value')
        ? wordsOf(item.querySelector('.sg-ranking__value') as Element)
        : '',
    })),
  };
}

/** A file name for a chart: its title in lower case, words joined by hyphens, any script kept. */
export function fileName(title: string, extension: string): string {
  const slug = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'chart'}.${extension}`;
}
