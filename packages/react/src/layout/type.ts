/*
 * The charts' type scale: the font sizes, line heights and weights that layouts measure with and marks draw
 * with. A layout that wraps or places a label at a size reads it here, and so does the mark that draws the label,
 * so the two never disagree. They are enums so that the bundler writes each value where it is read (`14`, not a
 * lookup): the scale costs a chart's bundle nothing.
 */

/** Font sizes, in pixels. */
export enum TYPE {
  /** Labels: a bar's name and value, a column's value, a share's label. */
  label = 14,
  /** Period names under columns. */
  axis = 13,
  /** Small, muted words: badges, statuses, tick labels, "partial period", "no data". */
  small = 12,
  /** A compared share's value beside its bar ("65%"). */
  value = 15,
  /** A waffle's percentage ("97%"). */
  figure = 40,
}

/** Line heights and baselines, in pixels. */
export enum LINE {
  /** From one line's baseline to the next in a label of {@link TYPE.label} (and its small lines). */
  label = 17,
  /** From one line's baseline to the next in a share's label, which stands alone beside its waffle. */
  loose = 18,
  /** A row's first baseline below the row's top, for {@link TYPE.label} text. */
  first = 13,
}

/** Font weights. */
export enum WEIGHT {
  /** Names and values in bars. */
  semibold = 600,
  /** Values over columns and beside compared bars, a waffle's percentage. */
  bold = 700,
}

/** Bold text runs this much wider than the 0.56 em estimate for regular text (see `textEm`). */
export const BOLD = 1.1;

/** Estimated text widths run short for some glyphs: a label is given this much more room than estimated. */
export const SPARE = 1.15;
