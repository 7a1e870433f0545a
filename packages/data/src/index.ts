/**
 * @safeguard-charts/data: the figures of the report "The AI-CSAM Explosion" on AI-generated child sexual abuse
 * material (CSAM), typed, each with its unit, period and sources, and with what a check against its publisher
 * found. Named exports only; types are exported with `export type`.
 * @packageDocumentation
 */
export type { AnyDataset } from './catalog';
export { datasets } from './catalog';
export type { CsvDatasetOptions, CsvDatasets, CsvRead, CsvResult, CsvShape } from './csv/read';
export {
  CSV_COLUMN_NAMES,
  CSV_COLUMNS,
  csvRows,
  decodeSpreadsheet,
  parseCsvDataset,
  parseCsvNumber,
  parseCsvPeriod,
} from './csv/read';
export type { SpreadsheetLanguage } from './csv/spreadsheet/words';
export { SPREADSHEET_LANGUAGES, SPREADSHEET_WORDS } from './csv/spreadsheet/words';
export type { CsvCellOptions, CsvFormat, CsvOptions, FlatRecord, FlattenableDataset } from './csv/write';
export { CSV_BOM, csvCell, csvFormatFor, csvLines, flattenDataset, toCsv } from './csv/write';
export type { ForumStudy, LegislationDataset } from './datasets';
export {
  AS_OF,
  amazonTrainingDataReports,
  csamHosting,
  EU_MEMBERS,
  forumStudy,
  headlineStats,
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
export type { OwnDataset, OwnLaw } from './define';
export {
  defineHosting,
  defineLegislation,
  defineProviderReports,
  defineSeries,
  defineShares,
} from './define';
export { difference, percentChange, ratio, roundTo, shareOf, sum } from './derive';
export type { FigureSource } from './figures';
export { withFigures } from './figures';
export { ISO_3166_COUNTRIES } from './iso3166';
export type { DatasetText, DatasetWords } from './localize';
export { datasetTexts, localizeDataset } from './localize';
export type { PeriodChange, PeriodOptions, RefusedChange } from './periods';
export {
  calendarYear,
  comparablePeriods,
  dateRange,
  half,
  likeForLikeChange,
  month,
  periodDays,
  periodMonths,
  quarter,
} from './periods';
export type {
  Found,
  FoundKind,
  ProblemCode,
  ProblemLike,
  ProblemParams,
  ProblemPlace,
  ProblemText,
  ProblemWords,
} from './problems';
export {
  FOUND_KINDS,
  foundOf,
  NOTICE_CODES,
  PROBLEM_CODES,
  PROBLEM_WORDS,
  problemText,
  problemTextOf,
} from './problems';
export type {
  NotedDataset,
  OwnFigureParts,
  Provenance,
  PublisherFigure,
  SourceLineModel,
  SourceLineOptions,
  SourceLinePart,
  SourceWords,
  WriteFigure,
} from './sourceLine';
export {
  checkCell,
  checkLines,
  checkNote,
  citation,
  citationText,
  figureNotes,
  joinSentences,
  publisherFigure,
  publisherFigures,
  publisherFigureText,
  rowLabel,
  SOURCE_LINE_WORDS,
  shortPublisher,
  sourceLine,
  sourceLineModel,
  sourceLineParts,
  sourceLineSentences,
  statusSummary,
} from './sourceLine';
export { checkedSources, seedSources, sources } from './sources';
export { isVerificationStatus, STATUS_WORDS, statusWord, VERIFICATION_STATUSES } from './status';
export type {
  CheckedDataset,
  Dataset,
  DatasetShape,
  HeadlineStat,
  HostingAggregate,
  HostingDataset,
  HostingRow,
  KnownLawStatus,
  KnownUnit,
  Law,
  LawStatus,
  Period,
  Problem,
  ProviderReport,
  SeriesGap,
  SeriesPoint,
  ShareRow,
  Source,
  Unit,
  ValidationResult,
  Verification,
  VerificationStatus,
} from './types';
export { DATASET_SHAPES, GAP_REASONS, KNOWN_LAW_STATUSES, KNOWN_UNITS } from './types';
export { validateDataset } from './validate/dataset';
export { isIsoDate } from './validate/fields';
export { isIsoAlpha3, toAlpha3, validateHosting } from './validate/hosting';
export { validateLegislation } from './validate/legislation';
export { validateProviderReports } from './validate/providers';
export { validateSeries } from './validate/series';
export { validateShares } from './validate/shares';
