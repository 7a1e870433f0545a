import type { ReactNode } from 'react';

export interface BarMarkProps {
  index: number;
  active: number | null;
  setActive: (index: number | null) => void;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Draw in the emphasis colour. */
  emphasis?: boolean;
  /** A partial period: hatched with this pattern id, outlined with a dashed line. */
  pattern?: string;
  /** Labels drawn with the bar (inside the same pointer target). */
  children?: ReactNode;
}

/**
 * One bar of any bar or column chart: the shape, its focus ring when it is the active point, and its labels,
 * in one pointer and touch target.
 */
export function BarMark({
  index,
  active,
  setActive,
  x,
  y,
  width,
  height,
  emphasis,
  pattern,
  children,
}: BarMarkProps) {
  return (
    <g className="sg-mark" onPointerEnter={() => setActive(index)} onPointerDown={() => setActive(index)}>
      <rect
        className={pattern ? 'sg-bar--partial' : 'sg-bar'}
        data-emphasis={emphasis ? 'true' : undefined}
        x={x}
        y={y}
        width={width}
        height={height}
        rx={pattern ? undefined : 2}
        fill={pattern ? `url(#${pattern})` : undefined}
      />
      {active === index ? (
        <rect className="sg-focus-ring" x={x - 3} y={y - 3} width={width + 6} height={height + 6} rx={3} />
      ) : null}
      {children}
    </g>
  );
}
