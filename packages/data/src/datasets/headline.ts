import type { HeadlineStat, SeriesPoint, ShareRow } from '../types';
import { iwfAiItemsTotal, iwfAiVideos, iwfVictimSex, iwfVideoSurge } from './iwf';
import { ncmecAiReports } from './ncmec';

const h1: SeriesPoint | undefined = ncmecAiReports.rows.find((row) => row.period.partial);
const items: SeriesPoint | undefined = iwfAiItemsTotal.rows[0];
const girls: ShareRow | undefined = iwfVictimSex.rows[0];

/** The four headline figures at the top of the seed page, each taken from (or computed from) its dataset. */
export const headlineStats: readonly HeadlineStat[] = [
  {
    id: 'ai-video-surge',
    value: iwfVideoSurge() ?? 0,
    format: 'percent-change',
    label: 'increase in AI-generated CSAM videos',
    datasetId: iwfAiVideos.id,
    sources: iwfAiVideos.sources,
    verification: iwfAiVideos.verification,
  },
  {
    id: 'ai-items-two-years',
    value: items?.value ?? 0,
    format: 'number',
    label: 'total AI CSAM items found (2 years)',
    datasetId: iwfAiItemsTotal.id,
    sources: iwfAiItemsTotal.sources,
    verification: items?.verification ?? iwfAiItemsTotal.verification,
  },
  {
    id: 'ncmec-h1-2025',
    value: h1?.value ?? 0,
    format: 'number',
    label: 'NCMEC AI-CSAM reports (H1 2025)',
    datasetId: ncmecAiReports.id,
    sources: ncmecAiReports.sources,
    verification: h1?.verification ?? ncmecAiReports.verification,
  },
  {
    id: 'victims-girls',
    value: girls?.percent ?? 0,
    format: 'percent',
    label: 'of AI CSAM victims depicted as girls',
    datasetId: iwfVictimSex.id,
    sources: iwfVictimSex.sources,
    verification: girls?.verification ?? iwfVictimSex.verification,
  },
];
