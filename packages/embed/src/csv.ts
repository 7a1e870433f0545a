// The spreadsheet reader and the problem words, fetched only when a page gives its own figures as CSV.
import { type CsvShape, decodeSpreadsheet, parseCsvDataset, problemText } from '@safeguard-charts/data';
import type { Messages } from './react';

export { decodeSpreadsheet, parseCsvDataset, problemText };

/** How many of a spreadsheet's problems are listed before "…and N more". */
export const MAX_PROBLEMS = 5;

/**
 * A CSV child's `data-value-column`: which column holds the figures to draw, by its header (`Meldungen`) or by
 * its number counting from 1 (`3`); undefined (the reader's choice) when empty.
 */
export function valueColumnOf(value: string | null): string | number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  return /^\d{1,4}$/.test(text) ? Number(text) : text;
}

/**
 * A `<script type="text/csv" data-unit data-source data-source-title data-title data-value-column>` child read in
 * `locale` as a dataset of `shape`. Drawn: the dataset and the reader's notices as sentences in the reader's
 * language (a period with no figure, a total row left out), for the notes under the chart. Not drawn: the first
 * {@link MAX_PROBLEMS} problems as sentences, then "…and N more" for the rest.
 */
export function readCsvChild(
  script: Element,
  shape: CsvShape,
  t: Messages,
  locale: string,
): { data: unknown; notes: string[] } | { problems: string[] } {
  const result = parseCsvDataset(script.textContent ?? '', {
    shape,
    locale,
    valueColumn: valueColumnOf(script.getAttribute('data-value-column')),
    title: script.getAttribute('data-title') ?? undefined,
    unit: script.getAttribute('data-unit') ?? undefined,
    sources: script.hasAttribute('data-source')
      ? [
          {
            publisher: script.getAttribute('data-source') ?? '',
            title: script.getAttribute('data-source-title') ?? '',
          },
        ]
      : [],
  });
  const say = (p: Parameters<typeof problemText>[0]) => problemText(p, t, t.locale);
  if (result.ok) return { data: result.data, notes: result.notices.map(say) };
  const { problems } = result;
  return {
    problems: [
      ...problems.slice(0, MAX_PROBLEMS).map(say),
      ...(problems.length > MAX_PROBLEMS ? [t.moreProblems(problems.length - MAX_PROBLEMS)] : []),
    ],
  };
}
