import type { Source, Verification } from '@safeguard-charts/data';
import {
  joinSentences,
  publisherFigure,
  publisherFigureText,
  sourceLineModel,
  sourceLineSentences,
} from '@safeguard-charts/data';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import {
  type FormatOptions,
  formatNumber,
  formatPercent,
  formatPercentChange,
  type Notation,
  safeLocale,
} from '../../format';
import { figureProps } from '../../frame/Figure';
import { useChartIds } from '../../frame/ids';
import { useMessages } from '../../i18n/messages';
import type { Messages } from '../../i18n/types';
import { boundedNumber, MAX_FRACTION_DIGITS, safely, textOf } from '../../props/props';
import { warnOnce } from '../../props/warnOnce';
import { useThemeMode } from '../../theme/ThemeProvider';

/** How the headline value is written. */
export type StatFormat = 'number' | 'percent' | 'percent-change';

/** Props of {@link StatCard}: one headline figure, and a `<figure>`'s own props. */
export interface StatCardProps extends Omit<ComponentPropsWithoutRef<'figure'>, 'children'> {
  /** The headline number. A percentage is given in points: 97 means 97%. */
  value: number;
  /** What the number says after it, read as one sentence with it: "increase in AI-generated CSAM videos". */
  label: string;
  /** How the value is written: a count, a percent, or a signed percent change. @default 'number' */
  format?: StatFormat;
  /** A short line of context under the figure. */
  context?: string;
  /** The documents that hold the number; the source line is built from these. */
  sources?: readonly Source[];
  /** What a report cites for the number where that is another document: "The report cites: …". */
  citedSources?: readonly Source[];
  /**
   * What a check of the figure against its publisher found. When it is not `confirmed`, the card says so in
   * words under the source ("Not verified."), with the publisher's own figure where there is one ("Corrected:
   * NCMEC’s own figure for H1 2025: 440,419.").
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
  /** Your own words for any of the card's, over the catalogue of its locale. */
  messages?: Partial<Messages>;
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
    citedSources,
    verification,
    locale = defaults.locale,
    notation = defaults.notation,
    maximumFractionDigits = defaults.maximumFractionDigits,
    theme: themeProp,
    messages,
    className,
    ...rest
  },
  ref,
) {
  const theme = useThemeMode(themeProp);
  const ids = useChartIds();
  const t = useMessages(safeLocale(locale), messages);
  const digits =
    boundedNumber(
      'StatCard',
      'maximumFractionDigits',
      maximumFractionDigits,
      0,
      MAX_FRACTION_DIGITS,
      'clamp',
    ) ?? defaults.maximumFractionDigits;
  const text = formatStat(value, format, { locale, notation, maximumFractionDigits: digits });
  // Sources and checks come straight from the page: whatever they hold, the card draws.
  const source = safely(
    () =>
      joinSentences(
        sourceLineSentences(sourceLineModel({ sources: sources ?? [], citedSources }), undefined, t),
        t,
      ),
    '',
  );
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' && !text)
    warnOnce(invalidValueMessage(label, value));
  const check = safely(
    () => checkText(verification, format, { locale, notation, maximumFractionDigits: digits }, t),
    '',
  );
  return (
    <figure
      ref={ref}
      {...figureProps({ chart: false, chartClass: 'sg-stat', theme, titleId: ids.title, className })}
      {...rest}
    >
      {text ? (
        <p className="sg-stat__sentence" id={ids.title}>
          {/* A long figure ("1,234,567") gets a smaller floor, so it still fits a narrow card. */}
          <span className="sg-stat__value" data-long={[...text].length > 8 ? '' : undefined}>
            {text}
          </span>{' '}
          <span className="sg-stat__label">{textOf(label, 'StatCard', 'label')}</span>
        </p>
      ) : (
        <p className="sg-stat__sentence" role="status" id={ids.title}>
          <span className="sg-stat__label">{textOf(label, 'StatCard', 'label')}</span>
          <span className="sg-stat__context">{t.noFigure}</span>
        </p>
      )}
      {textOf(context) ? <p className="sg-stat__context">{textOf(context)}</p> : null}
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

/**
 * What the check found, in the words every chart uses: "Confirmed.", "Corrected: NCMEC’s own figure for H1 2025:
 * 440,419.", "Not verified." ('' when the figure carries no check).
 */
function checkText(
  verification: Verification | undefined,
  format: StatFormat,
  options: FormatOptions,
  t: Messages,
): string {
  if (!verification) return '';
  const figure = publisherFigure({ verification }, format === 'percent' ? 'percent' : undefined);
  const word = t.statuses[verification.status] ?? '';
  if (!word) return '';
  if (!figure) return joinSentences([word], t);
  const write = (value: number) => formatStat(value, format, options);
  return joinSentences([`${word}: ${publisherFigureText(figure, write, t)}`], t);
}

function invalidValueMessage(label: unknown, value: unknown): string {
  const what = typeof value === 'number' ? String(value) : value === null ? 'null' : `a ${typeof value}`;
  return `StatCard "${textOf(label)}": value must be a finite number, got ${what}. The card shows a message instead.`;
}
