import type { Dataset, ShareRow, ValidationResult } from '../types';
import {
  assign,
  type Base,
  type Collector,
  copy,
  eachRow,
  reader,
  readNumber,
  readPeriod,
  readString,
  readUnit,
  readVerification,
  validated,
} from './fields';

/** Checks percentages of a whole (`ShareRow` rows): each between 0 and 100. */
export function validateShares(input: unknown): ValidationResult<Dataset<ShareRow>> {
  return validated(input, readShares);
}

export function readShares(base: Base, out: Collector): Dataset<ShareRow> {
  readUnit(out, base);
  const rows = eachRow<ShareRow>(base.rows, out, (read, i) => {
    const label = readString(out, i, 'label', read('label'));
    const percent = readNumber(out, i, 'percent', read('percent'), 'percent');
    const fields = {
      of: readString(out, i, 'of', read('of'), false),
      part: readNumber(out, i, 'part', read('part'), 'count', false),
      whole: readNumber(out, i, 'whole', read('whole'), 'count', false),
      period: readPeriod(out, i, 'period', read('period'), false),
      verification: readVerification(out, i, 'verification', read('verification')),
    };
    if (label === undefined || percent === undefined) return undefined;
    return assign({ label, percent } as ShareRow, fields);
  });
  // The forum study's count of images travels with its share.
  const images = base.read?.('imagesInOneMonth');
  let imagesInOneMonth: Record<string, unknown> | undefined;
  if (images !== undefined) {
    const read = reader(images, null, out, 'imagesInOneMonth.');
    const value = readNumber(out, null, 'imagesInOneMonth.value', read('value'), 'count');
    const unit = readString(out, null, 'imagesInOneMonth.unit', read('unit'));
    const label = readString(out, null, 'imagesInOneMonth.label', read('label'));
    if (value !== undefined && unit !== undefined && label !== undefined)
      imagesInOneMonth = { value, unit, label };
  }
  return copy(base, rows, { imagesInOneMonth });
}
