import { difference, percentChange, shareOf } from '../derive';
import {
  iwfAi2025Girls,
  iwfAnnualData2024,
  iwfAnnualReport2021,
  iwfForumReport2023,
  iwfHarmWithoutLimits,
  policeProfessional,
  seedIwf,
  seedStanford,
  stanfordLaion,
} from '../sources';
import { writeNumber } from '../text';
import type { CheckedDataset, Dataset, SeriesPoint, ShareRow, Source, Verification } from '../types';
import { AS_OF, mustDerive, roundedShare, year } from './common';

/** What the seed cites for every IWF figure: an "Annual Report 2025", which holds none of them. */
const iwfCited: readonly Source[] = [seedIwf];

/** The check of the IWF video counts (shared with the headline figure). */
export const iwfAiVideosCheck: Verification = {
  status: 'confirmed',
  note: 'The IWF gives 3,443 AI-generated videos in 2025 against 13 in 2024, in its report “Harm without limits” (24 March 2026), not in an Annual Report 2025 as the report says. One IWF blog rounds to 3,440; press also writes “260-fold”.',
  source: iwfHarmWithoutLimits,
};

/** AI-generated CSAM videos the IWF found: 13 in 2024, 3,443 in 2025. */
export const iwfAiVideos: CheckedDataset<Dataset<SeriesPoint>> = {
  id: 'iwfAiVideos',
  shape: 'series',
  title: 'AI-generated CSAM videos found by the IWF',
  description:
    'Videos of child sexual abuse material (CSAM) assessed by the Internet Watch Foundation as AI-generated, per year.',
  unit: 'videos',
  rows: [
    { period: /* @__PURE__ */ year(2024), value: 13 },
    { period: /* @__PURE__ */ year(2025), value: 3443 },
  ],
  sources: [iwfHarmWithoutLimits, policeProfessional],
  citedSources: iwfCited,
  verification: iwfAiVideosCheck,
  asOf: AS_OF,
  notes: ['The report’s “+26,385%” is computed from these two counts: 100 × (3,443 − 13) / 13 = 26,384.6.'],
};

const TWO_YEARS = 15036;
const IWF_2025_ITEMS = 8029;

/** The seed's 15,036 AI CSAM items over two years (shared with the headline figure). */
export const iwfTwoYearTotal = {
  period: { start: '2024-01-01', end: '2025-12-31', label: '2024–2025' },
  value: TWO_YEARS,
  verification: {
    status: 'unverified',
    note: 'No IWF document states 15,036. The IWF reports 8,029 realistic AI images and videos in 2025, 14% more than in 2024; 15,036 is likely the sum of the two years.',
  },
} satisfies SeriesPoint;

/** The seed's total of AI CSAM items over two years (15,036) beside the IWF's 2025 count (8,029). */
export const iwfAiItemsTotal: CheckedDataset<Dataset<SeriesPoint>> = {
  id: 'iwfAiItemsTotal',
  shape: 'series',
  title: 'AI-generated CSAM images and videos found by the IWF',
  description: 'Realistic AI-generated child sexual abuse images and videos found by the IWF.',
  unit: 'items',
  rows: [
    iwfTwoYearTotal,
    {
      period: /* @__PURE__ */ year(2025),
      value: IWF_2025_ITEMS,
      verification: {
        status: 'confirmed',
        note: 'IWF: 8,029 realistic AI-generated images and videos in 2025, up 14% on 2024.',
        source: iwfHarmWithoutLimits,
      },
    },
  ],
  sources: [iwfHarmWithoutLimits],
  citedSources: iwfCited,
  verification: {
    status: 'unverified',
    note: 'The two-year total of 15,036 is not stated by the IWF; the 2025 count of 8,029 is.',
  },
  asOf: AS_OF,
  notes: [
    'The two rows overlap (2025 lies within 2024–2025): never add them up, and never read them as a series.',
    /* @__PURE__ */ impliedTotalNote(),
  ],
};

/** What 15,036 would mean if it were the sum of 2024 and 2025: computed, so it follows the figures. */
/* @__NO_SIDE_EFFECTS__ */
function impliedTotalNote(): string {
  const implied2024 = difference(IWF_2025_ITEMS, TWO_YEARS);
  const rise = implied2024 === undefined ? undefined : percentChange(implied2024, IWF_2025_ITEMS);
  return `If ${writeNumber(TWO_YEARS)} is the sum of 2024 and 2025, the IWF’s 2024 count would be ${writeNumber(implied2024)}, and ${writeNumber(IWF_2025_ITEMS)} would be ${writeNumber(rise)}% more: close to the IWF’s “+14%”, not exact.`;
}

