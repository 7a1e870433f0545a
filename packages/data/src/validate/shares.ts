import type { Dataset, ShareRow, ValidationResult } from '../types';
import {
  assign,
  type Base,
  type Collector,
  checkNumber,
  checkPeriod,
  checkString,
  checkUnit,
  checkVerification,
  copy,
  eachRow,
  reader,
  validated,
} from './check';

/** Checks percentages of a whole (`ShareRow` rows): each between 0 and 100. */
export function validateShares(input: unknown): ValidationResult<Dataset<ShareRow>> {
  return validated(input, checkShares);
}

export function checkShares(base: Base, out: Collector): Dataset<ShareRow> {
  checkUnit(out, base);
  const rows = eachRow<ShareRow>(base.rows, out, (read, i) => {
    const label = checkString(out, i, 'label', read('label'));
    const percent = checkNumber(out, i, 'percent', read('percent'), 'percent');
    const fields = {
      of: checkString(out, i, 'of', read('of'), false),
      part: checkNumber(out, i, 'part', read('part'), 'count', false),
      whole: checkNumber(out, i, 'whole', read('whole'), 'count', false),
      period: checkPeriod(out, i, 'period', read('period'), false),
      verification: checkVerification(out, i, 'verification', read('verification')),
    };
    if (label === undefined || percent === undefined) return undefined;
    return assign({ label, percent } as ShareRow, fields);
  });
  // The forum study's count of images travels with its share.
  const images = base.read?.('imagesInOneMonth');
  let imagesInOneMonth: Record<string, unknown> | undefined;
  if (images !== undefined) {
    const read = reader(images, null, out, 'imagesInOneMonth.');
    const value = checkNumber(out, null, 'imagesInOneMonth.value', read('value'), 'count');
    const unit = checkString(out, null, 'imagesInOneMonth.unit', read('unit'));
    const label = checkString(out, null, 'imagesInOneMonth.label', read('label'));
    if (value !== undefined && unit !== undefined && label !== undefined)
      imagesInOneMonth = { value, unit, label };
  }
  return copy(base, rows, { imagesInOneMonth });
}
