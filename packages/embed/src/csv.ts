// The spreadsheet reader and the problem words, fetched only when a page gives its own figures as CSV.
import {
  type CsvShape,
  decodeSpreadsheet,
  type Problem,
  parseCsvDataset,
  parseCsvNumber,
  problemText,
  type ValidationResult,
  validateHosting,
  validateProviderReports,
  validateSeries,
  validateShares,
} from '@safeguard-charts/data';
import type { Messages } from './react';

export { decodeSpreadsheet, parseCsvDataset, parseCsvNumber, problemText };

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
  const checked = result.ok ? withChecks(result.data, script.getAttribute('data-checks')) : undefined;
  if (checked && !checked.problems.length) return { data: checked.data, notes: result.notices.map(say) };
  const problems = checked?.problems ?? result.problems;
  return {
    problems: [
      ...problems.slice(0, MAX_PROBLEMS).map(say),
      ...(problems.length > MAX_PROBLEMS ? [t.moreProblems(problems.length - MAX_PROBLEMS)] : []),
    ],
  };
}

/** Each shape a spreadsheet can be read as, with its validator. */
const VALIDATORS: Record<string, ((input: unknown) => ValidationResult) | undefined> = {
  series: validateSeries,
  providers: validateProviderReports,
  hosting: validateHosting,
  shares: validateShares,
};

/** A figure's check as `data-checks` gives it: what the check found, a note, and the publisher's own figure. */
export interface FigureCheck {
  status: string;
  note?: string;
  value?: number;
}

/**
 * A row's name in `data-checks`: the provider, the country's code, the share's label, else its period's label
 * (`2024`, `Jan 2024`), as the chart and the chart maker show it.
 */
export function rowKeyOf(row: Readonly<Record<string, unknown>>): string {
  const period = row.period as { label?: unknown } | undefined;
  return String(row.provider ?? row.code ?? row.label ?? period?.label ?? '');
}

/**
 * The spreadsheet's figures with the checks of a `data-checks` attribute (JSON: each row's name, see `rowKeyOf`,
 * to its `FigureCheck`) as the rows' `verification`, checked again by the dataset's validator; without the
 * attribute, the figures as they are. Its problems name the row and field, as the spreadsheet's do.
 */
export function withChecks(data: unknown, checks: string | null): { data: unknown; problems: Problem[] } {
  if (!checks) return { data, problems: [] };
  let read: unknown;
  try {
    read = JSON.parse(checks);
  } catch {
    read = undefined;
  }
  if (!read || typeof read !== 'object' || Array.isArray(read)) {
    // Not an object of checks: said, never drawn as if there were none.
    const kind =
      read === undefined ? 'text' : read === null ? 'null' : Array.isArray(read) ? 'array' : typeof read;
    const found =
      kind === 'text'
        ? { kind: 'text' as const, value: checks.slice(0, 40) }
        : { kind: (kind === 'string' ? 'text' : kind) as 'null' | 'array' | 'number' | 'boolean' | 'text' };
    return {
      data: undefined,
      problems: [
        {
          row: null,
          field: 'data-checks',
          code: 'not-object',
          params: { found },
          message: `Field "data-checks": expected an object of checks, got ${found.kind}.`,
        },
      ],
    };
  }
  const given = read as Record<string, FigureCheck>;
  const dataset = data as { rows: readonly Record<string, unknown>[]; sources?: readonly unknown[] };
  // A check without a source of its own was made against the figures' source (the sentence names it).
  const source = dataset.sources?.[0];
  const rows = dataset.rows.map((row) => {
    const check = Object.hasOwn(given, rowKeyOf(row)) ? given[rowKeyOf(row)] : undefined;
    return check
      ? { ...row, verification: { ...(source ? { source } : {}), ...check, note: check.note ?? '' } }
      : row;
  });
  // The shape's own validator, which the spreadsheet reader uses too (not validateDataset, which would bring
  // every shape's, the laws' included, into the files a chart page shares).
  const validate = VALIDATORS[(dataset as { shape?: string }).shape ?? ''];
  if (!validate) return { data, problems: [] };
  const result = validate({ ...dataset, rows });
  return result.ok ? { data: result.data, problems: [] } : { data: undefined, problems: result.problems };
}
