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
 * Runs a user's (or the package's) dataset through the data package's validator before anything is drawn,
 * and draws from what the validator read (its checked copy), never from the raw input: a getter is read once,
 * a bare array of rows becomes a dataset, and fields the shape does not know are left behind. Invalid or empty
 * data gives `problems` (and one console warning in development), never an exception.
 */
export function useChartData<Row, D extends Dataset<Row> = Dataset<Row>>(
  chart: string,
  data: D | null | undefined,
  validate: (input: unknown) => ValidationResult<D>,
  figures: Figures,
): ChartData<Row> & { dataset: D | null } {
  return useMemo(() => {
    let result: ValidationResult<D>;
    try {
      result = validate(data);
    } catch {
      result = {
        ok: false,
        problems: [{ row: null, field: 'data', message: 'The data could not be read.' }],
      };
    }
    if (!result.ok || !result.data) {
      const problems = result.problems.length
        ? result.problems.map((problem) => problem.message)
        : ['The data is missing.'];
      warnOnce(`${chart}: the data is not valid, so a message is shown instead. ${problems[0]}`);
      return { dataset: null, problems };
    }
    const checked = result.data;
    return { dataset: figures === 'publisher' ? withFigures(checked, 'publisher') : checked, problems: [] };
  }, [chart, data, validate, figures]);
}
