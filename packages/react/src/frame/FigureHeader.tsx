import type { ElementType } from 'react';
import type { HeadingLevel } from '../props/props';

/** Props of {@link FigureHeader}. */
export interface FigureHeaderProps {
  /** The heading element of the title. */
  level: HeadingLevel | 'p';
  /** The title's id, which names the figure and its graphic. */
  titleId?: string;
  /** The figure's title (what names it for a screen reader too). */
  title: string | undefined;
  /** A line under the title: what is counted, where and when. */
  subtitle?: string;
  /** The subtitle's id, when something points at it. */
  subtitleId?: string;
  /** The graphic's description: read as the graphic's, never as page text (it is `hidden`). */
  description?: string;
  /** The description's id, which the graphic's `aria-describedby` points at. */
  descriptionId?: string;
}

/** The figure's header: its title as a heading of the page's outline, the subtitle, and the graphic's description. */
export function FigureHeader({
  level,
  titleId,
  title,
  subtitle,
  subtitleId,
  description,
  descriptionId,
}: FigureHeaderProps) {
  const Heading = level as ElementType;
  return (
    <div className="sg-chart__header">
      <Heading id={titleId} className="sg-chart__title">
        {title}
      </Heading>
      {subtitle ? (
        <p id={subtitleId} className="sg-chart__subtitle">
          {subtitle}
        </p>
      ) : null}
      {description ? (
        // `hidden`: read as the graphic's description, never a second time as page text.
        <p id={descriptionId} hidden>
          {description}
        </p>
      ) : null}
    </div>
  );
}
