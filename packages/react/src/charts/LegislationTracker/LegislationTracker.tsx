import type { Law, LegislationDataset } from '@safeguard-charts/data';
import { sourceLineModel, validateLegislation } from '@safeguard-charts/data';
import { type ComponentPropsWithoutRef, type ElementType, forwardRef, useMemo } from 'react';
import { lawStatusText, STATUS_LABEL } from '../../i18n/catalog';
import { useMessages } from '../../i18n/messages';
import type { Messages } from '../../i18n/types';
import type { ThemeMode } from '../../primitives/ChartFrame';
import { useChartIds } from '../../primitives/ids';
import { HEADING_LEVELS, headingLevelOf, textOf } from '../../primitives/props';
import { SourceLine } from '../../primitives/SourceLine';
import { problemSentences } from '../../primitives/useChartData';
import { useLocale } from '../../primitives/useLocale';
import { warnOnce } from '../../primitives/warnOnce';
import { useThemeMode } from '../../theme/ThemeProvider';

/** Props of {@link LegislationTracker}: the laws, a title, and a `<figure>`'s own props. */
export interface LegislationTrackerProps extends Omit<ComponentPropsWithoutRef<'figure'>, 'title'> {
  /** Laws and bills, e.g. `legislation`. */
  data: LegislationDataset;
  /** The tracker's title. Required. */
  title: string;
  /** A line under the title. */
  subtitle?: string;
  /** BCP 47 locale for dates, e.g. `de-DE`. @default the page's language */
  locale?: string;
  /** Colour scheme. @default 'auto' */
  theme?: ThemeMode;
  /** The heading element of the title. @default 'h3' */
  headingLevel?: 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'p';
  /** Also give the report's status (where the check found another) and the report's own description. @default true */
  showSeedStatus?: boolean;
  /** Your own words for any of the tracker's, over the catalogue of its locale. */
  messages?: Partial<Messages>;
}

export { STATUS_LABEL };

/**
 * Each law with its jurisdiction, status in words, key dates and provisions, as an accessible list.
 * Where the check found a different status from the report's, both are given.
 */
export const LegislationTracker = /* @__PURE__ */ forwardRef<HTMLElement, LegislationTrackerProps>(
  function LegislationTracker(
    {
      data,
      title,
      subtitle,
      locale: localeProp,
      theme,
      headingLevel = 'h3',
      showSeedStatus = true,
      messages,
      className,
      ...rest
    },
    ref,
  ) {
    const locale = useLocale(localeProp);
    const t = useMessages(locale, messages);
    const mode = useThemeMode(theme);
    const ids = useChartIds();
    const Heading = headingLevelOf('LegislationTracker', headingLevel, HEADING_LEVELS, 'h3') as ElementType;
    const result = useMemo(() => validateLegislation(data), [data]);
    if (!result.ok)
      warnOnce(`LegislationTracker: the data is not valid. ${result.problems[0]?.message ?? ''}`);
    const date = (iso: string) =>
      new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${iso}T00:00:00Z`));
    return (
      <figure
        ref={ref}
        className={['sg-root', 'sg-chart', 'sg-laws', className].filter(Boolean).join(' ')}
        data-sg-theme={mode}
        aria-labelledby={ids.title}
        {...rest}
      >
        <div className="sg-chart__header">
          <Heading id={ids.title} className="sg-chart__title">
            {textOf(title, 'LegislationTracker', 'title')}
          </Heading>
          {textOf(subtitle) ? <p className="sg-chart__subtitle">{textOf(subtitle)}</p> : null}
        </div>
        {result.ok && result.data ? (
          <ol className="sg-laws__list">
            {result.data.rows.map((law: Law) => (
              <li key={law.id} className="sg-law" data-status={law.status}>
                <p className="sg-law__name">
                  <strong>{law.name}</strong>
                  <span className="sg-law__jurisdiction">
                    {law.jurisdiction}
                    {law.billNumber ? `, ${law.billNumber}` : ''}
                  </span>
                </p>
                <p className="sg-law__status">
                  <span className="sg-badge" data-status={law.status}>
                    {lawStatusText(law.status, t)}
                  </span>
                  {showSeedStatus && law.seedStatus !== law.status ? (
                    <span className="sg-law__seed"> {t.reportSays(lawStatusText(law.seedStatus, t))}</span>
                  ) : null}
                </p>
                {law.dates.length ? (
                  <ul className="sg-law__dates">
                    {law.dates.map((d, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a law's dates are in a fixed order; two may repeat
                      <li key={i}>
                        {d.label}: <time dateTime={d.date}>{date(d.date)}</time>
                      </li>
                    ))}
                  </ul>
                ) : null}
                <ul className="sg-law__provisions">
                  {law.provisions.map((p, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: provisions are in a fixed order; two may repeat
                    <li key={i}>{p}</li>
                  ))}
                </ul>
                {showSeedStatus && law.seedDescription ? (
                  <p className="sg-law__seed">{t.reportDescribes(law.seedDescription)}</p>
                ) : null}
                {law.verification && law.verification.status !== 'confirmed' ? (
                  <p className="sg-law__check">{t.lawCheck(law.verification.note)}</p>
                ) : null}
              </li>
            ))}
          </ol>
        ) : (
          <div className="sg-chart__problem" role="note">
            <p>{t.cantShowList}</p>
            <ul>
              {problemSentences(result.problems.slice(0, 5), t).map((sentence, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: two problems may read the same
                <li key={i}>{sentence}</li>
              ))}
            </ul>
          </div>
        )}
        <figcaption className="sg-chart__footer">
          <SourceLine
            model={sourceLineModel(result.ok && result.data ? result.data : { sources: [] })}
            write={(value) => String(value)}
            words={t}
          />
          {result.ok && result.data?.asOf ? (
            <p className="sg-source">{t.checkedIn(result.data.asOf)}</p>
          ) : null}
        </figcaption>
      </figure>
    );
  },
);
