import { writeNumber } from './text';
import type { Dataset, Source, Verification } from './types';

/** Which figures to use: the seed's as it states them, or the publisher's where a check found one. */
export type FigureSource = 'seed' | 'publisher';

type Checked = { verification?: Verification; period?: unknown; value?: unknown; percent?: unknown };

function publisherValue(row: unknown): number | undefined {
  if (!row || typeof row !== 'object') return undefined;
  const value = (row as Checked).verification?.value;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * The dataset with the publisher's figures where a check found one, so a user can show the publisher's
 * numbers instead of the seed's with one call: `withFigures(ncmecAiReports, 'publisher')` gives 440,419 for
 * H1 2025 where the seed states 485,000.
 *
 * Each row whose `verification` carries a `value` gets that value (in `value`, or in `percent` for a
 * percentage row) and the check's `period`, `label`, `of`, `part` and `whole` where it has them; its verification note says it is the publisher's
 * figure and keeps the seed's in `verification.seedValue`. The check's sources come first in `sources`.
 * Rows without a publisher's value are left as they are.
 *
 * `'seed'` (or anything else that is not `'publisher'`) returns the dataset itself. Pure: the dataset passed
 * in is never changed. Never throws: input that is not a dataset is returned as it is.
 */
export function withFigures<D extends Dataset<unknown>>(dataset: D, figures: FigureSource): D {
  if (figures !== 'publisher') return dataset;
  try {
    if (!dataset || typeof dataset !== 'object' || !Array.isArray(dataset.rows)) return dataset;
    if (!dataset.rows.some((row) => publisherValue(row) !== undefined)) return dataset;
    const checkSources: Source[] = [];
    const rows = dataset.rows.map((row) => {
      const value = publisherValue(row);
      if (value === undefined) return row;
      const r = row as Checked;
      const check = r.verification as Verification;
      const key = typeof r.percent === 'number' ? 'percent' : 'value';
      const seedValue = r[key];
      if (check.source) checkSources.push(check.source);
      const seedText = writeNumber(seedValue);
      // The publisher's figure comes with its own words and counts, so no label is left that fits the seed's.
      const words = Object.fromEntries(
        (['label', 'of', 'part', 'whole'] as const)
          .filter((field) => check[field] !== undefined)
          .map((field) => [field, check[field]]),
      );
      return {
        ...(row as object),
        [key]: value,
        ...(check.period ? { period: check.period } : {}),
        ...words,
        verification: {
          ...check,
          note: `Publisher’s figure${seedText ? `; the report states ${seedText}${key === 'percent' ? '%' : ''}` : ''}. ${check.note}`,
          ...(typeof seedValue === 'number' ? { seedValue } : {}),
        },
      };
    });
    const seedSources = Array.isArray(dataset.sources) ? dataset.sources : [];
    return { ...dataset, rows, sources: dedupe([...checkSources, ...seedSources]) };
  } catch {
    return dataset;
  }
}

function dedupe(list: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return list.filter((item) => {
    const key = `${item?.publisher}|${item?.title}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
