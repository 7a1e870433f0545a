import type { LegislationDataset } from '../datasets/legislation';
import { foundOf } from '../problems';
import { KNOWN_LAW_STATUSES, type Law, type LawStatus, type ValidationResult } from '../types';
import {
  assign,
  type Base,
  type Collector,
  checkOptionalList,
  checkString,
  checkVerification,
  checkWord,
  copy,
  eachRow,
  isIsoDate,
  reader,
  validated,
} from './check';

/**
 * Checks laws (`Law` rows): a name, a jurisdiction, a known status, real dates, provisions as text. The
 * report's own status (`seedStatus`) and the check (`verification`) are optional: without them a law is shown
 * with its status alone.
 */
export function validateLegislation(input: unknown): ValidationResult<LegislationDataset> {
  return validated(input, checkLegislation);
}

export function checkLegislation(base: Base, out: Collector): LegislationDataset {
  const ids = new Set<string>();
  const rows = eachRow<Law>(base.rows, out, (read, i) => {
    const name = checkString(out, i, 'name', read('name'));
    const jurisdiction = checkString(out, i, 'jurisdiction', read('jurisdiction'));
    const statuses: Record<string, LawStatus | undefined> = {};
    for (const field of ['status', 'seedStatus']) {
      const status = read(field);
      if (field === 'seedStatus' && status === undefined) continue;
      // A known stage, which the charts translate, or any short stage of the jurisdiction's own.
      statuses[field] = checkWord(out, i, field, status, 60, 'bad-stage', KNOWN_LAW_STATUSES);
    }
    const dates = checkOptionalList(out, i, 'dates', read('dates'), 'not-dates', (entry, field) => {
      const readDate = reader(entry, i, out, `${field}.`);
      const label = checkString(out, i, `${field}.label`, readDate('label'));
      const date = readDate('date');
      if (!isIsoDate(date)) out.add(i, `${field}.date`, 'bad-date', { found: foundOf(date) });
      else if (label !== undefined) return { label, date: date as string };
      return undefined;
    });
    const provisions = checkOptionalList(
      out,
      i,
      'provisions',
      read('provisions'),
      'not-text-list',
      (item, field) => checkString(out, i, field, item),
    );
    const rawId = read('id');
    let id = checkString(out, i, 'id', rawId, false) ?? `law-${i + 1}`;
    if (ids.has(id)) id = `${id}-${i + 1}`;
    ids.add(id);
    const fields = {
      billNumber: checkString(out, i, 'billNumber', read('billNumber'), false),
      seedDescription: checkString(out, i, 'seedDescription', read('seedDescription'), false),
      verification: checkVerification(out, i, 'verification', read('verification')),
    };
    const status = statuses.status;
    if (name === undefined || jurisdiction === undefined || !status) return undefined;
    return assign(
      {
        id,
        name,
        jurisdiction,
        status,
        seedStatus: statuses.seedStatus ?? status,
        dates,
        provisions,
      } as Law,
      fields,
    );
  });
  return copy<LegislationDataset>(base, rows);
}
