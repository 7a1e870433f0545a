import type { Dataset, ProviderReport, ValidationResult } from '../types';
import {
  assign,
  type Base,
  type Collector,
  copy,
  eachRow,
  readBoolean,
  reader,
  readNumber,
  readPeriod,
  readString,
  readUnit,
  readVerification,
  validated,
} from './fields';

/** Checks reports per provider (`ProviderReport` rows). */
export function validateProviderReports(input: unknown): ValidationResult<Dataset<ProviderReport>> {
  return validated(input, readProviderReports);
}

export function readProviderReports(base: Base, out: Collector): Dataset<ProviderReport> {
  readUnit(out, base);
  const rows = eachRow<ProviderReport>(base.rows, out, (read, i) => {
    const provider = readString(out, i, 'provider', read('provider'));
    const value = readNumber(out, i, 'value', read('value'), 'count');
    const newReporter = readBoolean(out, i, 'newReporter', read('newReporter'));
    const rawChange = read('change');
    let change: ProviderReport['change'];
    if (rawChange !== undefined && rawChange !== null) {
      const readChange = reader(rawChange, i, out, 'change.');
      const percent = readNumber(out, i, 'change.percent', readChange('percent'), 'any');
      const label = readString(out, i, 'change.label', readChange('label'));
      const verification = readVerification(out, i, 'change.verification', readChange('verification'));
      if (percent !== undefined && label !== undefined)
        change = assign({ percent, label } as NonNullable<ProviderReport['change']>, { verification });
    }
    const period = readPeriod(out, i, 'period', read('period'), false);
    const verification = readVerification(out, i, 'verification', read('verification'));
    if (provider === undefined || value === undefined) return undefined;
    return assign({ provider, value, newReporter: newReporter ?? false } as ProviderReport, {
      change,
      period,
      verification,
    });
  });
  return copy(base, rows);
}
