export type { FormatOptions, Notation } from './format';
export { formatNumber, formatPercent, formatPercentChange, formatValue, safeLocale } from './format';
