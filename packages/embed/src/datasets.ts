// The data package's datasets, fetched when a page names one (`dataset="ncmecProviderReports"`).
export { datasets } from '@safeguard-charts/data';
