import type { Dataset, ProviderReport, ValidationResult } from '../types';
import {
  assign,
  type Base,
  type Collector,
  checkBoolean,
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

/** Checks reports per provider (`ProviderReport` rows). */
export function validateProviderReports(input: unknown): ValidationResult<Dataset<ProviderReport>> {
  return validated(input, checkProviderReports);
}

export function checkProviderReports(base: Base, out: Collector): Dataset<ProviderReport> {
  checkUnit(out, base);
  const rows = eachRow<ProviderReport>(base.rows, out, (read, i) => {
    const provider = checkString(out, i, 'provider', read('provider'));
    const value = checkNumber(out, i, 'value', read('value'), 'count');
    const newReporter = checkBoolean(out, i, 'newReporter', read('newReporter'));
    const rawChange = read('change');
    let change: ProviderReport['change'];
    if (rawChange !== undefined && rawChange !== null) {
      const readChange = reader(rawChange, i, out, 'change.');
      const percent = checkNumber(out, i, 'change.percent', readChange('percent'), 'any');
      const label = checkString(out, i, 'change.label', readChange('label'));
      const verification = checkVerification(out, i, 'change.verification', readChange('verification'));
      if (percent !== undefined && label !== undefined)
        change = assign({ percent, label } as NonNullable<ProviderReport['change']>, { verification });
    }
    const period = checkPeriod(out, i, 'period', read('period'), false);
    const verification = checkVerification(out, i, 'verification', read('verification'));
    if (provider === undefined || value === undefined) return undefined;
    return assign({ provider, value, newReporter: newReporter ?? false } as ProviderReport, {
      change,
      period,
      verification,
    });
  });
  return copy(base, rows);
}
