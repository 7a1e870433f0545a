import {
  type Dataset,
  figureNotes,
  type PublisherFigure,
  publisherFigures,
  type SourceLineModel,
  sourceLineModel,
  statusSummary,
  type WriteFigure,
} from '@safeguard-charts/data';
import { formatValue } from '../format';
import type { Messages } from '../i18n/types';

export interface CheckNotes {
  /** Notes under the chart: the data's own, then every figure whose check is not `confirmed`, in words. */
  notes: string[];
  /** The source line's parts: real sources, what the report cites, the publishers' own figures. */
  source: SourceLineModel;
  /** The publishers' own figures, also read in the graphic's description. */
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
