import type { DatasetShape, ValidationResult } from './types';
import {
  type Base,
  type Collector,
  checkProviderReports,
  checkSeries,
  checkShares,
  datasetOf,
  guard,
  isPlainObject,
} from './validate';
import { checkHosting } from './validateHosting';
import { checkLegislation } from './validateLegislation';

/** The check of each declared shape. */
const CHECKS: Record<DatasetShape, (base: Base, out: Collector) => unknown> = {
  series: checkSeries,
  shares: checkShares,
  providers: checkProviderReports,
  hosting: checkHosting,
  legislation: checkLegislation,
};

/**
 * Which check fits a dataset: the one its `shape` declares, else (a bare array of rows, or a dataset of your own
 * without one) a guess by the field that tells the shapes apart in the first row that is an object.
 */
function shapeOf(base: Base): (base: Base, out: Collector) => unknown {
  const declared = base.fields.shape as DatasetShape | undefined;
  if (declared) return CHECKS[declared];
  const rows = base.rows;
  const first = rows.find(isPlainObject);
  const has = (key: string): boolean => {
    try {
      return !!first && key in (first as object);
    } catch {
      return false;
    }
  };
  if (has('jurisdiction')) return checkLegislation;
  if (has('code')) return checkHosting;
  if (has('provider')) return checkProviderReports;
  if (has('percent')) return checkShares;
  return checkSeries;
}

/**
 * Checks any dataset of the package's shapes, with the validator its `shape` declares; without one (a bare
 * array of rows), picking by its rows: laws (`jurisdiction`), hosting (`code`), provider reports (`provider`),
 * shares (`percent`), else a time series. Rows that are not objects (an array, a number) are not used to pick. Same result as the validator it picks, reading the input
 * once; never throws.
 */
export function validateDataset(input: unknown): ValidationResult {
  return guard((out) => {
    const base = datasetOf(input, out);
    return base ? shapeOf(base)(base, out) : undefined;
  });
}
