import { ratio } from '../derive';
import {
  anthropicTransparency,
  ncmecCyberTipline2023,
  ncmecSpikeBlog,
  nytAiImagesFlooding,
  pressAmazonTrainingData,
  seedFortune,
  seedNcmec,
  wiredOpenAi,
} from '../sources';
import { writeNumber } from '../text';
import type { CheckedDataset, Dataset, ProviderReport, SeriesPoint, Source } from '../types';
import { AS_OF, firstHalf, mustDerive, year } from './common';

/** The seed's 485,000 reports in H1 2025, beside NCMEC's own 440,419 (shared with the headline figure). */
export const ncmecH1_2025 = {
  period: /* @__PURE__ */ firstHalf(2025),
  value: 485000,
  verification: {
    status: 'corrected',
    note: 'NCMEC’s own figure for generative-AI reports from January to June 2025 is 440,419 (against 6,835 in the same months of 2024); 485,000 appears in press reports (NYT). From January to September 2025 NCMEC counted “over a million” (via NBC News). The report says 380,000 of the 485,000 came from Amazon AI Services: the press gives about 380,000 items of known CSAM that Amazon found in data collected to train AI models, with no period. They are not AI-generated material and not part of this count.',
    value: 440419,
    source: ncmecSpikeBlog,
  },
} satisfies SeriesPoint;

/** What the seed cites for NCMEC's figures: "2023–2025 data", no document. */
export const ncmecCited: readonly Source[] = [seedNcmec];

/**
 * CyberTipline reports to NCMEC involving generative AI: 4,700 (2023), 67,000 (2024), 485,000 (H1 2025, a
 * half year; NCMEC's own figure is 440,419). A report counts where generative AI is involved, not only where
 * the material is AI-generated.
 */
export const ncmecAiReports: CheckedDataset<Dataset<SeriesPoint>> = {
  id: 'ncmecAiReports',
  shape: 'series',
  title: 'CyberTipline reports to NCMEC involving generative AI',
  description:
    'CyberTipline reports involving generative AI received by the National Center for Missing & Exploited Children.',
  unit: 'reports',
  rows: [
    {
      period: /* @__PURE__ */ year(2023),
      value: 4700,
      verification: {
        status: 'confirmed',
        note: 'NCMEC’s 2023 CyberTipline data.',
        source: ncmecCyberTipline2023,
      },
    },
    {
      period: /* @__PURE__ */ year(2024),
      value: 67000,
      verification: {
        status: 'confirmed',
        note: 'NCMEC’s 2024 count, as reported by the press (NYT, Bloomberg).',
        source: nytAiImagesFlooding,
      },
    },
    ncmecH1_2025,
  ],
  sources: [ncmecCyberTipline2023, nytAiImagesFlooding, ncmecSpikeBlog],
  citedSources: ncmecCited,
  verification: {
    status: 'corrected',
    note: 'The 2023 and 2024 counts are confirmed; for H1 2025 NCMEC’s own figure is 440,419, not 485,000.',
    source: ncmecSpikeBlog,
  },
  asOf: AS_OF,
  notes: [
    'H1 2025 covers January to June 2025 only: compare it with H1 2024 (6,835 in NCMEC’s own figures), not with a full year.',
    'NCMEC counts CyberTipline reports involving generative AI, not only reports of AI-generated CSAM.',
    'No publisher says whether the 67,000 reports for 2024 (NCMEC, as the press reported it) and NCMEC’s own 6,835 for January to June 2024 count the same thing.',
  ],
};

/** NCMEC's own comparison of the same half year: 6,835 (H1 2024) → 440,419 (H1 2025). */
export const ncmecH1Comparison: CheckedDataset<Dataset<SeriesPoint>> = {
  id: 'ncmecH1Comparison',
  shape: 'series',
  title: 'CyberTipline reports to NCMEC involving generative AI, first half of 2024 and 2025',
  description:
    'CyberTipline reports involving generative AI, January to June of each year, as NCMEC published them.',
  unit: 'reports',
  rows: [
    { period: /* @__PURE__ */ firstHalf(2024), value: 6835 },
    { period: /* @__PURE__ */ firstHalf(2025), value: 440419 },
  ],
  sources: [ncmecSpikeBlog],
  verification: { status: 'confirmed', note: 'NCMEC’s own figures.', source: ncmecSpikeBlog },
  asOf: AS_OF,
};

/**
 * The seed's "380,000 from Amazon AI Services": about 380,000 items of known CSAM (hash matches) that Amazon found
 * in data collected to train AI models, as the press reported it. Not AI-generated material, with no period:
 * not a part of NCMEC's count of reports involving generative AI for H1 2025.
 */
export const amazonTrainingDataReports: CheckedDataset<Dataset<ProviderReport>> = {
  id: 'amazonTrainingDataReports',
  shape: 'providers',
  title: 'Items of known CSAM Amazon reported finding in AI training data (about 380,000)',
  description:
    'About 380,000 items of known CSAM (hash matches) that Amazon found in data collected to train AI models, as the press reported it, with no period. The report counts them as AI-CSAM reports from Amazon AI Services.',
  unit: 'items',
  rows: [
    {
      provider: 'Amazon',
      value: 380000,
      newReporter: false,
      verification: {
        status: 'different-count',
        note: 'About 380,000 items of known CSAM (hash matches) that Amazon found in data collected to train AI models, not AI-generated material; the press gives no period.',
        source: pressAmazonTrainingData,
      },
    },
  ],
  sources: [pressAmazonTrainingData],
  citedSources: ncmecCited,
  verification: {
    status: 'different-count',
    note: 'The report’s “78% of all AI-CSAM reports” divides this count of known CSAM in training data by a count of reports involving generative AI: the two count different things.',
    source: pressAmazonTrainingData,
  },
  notes: ['The press gives about 380,000: the figure is rounded.'],
  asOf: AS_OF,
};

