// After tsup: writes every dataset as json/<id>.json (with its provenance) and csv/<id>.csv, for sites that
// don't use TypeScript. Uses the package's own build, so the files hold exactly what the code exports.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasets, headlineStats, sources, toCsv } from '../dist/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
for (const dir of ['json', 'csv']) {
  rmSync(path.join(root, dir), { recursive: true, force: true });
  mkdirSync(path.join(root, dir));
}
for (const dataset of datasets) {
  writeFileSync(path.join(root, 'json', `${dataset.id}.json`), `${JSON.stringify(dataset, null, 2)}\n`);
  writeFileSync(path.join(root, 'csv', `${dataset.id}.csv`), toCsv(dataset));
}
writeFileSync(path.join(root, 'json', 'headlineStats.json'), `${JSON.stringify(headlineStats, null, 2)}\n`);
writeFileSync(path.join(root, 'json', 'sources.json'), `${JSON.stringify(sources, null, 2)}\n`);
console.log(`Wrote ${datasets.length} datasets as JSON and CSV, plus headlineStats.json and sources.json.`);