const AI_VIDEOS_2025 = 3443;
const AI_VIDEOS_CATEGORY_A = 2233;

/**
 * Category A (the most severe) share of AI videos (65%: 2,233 of 3,443, computed) and of non-AI videos (43%,
 * as the IWF gives it, with no counts).
 */
export const iwfSeverity: CheckedDataset<Dataset<ShareRow>> = {
  id: 'iwfSeverity',
  shape: 'shares',
  title: 'Category A share of AI and non-AI CSAM videos',
  description: 'Share of videos the IWF classified as Category A, the most severe category under UK law.',
  unit: 'percent',
  rows: [
    {
      label: 'AI-generated videos',
      percent: /* @__PURE__ */ roundedShare(
        AI_VIDEOS_CATEGORY_A,
        AI_VIDEOS_2025,
        'the Category A share of AI videos',
      ),
      of: 'AI-generated CSAM videos',
      part: AI_VIDEOS_CATEGORY_A,
      whole: AI_VIDEOS_2025,
      period: /* @__PURE__ */ year(2025),
    },
    { label: 'Non-AI videos', percent: 43, of: 'non-AI CSAM videos', period: /* @__PURE__ */ year(2025) },
  ],
  sources: [iwfHarmWithoutLimits, policeProfessional],
  citedSources: iwfCited,
  verification: {
    status: 'confirmed',
    note: 'Same IWF 2025 report: 65% of the 3,443 AI videos (2,233) were Category A, against 43% of non-AI videos.',
    source: iwfHarmWithoutLimits,
  },
  asOf: AS_OF,
  notes: [
    'The AI share is computed from the IWF’s counts (2,233 of 3,443 videos) and rounded as the IWF rounds it; the IWF gives the non-AI share without counts.',
  ],
};

/** The seed's 97% of AI CSAM victims depicted as girls (shared with the headline figure). */
export const iwfGirlsSeed = {
  label: 'Victims depicted as girls (as the report states)',
  percent: 97,
  of: 'victims depicted in AI CSAM, as the report states it (the IWF’s 2021 share for all imagery)',
  verification: {
    status: 'corrected',
    note: '97% girls is an IWF figure for 2021 and for all imagery, not AI imagery. For AI imagery the IWF gives 98% girls in 2024 and 94% in 2025.',
    value: 94,
    period: /* @__PURE__ */ year(2025),
    label: 'Victims depicted as girls in AI imagery, 2025',
    of: 'victims depicted in the AI CSAM the IWF assessed in 2025',
    source: iwfAi2025Girls,
  },
} satisfies ShareRow;

/** The seed's 97% of victims depicted as girls, with the IWF's AI-specific 98% (2024) and 94% (2025). */
export const iwfVictimSex: CheckedDataset<Dataset<ShareRow>> = {
  id: 'iwfVictimSex',
  shape: 'shares',
  title: 'Victims depicted as girls in CSAM',
  description: 'Share of the victims depicted who are girls.',
  unit: 'percent',
  rows: [
    iwfGirlsSeed,
    {
      label: 'Girls, AI imagery, 2024',
      percent: 98,
      of: 'victims depicted in AI CSAM',
      period: /* @__PURE__ */ year(2024),
      verification: {
        status: 'confirmed',
        note: 'IWF Annual Data & Insights Report 2024.',
        source: iwfAnnualData2024,
      },
    },
    {
      label: 'Girls, AI imagery, 2025',
      percent: 94,
      of: 'victims depicted in AI CSAM',
      period: /* @__PURE__ */ year(2025),
      verification: {
        status: 'confirmed',
        note: 'IWF figure for AI imagery in 2025; the check recorded no IWF document that states it.',
        source: iwfAi2025Girls,
      },
    },
  ],
  sources: [iwfAnnualReport2021, iwfAnnualData2024, iwfAi2025Girls],
  citedSources: iwfCited,
  verification: {
    status: 'corrected',
    note: 'The report’s 97% is the IWF’s 2021 figure for all imagery; see the AI-specific rows.',
    source: iwfAnnualReport2021,
  },
  asOf: AS_OF,
};

