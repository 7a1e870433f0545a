import type { ReactNode } from 'react';
import type { Column, ColumnsLayout } from '../layout/columns';
import { TYPE, WEIGHT } from '../layout/type';
import { BarMark } from './BarMark';

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
 * top (or, where they do not all fit, the first, last and largest values), the period under it (a dense run
 * of months by their short names, with the year under each January). A partial period (H1 2025) is hatched, outlined with a dashed line and
 * labelled "partial" in text, so it is never read as a full year and never told by colour alone. A period
 * without a figure (a gap) keeps its place as an empty slot: no bar, a short dashed tick and "no data" in words.
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
            <text
              className="sg-muted"
              x={tickX}
              y={tick.y}
              dy="0.32em"
              textAnchor="end"
              fontSize={TYPE.small}
            >
              {tick.text}
            </text>
          </g>
        ))}
      </g>
      {columns.map((column, index) => {
        const labels = (
          <>
            {column.show.value ? (
              <text
                x={column.valueX}
                y={column.valueY}
                textAnchor="middle"
                fontSize={TYPE.label}
                fontWeight={WEIGHT.bold}
              >
                {column.valueText}
              </text>
            ) : null}
            {column.show.period ? (
              <text
                className="sg-period"
                x={column.periodX}
                y={baseline + 18}
                textAnchor="middle"
                fontSize={TYPE.axis}
              >
                {column.axisText}
              </text>
            ) : null}
            {column.show.year ? (
              <text
                className="sg-period"
                x={column.yearX}
                y={baseline + 34}
                textAnchor="middle"
                fontSize={TYPE.axis}
              >
                {column.yearText}
              </text>
            ) : null}
            {column.show.partial ? (
              <text
                className="sg-muted"
                x={column.cx}
                // Clear of the period's label over it in every browser's text box (Firefox's are the tallest).
                y={baseline + 36}
                textAnchor="middle"
                fontSize={TYPE.small}
              >
                {partialLabel}
              </text>
            ) : null}
          </>
        );
        return column.gap ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: marks are positions in a fixed order; two rows may share a period
          <EmptySlot key={index} index={index} column={column} active={active} setActive={setActive}>
            {labels}
          </EmptySlot>
        ) : (
          <BarMark
            // biome-ignore lint/suspicious/noArrayIndexKey: marks are positions in a fixed order; two rows may share a period
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
            {labels}
          </BarMark>
        );
      })}
      <line className="sg-baseline" x1={left} x2={right} y1={baseline} y2={baseline} />
    </g>
  );
}

/**
 * A period without a figure: no bar (a bar of 0 would say "none happened"), a short dashed tick across the
 * slot and "no data" in words, in the same pointer target and focus ring as a bar.
 */
function EmptySlot({
  index,
  column,
  active,
  setActive,
  children,
}: {
  index: number;
  column: Column;
  active: number | null;
  setActive: (index: number | null) => void;
  children: ReactNode;
}) {
  const gap = column.gap;
  if (!gap) return null;
  const bottom = gap.tickY + 4;
  return (
    <g
      className="sg-mark sg-gap"
      data-gap={gap.reason}
      onPointerEnter={() => setActive(index)}
      onPointerDown={() => setActive(index)}
    >
      <line
        className="sg-gap-tick"
        x1={column.x}
        x2={column.x + column.width}
        y1={gap.tickY}
        y2={gap.tickY}
      />
      {gap.showText ? (
        <text
          className="sg-muted sg-gap-text"
          x={gap.textX}
          y={gap.textY}
          dy="0.32em"
          textAnchor="middle"
          fontSize={TYPE.small}
          transform={gap.vertical ? `rotate(-90 ${gap.textX} ${gap.textY})` : undefined}
        >
          {column.valueText}
        </text>
      ) : null}
      {active === index ? (
        <rect
          className="sg-focus-ring"
          x={column.x - 3}
          y={gap.top - 3}
          width={column.width + 6}
          height={bottom - gap.top + 6}
          rx={3}
        />
      ) : null}
      {children}
    </g>
  );
}
