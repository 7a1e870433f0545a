import type { Source, Verification } from '@safeguard-charts/data';
import { sourceLine } from '@safeguard-charts/data';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import {
  type FormatOptions,
  formatNumber,
  formatPercent,
  formatPercentChange,
  type Notation,
} from '../../format';
import { warnOnce } from '../../primitives/warnOnce';
import { useThemeMode } from '../../theme/ThemeProvider';

/** How the headline value is written. */
export type StatFormat = 'number' | 'percent' | 'percent-change';

export interface StatCardProps extends Omit<ComponentPropsWithoutRef<'figure'>, 'children'> {
  /** The headline number. A percentage is given in points: 97 means 97%. */
  value: number;
  /** What the number says after it, read as one sentence with it: "increase in AI-generated CSAM videos". */
  label: string;
  /** How the value is written: a count, a percent, or a signed percent change. @default 'number' */
  format?: StatFormat;
  /** A short line of context under the figure. */
  context?: string;
  /** Where the number comes from; the source line is built from these. */
  sources?: readonly Source[];
  /**
   * What a check of the figure against its publisher found. When it is not `confirmed`, the card says so
   * under the source, with the publisher's own figure where there is one ("NCMEC’s own figure: 440,419").
   */
  verification?: Verification;
  /** BCP 47 locale for the number, e.g. `de-DE`. @default 'en-US' */
  locale?: string;
  /** `full` ("485,000") or `compact` ("485K"). @default 'full' */
  notation?: Notation;
  /** The most digits after the decimal separator: 26,384.6 is written "26,385" with 0. @default 0 */
  maximumFractionDigits?: number;
  /** `auto` follows the reader's colour scheme; `light` or `dark` force one. @default the ThemeProvider's, else 'auto' */
  theme?: 'auto' | 'light' | 'dark';
}

const defaults = {
  format: 'number',
  locale: 'en-US',
  notation: 'full',
  maximumFractionDigits: 0,
} satisfies Partial<StatCardProps>;

/**
 * A headline figure with its label, a context line and its source, e.g. "26,385% increase in AI-generated
 * CSAM videos". The value and label sit in one paragraph, so a screen reader reads them as one sentence.
 * Server-renders to plain HTML; needs no JavaScript.
 */
export const StatCard = /* @__PURE__ */ forwardRef<HTMLElement, StatCardProps>(function StatCard(
  {
    value,
    label,
    format = defaults.format,
    context,
    sources,
    verification,
    locale = defaults.locale,
    notation = defaults.notation,
    maximumFractionDigits = defaults.maximumFractionDigits,
    theme: themeProp,
    className,
    ...rest
  },
  ref,
) {
  const theme = useThemeMode(themeProp);
  const text = formatStat(value, format, { locale, notation, maximumFractionDigits });
  const source = sources?.length ? sourceLine(sources) : '';
  if (!text) warnOnce(invalidValueMessage(label, value));
  const check = checkText(verification, format, { locale, notation, maximumFractionDigits });
  return (
    <figure
      ref={ref}
      className={className ? `sg-root sg-stat ${className}` : 'sg-root sg-stat'}
      data-sg-theme={theme}
      {...rest}
    >
      {text ? (
        <p className="sg-stat__sentence">
          <span className="sg-stat__value">{text}</span> <span className="sg-stat__label">{label}</span>
        </p>
      ) : (
        <p className="sg-stat__sentence" role="status">
          <span className="sg-stat__label">{label}</span>
          <span className="sg-stat__context">
            No valid figure to show: the value is missing or not a number.
          </span>
        </p>
      )}
      {context ? <p className="sg-stat__context">{context}</p> : null}
      {source || check ? (
        <figcaption className="sg-stat__source" dir="auto">
          {source}
          {source && check ? ' ' : null}
          {check ? <span className="sg-stat__check">{check}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
});

/** The headline value as text; empty for a value that is not a finite number. */
function formatStat(value: number, format: StatFormat, options: FormatOptions): string {
  if (typeof value !== 'number') return '';
  if (format === 'percent') return formatPercent(value, options);
  if (format === 'percent-change') return formatPercentChange(value, options);
  return formatNumber(value, options);
}

const STATUS_TEXT = {
  corrected: 'Corrected by the publisher',
  'different-count': 'The publisher’s figure counts something else',
  unverified: 'Not verified against a publisher’s source',
} as const;

/** A short line on what the check found, or '' when the figure is confirmed or unchecked. */
function checkText(
  verification: Verification | undefined,
  format: StatFormat,
  options: FormatOptions,
): string {
  if (!verification || verification.status === 'confirmed') return '';
  if (typeof verification.value === 'number') {
    const who = verification.source?.publisher ?? 'The publisher';
    const period = verification.period ? ` for ${verification.period.label}` : '';
    return `${who}’s own figure${period}: ${formatStat(verification.value, format, options)}.`;
  }
  return `${STATUS_TEXT[verification.status]}.`;
}

function invalidValueMessage(label: string, value: unknown): string {
  return `StatCard "${label}": value must be a finite number, got ${String(value)}. The card shows a message instead.`;
}