/** The dark-web forum study: 20,254 AI images in one month; the share realistic enough to prosecute. */
export interface ForumStudy extends Dataset<ShareRow> {
  /** AI-generated CSAM images posted to the forum in one month. */
  imagesInOneMonth: { value: number; unit: 'images'; label: string };
}

const REALISTIC = 2562;
const CRIMINAL = 2978;
const IMAGES_ASSESSED = 11108;
const IMAGES_POSTED = 20254;

/**
 * The seed's forum study: 20,254 AI-generated CSAM images in one dark-web forum in one month, 90% "realistic
 * enough to be prosecuted" (Stanford, the seed says). The check found the IWF's October 2023 report: 2,562 of
 * the 2,978 images assessed as criminal, a share computed here with `shareOf`, never typed in. The month of
 * the review is not recorded, so the figures carry no period.
 */
export const forumStudy: CheckedDataset<ForumStudy> = {
  id: 'forumStudy',
  shape: 'shares',
  title: 'AI-generated CSAM in one dark-web forum',
  description:
    'AI-generated child sexual abuse images posted to one dark-web forum in one month, and the share realistic enough to be treated as real CSAM under law.',
  unit: 'percent',
  imagesInOneMonth: {
    value: IMAGES_POSTED,
    unit: 'images',
    label: 'AI-generated CSAM images posted to one dark-web forum in one month',
  },
  rows: [
    {
      label: 'Realistic enough to be prosecuted (as the report states)',
      percent: 90,
      of: 'AI images in the forum, as the report states it',
      verification: {
        status: 'corrected',
        note: /* @__PURE__ */ forumShareNote(),
        value: /* @__PURE__ */ roundedShare(REALISTIC, CRIMINAL, 'the forum study’s realistic share'),
        label: 'Realistic enough to be treated as real CSAM under UK law',
        of: /* @__PURE__ */ forumDenominator(),
        part: REALISTIC,
        whole: CRIMINAL,
        source: iwfForumReport2023,
      },
    },
  ],
  sources: [iwfForumReport2023],
  citedSources: [seedStanford],
  verification: {
    status: 'corrected',
    note: 'Publisher and percentage corrected: the 20,254 images and the share come from the IWF’s October 2023 forum report. Stanford’s related finding is different: 3,226 suspected CSAM images in the LAION-5B training set, 1,008 validated externally (December 2023).',
    source: iwfForumReport2023,
  },
  asOf: AS_OF,
  notes: /* @__PURE__ */ forumNotes(),
};

/** The check's note on the forum study's share, with the share computed from the publisher's counts. */
/* @__NO_SIDE_EFFECTS__ */
function forumShareNote(): string {
  return `The study is the IWF’s (October 2023), not Stanford’s. Of ${writeNumber(CRIMINAL)} images assessed as criminal, ${writeNumber(REALISTIC)} were realistic enough to be treated as real CSAM under UK law: ${writeNumber(shareOf(REALISTIC, CRIMINAL), 0)}%, not 90%.`;
}

/** What the publisher's share is of, with its count. */
/* @__NO_SIDE_EFFECTS__ */
function forumDenominator(): string {
  return `the ${writeNumber(CRIMINAL)} AI images the IWF assessed as criminal`;
}

/* @__NO_SIDE_EFFECTS__ */
function forumNotes(): string[] {
  return [
    `Publisher’s counts: ${writeNumber(REALISTIC)} realistic of ${writeNumber(CRIMINAL)} assessed as criminal; the publisher’s share is computed from them.`,
    `Denominators: of the ${writeNumber(IMAGES_POSTED)} images posted, the IWF assessed ${writeNumber(IMAGES_ASSESSED)}; ${writeNumber(CRIMINAL)} of those were criminal. The share is of the criminal images, not of all images posted.`,
    `Related Stanford finding: ${stanfordLaion.title}.`,
  ];
}

/** The percent change behind the seed's headline "26,385%", computed from `iwfAiVideos`; throws if it cannot be. */
/* @__NO_SIDE_EFFECTS__ */
export function iwfVideoSurge(): number {
  const [first, last] = iwfAiVideos.rows;
  return mustDerive(first && last ? percentChange(first.value, last.value) : undefined, 'the video surge');
}
