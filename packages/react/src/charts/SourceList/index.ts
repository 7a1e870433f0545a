export type { SourceListProps } from './SourceList';
export { SourceList } from './SourceList';
