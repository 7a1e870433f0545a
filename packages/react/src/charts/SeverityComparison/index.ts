export type { SeverityComparisonProps } from './SeverityComparison';
export { SeverityComparison } from './SeverityComparison';
export type { SeverityBar, SeverityLayout } from './useSeverityComparison';
export { layoutSeverity } from './useSeverityComparison';
