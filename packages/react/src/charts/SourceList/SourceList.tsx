import type { Provenance } from '@safeguard-charts/data';
import { sourceLineParts } from '@safeguard-charts/data';
import { type ComponentPropsWithoutRef, type ElementType, forwardRef } from 'react';
import type { ThemeMode } from '../../primitives/ChartFrame';
import { useChartIds } from '../../primitives/ids';
import { Citation } from '../../primitives/SourceLine';
import { useThemeMode } from '../../theme/ThemeProvider';

export interface SourceListProps extends Omit<ComponentPropsWithoutRef<'section'>, 'title'> {
  /** The datasets (or source lists) the page draws from; each source is listed once, in order. */
  data: readonly Provenance[];
  /** The list's heading. @default 'Sources' */
  title?: string;
  /** The heading element. @default 'h2' */
  headingLevel?: 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  /** Colour scheme. @default the ThemeProvider's, else 'auto' */
  theme?: ThemeMode;
}

/** The numbered sources of a page, built from the data's own provenance, each title linked where known. */
export const SourceList = /* @__PURE__ */ forwardRef<HTMLElement, SourceListProps>(function SourceList(
  { data, title = 'Sources', headingLevel = 'h2', theme, className, ...rest },
  ref,
) {
  const mode = useThemeMode(theme);
  const ids = useChartIds();
  const Heading = headingLevel as ElementType;
  const parts = sourceLineParts(data.flatMap((item) => sourceLineParts(item).map((p) => ({ ...p }))));
  return (
    <section
      ref={ref}
      className={['sg-root', 'sg-sources', className].filter(Boolean).join(' ')}
      aria-labelledby={ids.title}
      data-sg-theme={mode}
      {...rest}
    >
      <Heading id={ids.title} className="sg-chart__title">
        {title}
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
