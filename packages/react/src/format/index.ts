export type { FormatOptions, Notation } from './format';
export {
  formatNumber,
  formatPercent,
  formatPercentChange,
  formatValue,
  monthOf,
  periodName,
  safeLocale,
  yearName,
} from './format';
