import { Children, type ComponentPropsWithoutRef, forwardRef } from 'react';

/** Props of {@link StatGrid}: a `<ul>`'s props; its children are `StatCard`s. */
export interface StatGridProps extends ComponentPropsWithoutRef<'ul'> {
  /** An accessible name for the group of figures, e.g. "Key figures". */
  'aria-label'?: string;
}

/**
 * A responsive grid of StatCards, as a list so a screen reader announces how many figures there are.
 * Columns are at least 13rem wide and fill the row.
 */
export const StatGrid = /* @__PURE__ */ forwardRef<HTMLUListElement, StatGridProps>(function StatGrid(
  { children, className, ...rest },
  ref,
) {
  return (
    <ul
      ref={ref}
      className={className ? `sg-root sg-stat-grid ${className}` : 'sg-root sg-stat-grid'}
      {...rest}
    >
      {Children.map(children, (child) => (child ? <li>{child}</li> : null))}
    </ul>
  );
});
