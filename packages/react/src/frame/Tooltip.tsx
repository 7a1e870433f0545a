import type { ReactNode } from 'react';

export interface TooltipProps {
  /** Where the tooltip points, in pixels from the plot's top-left corner. */
  x: number;
  y: number;
  /** The plot's width, to keep the tooltip inside it. */
  width: number;
  children: ReactNode;
}

/**
 * A small label over the plot for the active data point. Only ever rendered after an interaction on the
 * client, so server HTML carries no inline style (strict CSP safe); its numbers are in the table too.
 */
export function Tooltip({ x, y, width, children }: TooltipProps) {
  const side = x > width / 2 ? 'end' : 'start';
  return (
    <div
      className="sg-tooltip"
      aria-hidden="true"
      data-side={side}
      style={side === 'start' ? { left: x, top: y } : { right: width - x, top: y }}
    >
      {children}
    </div>
  );
}
