/** How many problems a message lists before it says how many more there are. */
export const PROBLEMS_SHOWN = 5;

/** Props of {@link ProblemBox}. */
export interface ProblemBoxProps {
  /** What the reader is told first: "This chart can't be drawn: its data has a problem." */
  lead?: string;
  /** Each problem as a sentence that names its row and field; one text is said as a paragraph. */
  problems: string | readonly string[];
  /**
   * The line that says how many more problems there are ("and 3 more problems"): with it, the first
   * {@link PROBLEMS_SHOWN} are listed and then it; without it, every problem given (a caller that cut the list).
   */
  more?: (count: number) => string;
  /** The lead's id, which names the box. */
  id?: string;
}

/**
 * What stands in a chart's place when it cannot be drawn: the lead, then the first problems as a list (each
 * names its row and field), then how many more. A note, not an alert: it is there when the page loads.
 */
export function ProblemBox({ lead, problems, more, id }: ProblemBoxProps) {
  const extra = more ? problems.length - PROBLEMS_SHOWN : 0;
  return (
    <div className="sg-chart__problem" role="note" aria-labelledby={lead && id ? id : undefined}>
      {lead ? <p id={id}>{lead}</p> : null}
      {typeof problems === 'string' ? (
        problems ? (
          <p>{problems}</p>
        ) : null
      ) : problems.length ? (
        <ul>
          {(more ? problems.slice(0, PROBLEMS_SHOWN) : problems).map((problem, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: two problems may read the same
            <li key={index}>{problem}</li>
          ))}
          {more && extra > 0 ? <li>{more(extra)}</li> : null}
        </ul>
      ) : null}
    </div>
  );
}
