import type { Dataset, Verification } from '@safeguard-charts/data';
import { formatValue } from '../format';

const STATUS_TEXT: Record<Verification['status'], string> = {
  confirmed: 'Confirmed',
  corrected: 'Corrected',
  'different-count': 'Counts something else',
  unverified: 'Not verified',
};

/**
 * Notes a chart shows under its source line: the data's own notes, then each figure whose check against
 * its publisher differs from the seed, e.g. "H1 2025 — NCMEC's own figure: 440,419".
 */
export function checkNotes<Row>(dataset: Dataset<Row>, locale: string): string[] {
  const notes = [...(dataset.notes ?? [])];
  const seen = new Set(notes);
  const add = (note: string) => {
    if (note && !seen.has(note)) {
      seen.add(note);
      notes.push(note);
    }
  };
  if (dataset.verification && dataset.verification.status !== 'confirmed') {
    add(`${STATUS_TEXT[dataset.verification.status]}: ${dataset.verification.note}`);
  }
  for (const row of dataset.rows) {
    const check = (row as { verification?: Verification }).verification;
    if (!check || check.status === 'confirmed') continue;
    const label = rowLabel(row);
    if (typeof check.value === 'number') {
      const who = check.source?.publisher ?? 'The publisher';
      add(
        `${label ? `${label} — ` : ''}${who}’s own figure: ${formatValue(check.value, dataset.unit, { locale })}`,
      );
    } else {
      add(`${label ? `${label} — ` : ''}${STATUS_TEXT[check.status]}: ${check.note}`);
    }
  }
  return notes;
}

function rowLabel(row: unknown): string {
  const r = row as { period?: { label?: string }; provider?: string; label?: string; name?: string };
  return r.provider ?? r.name ?? r.label ?? r.period?.label ?? '';
}
