// A real registry round trip, as a release would go (one check of the test command; run alone with
// `node scripts/registry-roundtrip.mjs`; about a minute on 2 cores, two when the machine is busy):
//   1. a temporary copy of this working tree (tracked and untracked files, not ignored ones), its own git
//      repository and its own install from the pnpm store (offline, the lockfile as it is)
//   2. Verdaccio on 127.0.0.1 on a free port, with a config written here: temporary storage, no uplinks (it
//      serves @safeguard-charts/* and nothing else, and fetches nothing), a throwaway user for the publish token
//   3. the first release with changesets' own steps: `changeset version` (the pending changesets, if any), then
//      `pnpm release` (the repository's release step: build every package, then `changeset publish`, which runs
//      `pnpm publish` in each package); no `workspace:` range may reach the registry
//   4. a fresh npm app outside the repository: its .npmrc points `@safeguard-charts:registry` at Verdaccio, so
//      only our packages come from 127.0.0.1 and react/react-dom from the public registry; it pins the published
//      data and react packages exactly and server-renders ProviderBars with ncmecProviderReports
//   5. a patch that corrects one figure, made in the copy only (OpenAI's count +100: the round trip's example
//      correction, never in this repository), a patch changeset, `changeset version`, `changeset publish`
//   6. the pinned app, reinstalled with `npm ci`, still renders the old figure; with the pin raised
//      (`npm install --save-exact`) it renders the new one; `npm view` lists both versions
// Every command and Verdaccio run in process groups of their own: when this script ends, fails or gets a
// signal, they are ended and waited for, and the temporary folders are removed (an exit handler as a last
// resort). SG_ROUNDTRIP_FAIL_AFTER=<step number> makes it fail on purpose after that step, to check that nothing
// is left running.
//
// Pinned tools, and why:
// - verdaccio 6.8.0 (root devDependency): the newest 6.x that runs on Node 20; 6.9.0 and later declare
//   engines.node >=22. Its verdaccio-audit 13.0.3 asks for node-fetch by the dist-tag "cjs", which npm no
//   longer has, so the workspace overrides `verdaccio-audit>node-fetch` to 2.7.0, the last CommonJS
//   node-fetch. The override lives in pnpm-workspace.yaml: pnpm 12 no longer reads package.json's "pnpm" field.
// - @changesets/cli 2.31 (the repository's): 3.x declares engines.node ^22.11 (its bin calls
//   module.enableCompileCache() and its publish step Promise.withResolvers(), both missing on Node 20), so the
//   repository stays on 2.x, whose `version` and `publish` steps are the same, until it moves to Node 22.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinnedPnpmVersion, pnpmCommand } from './pnpm.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const failAfter = Number(process.env.SG_ROUNDTRIP_FAIL_AFTER ?? 0);
const STEP_TIMEOUT = 300_000;

const work = mkdtempSync(path.join(tmpdir(), 'sg-roundtrip-'));
const repo = path.join(work, 'repo');
const app = path.join(work, 'app');
const registryDir = path.join(work, 'registry');
const bin = path.join(work, 'bin');
/** @type {import('node:child_process').ChildProcess | undefined} */
let verdaccio;

function elapsed() {
  return `${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s`;
}
function say(message) {
  console.log(`[${elapsed()}] ${message}`);
}
function detail(message) {
  for (const line of String(message).split('\n')) console.log(`         ${line}`);
}
let stepNumber = 0;
function step(title) {
  if (failAfter && stepNumber === failAfter)
    throw new Error(`deliberate failure after step ${failAfter} (SG_ROUNDTRIP_FAIL_AFTER)`);
  stepNumber += 1;
  say(`${stepNumber}. ${title}`);
}
function check(ok, message) {
  if (!ok) throw new Error(`check failed: ${message}`);
  detail(`✔ ${message}`);
}

// The children get no npm/pnpm settings from whatever started this script (npx and pnpm set npm_config_local_prefix,
// npm_config_registry and the like), except the ones a network needs: each step says where it installs from.
const KEEP = /^npm_config_(https?[-_]proxy|proxy|no[-_]?proxy|cafile|ca|strict[-_]ssl)$/i;
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => KEEP.test(key) || !/^(npm_|pnpm_|PNPM_PACKAGE_NAME$|INIT_CWD$)/i.test(key),
  ),
);
cleanEnv.CI = 'true';