const OPENAI_REPORTS = [947, 75027] as const;
const OPENAI_CONTENT = [3252, 74559] as const;

/** How many times as many: 79.2 for OpenAI's reports (the seed's "80x"), computed, never typed. */
/* @__NO_SIDE_EFFECTS__ */
function times([before, after]: readonly [number, number], what: string): string {
  return writeNumber(mustDerive(ratio(after, before), what), 1);
}

const openAiCheck =
  'OpenAI’s own figures, as Wired reported them: 947 reports about 3,252 pieces of content in H1 2024, 75,027 reports about 74,559 pieces in H1 2025.';

/** OpenAI's reports to NCMEC: 947 in H1 2024, 75,027 in H1 2025 (the seed's "80x", computed: 79.2). */
export const openAiH1Reports: CheckedDataset<Dataset<SeriesPoint>> = {
  id: 'openAiH1Reports',
  shape: 'series',
  title: 'OpenAI’s CyberTipline reports to NCMEC, first half of 2024 and 2025',
  description:
    'Reports OpenAI made to NCMEC’s CyberTipline, January to June of each year. A report can cover many pieces of content, counted apart in the pieces-of-content figures.',
  unit: 'reports',
  rows: [
    { period: /* @__PURE__ */ firstHalf(2024), value: OPENAI_REPORTS[0] },
    { period: /* @__PURE__ */ firstHalf(2025), value: OPENAI_REPORTS[1] },
  ],
  sources: [wiredOpenAi],
  citedSources: [seedNcmec, seedFortune],
  verification: { status: 'confirmed', note: openAiCheck, source: wiredOpenAi },
  asOf: AS_OF,
  notes: /* @__PURE__ */ openAiNotes(),
};

/** The pieces of content behind OpenAI's reports: 3,252 in H1 2024, 74,559 in H1 2025 (22.9 times as many). */
export const openAiH1Content: CheckedDataset<Dataset<SeriesPoint>> = {
  id: 'openAiH1Content',
  shape: 'series',
  title: 'Pieces of content in OpenAI’s CyberTipline reports, first half of 2024 and 2025',
  description:
    'The pieces of content (images, videos, text) that OpenAI’s CyberTipline reports to NCMEC were about, January to June of each year.',
  unit: 'items',
  rows: [
    { period: /* @__PURE__ */ firstHalf(2024), value: OPENAI_CONTENT[0] },
    { period: /* @__PURE__ */ firstHalf(2025), value: OPENAI_CONTENT[1] },
  ],
  sources: [wiredOpenAi],
  verification: { status: 'confirmed', note: openAiCheck, source: wiredOpenAi },
  asOf: AS_OF,
  notes: /* @__PURE__ */ openAiNotes(),
};

/* @__NO_SIDE_EFFECTS__ */
function openAiNotes(): string[] {
  return [
    `The report’s “80×” counts reports: ${writeNumber(OPENAI_REPORTS[1])} in H1 2025 against ${writeNumber(OPENAI_REPORTS[0])} in H1 2024, ${times(OPENAI_REPORTS, 'OpenAI’s report ratio')} times as many. The pieces of content they were about grew less: ${writeNumber(OPENAI_CONTENT[0])} to ${writeNumber(OPENAI_CONTENT[1])}, ${times(OPENAI_CONTENT, 'OpenAI’s content ratio')} times as many.`,
  ];
}

const providerCheck = 'Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts.';

/** AI companies' reports to NCMEC as the seed gives them: OpenAI, Amazon AI, Anthropic. */
export const ncmecProviderReports: CheckedDataset<Dataset<ProviderReport>> = {
  id: 'ncmecProviderReports',
  shape: 'providers',
  title: 'Reports to NCMEC the report attributes to three AI companies (unverified)',
  description:
    'Counts of reports to NCMEC that the report attributes to OpenAI, Amazon AI and Anthropic. No publisher’s document holds them, they have no period, and nothing shows they are reports of CSAM made with these companies’ platforms.',
  unit: 'reports',
  rows: [
    {
      provider: 'OpenAI',
      value: 32079,
      change: {
        percent: 9650,
        label: '+9,650% YoY',
        verification: {
          status: 'unverified',
          note: 'The report’s claim: it gives no count for the year before, so the change cannot be recomputed.',
        },
      },
      newReporter: false,
      verification: { status: 'unverified', note: providerCheck },
    },
    {
      provider: 'Amazon AI',
      value: 30759,
      newReporter: true,
      verification: { status: 'unverified', note: providerCheck },
    },
    {
      provider: 'Anthropic',
      value: 971,
      newReporter: true,
      verification: {
        status: 'unverified',
        note: 'Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts. Anthropic’s own transparency report gives 859 images reported from April 2024 to March 2025.',
        source: anthropicTransparency,
      },
    },
  ],
  sources: [],
  citedSources: ncmecCited,
  verification: { status: 'unverified', note: providerCheck },
  notes: [
    'None of these three counts was found in a publisher’s document, and they have no period: they are shown as the report states them.',
    'The report’s “new reporter” is doubtful for Amazon AI: Amazon as a company reported to the CyberTipline before; “Amazon AI” may be a separate reporter name.',
  ],
  asOf: AS_OF,
};
