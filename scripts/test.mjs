// The one test command (`pnpm test`): it runs every check of this repository, in order, and makes none of its
// own; then one summary line.
//   1. the system's browsers and LibreOffice (scripts/ensure-*.sh: Debian's Chromium, Firefox ESR and
//      LibreOffice Calc, installed with apt-get when missing and root)
//   2. build the packages (data first: the react package and the pack test use its dist)
//   3. lint and format check (Biome), then typecheck (tsc, strict) beside API reports (API Extractor) unchanged
//   4. Vitest, every project of vitest.config.ts: data (unit tests, the pack-and-install test, the embed in
//      Chromium and Firefox ESR, the consumer apps, the CLI), react (jsdom), storybook (every story in Chromium
//      with axe) and static (tests/static: Storybook built statically once by its global setup; its docs pages
//      and the version in its title, every docs page in Chromium without raw Markdown, every story in Firefox
//      ESR, the report printed to PDF in both browsers and read back chart by chart)
//   5. a registry round trip (scripts/registry-roundtrip.mjs): Verdaccio on 127.0.0.1, changesets' own
//      version and publish steps from a copy of the working tree, a fresh npm app pinned to the published
//      packages, a patch that corrects one figure: the pinned app keeps the old figure, a raised pin shows the new
// It ends with `N passed, N failed`, counting every Vitest test plus each other step above. Without Chromium,
// Vitest runs the data and react projects only.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pnpmCommand } from './pnpm.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pnpm = pnpmCommand();

function run(label, cmd, args) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  // Each step's time, so that the next person knows where the test command's minutes go.
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`${ok ? '✔' : '✖'} ${label} (${seconds} s${ok ? '' : `, exit ${r.status ?? r.signal}`})`);
  return ok;
}

/**
 * Runs steps side by side (each is one process that mostly waits on one core) and prints each one's output whole,
 * in the order given, once all have ended; resolves to whether each passed.
 */
function runTogether(steps) {
  return Promise.all(
    steps.map(
      ([label, cmd, args]) =>
        new Promise((resolve) => {
          const started = Date.now();
          const child = spawn(cmd, args, { cwd: root, env: process.env });
          let output = '';
          child.stdout.on('data', (chunk) => {
            output += chunk;
          });
          child.stderr.on('data', (chunk) => {
            output += chunk;
          });
          child.on('error', (error) => resolve({ label, ok: false, output: String(error), seconds: 0 }));
          child.on('close', (code) =>
            resolve({
              label,
              ok: code === 0,
              output,
              code,
              seconds: Math.round((Date.now() - started) / 1000),
            }),
          );
        }),
    ),
  ).then((results) =>
    results.map(({ label, ok, output, code, seconds }) => {
      console.log(`\n▶ ${label}\n${output}`);
      console.log(
        `${ok ? '✔' : '✖'} ${label} (${seconds} s, beside the others${ok ? '' : `, exit ${code}`})`,
      );
      return ok;
    }),
  );
}

const checks = [];
// Chromium for the story tests, the embed's Chromium tests and the static Storybook's docs pages and print.
const chromiumOk = run('Chromium for browser tests', 'sh', ['scripts/ensure-chromium.sh']);
checks.push(['chromium', chromiumOk]);
// Firefox ESR for the embed's Firefox tests and the static Storybook's stories and print, over WebDriver BiDi.
checks.push(['firefox', run('Firefox ESR for browser tests', 'sh', ['scripts/ensure-firefox.sh'])]);
// LibreOffice Calc for the spreadsheet test (tests/data/csv-libreoffice.test.ts), run headless.
checks.push([
  'libreoffice',
  run('LibreOffice for the spreadsheet test', 'sh', ['scripts/ensure-libreoffice.sh']),
]);
const buildOk = run('build packages', pnpm[0], [...pnpm.slice(1), 'run', 'build']);
checks.push(['build', buildOk]);
checks.push(['lint', run('lint and format (biome)', pnpm[0], [...pnpm.slice(1), 'run', 'lint'])]);
// tsc and API Extractor each keep one core busy: on two cores they run side by side (about 20 s saved).
// The public API of each package must match its committed report (packages/*/etc/*.api.md): a change to it is
// deliberate, made with `pnpm api` and reviewed in the diff.
const [typecheckOk, apiOk] = await runTogether([
  ['typecheck (tsc)', pnpm[0], [...pnpm.slice(1), 'run', 'typecheck']],
  ...(buildOk
    ? [['API reports up to date (API Extractor)', pnpm[0], [...pnpm.slice(1), '-r', 'run', 'api:check']]]
    : []),
]);
checks.push(['typecheck', typecheckOk]);
checks.push(['API reports', buildOk && apiOk === true]);

const out = mkdtempSync(path.join(tmpdir(), 'sg-vitest-'));
const report = path.join(out, 'report.json');
let passed = 0;
let failed = 0;
let skipped = 0;
if (buildOk) {
  const projects = chromiumOk ? [] : ['--project', 'data', '--project', 'react'];
  const vitestOk = run('vitest (data, react, storybook, static)', pnpm[0], [
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
    // Vitest failed and no test did (an unhandled error, a global setup that threw): that is a failure too.
    if (!vitestOk && failed === 0) checks.push(['vitest (an error outside the tests)', false]);
  } catch (error) {
    console.error(`No Vitest report was written (${error.message}).`);
    failed += 1;
  }
}
rmSync(out, { recursive: true, force: true });

// A real registry round trip: changesets publishes to Verdaccio, a fresh app installs, a corrected figure follows.
checks.push([
  'registry round trip',
  run('registry round trip (Verdaccio)', 'node', ['scripts/registry-roundtrip.mjs']),
]);

const failedChecks = checks.filter(([, ok]) => !ok).map(([name]) => name);
passed += checks.length - failedChecks.length;
failed += failedChecks.length;
console.log('');
if (failedChecks.length) console.log(`Failed checks: ${failedChecks.join(', ')}`);
if (skipped) console.log(`Skipped: ${skipped}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
