import type { ReactNode } from 'react';
import type { BarsStyle, HorizontalBar, HorizontalBars } from '../layout/bars';
import { LINE, TYPE, WEIGHT } from '../layout/type';
import { BarMark } from './BarMark';
import { Lines } from './Lines';

export interface BarsProps {
  /** The bars at the plot's size, from the chart's layout. */
  layout: HorizontalBars;
  /** How the bars, labels and values are set: the style the layout stacked the rows with. */
  style: BarsStyle;
  active: number | null;
  setActive: (index: number | null) => void;
  /** Index of the bar drawn in the emphasis colour, if any. */
  emphasis?: number;
  /** Drawn after the bars and their baseline (a callout under them). */
  children?: ReactNode;
}

/**
 * Labelled horizontal bars: per bar its label in the label column (name lines, muted lines, status), the bar
 * from the baseline, and its value (and share) past the bar's end, in one pointer target; then the baseline.
 */
export function Bars({ layout, style, active, setActive, emphasis, children }: BarsProps) {
  const { labelX } = layout;
  const row = style.label === 'row';
  return (
    <g>
      {layout.bars.map((bar, index) => (
        <BarMark
          // biome-ignore lint/suspicious/noArrayIndexKey: marks are positions in a fixed order; two rows may share a label
          key={index}
          index={index}
          active={active}
          setActive={setActive}
          x={bar.barX}
          y={bar.barY}
          width={bar.barWidth}
          height={style.bar}
          emphasis={emphasis === index}
        >
          <text
            x={labelX}
            y={row ? bar.rowY : bar.barY}
            textAnchor="end"
            fontSize={TYPE.label}
            fontWeight={row ? undefined : WEIGHT.semibold}
          >
            <Lines
              lines={bar.nameLines}
              x={labelX}
              first={row ? LINE.first : LINE.label}
              fontWeight={row ? WEIGHT.semibold : undefined}
            />
            {bar.badgeLines ? (
              <Lines lines={bar.badgeLines} x={labelX} className="sg-muted" fontSize={TYPE.small} />
            ) : null}
            {bar.status ? (
              <tspan x={labelX} dy={LINE.label} className="sg-status" fontSize={TYPE.small}>
                {bar.status}
              </tspan>
            ) : null}
          </text>
          <Value bar={bar} y={bar.barY + style.bar / 2} callout={style.value === 'callout'} />
        </BarMark>
      ))}
      <line className="sg-baseline" x1={layout.baselineX} x2={layout.baselineX} y1={0} y2={layout.height} />
      {children}
    </g>
  );
}

/** A bar's value past its end: in label size with its share beside it, or larger and bold as a callout. */
function Value({ bar, y, callout }: { bar: HorizontalBar; y: number; callout: boolean }) {
  return callout ? (
    <text x={bar.valueX} y={y} dy="0.35em" fontSize={TYPE.value} fontWeight={WEIGHT.bold}>
      {bar.valueText}
    </text>
  ) : (
    <text x={bar.valueX} y={y} dy="0.35em" textAnchor="start" fontSize={TYPE.label}>
      <tspan fontWeight={WEIGHT.semibold}>{bar.valueText}</tspan>
      {bar.shareText ? (
        <tspan className="sg-muted" dx={6}>
          {bar.shareText}
        </tspan>
      ) : null}
    </text>
  );
}
