import {
  checkCell,
  type Dataset,
  figureNotes,
  joinSentences,
  type PublisherFigure,
  publisherFigures,
  type SourceLineModel,
  sourceLineModel,
  statusSummary,
  type WriteFigure,
} from '@safeguard-charts/data';
import { formatValue } from '../format';
import type { Messages } from '../i18n/types';
import type { TableColumn } from './DataTable';

export interface CheckNotes {
  /** Notes under the chart: the data's own, then every figure whose check is not `confirmed`, in words. */
  notes: string[];
  /** The source line's parts: real sources, what the report cites, the publishers' own figures. */
  source: SourceLineModel;
  /** The publishers' own figures (the source line says them). */
  checks: PublisherFigure[];
  /** Figures that are not confirmed, by status: "Not verified: OpenAI, Amazon AI". */
  statuses: string[];
  /** Writes a number for these sentences in the chart's locale. */
  write: WriteFigure;
}

/** What a chart says about its data's provenance and checks, all built by the data package's builders. */
export function checkNotes<Row>(dataset: Dataset<Row> | null, locale: string, words: Messages): CheckNotes {
  const write: WriteFigure = (value, percent) =>
    formatValue(value, percent ? 'percent' : 'items', { locale, maximumFractionDigits: 1 });
  if (!dataset)
    return { notes: [], source: { sources: [], cited: [], checks: [] }, checks: [], statuses: [], write };
  const source = sourceLineModel(dataset, { includeChecks: true });
  return {
    notes: figureNotes(dataset, words),
    source,
    checks: publisherFigures(dataset.rows, dataset.unit),
    statuses: statusSummary(dataset, words),
    write,
  };
}

/**
 * The graphic's description, read once, as sentences: what it shows, its numbers, and which figures are not
 * confirmed. The subtitle is not repeated here (it is read right before the graphic), nor the publishers' own
 * figures (the source line, read right after it, says them: "Check: NCMEC's own figure for H1 2025: 440,419").
 */
export function graphicDescription(
  found: CheckNotes,
  text: { description?: string; summary?: string },
  t: Messages,
): string {
  return joinSentences([text.description ?? '', text.summary ?? '', ...found.statuses], t);
}

/**
 * The table's columns, with a "Check" column after them when the dataset or any row carries a check: each
 * figure's status and, where the publisher gives another, its own figure.
 */
export function withCheckColumn<Row>(
  columns: readonly TableColumn<Row>[],
  dataset: Dataset<Row> | null,
  found: CheckNotes,
  t: Messages,
): readonly TableColumn<Row>[] {
  const hasChecks =
    !!dataset &&
    (!!dataset.verification ||
      dataset.rows.some((row) => !!(row as { verification?: unknown } | null)?.verification));
  if (!hasChecks) return columns;
  return [
    ...columns,
    {
      key: 'check',
      header: t.check,
      // A series' gap holds no figure, so no check: its cell stays empty beside "no data".
      cell: (row: Row) =>
        isSeriesGap(row) ? '' : checkCell(row, dataset?.verification, dataset?.unit, found.write, t),
    },
  ];
}

/** Whether a table row is a series' gap (a period and why it has no figure), not a row of figures of any shape. */
function isSeriesGap(row: unknown): boolean {
  return !!row && typeof row === 'object' && 'reason' in row && 'period' in row && !('value' in row);
}
