/*
 * The check statuses, once: their machine names, in order, and the words a reader sees for each. Every place
 * that shows a status (source lines, notes, data tables, stat cards, CSV files, the Data docs page) takes its
 * words from here.
 */

/**
 * What a check of a figure against its publisher can find, in order from "the publisher says so" to "no
 * publisher's source was found".
 * - `confirmed`: the publisher says so.
 * - `corrected`: the publisher gives a different number or document; both are kept.
 * - `different-count`: the number is right but counts something else than the report's sentence says.
 * - `unverified`: no publisher's source was found.
 */
export const VERIFICATION_STATUSES = ['confirmed', 'corrected', 'different-count', 'unverified'] as const;

/** What a check of a figure against its publisher found, in one word: see {@link VERIFICATION_STATUSES}. */
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** The words a reader sees for each status. */
export const STATUS_WORDS: Readonly<Record<VerificationStatus, string>> = {
  confirmed: 'Confirmed',
  corrected: 'Corrected',
  'different-count': 'Counts something else',
  unverified: 'Not verified',
};

/** Whether `value` is one of the {@link VERIFICATION_STATUSES}. */
export function isVerificationStatus(value: unknown): value is VerificationStatus {
  return typeof value === 'string' && (VERIFICATION_STATUSES as readonly string[]).includes(value);
}

/** The reader's words for a status ("Not verified"), or '' for anything that is not a status. */
export function statusWord(status: unknown): string {
  return isVerificationStatus(status) ? STATUS_WORDS[status] : '';
}
