import { congressS1829, congressS3021, congressTakeItDown, ukCrimeAndPolicingAct } from '../sources';
import type { Law, Source, Verification } from '../types';
import { AS_OF } from './common';

/** Laws and bills on AI-generated CSAM, with the status the seed gives and the one the check found. */
export interface LegislationDataset {
  /** A stable name: `legislation` for the package's own. */
  id?: string;
  /** `legislation`: what its rows are (see `DatasetShape`). */
  shape?: 'legislation';
  /** A title in plain words. */
  title: string;
  /** What the laws are about. */
  description?: string;
  /** One row per law or bill, in the seed's order. */
  rows: readonly Law[];
  /** The sources the check found (the seed names none for its legal section). */
  sources: readonly Source[];
  /** The check of the section as a whole. */
  verification?: Verification;
  /** The month of the check, `YYYY-MM`. */
  asOf?: string;
  /** What a reader should know, in plain words. */
  notes?: readonly string[];
}

/**
 * The seed's four laws and bills (TAKE IT DOWN Act, STOP CSAM Act S.1829, ENFORCE Act S.3021, the UK Crime and
 * Policing Bill, now the Crime and Policing Act 2026), each with the seed's status and description beside
 * what the check found in November 2026.
 */
export const legislation: LegislationDataset & {
  id: 'legislation';
  description: string;
  verification: Verification;
  asOf: string;
} = {
  id: 'legislation',
  shape: 'legislation',
  title: 'The legal response to AI-generated CSAM',
  description:
    'Bills and laws in the United States and the United Kingdom that address AI-generated child sexual abuse material.',
  rows: [
    {
      id: 'take-it-down-act',
      name: 'TAKE IT DOWN Act',
      jurisdiction: 'United States (federal)',
      seedStatus: 'signed',
      status: 'signed',
      dates: [
        { label: 'Signed into law', date: '2025-05-19' },
        { label: 'Platforms’ 48-hour removal duty applies', date: '2026-05-19' },
      ],
      provisions: [
        'Criminalises publishing non-consensual intimate images, including AI-generated ones.',
        'Requires platforms to remove such images within 48 hours of a valid request.',
      ],
      seedDescription:
        'Criminalizes non-consensual intimate images including AI-generated content; requires platforms to remove within 48 hours.',
      verification: {
        status: 'confirmed',
        note: 'Signed 19 May 2025; the 48-hour removal duty applies from 19 May 2026.',
        source: congressTakeItDown,
      },
    },
    {
      id: 'stop-csam-act',
      name: 'STOP CSAM Act',
      jurisdiction: 'United States (federal)',
      billNumber: 'S.1829',
      seedStatus: 'pending',
      status: 'pending',
      dates: [],
      provisions: ['Mainly lets victims sue platforms (as the check found the bill).'],
      seedDescription:
        'Would strengthen platform liability and expand law enforcement tools for investigating AI-generated CSAM.',
      verification: {
        status: 'confirmed',
        note: 'Pending, as the report says: S.1829 (119th Congress) was reported by the Senate Judiciary Committee and has not passed the Senate. The check found that it mainly lets victims sue platforms.',
        source: congressS1829,
      },
    },
    {
      id: 'enforce-act',
      name: 'ENFORCE Act',
      jurisdiction: 'United States (federal)',
      billNumber: 'S.3021',
      seedStatus: 'pending',
      status: 'passed-one-chamber',
      dates: [{ label: 'Passed the Senate', date: '2025-12-16' }],
      provisions: ['Criminal law on obscene visual depictions of children, including AI-made ones.'],
      seedDescription:
        'Targets the infrastructure enabling CSAM distribution, including hosting providers and payment processors.',
      verification: {
        status: 'corrected',
        note: 'Status confirmed: S.3021 passed the Senate on 16 December 2025 and is pending in the House. The report’s description (“targets hosting providers and payment processors”) is not borne out by the bill’s text, which is about criminal law for obscene visual depictions, including AI-made ones.',
        source: congressS3021,
      },
    },
    {
      id: 'uk-crime-and-policing-act-2026',
      name: 'Crime and Policing Act 2026 (the report’s “UK Crime and Policing Bill”)',
      jurisdiction: 'United Kingdom',
      seedStatus: 'in-progress',
      status: 'law',
      dates: [
        { label: 'Royal Assent', date: '2026-04-29' },
        { label: 'Offence on AI models for CSAM in force', date: '2026-06-29' },
      ],
      provisions: ['An offence on AI models made or adapted to generate CSAM.'],
      seedDescription:
        'Would criminalize AI tools specifically designed or modified to generate CSAM, including LoRA models trained on abuse imagery.',
      verification: {
        status: 'corrected',
        note: 'The report lists a bill in progress; it became the Crime and Policing Act 2026 (Royal Assent 29 April 2026), and its offence on AI models made or adapted to generate CSAM came into force on 29 June 2026.',
        source: ukCrimeAndPolicingAct,
      },
    },
  ],
  sources: [congressTakeItDown, congressS1829, congressS3021, ukCrimeAndPolicingAct],
  verification: {
    status: 'corrected',
    note: 'Statuses as the check found them in November 2026; the report’s statuses are kept as `seedStatus` and its descriptions as `seedDescription`.',
  },
  asOf: AS_OF,
  notes: [
    'The report names no source for its legal section: the sources here are those the check found.',
    'The ENFORCE Act’s description in the report (hosting providers and payment processors) is not borne out by the bill’s text.',
  ],
};
