/*
 * A spreadsheet of 24 months, as a hotline exports it: example figures, not any publisher's. They rise from 200
 * in January 2023 to 1,350 in December 2024, with June 2024 at 1,800, the largest.
 */
export const MONTHS_CSV = [
  'Month,Reports',
  ...Array.from({ length: 24 }, (_, i) => {
    const month = `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    return `${month},${i === 17 ? 1800 : 200 + Math.round((i * 1150) / 23)}`;
  }),
].join('\n');

/** How the CSV is drawn: its unit and its source. */
export const MONTHS_OPTIONS = {
  unit: 'reports',
  sources: [{ publisher: 'Example', title: 'Example data' }],
} as const;
