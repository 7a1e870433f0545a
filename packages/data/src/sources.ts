import { AS_OF } from './datasets/common';
import type { Source } from './types';

/*
 * Every source named by the seed page ("The AI-CSAM Explosion") and every source the check of its figures
 * found (checked in November 2026, `AS_OF`; each has `accessed` set to that month). A URL appears only where
 * the check or a later search found the publisher's own page (never a copy), and a publication date only where
 * the seed, the check or that page gave one.
 */

// --- as the seed names them ------------------------------------------------------------------------------
export const seedIwf: Source = {
  publisher: 'Internet Watch Foundation (IWF)',
  title: 'Annual Report 2025',
  published: '2025',
};
export const seedNcmec: Source = {
  publisher: 'National Center for Missing & Exploited Children (NCMEC)',
  title: '2023–2025 data',
  published: '2025',
};
export const seedStanford: Source = {
  publisher: 'Stanford Internet Observatory / Cyberlaw',
  title: 'Stanford Internet Observatory / Cyberlaw',
};
export const seedFortune: Source = { publisher: 'Fortune', title: 'AI platform NCMEC reporting data' };
export const seedThorn: Source = {
  publisher: 'Thorn',
  title: 'Technology to defend children from sexual abuse',
};

// --- what the check found -----------------------------------------------------------------------------------
export const iwfHarmWithoutLimits: Source = {
  publisher: 'Internet Watch Foundation (IWF)',
  title: '“Harm without limits” (report on AI child sexual abuse material in 2025)',
  url: 'https://www.iwf.org.uk/aireport',
  published: '2026-03-24',
  accessed: AS_OF,
};
export const policeProfessional: Source = {
  publisher: 'Police Professional',
  title: 'IWF reports sharp rise in AI-generated child sexual abuse material online',
  url: 'https://policeprofessional.com/?p=143399',
  published: '2026-03-26',
  accessed: AS_OF,
};
export const iwfAnnualData2024: Source = {
  publisher: 'Internet Watch Foundation (IWF)',
  title: 'Annual Data & Insights Report 2024',
  url: 'https://www.iwf.org.uk/annual-data-insights-report-2024/data-and-insights/where-our-reports-come-from/',
  published: '2025-04',
  accessed: AS_OF,
};
export const iwfAnnualReport2021: Source = {
  publisher: 'Internet Watch Foundation (IWF)',
  title: 'Annual Report 2021',
  url: 'https://www.iwf.org.uk/about-us/who-we-are/annual-report-2021/',
  published: '2022-04-26',
  accessed: AS_OF,
};
export const iwfAi2025Girls: Source = {
  publisher: 'Internet Watch Foundation (IWF)',
  title: 'IWF figures on AI imagery in 2025 (document not recorded by the check)',
  accessed: AS_OF,
};
export const iwfForumReport2023: Source = {
  publisher: 'Internet Watch Foundation (IWF)',
  title: 'How AI is being abused to create child sexual abuse imagery (report on one dark-web forum)',
  url: 'https://www.iwf.org.uk/about-us/why-we-exist/our-research/how-ai-is-being-abused-to-create-child-sexual-abuse-imagery/',
  published: '2023-10',
  accessed: AS_OF,
};
export const stanfordLaion: Source = {
  publisher: 'Stanford Internet Observatory',
  title: 'Identifying and eliminating CSAM in generative ML training data and models (LAION-5B)',
  url: 'https://purl.stanford.edu/kh752sm9123',
  published: '2023-12-20',
  accessed: AS_OF,
};
export const ncmecCyberTipline2023: Source = {
  publisher: 'National Center for Missing & Exploited Children (NCMEC)',
  title: 'CyberTipline 2023 data',
  accessed: AS_OF,
};
export const nytAiImagesFlooding: Source = {
  publisher: 'The New York Times',
  title: 'A.I.-Generated Images of Child Sexual Abuse Are Flooding the Internet',
  published: '2025-07',
  accessed: AS_OF,
};
export const press2024NcmecAi: Source = {
  publisher: 'The New York Times; Bloomberg',
  title: 'Press reports of NCMEC’s 2024 count of AI-related reports',
  accessed: AS_OF,
};
export const ncmecSpikeBlog: Source = {
  publisher: 'National Center for Missing & Exploited Children (NCMEC)',
  title: 'Spike in online crimes against children a “wake-up call”',
  url: 'https://www.missingkids.org/blog/2025/spike-in-online-crimes-against-children-a-wake-up-call',
  published: '2025',
  accessed: AS_OF,
};
export const nbcNcmecNineMonths: Source = {
  publisher: 'NBC News',
  title: 'The AI child exploitation crisis is here',
  url: 'https://www.nbcnews.com/tech/security/ai-child-exploitation-crisis-rcna259409',
  published: '2026-02-28',
  accessed: AS_OF,
};
export const pressAmazonTrainingData: Source = {
  publisher: 'Press reports',
  title: 'Amazon’s reports to NCMEC of known CSAM found in AI training data',
  accessed: AS_OF,
};
export const anthropicTransparency: Source = {
  publisher: 'Anthropic',
  title: 'Transparency report (CSAM reports to NCMEC, April 2024–March 2025)',
  accessed: AS_OF,
};
export const wiredOpenAi: Source = {
  publisher: 'Wired',
  title:
    'OpenAI’s child exploitation reports increased sharply this year (OpenAI’s own figures, H1 2025 vs H1 2024)',
  accessed: AS_OF,
};
export const congressS1829: Source = {
  publisher: 'U.S. Congress',
  title: 'S.1829, STOP CSAM Act of 2025 (119th Congress)',
  url: 'https://www.congress.gov/bill/119th-congress/senate-bill/1829/text',
  accessed: AS_OF,
};
export const congressS3021: Source = {
  publisher: 'U.S. Congress',
  title: 'S.3021, ENFORCE Act (119th Congress)',
  accessed: AS_OF,
};
export const congressTakeItDown: Source = {
  publisher: 'U.S. Congress',
  title: 'TAKE IT DOWN Act (Public Law, signed 19 May 2025)',
  published: '2025-05-19',
  accessed: AS_OF,
};
export const ukCrimeAndPolicingAct: Source = {
  publisher: 'UK Parliament',
  title: 'Crime and Policing Act 2026',
  published: '2026-04-29',
  accessed: AS_OF,
};

/** The numbered source list of the seed page, in its order. */
export const seedSources: readonly Source[] = [seedIwf, seedNcmec, seedStanford, seedFortune, seedThorn];

/** The sources the check of the seed's figures found at the publishers. */
export const checkedSources: readonly Source[] = [
  iwfHarmWithoutLimits,
  policeProfessional,
  iwfAnnualData2024,
  iwfAnnualReport2021,
  iwfAi2025Girls,
  iwfForumReport2023,
  stanfordLaion,
  ncmecCyberTipline2023,
  press2024NcmecAi,
  ncmecSpikeBlog,
  nytAiImagesFlooding,
  nbcNcmecNineMonths,
  pressAmazonTrainingData,
  anthropicTransparency,
  wiredOpenAi,
  congressTakeItDown,
  congressS1829,
  congressS3021,
  ukCrimeAndPolicingAct,
];

/** Every source: the seed's numbered list, then those the check found. */
export const sources: { readonly seed: readonly Source[]; readonly checked: readonly Source[] } = {
  seed: seedSources,
  checked: checkedSources,
};
