import type { Law, LegislationDataset } from '@safeguard-charts/data';
import { sourceLineModel, validateLegislation } from '@safeguard-charts/data';
import { type ComponentPropsWithoutRef, forwardRef, useMemo } from 'react';
import { figureProps } from '../../frame/Figure';
import { FigureFooter } from '../../frame/FigureFooter';
import { FigureHeader } from '../../frame/FigureHeader';
import { useChartIds } from '../../frame/ids';
import { ProblemBox } from '../../frame/ProblemBox';
import { datasetInWords, problemSentences } from '../../hooks/useChartData';
import { useLocale } from '../../hooks/useLocale';
import { lawStatusText, STATUS_LABEL } from '../../i18n/catalog';
import { useMessages } from '../../i18n/messages';
import type { Messages } from '../../i18n/types';
import { HEADING_LEVELS, oneOf, textOf } from '../../props/props';
import { warnOnce } from '../../props/warnOnce';
import type { ThemeMode } from '../../theme/mode';
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
    // The checked copy, in the reader's words where the catalogue has the datasets' (`datasetWords`).
    const result = useMemo(() => {
      const checked = validateLegislation(data);
      return checked.data ? { ...checked, data: datasetInWords(checked.data, t) } : checked;
    }, [data, t]);
    if (!result.ok)
      if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production')
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
        {...figureProps({ chartClass: 'sg-laws', theme: mode, titleId: ids.title, className })}
        {...rest}
      >
        <FigureHeader
          level={oneOf('LegislationTracker', 'headingLevel', headingLevel, HEADING_LEVELS, 'h3')}
          titleId={ids.title}
          title={textOf(title, 'LegislationTracker', 'title')}
          subtitle={textOf(subtitle)}
        />
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
          <ProblemBox
            lead={t.cantShowList}
            problems={problemSentences(result.problems, t)}
            more={t.moreProblems}
            id={`${ids.status}-problem`}
          />
        )}
        <FigureFooter
          source={sourceLineModel(result.ok && result.data ? result.data : { sources: [] })}
          write={(value) => String(value)}
          words={t}
        >
          {result.ok && result.data?.asOf ? (
            <p className="sg-source">{t.checkedIn(result.data.asOf)}</p>
          ) : null}
        </FigureFooter>
      </figure>
    );
  },
);
