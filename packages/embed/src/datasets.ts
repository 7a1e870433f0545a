// The data package's datasets, fetched when a page names one (`dataset="ncmecProviderReports"`).
import { datasets } from '@safeguard-charts/data';

export { datasets };
