export type { PlacedAnnotation, TimelineAnnotation, TimelineLayout } from './layout';
export { layoutTimeline, pinnedAnnotations } from './layout';
export type { NcmecTimelineProps } from './NcmecTimeline';
export { NcmecTimeline } from './NcmecTimeline';
