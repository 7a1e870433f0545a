export { AS_OF } from './common';
export { headlineStats } from './headline';
export { csamHosting, EU_MEMBERS } from './hosting';
export type { ForumStudy } from './iwf';
export { forumStudy, iwfAiItemsTotal, iwfAiVideos, iwfSeverity, iwfVictimSex } from './iwf';
export type { LegislationDataset } from './legislation';
export { legislation } from './legislation';
export {
  amazonTrainingDataReports,
  ncmecAiReports,
  ncmecH1Comparison,
  ncmecProviderReports,
  openAiH1Content,
  openAiH1Reports,
} from './ncmec';
