import { seedIwf } from '../sources';
import type { HeadlineStat } from '../types';
import { iwfAiVideosCheck, iwfGirlsSeed, iwfTwoYearTotal, iwfVideoSurge } from './iwf';
import { ncmecH1_2025, ncmecSources } from './ncmec';

const iwfSources = [seedIwf];

/**
 * The four headline figures at the top of the seed page (26,385%, 15,036, 485,000, 97%), each taken from its
 * dataset, the first computed from `iwfAiVideos`, each with the seed's source and that figure's check.
 */
export const headlineStats: readonly HeadlineStat[] = /* @__PURE__ */ buildHeadlineStats();

// Built by a pure call, so a bundle that imports something else from this package drops it and its datasets.
function buildHeadlineStats(): HeadlineStat[] {
  return [
    {
      id: 'ai-video-surge',
      value: iwfVideoSurge() ?? 0,
      format: 'percent-change',
      label: 'increase in AI-generated CSAM videos',
      datasetId: 'iwfAiVideos',
      sources: iwfSources,
      verification: iwfAiVideosCheck,
    },
    {
      id: 'ai-items-two-years',
      value: iwfTwoYearTotal.value,
      format: 'number',
      label: 'total AI CSAM items found (2 years)',
      datasetId: 'iwfAiItemsTotal',
      sources: iwfSources,
      verification: iwfTwoYearTotal.verification,
    },
    {
      id: 'ncmec-h1-2025',
      value: ncmecH1_2025.value,
      format: 'number',
      label: 'NCMEC AI-CSAM reports (H1 2025)',
      datasetId: 'ncmecAiReports',
      sources: ncmecSources,
      verification: ncmecH1_2025.verification,
    },
    {
      id: 'victims-girls',
      value: iwfGirlsSeed.percent,
      format: 'percent',
      label: 'of AI CSAM victims depicted as girls',
      datasetId: 'iwfVictimSex',
      sources: iwfSources,
      verification: iwfGirlsSeed.verification,
    },
  ];
}
