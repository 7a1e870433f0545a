/* The waffle's geometry, as plain data: tested without React. */
import type { ShareRow } from '@safeguard-charts/data';
import { formatPercent } from '../../format';
import type { Messages } from '../../i18n/types';
import { TYPE } from '../../layout/type';
import { wrapText } from '../../layout/wrapText';

const CELLS = 100;
const COLUMNS = 10;

/** Where each of the 100 cells of a waffle goes, and where its text starts. */
export interface WaffleLayout {
  /** The 100 cells in reading order: top-left corner and side in pixels, and whether the cell is filled. */
  cells: { x: number; y: number; size: number; filled: boolean }[];
  /** Whole cells filled: the percentage rounded to a whole number. */
  filled: number;
  /** The side of one cell's square, gap included, in pixels. */
  size: number;
  /** Where the percentage and its label start, beside the waffle (mirrored for RTL). */
  textX: number;
}

/** A 10 × 10 waffle: one cell per percent, filled in reading order (mirrored for right-to-left). */
export function layoutWaffle(percent: number, width: number, height: number, rtl: boolean): WaffleLayout {
  const size = Math.max(6, Math.min(Math.floor((height - 4) / COLUMNS), Math.floor((width * 0.5) / COLUMNS)));
  const gap = Math.max(1, Math.round(size * 0.14));
  const filled = Math.round(Math.min(100, Math.max(0, percent)));
  const grid = size * COLUMNS;
  const originX = rtl ? width - grid : 0;
  const cells = Array.from({ length: CELLS }, (_, i) => {
    const column = i % COLUMNS;
    const row = Math.floor(i / COLUMNS);
    const x = rtl ? originX + (COLUMNS - 1 - column) * size : originX + column * size;
    return { x: x + gap / 2, y: row * size + gap / 2, size: size - gap, filled: i < filled };
  });
  return { cells, filled, size, textX: rtl ? originX - 20 : grid + 20 };
}

/** A ShareChart's plot height at a width: 0.3 of it, between 120 and 220 px. */
export function shareChartHeight(width: number): number {
  return Math.min(220, Math.max(120, Math.round(width * 0.3)));
}

/** A ShareChart at one size as plain data: its waffle, and the percentage and label written beside it. */
export interface ShareChartLayout {
  /** The waffle's cells and where its text starts. */
  waffle: WaffleLayout;
  /** The share as the locale writes it: "97%"; empty without a row to draw. */
  valueText: string;
  /** The share in a sentence for the tooltip and the screen reader: "Girls: 97% of victims". */
  label: string;
  /** The row's label, wrapped into at most three lines that fit beside the waffle. */
  labelLines: string[];
  /** The percentage's baseline: half way down the waffle. */
  valueY: number;
  /** Where the label's lines start, a little under the percentage. */
  labelY: number;
  /** The left edge of the focus ring around the waffle. */
  ringX: number;
}

/** The waffle of `share` (none: an empty one) at a size, with its percentage and its label wrapped beside it. */
export function layoutShareChart(
  share: ShareRow | undefined,
  {
    width,
    height,
    rtl,
    locale,
    messages: t,
  }: { width: number; height: number; rtl: boolean; locale: string; messages: Messages },
): ShareChartLayout {
  const waffle = layoutWaffle(share?.percent ?? 0, width, height, rtl);
  const valueText = share ? formatPercent(share.percent, { locale }) : '';
  const valueY = Math.min(height, waffle.size * 10) / 2;
  return {
    waffle,
    valueText,
    label: share ? t.labelled(share.label, t.shareOf(valueText, share.of ?? '')) : '',
    labelLines: wrapText(
      share?.label ?? '',
      rtl ? waffle.textX - 8 : width - waffle.textX - 8,
      TYPE.label,
      3,
      locale,
    ),
    valueY,
    labelY: valueY + 10,
    ringX: Math.min(...waffle.cells.map((c) => c.x)) - 4,
  };
}
