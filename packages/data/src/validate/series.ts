import { type Dataset, GAP_REASONS, type SeriesGap, type SeriesPoint, type ValidationResult } from '../types';
import {
  type Base,
  type Collector,
  copy,
  eachRow,
  reader,
  readList,
  readNumber,
  readOneOf,
  readPeriod,
  readUnit,
  readVerification,
  validated,
} from './fields';

/** Checks a time series (`SeriesPoint` rows): a valid period and a finite, non-negative value per row. */
export function validateSeries(input: unknown): ValidationResult<Dataset<SeriesPoint>> {
  return validated(input, readSeries);
}

export function readSeries(base: Base, out: Collector): Dataset<SeriesPoint> {
  readUnit(out, base);
  const kind = base.fields.unit === 'percent' ? 'percent' : 'count';
  const rows = eachRow<SeriesPoint>(base.rows, out, (read, i) => {
    const period = readPeriod(out, i, 'period', read('period'));
    const value = readNumber(out, i, 'value', read('value'), kind);
    const verification = readVerification(out, i, 'verification', read('verification'));
    if (!period || value === undefined) return undefined;
    const point: SeriesPoint = { period, value };
    if (verification !== undefined) point.verification = verification;
    return point;
  });
  const gaps = readGaps(out, base.read?.('gaps'));
  return copy(base, rows, gaps ? { gaps } : {});
}

/** A series' periods without a figure (`gaps`): each a period and a reason; absent stays absent. */
function readGaps(out: Collector, raw: unknown): SeriesGap[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  return readList(out, null, 'gaps', raw, 'not-list', (item, field) => {
    const read = reader(item, null, out, `${field}.`);
    const period = readPeriod(out, null, `${field}.period`, read('period'));
    const reason = readOneOf(out, null, `${field}.reason`, read('reason'), GAP_REASONS);
    return period && reason ? { period, reason } : undefined;
  });
}
