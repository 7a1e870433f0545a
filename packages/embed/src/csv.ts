// The spreadsheet reader and the problem words, fetched when a page gives its own figures as CSV.
export { parseCsvDataset, problemText } from '@safeguard-charts/data';
