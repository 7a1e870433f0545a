import {
  iwfAnnualReport2021,
  iwfHarmWithoutLimits,
  nytAiImagesFlooding,
  policeProfessional,
  seedIwf,
} from '../sources';
import type { HeadlineStat } from '../types';
import { iwfAiVideosCheck, iwfGirlsSeed, iwfTwoYearTotal, iwfVideoSurge } from './iwf';
import { ncmecCited, ncmecH1_2025 } from './ncmec';

const iwfCited = [seedIwf];

/**
 * The four headline figures at the top of the seed page (26,385%, 15,036, 485,000, 97%), each taken from its
 * dataset, the first computed from `iwfAiVideos`, each with the document that holds it (none was found for
 * 15,036), what the seed cites, and that figure's check. Labels say what is counted; the seed's own words are
 * kept in `seedLabel`.
 */
export const headlineStats: readonly HeadlineStat[] = /* @__PURE__ */ buildHeadlineStats();

// Built by a pure call, so a bundle that imports something else from this package drops it and its datasets.
function buildHeadlineStats(): HeadlineStat[] {
  return [
    {
      id: 'ai-video-surge',
      value: iwfVideoSurge(),
      format: 'percent-change',
      label: 'increase in AI-generated CSAM videos the IWF found, 2024 to 2025',
      seedLabel: 'increase in AI-generated CSAM videos',
      datasetId: 'iwfAiVideos',
      sources: [iwfHarmWithoutLimits, policeProfessional],
      citedSources: iwfCited,
      verification: iwfAiVideosCheck,
    },
    {
      id: 'ai-items-two-years',
      value: iwfTwoYearTotal.value,
      format: 'number',
      label: 'AI CSAM images and videos found by the IWF in 2024 and 2025 together, as the report states',
      seedLabel: 'total AI CSAM items found (2 years)',
      datasetId: 'iwfAiItemsTotal',
      sources: [],
      citedSources: iwfCited,
      verification: iwfTwoYearTotal.verification,
    },
    {
      id: 'ncmec-h1-2025',
      value: ncmecH1_2025.value,
      format: 'number',
      label: 'CyberTipline reports to NCMEC involving generative AI, H1 2025 (January to June)',
      seedLabel: 'NCMEC AI-CSAM reports (H1 2025)',
      datasetId: 'ncmecAiReports',
      sources: [nytAiImagesFlooding],
      citedSources: ncmecCited,
      verification: ncmecH1_2025.verification,
    },
    {
      id: 'victims-girls',
      value: iwfGirlsSeed.percent,
      format: 'percent',
      label: 'of victims depicted as girls, as the report states (the IWF’s 2021 share for all CSAM)',
      seedLabel: 'of AI CSAM victims depicted as girls',
      datasetId: 'iwfVictimSex',
      sources: [iwfAnnualReport2021],
      citedSources: iwfCited,
      verification: iwfGirlsSeed.verification,
    },
  ];
}
