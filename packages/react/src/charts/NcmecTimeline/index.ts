export type { NcmecTimelineProps, TimelineAnnotation } from './NcmecTimeline';
export { NcmecTimeline } from './NcmecTimeline';
