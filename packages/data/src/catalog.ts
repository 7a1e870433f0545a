import {
  amazonTrainingDataReports,
  csamHosting,
  forumStudy,
  iwfAiItemsTotal,
  iwfAiVideos,
  iwfSeverity,
  iwfVictimSex,
  legislation,
  ncmecAiReports,
  ncmecH1Comparison,
  ncmecProviderReports,
  openAiH1Content,
  openAiH1Reports,
} from './datasets';

/**
 * Every dataset of the package, in the order of the report. Importing this pulls in all of them; import a
 * dataset by name to keep a bundle small.
 */
export const datasets = [
  iwfAiVideos,
  iwfAiItemsTotal,
  iwfSeverity,
  iwfVictimSex,
  forumStudy,
  ncmecAiReports,
  ncmecH1Comparison,
  amazonTrainingDataReports,
  openAiH1Reports,
  openAiH1Content,
  ncmecProviderReports,
  csamHosting,
  legislation,
] as const;

/** Any dataset of the package. */
export type AnyDataset = (typeof datasets)[number];
