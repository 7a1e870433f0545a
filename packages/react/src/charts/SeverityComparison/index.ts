export type { SeverityBar, SeverityLayout } from './layout';
export { layoutSeverity } from './layout';
export type { SeverityComparisonProps } from './SeverityComparison';
export { SeverityComparison } from './SeverityComparison';
