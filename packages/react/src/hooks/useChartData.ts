import type { Dataset, Problem, ValidationResult } from '@safeguard-charts/data';
import { problemText, withFigures } from '@safeguard-charts/data';
import { useMemo } from 'react';
import type { Messages } from '../i18n/types';
import { warnOnce } from '../props/warnOnce';

/** Which value of a checked figure a chart shows. */
export type Figures = 'seed' | 'publisher';

export interface ChartData<Row> {
  /** The dataset to draw, with the publisher's figures swapped in when asked; null when invalid. */
  dataset: Dataset<Row> | null;
  /** The problems naming row and field, in the reader's language; empty when the data is fine. */
  problems: string[];
}

/** A problem with the data as a whole: it could not be read at all. */
const UNREADABLE: Problem = {
  row: null,
  field: 'data',
  code: 'unreadable',
  params: {},
  message: 'Field "data": could not be read.',
};

/** Each problem as a sentence in the reader's language (`t`'s words, numbers in `t.locale`). */
export function problemSentences(problems: readonly Problem[], t: Messages): string[] {
  return problems.map((problem) => problemText(problem, t, t.locale));
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
  t: Messages,
): ChartData<Row> & { dataset: D | null } {
  return useMemo(() => {
    let result: ValidationResult<D>;
    try {
      result = validate(data);
    } catch {
      result = { ok: false, problems: [UNREADABLE] };
    }
    if (!result.ok || !result.data) {
      const found = result.problems.length ? result.problems : [UNREADABLE];
      // The console is for the developer: in English, whatever the page's language.
      if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production')
        warnOnce(`${chart}: the data is not valid, so a message is shown instead. ${found[0]?.message}`);
      return { dataset: null, problems: problemSentences(found, t) };
    }
    const checked = result.data;
    return { dataset: figures === 'publisher' ? withFigures(checked, 'publisher') : checked, problems: [] };
  }, [chart, data, validate, figures, t]);
}
