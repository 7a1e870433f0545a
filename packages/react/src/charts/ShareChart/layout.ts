/* The waffle's geometry, as plain data: tested without React. */

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
