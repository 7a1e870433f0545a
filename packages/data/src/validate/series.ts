import { type Dataset, GAP_REASONS, type SeriesGap, type SeriesPoint, type ValidationResult } from '../types';
import {
  assign,
  type Base,
  type Collector,
  checkList,
  checkNumber,
  checkOneOf,
  checkPeriod,
  checkUnit,
  checkVerification,
  copy,
  eachRow,
  reader,
  validated,
} from './check';

/** Checks a time series (`SeriesPoint` rows): a valid period and a finite, non-negative value per row. */
export function validateSeries(input: unknown): ValidationResult<Dataset<SeriesPoint>> {
  return validated(input, checkSeries);
}

export function checkSeries(base: Base, out: Collector): Dataset<SeriesPoint> {
  checkUnit(out, base);
  const kind = base.fields.unit === 'percent' ? 'percent' : 'count';
  const rows = eachRow<SeriesPoint>(base.rows, out, (read, i) => {
    const period = checkPeriod(out, i, 'period', read('period'));
    const value = checkNumber(out, i, 'value', read('value'), kind);
    const verification = checkVerification(out, i, 'verification', read('verification'));
    if (!period || value === undefined) return undefined;
    return assign({ period, value } as SeriesPoint, { verification });
  });
  const gaps = checkGaps(out, base.read?.('gaps'));
  return copy(base, rows, gaps ? { gaps } : {});
}

/** A series' periods without a figure (`gaps`): each a period and a reason; absent stays absent. */
function checkGaps(out: Collector, raw: unknown): SeriesGap[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  return checkList(out, null, 'gaps', raw, 'not-list', (item, field) => {
    const read = reader(item, null, out, `${field}.`);
    const period = checkPeriod(out, null, `${field}.period`, read('period'));
    const reason = checkOneOf(out, null, `${field}.reason`, read('reason'), GAP_REASONS);
    return period && reason ? { period, reason } : undefined;
  });
}
