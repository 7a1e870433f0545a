import type { Dataset, Period, Problem, ValidationResult } from '@safeguard-charts/data';
import { localizeDataset, problemText, withFigures } from '@safeguard-charts/data';
import { useMemo } from 'react';
import { packageHalfYear } from '../format/halfYear';
import { en } from '../i18n/locales/en';
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
 * A period in the reader's words where the data names it in the package's English default: a half year labelled
 * `H1 2025` that covers January to June 2025 becomes the catalogue's "1. Halbjahr 2025". Any other label (one a
 * page wrote) is kept as it is, and the dates are never changed.
 */
function periodInWords(period: Period, t: Messages): Period {
  const found = packageHalfYear(period, period.label);
  return found ? { ...period, label: t.halfYear(found.half, found.year) } : period;
}

/**
 * The checked dataset in the reader's language: its own texts from the catalogue's `datasetWords` (the data
 * package's `localizeDataset`: a text without a translation stays as it is), and the package's default half-year
 * labels (`H1 2025`) of its rows, their checks and its gaps in the catalogue's words.
 */
export function datasetInWords<D>(dataset: D, t: Messages): D {
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') missingWords(dataset, t);
  const out = localizeDataset(dataset, t.datasetWords) as D & { rows?: unknown; gaps?: unknown };
  if (typeof t.halfYear !== 'function' || en.halfYear === t.halfYear) return out;
  const named = (items: unknown) =>
    Array.isArray(items)
      ? items.map((item: { period?: Period; verification?: { period?: Period } }) =>
          item?.period?.label || item?.verification?.period?.label
            ? {
                ...item,
                ...(item.period && { period: periodInWords(item.period, t) }),
                ...(item.verification?.period && {
                  verification: { ...item.verification, period: periodInWords(item.verification.period, t) },
                }),
              }
            : item,
        )
      : items;
  return { ...out, rows: named(out.rows), ...(out.gaps ? { gaps: named(out.gaps) } : {}) };
}

/**
 * Says once, in development, that a chart in another language draws one of the data package's datasets (checked,
 * so with an `asOf`) in English words, because its catalogue was given no `datasetWords`.
 */
function missingWords(dataset: unknown, t: Messages): void {
  const language = t.locale.toLowerCase().split('-')[0] ?? '';
  const checked = dataset as { id?: unknown; asOf?: unknown } | null;
  if (language === 'en' || t.datasetWords || typeof checked?.asOf !== 'string') return;
  warnOnce(
    `a chart in "${t.locale}" draws the dataset "${String(checked.id)}" with its own words in English: give the catalogue the data package's words, catalogs={[{ ...${language}, datasetWords: ${language}Words }]} with import { ${language} as ${language}Words } from '@safeguard-charts/data/words/${language}'.`,
  );
}

/**
 * Runs a user's (or the package's) dataset through the data package's validator before anything is drawn,
 * and draws from what the validator read (its checked copy), never from the raw input: a getter is read once,
 * a bare array of rows becomes a dataset, and fields the shape does not know are left behind. The copy is then
 * put in the reader's words (see {@link datasetInWords}). Invalid or empty
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
    const checked = datasetInWords(result.data, t);
    return { dataset: figures === 'publisher' ? withFigures(checked, 'publisher') : checked, problems: [] };
  }, [chart, data, validate, figures, t]);
}
