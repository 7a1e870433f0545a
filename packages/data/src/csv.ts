import type { Verification } from './types';

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet shows it as text
 * instead of running it as a formula (CSV injection).
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Lines of cells as CSV text, CRLF line ends as RFC 4180 asks. */
export function csvLines(rows: readonly (readonly unknown[])[]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A dataset's rows flattened to plain records: one per row, with its period, value and check. */
export interface FlatRecord {
  label: string;
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  partial: boolean;
  value: number | undefined;
  unit: string;
  status: string;
  verifiedValue: number | undefined;
  verifiedSource: string;
  note: string;
}

type AnyRow = {
  provider?: string;
  label?: string;
  name?: string;
  code?: string;
  period?: { label?: string; start?: string; end?: string; partial?: boolean };
  value?: number;
  percent?: number;
  count?: number;
  verification?: Verification;
};

/**
 * Every row of a dataset as a flat record, for tables and CSV: the same flattening feeds the published
 * CSV files and the Storybook "Data" page.
 */
export function flattenDataset(dataset: {
  unit?: string;
  rows: readonly unknown[];
  verification?: Verification;
}): FlatRecord[] {
  return dataset.rows.map((raw) => {
    const row = raw as AnyRow;
    const check = row.verification ?? dataset.verification;
    const value = row.value ?? row.percent ?? row.count;
    return {
      label:
        row.provider ??
        row.label ??
        (row.name && row.code ? `${row.name} (${row.code})` : row.name) ??
        row.period?.label ??
        '',
      periodLabel: row.period?.label ?? '',
      periodStart: row.period?.start ?? '',
      periodEnd: row.period?.end ?? '',
      partial: row.period?.partial === true,
      value,
      unit: row.value === undefined && row.percent !== undefined ? 'percent' : (dataset.unit ?? ''),
      status: check?.status ?? '',
      verifiedValue: check?.value,
      verifiedSource: check?.source ? `${check.source.publisher}, ${check.source.title}` : '',
      note: check?.note ?? '',
    };
  });
}

const HEADER = [
  'label',
  'period',
  'period_start',
  'period_end',
  'partial',
  'value',
  'unit',
  'verification_status',
  'publisher_value',
  'verification_source',
  'verification_note',
  'source',
];

/** A dataset as CSV text: one line per row, with its period, value, unit, check and source. */
export function toCsv(dataset: {
  unit?: string;
  rows: readonly unknown[];
  verification?: Verification;
  sources: readonly { publisher: string; title: string }[];
}): string {
  const source = dataset.sources.map((s) => `${s.publisher}, ${s.title}`).join('; ');
  return csvLines([
    HEADER,
    ...flattenDataset(dataset).map((r) => [
      r.label,
      r.periodLabel,
      r.periodStart,
      r.periodEnd,
      r.partial,
      r.value,
      r.unit,
      r.status,
      r.verifiedValue,
      r.verifiedSource,
      r.note,
      source,
    ]),
  ]);
}
