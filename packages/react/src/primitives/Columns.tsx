import { BarMark } from './BarMark';
import type { ColumnsLayout } from './layoutColumns';

export interface ColumnsProps {
  layout: ColumnsLayout;
  /** Unique id for the hatch pattern of partial periods. */
  patternId: string;
  active: number | null;
  setActive: (index: number | null) => void;
  /** Index of the column drawn in the emphasis colour, if any. */
  emphasis?: number;
  /** Under a partial period's column, in the chart's language. @default 'partial period' */
  partialLabel?: string;
}

/**
 * Columns over periods: quiet gridlines with compact tick labels, one bar per period with its value on
 * top, the period under it. A partial period (H1 2025) is hatched, outlined with a dashed line and
 * labelled "partial" in text, so it is never read as a full year and never told by colour alone.
 */
export function Columns({
  layout,
  patternId,
  active,
  setActive,
  emphasis,
  partialLabel = 'partial period',
}: ColumnsProps) {
  const { columns, ticks, left, right, baseline, tickX } = layout;
  return (
    <g>
      <defs>
        <pattern
          id={patternId}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect className="sg-hatch-bg" width={6} height={6} />
          <line className="sg-hatch-line" x1={0} y1={0} x2={0} y2={6} strokeWidth={2.5} />
        </pattern>
      </defs>
      <g className="sg-grid">
        {ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={left} x2={right} y1={tick.y} y2={tick.y} />
            <text className="sg-muted" x={tickX} y={tick.y} dy="0.32em" textAnchor="end" fontSize={12}>
              {tick.text}
            </text>
          </g>
        ))}
      </g>
      {columns.map((column, index) => (
        <BarMark
          // biome-ignore lint/suspicious/noArrayIndexKey: marks are positions in a fixed order; two rows may share a label
          key={index}
          index={index}
          active={active}
          setActive={setActive}
          x={column.x}
          y={column.y}
          width={column.width}
          height={column.height}
          emphasis={emphasis === index}
          pattern={column.partial ? patternId : undefined}
        >
          {column.show.value ? (
            <text x={column.valueX} y={column.y - 8} textAnchor="middle" fontSize={14} fontWeight={700}>
              {column.valueText}
            </text>
          ) : null}
          {column.show.period ? (
            <text
              className="sg-period"
              x={column.periodX}
              y={baseline + 18}
              textAnchor="middle"
              fontSize={13}
            >
              {column.axisText}
            </text>
          ) : null}
          {column.show.partial ? (
            <text className="sg-muted" x={column.cx} y={baseline + 34} textAnchor="middle" fontSize={12}>
              {partialLabel}
            </text>
          ) : null}
        </BarMark>
      ))}
      <line className="sg-baseline" x1={left} x2={right} y1={baseline} y2={baseline} />
    </g>
  );
}
