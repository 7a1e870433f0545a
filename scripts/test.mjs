// The one test command (`pnpm test`): every check this repository has, in order, then one summary line.
//   1. Debian's Chromium for the browser tests (installed when missing and root)
//   2. build the packages (data first: the react package and the pack test use its dist)
//   3. lint and format check (Biome), typecheck (tsc, strict), API reports (API Extractor) unchanged
//   4. a static Storybook build that holds the Introduction, Data and Using the charts pages; its docs pages in
//      Chromium (no raw Markdown) and every story in Firefox ESR (renders, no NaN, labels inside and apart)
//   5. a registry round trip (scripts/registry-roundtrip.mjs): Verdaccio on 127.0.0.1, changesets' own
//      version and publish steps from a copy of the working tree, a fresh npm app pinned to the published
//      packages, a patch that corrects one figure: the pinned app keeps the old figure, a raised pin shows the new
//   6. Vitest: data unit tests, the pack-and-install test, React tests, every Storybook story in Chromium with axe
// It ends with `N passed, N failed`, counting every Vitest test plus each static check above.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pnpmCommand } from './pnpm.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pnpm = pnpmCommand();

function run(label, cmd, args) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  console.log(`${ok ? '✔' : '✖'} ${label}${ok ? '' : ` (exit ${r.status ?? r.signal})`}`);
  return ok;
}

const checks = [];
const chromiumOk = run('Chromium for browser tests', 'sh', ['scripts/ensure-chromium.sh']);
checks.push(['chromium', chromiumOk]);
// Firefox ESR for the embed's Firefox tests (tests/embed/firefox.test.ts), driven over WebDriver BiDi.
const firefoxOk = run('Firefox ESR for browser tests', 'sh', ['scripts/ensure-firefox.sh']);
checks.push(['firefox', firefoxOk]);
// LibreOffice Calc for the spreadsheet test (tests/data/csv-libreoffice.test.ts), run headless.
const libreofficeOk = run('LibreOffice for the spreadsheet test', 'sh', ['scripts/ensure-libreoffice.sh']);
checks.push(['libreoffice', libreofficeOk]);
const buildOk = run('build packages', pnpm[0], [...pnpm.slice(1), 'run', 'build']);
checks.push(['build', buildOk]);
checks.push(['lint', run('lint and format (biome)', pnpm[0], [...pnpm.slice(1), 'run', 'lint'])]);
checks.push(['typecheck', run('typecheck (tsc)', pnpm[0], [...pnpm.slice(1), 'run', 'typecheck'])]);
// The public API of each package must match its committed report (packages/*/etc/*.api.md): a change to it is
// deliberate, made with `pnpm api` and reviewed in the diff.
checks.push([
  'API reports',
  buildOk &&
    run('API reports up to date (API Extractor)', pnpm[0], [...pnpm.slice(1), '-r', 'run', 'api:check']),
]);

const out = mkdtempSync(path.join(tmpdir(), 'sg-vitest-'));

// Storybook must build statically, with its docs pages (MDX is not part of the story tests).
const storybookDir = path.join(out, 'storybook-static');
let storybookOk = run('static Storybook build', pnpm[0], [
  ...pnpm.slice(1),
  'exec',
  'storybook',
  'build',
  '--quiet',
  '-o',
  storybookDir,
]);
if (storybookOk) {
  const { entries } = JSON.parse(readFileSync(path.join(storybookDir, 'index.json'), 'utf8'));
  const missing = [
    'introduction--docs',
    'data--docs',
    'using-the-charts--docs',
    'about-this-version--docs',
    'your-spreadsheet--docs',
  ].filter((id) => !entries[id]);
  if (missing.length) console.log(`✖ Storybook is missing the docs pages: ${missing.join(', ')}`);
  // Its title names the version of the packages it documents (.storybook/manager.ts).
  const { version } = JSON.parse(readFileSync(path.join(root, 'packages/react/package.json'), 'utf8'));
  const titled = readdirSync(storybookDir, { recursive: true })
    .filter((file) => String(file).endsWith('.js') && String(file).includes('manager'))
    .some((file) => {
      const code = readFileSync(path.join(storybookDir, String(file)), 'utf8');
      return (
        code.includes('brandTitle:`Safeguard Charts ${') &&
        (code.includes(`version:"${version}"`) || code.includes(`"version":"${version}"`))
      );
    });
  if (!titled)
    console.log(`✖ Storybook's manager bundle does not carry its title with the version ${version}`);
  storybookOk = missing.length === 0 && titled;
}
checks.push(['storybook build', storybookOk]);
// Every docs page renders in Chromium and shows no raw Markdown (MDX needs GitHub-flavoured Markdown for tables).
if (storybookOk && chromiumOk)
  checks.push([
    'docs pages',
    run('docs pages render without raw Markdown (Chromium)', 'node', [
      'scripts/check-docs-pages.mjs',
      storybookDir,
    ]),
  ]);
// The report printed to an A4 PDF in Chromium and Firefox ESR and read back: every chart whole on its page, no button printed.
if (storybookOk && chromiumOk)
  checks.push([
    'report in print',
    run('the report printed to PDF, chart by chart (Chromium and Firefox ESR, pdf.js)', 'node', [
      'scripts/check-print.mjs',
      storybookDir,
    ]),
  ]);
// Every story in Firefox ESR too: it renders, writes no NaN, and no label leaves its chart or runs into another.
if (storybookOk && firefoxOk)
  checks.push([
    'stories in Firefox',
    run('every story in Firefox ESR (WebDriver BiDi)', 'node', ['scripts/firefox-stories.mjs', storybookDir]),
  ]);
// A real registry round trip: changesets publishes to Verdaccio, a fresh app installs, a corrected figure follows.
checks.push([
  'registry round trip',
  run('registry round trip (Verdaccio)', 'node', ['scripts/registry-roundtrip.mjs']),
]);
const report = path.join(out, 'report.json');
let passed = 0;
let failed = 0;
let skipped = 0;
if (buildOk) {
  const projects = chromiumOk ? [] : ['--project', 'data', '--project', 'react'];
  run('vitest (data, pack, embed, react, storybook stories in Chromium)', pnpm[0], [
    ...pnpm.slice(1),
    'exec',
    'vitest',
    'run',
    ...projects,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed = json.numPassedTests;
    failed = json.numFailedTests;
    skipped = json.numPendingTests + json.numTodoTests;
    // A test file that fails to load has no test in it to count: count the file as a failure.
    failed += json.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  } catch (error) {
    console.error(`No Vitest report was written (${error.message}).`);
    failed += 1;
  }
}
rmSync(out, { recursive: true, force: true });

const failedChecks = checks.filter(([, ok]) => !ok).map(([name]) => name);
passed += checks.length - failedChecks.length;
failed += failedChecks.length;
console.log('');
if (failedChecks.length) console.log(`Failed checks: ${failedChecks.join(', ')}`);
if (skipped) console.log(`Skipped: ${skipped}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
