/*
 * Makes a chart's download and hands it to the reader. Loaded by the download buttons on their first click.
 */
import { csvFormatFor, type FlattenableDataset, toCsv } from '@safeguard-charts/data';
import type { Messages } from '../i18n/types';
import type { DownloadKind } from '../props/choices';
import { imageTitle } from './imageTitle';
import { figureKey, fileName, standaloneSvg } from './standaloneSvg';

/** Hands the reader a file: a link to it, clicked, then let go. */
function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What a download needs of its chart. */
export interface DownloadSource {
  dataset: FlattenableDataset | null;
  title: string;
  subtitle?: string;
  figure: HTMLElement | null;
  locale: string;
  rtl: boolean;
  /** The chart's words: for the image's title where the chart has none. */
  t?: Pick<Messages, 'unitName' | 'labelled' | 'legendShare'>;
}

/**
 * Makes the `kind` file of a chart and saves it: the data as CSV for a spreadsheet in the chart's locale (cells
 * split by `;` and numbers with a decimal comma where the locale writes `1,5`, dates kept as text), the chart as
 * a standalone SVG, or as a PNG at twice its size drawn from that SVG. Resolves to `undefined` when the file
 * was handed over, `blocked` when the page's security policy stopped it (a PNG needs blob: images), `failed`
 * otherwise. Never rejects.
 */
export async function downloadFile(
  kind: DownloadKind,
  { dataset, title: given, subtitle, figure, locale, rtl, t }: DownloadSource,
): Promise<'blocked' | 'failed' | undefined> {
  try {
    // A file names what it shows: a chart without a title gets one from its figures.
    const title = given || (t ? imageTitle(dataset, locale, t) : '');
    if (kind === 'csv') {
      if (!dataset) return 'failed';
      const csv = toCsv(dataset, { ...csvFormatFor(locale), textDates: true });
      save(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName(title, 'csv'));
      return undefined;
    }
    const svg = figure?.querySelector<SVGSVGElement>('svg.sg-chart__svg');
    if (!figure || !svg) return 'failed';
    const smallPrint = [
      figure.querySelector('.sg-source')?.textContent ?? '',
      ...[...figure.querySelectorAll('.sg-chart__notes li')].map((li) => li.textContent ?? ''),
    ].filter(Boolean);
    // A map's legend and ranked figures are HTML beside its drawing: the image draws them as its key.
    const key = figureKey(figure, svg);
    const drawn = standaloneSvg(svg, { title, subtitle, smallPrint, locale, rtl, ...(key ? { key } : {}) });
    if (!drawn.markup) return 'failed';
    const svgBlob = new Blob([drawn.markup], { type: 'image/svg+xml;charset=utf-8' });
    if (kind === 'svg') {
      save(svgBlob, fileName(title, 'svg'));
      return undefined;
    }
    const url = URL.createObjectURL(svgBlob);
    try {
      const picture = new Image();
      await new Promise<void>((resolve, reject) => {
        picture.onload = () => resolve();
        picture.onerror = () => reject(new Error('blocked'));
        picture.src = url;
      });
      const canvas = document.createElement('canvas');
      canvas.width = drawn.width * 2;
      canvas.height = drawn.height * 2;
      const context = canvas.getContext('2d');
      if (!context) return 'failed';
      context.scale(2, 2);
      context.drawImage(picture, 0, 0, drawn.width, drawn.height);
      const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!png) return 'failed';
      save(png, fileName(title, 'png'));
      return undefined;
    } catch {
      return 'blocked';
    } finally {
      URL.revokeObjectURL(url);
    }
  } catch {
    return 'failed';
  }
}
