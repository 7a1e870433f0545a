// After tsup: writes every dataset as json/<id>.json (the full dataset, provenance included) and csv/<id>.csv,
// for sites that don't use JavaScript modules. Uses the package's own build, so the files hold exactly what the
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
writeFileSync(path.join(root, 'json', 'sources.json'), json(sources));
console.log(`Wrote ${datasets.length} datasets as JSON and CSV, plus headlineStats.json and sources.json.`);
