import type { Dataset, ValidationResult } from '@safeguard-charts/data';
import { withFigures } from '@safeguard-charts/data';
import { useMemo } from 'react';
import { warnOnce } from './warnOnce';

/** Which value of a checked figure a chart shows. */
export type Figures = 'seed' | 'publisher';

export interface ChartData<Row> {
  /** The dataset to draw, with the publisher's figures swapped in when asked; null when invalid. */
  dataset: Dataset<Row> | null;
  /** Human-readable problems naming row and field; empty when the data is fine. */
  problems: string[];
}

/**
 * Runs a user's (or the package's) dataset through the data package's validator before anything is drawn.
 * Invalid or empty data gives `problems` (and one console warning in development), never an exception.
 */
export function useChartData<Row>(
  chart: string,
  data: Dataset<Row> | null | undefined,
  validate: (input: unknown) => ValidationResult,
  figures: Figures,
): ChartData<Row> {
  return useMemo(() => {
    let result: ValidationResult;
    try {
      result = validate(data);
    } catch (error) {
      result = { ok: false, problems: [{ row: null, field: 'data', message: String(error) }] };
    }
    if (!result.ok || !data) {
      const problems = result.problems.length
        ? result.problems.map((problem) => problem.message)
        : ['The data is missing.'];
      warnOnce(`${chart}: the data is not valid, so a message is shown instead. ${problems[0]}`);
      return { dataset: null, problems };
    }
    return { dataset: figures === 'publisher' ? withFigures(data, 'publisher') : data, problems: [] };
  }, [chart, data, validate, figures]);
}
