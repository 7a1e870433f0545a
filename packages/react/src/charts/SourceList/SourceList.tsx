import type { Provenance } from '@safeguard-charts/data';
import { sourceLineParts } from '@safeguard-charts/data';
import { type ComponentPropsWithoutRef, type ElementType, forwardRef } from 'react';
import { useChartIds } from '../../frame/ids';
import { useLocale } from '../../hooks/useLocale';
import { useMessages } from '../../i18n/messages';
import type { Messages } from '../../i18n/types';
import { HEADING_LEVELS, oneOf, textOf } from '../../props/props';
import type { ThemeMode } from '../../theme/mode';

/**
 * The page's datasets, when `data` is a list of them, copied here so that a list that throws when read (a revoked
 * Proxy, a Proxy whose `get` throws) gives none instead of throwing later.
 */
function listOf(data: unknown): readonly Provenance[] {
  try {
    return Array.isArray(data) ? Array.from(data as readonly Provenance[]) : [];
  } catch {
    return [];
  }
}

/** A source list's heading is a real heading: never a paragraph. */
const SOURCE_HEADINGS = HEADING_LEVELS.filter((level) => level !== 'p');

import { Citation } from '../../frame/SourceLine';
import { useThemeMode } from '../../theme/ThemeProvider';

/** Props of {@link SourceList}: the sources, and a `<section>`'s own props. */
export interface SourceListProps extends Omit<ComponentPropsWithoutRef<'section'>, 'title'> {
  /** The datasets (or source lists) the page draws from; each source is listed once, in order. */
  data: readonly Provenance[];
  /** The list's heading. @default 'Sources' */
  title?: string;
  /** The heading element. @default 'h2' */
  headingLevel?: 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  /** Colour scheme. @default the ThemeProvider's, else 'auto' */
  theme?: ThemeMode;
  /** BCP 47 locale of the default title ("Sources"). @default the page's language */
  locale?: string;
  /** Your own words for the list's, over the catalogue of its locale. */
  messages?: Partial<Messages>;
}

/** The numbered sources of a page, built from the data's own provenance, each title linked where known. */
export const SourceList = /* @__PURE__ */ forwardRef<HTMLElement, SourceListProps>(function SourceList(
  { data, title, headingLevel = 'h2', theme, locale, messages, className, ...rest },
  ref,
) {
  const mode = useThemeMode(theme);
  const t = useMessages(useLocale(locale), messages);
  const ids = useChartIds();

  const list = listOf(data);
  const parts = sourceLineParts(list.flatMap((item) => sourceLineParts(item).map((p) => ({ ...p }))));
  const Heading = oneOf('SourceList', 'headingLevel', headingLevel, SOURCE_HEADINGS, 'h2') as ElementType;
  return (
    <section
      ref={ref}
      className={['sg-root', 'sg-sources', className].filter(Boolean).join(' ')}
      aria-labelledby={ids.title}
      data-sg-theme={mode}
      {...rest}
    >
      <Heading id={ids.title} className="sg-chart__title">
        {textOf(title) || t.sourcesTitle}
      </Heading>
      <ol className="sg-sources__list">
        {parts.map((part) => (
          <li key={`${part.publisher}|${part.title}`}>
            <Citation part={part} />
          </li>
        ))}
      </ol>
    </section>
  );
});
