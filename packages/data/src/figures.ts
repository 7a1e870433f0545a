import type { Dataset, Verification } from './types';

/** Which figure to use: the seed's as stated, or the publisher's where a check found one. */
export type FigureSource = 'seed' | 'publisher';

type Checked = { verification?: Verification; period?: unknown; value?: unknown; percent?: unknown };

/**
 * The dataset with the publisher's figures where a check found one: each row whose `verification` carries a
 * `value` gets that value (in `value`, or `percent` for percentage rows) and the check's period, and its
 * verification says it is the publisher's figure. `'seed'` returns the dataset as it is.
 * The sources of a substituted row are the check's; the seed's value stays in `verification.seedValue`.
 */
export function withFigures<D extends Dataset<unknown>>(dataset: D, figures: FigureSource): D {
  if (figures === 'seed') return dataset;
  let changed = false;
  const rows = dataset.rows.map((row) => {
    const r = row as Checked;
    const check = r.verification;
    if (!check || typeof check.value !== 'number' || !Number.isFinite(check.value)) return row;
    changed = true;
    const key = typeof r.percent === 'number' ? 'percent' : 'value';
    const seedValue = r[key as 'value'] as number;
    return {
      ...(row as object),
      [key]: check.value,
      ...(check.period ? { period: check.period } : {}),
      verification: {
        ...check,
        note: `Publisher’s figure; the seed states ${seedValue}. ${check.note}`,
        seedValue,
      },
    };
  });
  if (!changed) return dataset;
  const checkSources = dataset.rows
    .map((row) => (row as Checked).verification)
    .filter((v): v is Verification => typeof v?.value === 'number' && !!v.source)
    .map((v) => v.source as NonNullable<Verification['source']>);
  return { ...dataset, rows, sources: dedupe([...checkSources, ...dataset.sources]) };
}

function dedupe<T extends { publisher: string; title: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((item) => {
    const key = `${item.publisher}|${item.title}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
