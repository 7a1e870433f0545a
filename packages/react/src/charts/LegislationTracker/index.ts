export type { LegislationTrackerProps } from './LegislationTracker';
export { LegislationTracker, STATUS_LABEL } from './LegislationTracker';
