// After tsup: writes every dataset as json/<id>.json (the full dataset, provenance included) and csv/<id>.csv,
// for sites that don't use JavaScript modules, and the headline figures as json/headlineStats.json and
// csv/headlineStats.csv. Uses the package's own build, so the files hold exactly what the
// code exports, and the CSV goes through the same tested `toCsv` (RFC 4180, formula cells escaped). A dataset
// that does not pass its validator stops the build before anything is written.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasets, headlineStats, sources, toCsv, validateDataset } from '../dist/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const problems = datasets.flatMap((dataset) =>
  validateDataset(dataset).problems.map((problem) => `${dataset.id}: ${problem.message}`),
);
if (problems.length) {
  console.error(
    `Not writing JSON and CSV: ${problems.length} problem(s) in the data.\n${problems.join('\n')}`,
  );
  process.exit(1);
}

for (const dir of ['json', 'csv']) {
  rmSync(path.join(root, dir), { recursive: true, force: true });
  mkdirSync(path.join(root, dir));
}
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
for (const dataset of datasets) {
  writeFileSync(path.join(root, 'json', `${dataset.id}.json`), json(dataset));
  writeFileSync(path.join(root, 'csv', `${dataset.id}.csv`), toCsv(dataset));
}
writeFileSync(path.join(root, 'json', 'headlineStats.json'), json(headlineStats));
writeFileSync(path.join(root, 'csv', 'headlineStats.csv'), headlineCsv());
writeFileSync(path.join(root, 'json', 'sources.json'), json(sources));
console.log(
  `Wrote ${datasets.length} datasets as JSON and CSV, plus headlineStats.json and .csv, and sources.json.`,
);

/**
 * The headline figures in the datasets' columns, one line each, each with its own sources, check and month
 * (its dataset's), and a note naming the dataset it comes from: every line goes through `toCsv` as a
 * one-figure dataset, and the header is written once.
 */
function headlineCsv() {
  const byId = new Map(datasets.map((dataset) => [dataset.id, dataset]));
  const units = { percent: 'percent', 'percent-change': 'percent change' };
  return headlineStats
    .map((stat, i) => {
      const dataset = byId.get(stat.datasetId);
      const from = stat.format === 'percent-change' ? 'Computed from the dataset' : 'From the dataset';
      const text = toCsv(
        {
          unit: units[stat.format] ?? dataset?.unit,
          rows: [{ label: stat.label, value: stat.value, verification: stat.verification }],
          sources: stat.sources,
          citedSources: stat.citedSources,
          asOf: dataset?.asOf,
          notes: [`${from} ${stat.datasetId} (${stat.id}).`],
        },
        { bom: i === 0 },
      );
      return i === 0 ? text : text.slice(text.indexOf('\r\n') + 2);
    })
    .join('');
}