/** Process groups of the commands running now: ended with this script, whatever ends it. */
const running = new Set();
/** Every process group started here, to wait for them all to end. */
const groups = new Set();

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs a command to the end in its own process group (so that it and whatever it starts can be ended together);
 * throws with the tail of its output when it fails or takes longer than STEP_TIMEOUT.
 */
function sh(cmd, args, cwd, { env = cleanEnv, allowFail = false } = {}) {
  return new Promise((resolve, reject) => {
    if (interrupted) {
      reject(new Error(`interrupted (${interrupted})`));
      return;
    }
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    running.add(child.pid);
    groups.add(child.pid);
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (groupAlive(child.pid)) process.kill(-child.pid, 'SIGKILL');
    }, STEP_TIMEOUT);
    const fail = (why) => {
      const tail = tidy(output).split('\n').slice(-40).join('\n');
      reject(new Error(`${cmd} ${args.join(' ')} (in ${cwd}) ${why}\n${tail}`));
    };
    child.on('error', (error) => {
      clearTimeout(timer);
      running.delete(child.pid);
      fail(error.message);
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      running.delete(child.pid);
      if (timedOut) fail(`took longer than ${STEP_TIMEOUT / 1000} s`);
      else if (status !== 0 && !allowFail) fail(`exited with ${status ?? signal}`);
      else resolve({ status, stdout, output });
    });
  });
}

/** Output without colours and without the spinner's redrawn frames. */
function tidy(text) {
  let lines = text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escape sequences
    .replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '\n')
    .split(/\r?\n|\r/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() && !/^[◒◐◓◑]/.test(line.trim()));
  lines = lines.filter((line, i) => line !== lines[i - 1]);
  return lines.join('\n');
}

