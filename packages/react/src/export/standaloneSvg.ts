/*
 * A chart as a standalone SVG file: the drawing as the reader sees it (every colour, line and font resolved and
 * written on its element, so the file needs no stylesheet), with the chart's title and subtitle above it and its
 * source line and notes under it, so an image that travels keeps its attribution. Browser only: it reads the
 * live chart's computed styles.
 */
import { wrapText } from '../layout/wrapText';

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
 * `width` × `plotHeight`) under its title and subtitle and over its source line and notes, on `paint`'s
 * background. The one builder of the image, in the browser (the download buttons) and in Node (the render CLI).
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
