import type { Dataset, Verification } from '@safeguard-charts/data';
import { formatValue } from '../format';

const STATUS_TEXT: Record<Verification['status'], string> = {
  confirmed: 'Confirmed',
  corrected: 'Corrected',
  'different-count': 'Counts something else',
  unverified: 'Not verified',
};

export interface CheckNotes {
  /** Notes under the chart: the data's own, then what a check found where it differs from the seed. */
  notes: string[];
  /** The publishers' own figures, for the source line: "NCMEC’s own figure for H1 2025: 440,419". */
  checks: string[];
}

/**
 * What a chart says under its source line about its data: the dataset's notes, its check when not
 * confirmed, each row's check when it says more than the dataset's, and the publishers' own figures.
 */
export function checkNotes<Row>(dataset: Dataset<Row>, locale: string): CheckNotes {
  const notes: string[] = [];
  const checks: string[] = [];
  const add = (list: string[], text: string) => {
    if (text && !list.includes(text)) list.push(text);
  };
  for (const note of dataset.notes ?? []) add(notes, note);
  const own = dataset.verification;
  const rowNotes: string[] = [];
  for (const row of dataset.rows) {
    const check = (row as { verification?: Verification }).verification;
    if (!check || check.status === 'confirmed') continue;
    const label = rowLabel(row);
    if (typeof check.value === 'number' && Number.isFinite(check.value)) {
      const who = check.source?.publisher ?? 'The publisher';
      const value = formatValue(check.value, dataset.unit, { locale });
      add(checks, `${who}’s own figure${label ? ` for ${label}` : ''}: ${value}`);
    }
    if (check.note !== own?.note)
      add(rowNotes, `${label ? `${label} — ` : ''}${STATUS_TEXT[check.status]}: ${check.note}`);
  }
  // The dataset's own check summarises its rows': show it only when no row says more.
  if (own && own.status !== 'confirmed' && !rowNotes.length)
    add(notes, `${STATUS_TEXT[own.status]}: ${own.note}`);
  for (const note of rowNotes) add(notes, note);
  return { notes, checks };
}

function rowLabel(row: unknown): string {
  const r = row as { period?: { label?: string }; provider?: string; label?: string; name?: string };
  return r.provider ?? r.name ?? r.label ?? r.period?.label ?? '';
}
