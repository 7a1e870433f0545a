// Stories that stretch a chart (huge values, long names, a misspelt code) draw made-up figures: they are
// labelled "Example figures, not real data" under an example publisher, never under a real dataset's title,
// sources and checks. tests/react/stories-true.test.tsx holds every story to this.

/** The words every made-up figure carries: in the title, the source and a note. */
export const EXAMPLE = 'Example figures, not real data';

/** The publisher of made-up figures. */
export const EXAMPLE_SOURCE = { publisher: 'Example Hotline', title: EXAMPLE } as const;

/**
 * A dataset of made-up `rows` in the shape of `dataset` (its unit and kind), with none of its provenance: an
 * example id, title, source and note, no checks, no report citations, no aggregates. With the chart's `title`,
 * to spread into a story's args.
 */
export function example<D extends { rows: readonly unknown[] }>(
  dataset: D,
  rows: readonly unknown[],
  what = '',
): { data: D; title: string } {
  const title = what ? `${EXAMPLE}: ${what}` : EXAMPLE;
  const data = {
    ...dataset,
    id: 'example',
    title,
    description: `${EXAMPLE}.`,
    rows: rows.map((row) => {
      if (!row || typeof row !== 'object') return row;
      const { verification: _check, ...own } = row as { verification?: unknown };
      return own;
    }),
    sources: [EXAMPLE_SOURCE],
    citedSources: undefined,
    verification: undefined,
    aggregates: undefined,
    total: undefined,
    notes: [`${EXAMPLE}.`],
  } as unknown as D;
  return { data, title };
}
