// The spreadsheet reader and the problem words, fetched when a page gives its own figures as CSV.
import { parseCsvDataset, problemText } from '@safeguard-charts/data';

export { parseCsvDataset, problemText };
