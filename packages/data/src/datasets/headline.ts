import { seedIwf } from '../sources';
import type { HeadlineStat } from '../types';
import { iwfAiVideosCheck, iwfGirlsSeed, iwfTwoYearTotal, iwfVideoSurge } from './iwf';
import { ncmecH1_2025, ncmecSources } from './ncmec';

// Built from shared constants, without reading properties at module level, so a bundle that imports
// something else from this package drops the datasets.
const iwfSources = [seedIwf];

/** The four headline figures at the top of the seed page, each taken from (or computed from) its dataset. */
export const headlineStats: readonly HeadlineStat[] = [
  {
    id: 'ai-video-surge',
    value: /* @__PURE__ */ iwfVideoSurge() ?? 0,
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
