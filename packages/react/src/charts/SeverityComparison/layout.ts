import type { ShareRow } from '@safeguard-charts/data';
import { formatPercent } from '../../format';
import { en } from '../../i18n/locales/en';
import type { Messages } from '../../i18n/types';
import { barExtent, barsFrame, COMPARED, type HorizontalBars, mirrorX, stackRows } from '../../layout/bars';
import { BOLD, SPARE, TYPE } from '../../layout/type';
import { textEm, wrapText } from '../../layout/wrapText';

/** One share's bar, ready to draw: every position in pixels, every text already formatted. */
export interface SeverityBar {
  /** The row's label as the data gives it: "AI-generated videos". */
  label: string;
  /** The label, wrapped into at most three lines that fit the label column. */
  labelLines: string[];
  /** The share, in points (65 means 65%). */
  percent: number;
  /** The share as the locale writes it: "65%". */
  valueText: string;
  /** Top of the bar. */
  y: number;
  /** The bar's left edge, already mirrored for RTL. */
  barX: number;
  /** The bar's length on the 0–100% scale. */
  barWidth: number;
  /** Where the value label is anchored, just past the bar's end. */
  valueX: number;
  /** "AI-generated videos: 65% Category A" */
  text: string;
}

/** A SeverityComparison as plain data: one bar per share on one 0–100% scale, and their difference. */
export interface SeverityLayout {
  /** The bars, in the data's order. */
  bars: SeverityBar[];
  /** The height of all the bars, in pixels. */
  height: number;
  /** The x of the scale's 0%. */
  baselineX: number;
  /** The x of the label column's inner edge, where the labels are anchored. */
  labelX: number;
  /** Difference between the first and second share, in percentage points, e.g. 22. */
  difference: number | undefined;
  /** The difference in the chart's words: "+22 percentage points"; empty without two shares. */
  differenceText: string;
}

/** Bars on a 0–100% scale, one per share, and the difference between the first two in percentage points. */
export function layoutSeverity(
  rows: readonly ShareRow[],
  {
    width,
    locale,
    rtl,
    measureLabel,
    messages: t = en,
  }: {
    width: number;
    locale: string;
    rtl: boolean;
    measureLabel: string;
    /** The words of the chart's language. @default English */
    messages?: Messages;
  },
): SeverityLayout {
  const labelColumn = Math.round(Math.min(170, Math.max(96, width * 0.28)));
  // Room after the longest bar for its value ("99.9%", bold 15 px), estimated with room to spare: wide system
  // fonts (DejaVu Sans, Firefox's on Linux) draw digits wider than the estimate.
  const valueTexts = rows.map((row) => formatPercent(row.percent, { locale }));
  const valueRoom = Math.max(
    56,
    ...valueTexts.map((text) => Math.ceil(textEm(text) * TYPE.value * BOLD * SPARE) + 10),
  );
  const frame = barsFrame(width, { labelColumn, valueRoom, minPlot: 40, rtl });
  const labels = rows.map((row) => wrapText(row.label, labelColumn, TYPE.label, 3, locale, 'bold'));
  const stacked = stackRows(
    labels.map((lines) => lines.length),
    COMPARED,
  );
  const bars = rows.map((row, index): SeverityBar => {
    const valueText = valueTexts[index] ?? '';
    const { barX, barWidth, valueX } = barExtent(frame, Math.min(100, Math.max(0, row.percent)) / 100);
    return {
      label: row.label,
      labelLines: labels[index] ?? [],
      percent: row.percent,
      valueText,
      y: stacked.rows[index]?.barY ?? 0,
      barX,
      barWidth,
      valueX,
      text: t.labelled(row.label, `${valueText} ${measureLabel}`.trim()),
    };
  });
  const [a, b] = rows;
  const difference = a && b ? a.percent - b.percent : undefined;
  const points =
    difference === undefined
      ? ''
      : new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(
          difference,
        );
  return {
    bars,
    height: stacked.height,
    baselineX: mirrorX(frame, frame.plotStart),
    labelX: mirrorX(frame, labelColumn),
    difference,
    differenceText: difference === undefined ? '' : t.points(points, difference),
  };
}

/** The bars of a SeverityComparison layout as the `Bars` mark draws them (in the {@link COMPARED} style). */
export function severityMarks(layout: SeverityLayout): HorizontalBars {
  return {
    ...layout,
    bars: layout.bars.map((bar) => ({ ...bar, nameLines: bar.labelLines, rowY: bar.y, barY: bar.y })),
  };
}
