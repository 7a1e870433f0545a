import type { ProviderReport, Unit } from '@safeguard-charts/data';
import { shareOf } from '@safeguard-charts/data';
import { formatPercent, type Notation } from '../../format';
import { writtenValue } from '../../format/memo';
import { en } from '../../i18n/locales/en';
import type { Messages } from '../../i18n/types';
import { barExtent, barsFrame, mirrorX, RANKED, stackRows } from '../../layout/bars';
import { TYPE } from '../../layout/type';
import { wrapText } from '../../layout/wrapText';

/** What {@link layoutProviderBars} lays the bars out for. */
export interface ProviderBarsLayoutOptions {
  /** The chart's width, in pixels. */
  width: number;
  /** BCP 47 locale for the numbers and for wrapping the names. */
  locale: string;
  /** The dataset's unit ("reports"): counts are written as numbers, `percent` as percentages. */
  unit: Unit;
  /** `full` ("32,079") or `compact` ("32K") values. */
  notation: Notation;
  /** Mirror the layout for right-to-left locales. */
  rtl: boolean;
  /** Show each provider's share of the total of these figures after its value. */
  showShare: boolean;
  /** The words of the chart's language. @default English */
  messages?: Messages;
}

/** One bar, ready to draw: every position in pixels, every text already formatted. */
export interface ProviderBar {
  /** The provider as the data names it. */
  provider: string;
  /** The name, wrapped into lines that fit the label column. */
  nameLines: string[];
  /** "New reporter", "+9,650% YoY (report’s claim)", or empty. */
  badge: string;
  /** The badge, wrapped into lines that fit the label column (at 12 px). */
  badgeLines: string[];
  /** The check's status in words where it is not confirmed ("Not verified"), else empty. */
  status: string;
  /** The value as the locale writes it, in the chart's notation: "32,079". */
  valueText: string;
  /** The provider's share of the total of these figures ("50%") when `showShare` is on, else empty. */
  shareText: string;
  /** Top of the row. */
  rowY: number;
  /** Top of the bar, centred in its row. */
  barY: number;
  /** The bar's height, in pixels. */
  barHeight: number;
  /** Bar extent along x, already mirrored for RTL: its left edge. */
  barX: number;
  /** Bar extent along x: its length, from zero to the value on a scale that starts at zero. */
  barWidth: number;
  /** Where the value label starts, and its anchor. */
  valueX: number;
  /**
   * The full sentence for the tooltip and screen reader: "OpenAI: 32,079 reports, +9,650% YoY (report’s
   * claim), not verified"; with shares, "(50% of the total of these 3 figures)" after the value.
   */
  label: string;
}

/** A ProviderBars chart as plain data: one bar per provider, largest first. */
export interface ProviderBarsLayout {
  /** The bars, largest value first. */
  bars: ProviderBar[];
  /** The height of all the rows, in pixels. */
  height: number;
  /** The x of the bars' baseline (zero). */
  baselineX: number;
  /** The x of the label column's inner edge, where the names are anchored. */
  labelX: number;
  /** The sum of the values drawn: what `shareText` is a share of. */
  total: number;
}

/** The most room kept after the longest bar for its value (and share). */
const VALUE_SPACE = 132;

/**
 * A provider's badge: "New reporter", or the report's change, each with a word that it is the report's claim where
 * a check did not confirm it (the row's check for "new reporter", the change's own for the change).
 */
export function providerBadge(row: ProviderReport, t: Messages = en): string {
  if (row.newReporter) {
    const check = row.verification;
    return check && check.status !== 'confirmed' ? t.reportsClaim(t.newReporter) : t.newReporter;
  }
  if (!row.change) return '';
  const check = row.change.verification;
  return check && check.status !== 'confirmed' ? t.reportsClaim(row.change.label) : row.change.label;
}

/** The bars of a ProviderBars chart as plain data: sorted, scaled, labelled, wrapped; tested as data. */
export function layoutProviderBars(
  rows: readonly ProviderReport[],
  { width, locale, unit, notation, rtl, showShare, messages: t = en }: ProviderBarsLayoutOptions,
): ProviderBarsLayout {
  const sorted = [...rows].sort((a, b) => b.value - a.value);
  const total = sorted.reduce((sum, row) => sum + row.value, 0);
  const labelColumn = Math.round(Math.min(180, Math.max(96, width * 0.3)));
  const frame = barsFrame(width, {
    labelColumn,
    valueRoom: Math.min(VALUE_SPACE, Math.round(width * 0.34)),
    minPlot: 20,
    rtl,
  });
  // Bars start at zero: a bar's length is its share of the largest value. One division, so the chart does not
  // carry d3-scale (and the colour interpolators it brings) for it.
  const max = Math.max(...sorted.map((row) => row.value), 0);
  const labels = sorted.map((row) => {
    const nameLines = wrapText(row.provider, labelColumn, TYPE.label, 3, locale, 'bold');
    const badge = providerBadge(row, t);
    const checked = row.verification?.status;
    const status = checked && checked !== 'confirmed' ? (t.statuses[checked] ?? '') : '';
    const badgeLines = badge ? wrapText(badge, labelColumn, TYPE.small, 3, locale) : [];
    return { nameLines, badge, badgeLines, status };
  });
  const stacked = stackRows(
    labels.map((label) => label.nameLines.length + label.badgeLines.length + (label.status ? 1 : 0)),
    RANKED,
  );
  const bars = sorted.map((row, index): ProviderBar => {
    const { nameLines, badge, badgeLines, status } = labels[index] as (typeof labels)[number];
    const { rowY, barY } = stacked.rows[index] as (typeof stacked.rows)[number];
    const valueText = writtenValue(row.value, unit, locale, notation);
    const share = shareOf(row.value, total);
    const shareText =
      showShare && share !== undefined && share !== null
        ? formatPercent(share, { locale, maximumFractionDigits: 0 })
        : '';
    return {
      provider: row.provider,
      nameLines,
      badge,
      badgeLines,
      status,
      valueText,
      shareText,
      rowY,
      barY,
      barHeight: RANKED.bar,
      ...barExtent(frame, row.value / (max || 1)),
      label: [
        `${t.labelled(row.provider, t.valueWithUnit(valueText, t.unit(unit, row.value)))}${shareText ? ` (${t.shareOfThese({ share: shareText, count: sorted.length })})` : ''}`,
        badge,
        status.toLocaleLowerCase(t.locale),
      ]
        .filter(Boolean)
        .join(', '),
    };
  });
  return {
    bars,
    height: stacked.height,
    baselineX: mirrorX(frame, frame.plotStart),
    labelX: mirrorX(frame, labelColumn),
    total,
  };
}
