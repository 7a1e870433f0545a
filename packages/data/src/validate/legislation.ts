import type { LegislationDataset } from '../datasets/legislation';
import { foundOf } from '../problems';
import { KNOWN_LAW_STATUSES, type Law, type LawStatus, type ValidationResult } from '../types';
import {
  assign,
  type Base,
  type Collector,
  copy,
  eachRow,
  isIsoDate,
  reader,
  readOptionalList,
  readString,
  readVerification,
  readWord,
  validated,
} from './fields';

/**
 * Checks laws (`Law` rows): a name, a jurisdiction, a known status, real dates, provisions as text. The
 * report's own status (`seedStatus`) and the check (`verification`) are optional: without them a law is shown
 * with its status alone.
 */
export function validateLegislation(input: unknown): ValidationResult<LegislationDataset> {
  return validated(input, readLegislation);
}

export function readLegislation(base: Base, out: Collector): LegislationDataset {
  const ids = new Set<string>();
  const rows = eachRow<Law>(base.rows, out, (read, i) => {
    const name = readString(out, i, 'name', read('name'));
    const jurisdiction = readString(out, i, 'jurisdiction', read('jurisdiction'));
    const statuses: Record<string, LawStatus | undefined> = {};
    for (const field of ['status', 'seedStatus']) {
      const status = read(field);
      if (field === 'seedStatus' && status === undefined) continue;
      // A known stage, which the charts translate, or any short stage of the jurisdiction's own.
      statuses[field] = readWord(out, i, field, status, 60, 'bad-stage', KNOWN_LAW_STATUSES);
    }
    const dates = readOptionalList(out, i, 'dates', read('dates'), 'not-dates', (entry, field) => {
      const readDate = reader(entry, i, out, `${field}.`);
      const label = readString(out, i, `${field}.label`, readDate('label'));
      const date = readDate('date');
      if (!isIsoDate(date)) out.add(i, `${field}.date`, 'bad-date', { found: foundOf(date) });
      else if (label !== undefined) return { label, date: date as string };
      return undefined;
    });
    const provisions = readOptionalList(
      out,
      i,
      'provisions',
      read('provisions'),
      'not-text-list',
      (item, field) => readString(out, i, field, item),
    );
    const rawId = read('id');
    let id = readString(out, i, 'id', rawId, false) ?? `law-${i + 1}`;
    if (ids.has(id)) id = `${id}-${i + 1}`;
    ids.add(id);
    const fields = {
      billNumber: readString(out, i, 'billNumber', read('billNumber'), false),
      seedDescription: readString(out, i, 'seedDescription', read('seedDescription'), false),
      verification: readVerification(out, i, 'verification', read('verification')),
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