/** changesets' summary of a publish: from "packages published successfully" (2.x; 3.x: "Successfully published") on (all of it without that line). */
function publishSummary(text) {
  const lines = text.split('\n');
  return lines
    .slice(
      Math.max(
        0,
        lines.findIndex((line) => /published successfully|Successfully published/.test(line)),
      ),
    )
    .join('\n');
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function registryAlive() {
  return Boolean(verdaccio?.pid) && groupAlive(verdaccio.pid);
}

/** Ends Verdaccio's process group: SIGTERM, then SIGKILL if it is still there after 5 s. */
async function stopRegistry() {
  if (!registryAlive()) return;
  const pid = verdaccio.pid;
  process.kill(-pid, 'SIGTERM');
  for (let i = 0; i < 50 && registryAlive(); i += 1) await new Promise((r) => setTimeout(r, 100));
  if (registryAlive()) process.kill(-pid, 'SIGKILL');
  for (let i = 0; i < 20 && registryAlive(); i += 1) await new Promise((r) => setTimeout(r, 100));
  say(registryAlive() ? `✖ Verdaccio (pid ${pid}) is still running` : `Verdaccio (pid ${pid}) stopped`);
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function removeWork() {
  try {
    rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch (error) {
    console.log(`✖ could not remove ${work}: ${error.message}`);
  }
}

// A signal ends the running command's process group at once; the step waiting on it then fails, and the cleanup
// below stops the registry and removes the temporary folders. Should that hang, the process exits after 15 s.
/** @type {string | undefined} */
let interrupted;
const SIGNAL_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
for (const signal of Object.keys(SIGNAL_CODES))
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = signal;
    console.log(`\n✖ registry round trip interrupted (${signal})`);
    for (const pid of running) killGroup(pid, 'SIGKILL');
    setTimeout(() => process.exit(SIGNAL_CODES[signal]), 15_000).unref();
  });
// Whatever else ends this process, the registry and any running command go with it.
process.on('exit', () => {
  for (const pid of [...running, verdaccio?.pid].filter(Boolean)) killGroup(pid, 'SIGKILL');
  removeWork();
});

/** The pnpm binary itself (changesets runs `pnpm` from PATH; `npx` would read the copy's .npmrc). */
async function pnpmBinary() {
  const command = pnpmCommand();
  if (command[0] !== 'npx') return command;
  const r = await sh('npx', ['-y', '-p', `pnpm@${pinnedPnpmVersion()}`, 'sh', '-c', 'command -v pnpm'], root);
  return [r.stdout.trim()];
}

const quote = (s) => `'${String(s).replaceAll("'", "'\\''")}'`;

/** Every file of the working tree that git would commit, copied with its folders. */
async function copyWorkingTree() {
  const files = (
    await sh('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], root)
  ).stdout
    .split('\0')
    .filter(Boolean);
  let copied = 0;
  for (const file of files) {
    const from = path.join(root, file);
    if (!existsSync(from)) continue; // deleted in the working tree
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    cpSync(from, path.join(repo, file), { verbatimSymlinks: true });
    copied += 1;
  }
  return copied;
}

const PACKAGES = ['data', 'react', 'embed', 'cli'];
function versions() {
  return Object.fromEntries(
    PACKAGES.map((dir) => {
      const pkg = readJson(path.join(repo, 'packages', dir, 'package.json'));
      return [pkg.name, pkg.version];
    }),
  );
}

async function main() {
  console.log(`Registry round trip in ${work}`);
  const pnpm = await pnpmBinary();

  step('a copy of the working tree, its own git repository and its own install');
  mkdirSync(repo);
  const copied = await copyWorkingTree();
  await sh('git', ['init', '-q', '-b', 'main'], repo);
  await sh('git', ['add', '-A'], repo);
  await sh(
    'git',
    [
      '-c',
      'user.name=roundtrip',
      '-c',
      'user.email=roundtrip@127.0.0.1',
      '-c',
      'commit.gpgsign=false',
    ].concat(['commit', '-q', '-m', 'the working tree, for the registry round trip']),
    repo,
  );
  detail(`${copied} files copied to ${repo}`);
  await sh(pnpm[0], [...pnpm.slice(1), 'install', '--offline'], repo);
  const pnpmVersion = (await sh(pnpm[0], [...pnpm.slice(1), '--version'], repo)).stdout.trim();
  detail(`pnpm ${pnpmVersion} install --offline: done`);
  const lockChanged = (
    await sh('git', ['status', '--porcelain', '--', 'pnpm-lock.yaml'], repo)
  ).stdout.trim();
  check(!lockChanged, 'the install left pnpm-lock.yaml as it is');

  step('Verdaccio on 127.0.0.1, temporary storage, no uplinks');
  mkdirSync(registryDir);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const config = path.join(registryDir, 'config.yaml');
  writeFileSync(
    config,
    [
      `storage: ${JSON.stringify(path.join(registryDir, 'storage'))}`,
      'auth:',
      '  htpasswd:',
      `    file: ${JSON.stringify(path.join(registryDir, 'htpasswd'))}`,
      '    max_users: 1',
      '# No uplinks: the registry fetches nothing, it serves what is published to it.',
      'uplinks: {}',
      'packages:',
      "  '@safeguard-charts/*':",
      '    access: $all',
      '    publish: $authenticated',
      '    unpublish: $authenticated',
      'web:',
      '  enable: false',
      'log: { type: stdout, format: pretty, level: warn }',
      '',
    ].join('\n'),
  );
  const verdaccioPkg = path.join(repo, 'node_modules/verdaccio');
  const verdaccioVersion = readJson(path.join(verdaccioPkg, 'package.json')).version;
  const logFile = path.join(registryDir, 'verdaccio.log');
  const logFd = openSync(logFile, 'a');
  verdaccio = spawn(
    process.execPath,
    [path.join(verdaccioPkg, 'bin/verdaccio'), '--config', config, '--listen', `127.0.0.1:${port}`],
    // Its own process group, so that it and anything it starts end together.
    { cwd: registryDir, env: cleanEnv, stdio: ['ignore', logFd, logFd], detached: true },
  );
  let up = false;
  for (let i = 0; i < 150 && !up && registryAlive(); i += 1) {
    try {
      up = (await fetch(`${url}-/ping`)).ok;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  if (!up) throw new Error(`Verdaccio did not answer on ${url}:\n${readFileSync(logFile, 'utf8')}`);
  detail(`verdaccio ${verdaccioVersion} on ${url} (pid ${verdaccio.pid})`);
  // A throwaway user: Verdaccio refuses a made-up token, and npm will not publish without one.
  const login = await fetch(`${url}-/user/org.couchdb.user:roundtrip`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'roundtrip', password: 'roundtrip-only', type: 'user' }),
  });
  const { token } = await login.json();
  check(login.ok && Boolean(token), `a publish token for user "roundtrip" (HTTP ${login.status})`);
  // Publishing from the copy goes to Verdaccio: its .npmrc (written after the install) and the environment.
  writeFileSync(path.join(repo, '.npmrc'), `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
  mkdirSync(bin);
  writeFileSync(path.join(bin, 'pnpm'), `#!/bin/sh\nexec ${pnpm.map(quote).join(' ')} "$@"\n`, {
    mode: 0o755,
  });
  const releaseEnv = {
    ...cleanEnv,
    PATH: `${bin}${path.delimiter}${cleanEnv.PATH}`,
    npm_config_registry: url,
  };
  // changesets' own command, from the copy's node_modules (2.x: it runs on Node 20).
  const changeset = [path.join(repo, 'node_modules/@changesets/cli/bin.js')];
  const runChangeset = async (args) =>
    tidy((await sh(process.execPath, [...changeset, ...args], repo, { env: releaseEnv })).output);

  step('the first release: changeset version (if any are pending), then pnpm release to Verdaccio');
  // The pending changesets make the first release; with none, it is the versions package.json holds.
  const pending = readdirSync(path.join(repo, '.changeset')).filter(
    (f) => f.endsWith('.md') && f !== 'README.md',
  ).length;
  const before = versions();
  if (pending) await runChangeset(['version']);
  const first = versions();
  detail(
    `${pending ? `changeset version (${pending} pending changesets)` : 'no pending changesets, no changeset version'}: ` +
      Object.entries(first)
        .map(([name, v]) => `${name.replace('@safeguard-charts/', '')} ${before[name]} → ${v}`)
        .join(', '),
  );
  // The repository's own release step: `pnpm release` builds every package, then runs `changeset publish`
  // (each package's prepack only checks that its build is there and newer than its sources).
  const release = async () =>
    tidy((await sh(pnpm[0], [...pnpm.slice(1), 'run', 'release'], repo, { env: releaseEnv })).output);
  const published1 = await release();
  detail(publishSummary(published1));
  const npmView = async (spec, field) => {
    const { stdout: out } = await sh(
      'npm',
      ['view', spec, ...(field ? [field] : []), '--json', '--registry', url],
      work,
    );
    return out.trim() ? JSON.parse(out) : undefined;
  };
  for (const [name, version] of Object.entries(first)) {
    const manifest = await npmView(`${name}@${version}`);
    check(manifest?.version === version, `npm view ${name}@${version}: on the registry`);
    const ranges = ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies'].flatMap(
      (field) => Object.entries(manifest[field] ?? {}).map(([dep, range]) => [field, dep, range]),
    );
    const left = ranges.filter(([, , range]) => String(range).startsWith('workspace:'));
    check(left.length === 0, `${name}@${version}: no workspace: range published`);
    for (const [field, dep, range] of ranges.filter(([, dep]) => dep.startsWith('@safeguard-charts/')))
      detail(`  ${field}["${dep}"] = "${range}"`);
  }
  const dataName = '@safeguard-charts/data';
  const reactName = '@safeguard-charts/react';
  const v1 = first[dataName];

  step('a fresh app pins the published packages exactly and renders the figure on the server');
  const source = path.join(repo, 'packages/data/src/datasets/ncmec.ts');
  const openAi = /(provider: 'OpenAI',\n(\s*))value: (\d+),/;
  const match = readFileSync(source, 'utf8').match(openAi);
  if (!match) throw new Error(`OpenAI's row (provider, then value) is no longer in ${source}`);
  const oldValue = Number(match[3]);
  const newValue = oldValue + 100;
  const text = (n) => new Intl.NumberFormat('en-US').format(n);
  mkdirSync(app);
  const reactVersion = readJson(path.join(repo, 'node_modules/react/package.json')).version;
  writeFileSync(
    path.join(app, 'package.json'),
    `${JSON.stringify({ name: 'roundtrip-app', private: true, type: 'module' }, null, 2)}\n`,
  );
  // Only our scope comes from Verdaccio; the lockfile records where every package came from.
  writeFileSync(
    path.join(app, '.npmrc'),
    `@safeguard-charts:registry=${url}\nomit-lockfile-registry-resolved=false\n`,
  );
  writeFileSync(
    path.join(app, 'render.mjs'),
    [
      "import { readFileSync } from 'node:fs';",
      "import { ncmecProviderReports } from '@safeguard-charts/data';",
      "import { ProviderBars } from '@safeguard-charts/react';",
      "import { createElement } from 'react';",
      "import { renderToString } from 'react-dom/server';",
      '',
      "const html = renderToString(createElement(ProviderBars, { data: ncmecProviderReports, title: 'Round trip' }));",
      '// OpenAI\'s figure as the chart\'s data table writes it: <th scope="row">OpenAI</th><td>32,079</td>',
      'const figure = html.match(/<th scope="row"[^>]*>OpenAI<\\/th><td[^>]*>([^<]*)<\\/td>/)?.[1] ?? null;',
      'const version = (name) =>',
      "  JSON.parse(readFileSync(new URL(['./node_modules', name, 'package.json'].join('/'), import.meta.url), 'utf8'))",
      '    .version;',
      "console.log(JSON.stringify({ data: version('@safeguard-charts/data'), react: version('@safeguard-charts/react'), figure, html }));",
      '',
    ].join('\n'),
  );
  const npmInstall = (...specs) =>
    sh(
      'npm',
      ['install', '--save-exact', '--prefer-online', '--no-audit', '--no-fund', '--loglevel=error', ...specs],
      app,
    );
  await npmInstall(
    `${dataName}@${v1}`,
    `${reactName}@${first[reactName]}`,
    `react@${reactVersion}`,
    `react-dom@${reactVersion}`,
  );
  const appPkg = () => readJson(path.join(app, 'package.json'));
  check(
    appPkg().dependencies[dataName] === v1 && appPkg().dependencies[reactName] === first[reactName],
    `package.json pins ${dataName} "${v1}" and ${reactName} "${first[reactName]}" (exact)`,
  );
  const lock = readJson(path.join(app, 'package-lock.json'));
  const fromUs = Object.entries(lock.packages).filter(([, p]) => p.resolved?.startsWith(url));
  const ours = Object.keys(lock.packages).filter((p) => p.includes('node_modules/@safeguard-charts/'));
  check(
    ours.length > 0 && fromUs.length === ours.length && fromUs.every(([p]) => ours.includes(p)),
    `the lockfile: ${ours.length} @safeguard-charts packages, all from ${url}, nothing else from it`,
  );
  const render = async () => JSON.parse((await sh('node', ['render.mjs'], app)).stdout);
  const r1 = await render();
  detail(`renders OpenAI's figure as "${r1.figure}" (data ${r1.data}, react ${r1.react})`);
  check(r1.data === v1 && r1.figure === text(oldValue), `the figure is "${text(oldValue)}"`);
  check(!r1.html.includes(text(newValue)), `"${text(newValue)}" is nowhere in the HTML`);

  step(
    'a patch that corrects one figure: pnpm version-packages (changeset version, FIGURES.md), pnpm release',
  );
  // The round trip's example correction, in the copy only: OpenAI's count +100. It never reaches this repository.
  writeFileSync(
    source,
    readFileSync(source, 'utf8').replace(
      openAi,
      `$1// The registry round trip's example correction (scripts/registry-roundtrip.mjs, a temporary copy only).\n$2value: ${newValue},`,
    ),
  );
  writeFileSync(
    path.join(repo, '.changeset/roundtrip-corrected-figure.md'),
    `---\n'${dataName}': patch\n---\n\nOpenAI's reports to NCMEC: ${text(newValue)}, not ${text(oldValue)} (the registry round trip's example correction).\n`,
  );
  // The repository's own versioning step: `changeset version`, then the data package's figure changelog
  // (FIGURES.md), which compares this version's data with the previous release's (its git tag, made by the
  // first publish).
  await sh(pnpm[0], [...pnpm.slice(1), 'run', 'version-packages'], repo, { env: releaseEnv });
  const second = versions();
  const v2 = second[dataName];
  detail(
    `changeset version: ${Object.entries(second)
      .filter(([name, v]) => v !== first[name])
      .map(([name, v]) => `${name.replace('@safeguard-charts/', '')} ${first[name]} → ${v}`)
      .join(', ')}`,
  );
  const [major, minor, patch] = v1.split('.').map(Number);
  check(v2 === `${major}.${minor}.${patch + 1}`, `${dataName} is a patch release: ${v1} → ${v2}`);
  const changelog = readFileSync(path.join(repo, 'packages/data/CHANGELOG.md'), 'utf8');
  const entry = changelog.split(/^## /m).find((section) => section.startsWith(`${v2}\n`)) ?? '';
  check(
    entry.includes('### Patch Changes') && entry.includes(`OpenAI's reports to NCMEC: ${text(newValue)}`),
    `packages/data/CHANGELOG.md has ${v2} with the correction under Patch Changes`,
  );
  const figures = readFileSync(path.join(repo, 'packages/data/FIGURES.md'), 'utf8');
  const figuresEntry = figures.split(/^## /m).find((section) => section.startsWith(`${v2} `)) ?? '';
  check(
    figuresEntry.includes(text(oldValue)) &&
      figuresEntry.includes(text(newValue)) &&
      figuresEntry.includes('OpenAI'),
    `packages/data/FIGURES.md has ${v2}: OpenAI's figure ${text(oldValue)} → ${text(newValue)}`,
  );
  const published2 = await release();
  detail(publishSummary(published2));
  const listed = await npmView(dataName, 'versions');
  check(
    Array.isArray(listed) && listed.includes(v1) && listed.includes(v2),
    `npm view ${dataName} versions: ${JSON.stringify(listed)}`,
  );

  step('the pinned app, reinstalled with npm ci, keeps the old figure');
  await sh('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], app);
  const outdated = JSON.parse(
    (await sh('npm', ['outdated', '--json'], app, { allowFail: true })).stdout || '{}',
  )[dataName];
  check(
    outdated?.current === v1 && outdated?.wanted === v1 && outdated?.latest === v2,
    `npm outdated: ${dataName} current ${outdated?.current}, wanted ${outdated?.wanted}, latest ${outdated?.latest}`,
  );
  const r2 = await render();
  detail(`renders OpenAI's figure as "${r2.figure}" (data ${r2.data}, react ${r2.react})`);
  check(r2.data === v1 && r2.figure === text(oldValue), `still "${text(oldValue)}"`);
  check(!r2.html.includes(text(newValue)), `"${text(newValue)}" is nowhere in the HTML`);

  step(`the pin raised to ${dataName}@${v2}: the corrected figure`);
  await npmInstall(`${dataName}@${v2}`);
  check(appPkg().dependencies[dataName] === v2, `package.json pins ${dataName} "${v2}" (exact)`);
  check(
    !existsSync(path.join(app, 'node_modules', reactName, 'node_modules', dataName)),
    `${reactName}@${first[reactName]} uses the app's ${dataName} (no copy of its own)`,
  );
  const r3 = await render();
  detail(`renders OpenAI's figure as "${r3.figure}" (data ${r3.data}, react ${r3.react})`);
  check(r3.data === v2 && r3.figure === text(newValue), `now "${text(newValue)}"`);
  check(!r3.html.includes(text(oldValue)), `"${text(oldValue)}" is nowhere in the HTML`);
  if (failAfter && stepNumber === failAfter)
    throw new Error(`deliberate failure after step ${failAfter} (SG_ROUNDTRIP_FAIL_AFTER)`);
}

let ok = false;
try {
  await main();
  ok = true;
} catch (error) {
  console.log(`\n✖ ${error instanceof Error ? error.message : error}`);
} finally {
  // Any command still running (after a signal) goes first, then the registry, then the folders.
  for (const pid of running) killGroup(pid, 'SIGKILL');
  for (let i = 0; i < 50 && [...groups].some(groupAlive); i += 1)
    await new Promise((r) => setTimeout(r, 100));
  await stopRegistry();
  removeWork();
}
console.log(`\n${ok ? '✔ PASS' : '✖ FAIL'}: registry round trip (Verdaccio) in ${elapsed().trim()}`);
process.exitCode = ok ? 0 : (SIGNAL_CODES[interrupted] ?? 1);
