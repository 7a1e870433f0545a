import {
  anthropicTransparency,
  ncmecCyberTipline2023,
  ncmecSpikeBlog,
  press2024NcmecAi,
  pressAmazonTrainingData,
  seedFortune,
  seedNcmec,
  wiredOpenAi,
} from '../sources';
import type { Dataset, ProviderReport, SeriesPoint, Source } from '../types';
import { AS_OF, firstHalf, year } from './common';

/** The seed's 485,000 reports in H1 2025, beside NCMEC's own 440,419 (shared with the headline figure). */
export const ncmecH1_2025 = {
  period: /* @__PURE__ */ firstHalf(2025),
  value: 485000,
  verification: {
    status: 'corrected',
    note: 'NCMEC’s own figure for generative-AI reports from January to June 2025 is 440,419 (against 6,835 in the same months of 2024); 485,000 appears in press reports (NYT). From January to September 2025 NCMEC counted “over a million” (via NBC News).',
    value: 440419,
    source: ncmecSpikeBlog,
  },
} satisfies SeriesPoint;

/** The sources the seed names for NCMEC's figures. */
export const ncmecSources: readonly Source[] = [seedNcmec];

/** Reports of AI-generated CSAM to NCMEC: 4,700 (2023), 67,000 (2024), 485,000 (H1 2025, a half year). */
export const ncmecAiReports: Dataset<SeriesPoint> = {
  id: 'ncmecAiReports',
  title: 'Reports of AI-generated CSAM to NCMEC',
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
        source: press2024NcmecAi,
      },
    },
    ncmecH1_2025,
  ],
  sources: ncmecSources,
  verification: {
    status: 'corrected',
    note: 'The 2023 and 2024 counts are confirmed; for H1 2025 NCMEC’s own figure is 440,419, not 485,000.',
    source: ncmecSpikeBlog,
  },
  asOf: AS_OF,
  notes: ['H1 2025 covers January to June 2025 only.'],
};

/** NCMEC's own comparison of the same half year: 6,835 (H1 2024) → 440,419 (H1 2025). */
export const ncmecH1Comparison: Dataset<SeriesPoint> = {
  id: 'ncmecH1Comparison',
  title: 'Generative-AI reports to NCMEC, first half of 2024 and 2025',
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

/** The seed's "380,000 from Amazon AI Services": known CSAM in AI training data, not AI-generated reports. */
export const amazonTrainingDataReports: Dataset<SeriesPoint> = {
  id: 'amazonTrainingDataReports',
  title: 'Amazon’s reports to NCMEC, H1 2025',
  description:
    'Reports to NCMEC by Amazon, which the seed counts as AI-CSAM reports from Amazon AI Services.',
  unit: 'reports',
  rows: [
    {
      period: /* @__PURE__ */ firstHalf(2025),
      value: 380000,
      verification: {
        status: 'different-count',
        note: 'Counts known CSAM (hash matches) that Amazon found in data collected to train AI models, not AI-generated material.',
        source: pressAmazonTrainingData,
      },
    },
  ],
  sources: [seedNcmec],
  verification: {
    status: 'different-count',
    note: 'The seed’s “78% of all AI-CSAM reports” divides this count of known CSAM in training data by a count of reports involving generative AI: the two count different things.',
    source: pressAmazonTrainingData,
  },
  asOf: AS_OF,
};

/** OpenAI's reports to NCMEC: 947 in H1 2024, 75,027 in H1 2025 (the seed's "80x"). */
export const openAiH1Reports: Dataset<SeriesPoint> = {
  id: 'openAiH1Reports',
  title: 'OpenAI’s reports of CSAM to NCMEC, first half of 2024 and 2025',
  description: 'Reports OpenAI made to NCMEC’s CyberTipline, January to June of each year.',
  unit: 'reports',
  rows: [
    { period: /* @__PURE__ */ firstHalf(2024), value: 947 },
    { period: /* @__PURE__ */ firstHalf(2025), value: 75027 },
  ],
  sources: [seedNcmec, seedFortune],
  verification: {
    status: 'confirmed',
    note: 'OpenAI’s own update, reported by Wired: 75,027 reports in H1 2025 against 947 in H1 2024, 79.2 times as many (“80 times”); about as many content pieces as reports in H1 2025.',
    source: wiredOpenAi,
  },
  asOf: AS_OF,
};

const providerCheck = 'Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts.';

/** AI companies' reports to NCMEC as the seed gives them: OpenAI, Amazon AI, Anthropic. */
export const ncmecProviderReports: Dataset<ProviderReport> = {
  id: 'ncmecProviderReports',
  title: 'AI companies’ reports of CSAM to NCMEC',
  description:
    'Reports of CSAM made with their platforms that AI companies sent to NCMEC, as the seed gives them.',
  unit: 'reports',
  rows: [
    {
      provider: 'OpenAI',
      value: 32079,
      change: { percent: 9650, label: '+9,650% YoY' },
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
  sources: [seedNcmec],
  verification: { status: 'unverified', note: providerCheck },
  asOf: AS_OF,
};
