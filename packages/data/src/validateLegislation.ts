import type { LegislationDataset } from './datasets/legislation';
import { foundOf } from './problems';
import { KNOWN_LAW_STATUSES, type Law, type LawStatus, type ValidationResult } from './types';
import {
  arrayOf,
  assign,
  type Base,
  type Collector,
  checkString,
  checkVerification,
  copy,
  datasetOf,
  eachRow,
  guard,
  isIsoDate,
  reader,
} from './validate';

/**
 * Checks laws (`Law` rows): a name, a jurisdiction, a known status, real dates, provisions as text. The
 * report's own status (`seedStatus`) and the check (`verification`) are optional: without them a law is shown
 * with its status alone.
 */
export function validateLegislation(input: unknown): ValidationResult<LegislationDataset> {
  return guard((out) => {
    const base = datasetOf(input, out);
    return base ? checkLegislation(base, out) : undefined;
  });
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
      if (typeof status !== 'string' || !status.trim() || status.length > 60)
        out.add(i, field, 'bad-stage', { found: foundOf(status), choices: KNOWN_LAW_STATUSES });
      else statuses[field] = status.trim();
    }
    const rawDates = read('dates');
    const dateItems = rawDates === undefined ? [] : arrayOf(rawDates);
    const dates: { label: string; date: string }[] = [];
    if (!dateItems) out.add(i, 'dates', 'not-dates', { found: foundOf(rawDates) });
    else
      dateItems.forEach((entry, d) => {
        const readDate = reader(entry, i, out, `dates[${d}].`);
        const label = checkString(out, i, `dates[${d}].label`, readDate('label'));
        const date = readDate('date');
        if (!isIsoDate(date)) out.add(i, `dates[${d}].date`, 'bad-date', { found: foundOf(date) });
        else if (label !== undefined) dates.push({ label, date: date as string });
      });
    const rawProvisions = read('provisions');
    const provisionItems = rawProvisions === undefined ? [] : arrayOf(rawProvisions);
    const provisions: string[] = [];
    if (!provisionItems) out.add(i, 'provisions', 'not-text-list', { found: foundOf(rawProvisions) });
    else
      provisionItems.forEach((item, n) => {
        const provision = checkString(out, i, `provisions[${n}]`, item);
        if (provision !== undefined) provisions.push(provision);
      });
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
