import { LINE } from '../layout/type';

export interface LinesProps {
  /** The label's lines, as a layout wrapped them. */
  lines: readonly string[];
  /** Where each line starts (or ends, as the text is anchored). */
  x: number;
  /** From one line's baseline to the next. @default LINE.label */
  dy?: number;
  /** The first line's baseline below the text's y. @default dy */
  first?: number;
  className?: string;
  fontSize?: number;
  fontWeight?: number;
}

/**
 * The lines of one label inside its `<text>`, each a `tspan` a line below the one before. A line is keyed by
 * where it starts in the label: two lines of one label may read the same, but never start at the same place.
 */
export function Lines({
  lines,
  x,
  dy = LINE.label,
  first = dy,
  className,
  fontSize,
  fontWeight,
}: LinesProps) {
  let start = 0;
  return lines.map((line) => {
    const key = start;
    start += line.length + 1;
    return (
      <tspan
        key={key}
        x={x}
        dy={key === 0 ? first : dy}
        className={className}
        fontSize={fontSize}
        fontWeight={fontWeight}
      >
        {line}
      </tspan>
    );
  });
}
