// The data of two versions of @safeguard-charts/data, for the figure changelog (figure-changelog.mjs) and its
// test: a git revision's `packages/data/src` (taken out with `git archive`) or the working tree's, bundled with
// esbuild and imported, so each version is read by its own code. Also: which commit was the previous release.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** This package's folder (packages/release-tools). */
const toolsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The repository's root. */
export const repoRoot = path.resolve(toolsDir, '../..');
/** The data package's folder (packages/data), whose versions are compared. */
export const packageDir = path.join(repoRoot, 'packages/data');
const PACKAGE = '@safeguard-charts/data';
const PACKAGE_JSON = 'packages/data/package.json';

/** Runs git in the repository and returns its output, trimmed. */
export function git(...args) {
  return execFileSync('git', args, {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/** Whether `rev` names a commit in this clone. */
export function hasRevision(rev) {
  try {
    git('rev-parse', '--verify', '--quiet', `${rev}^{commit}`);
    return true;
  } catch {
    return false;
  }
}

/** A commit's short hash and its date (`YYYY-MM-DD`). */
export function describeCommit(rev) {
  const [hash = rev, date = ''] = git('log', '-1', '--format=%h %ad', '--date=short', rev).split(' ');
  return { hash, date };
}

/** Bundles `entry` (a TypeScript module) into one ESM file in `dir` and imports it. */
async function importBundled(entry, dir) {
  const outfile = path.join(dir, 'bundle.mjs');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node18',
    logLevel: 'error',
  });
  return import(pathToFileURL(outfile).href);
}

/**
 * The figures of a module of the package: its `datasets`, `headlineStats` and `sources`, and any other export
 * that is a dataset (rows and a title) but not in `datasets`, so no dataset is left out of the comparison.
 */
export function figureDataOf(module) {
  const datasets = [...(module.datasets ?? [])];
  for (const value of Object.values(module)) {
    const isDataset =
      value && typeof value === 'object' && Array.isArray(value.rows) && typeof value.title === 'string';
    if (isDataset && !datasets.includes(value)) datasets.push(value);
  }
  return { datasets, headlineStats: module.headlineStats ?? [], sources: module.sources ?? {} };
}

/** The data of the package at a git revision: its `packages/data/src` taken out with `git archive`. */
export async function loadDataAt(rev) {
  const dir = mkdtempSync(path.join(tmpdir(), 'sg-figures-'));
  try {
    const archive = execFileSync('git', ['archive', '--format=tar', rev, 'packages/data/src'], {
      cwd: repoRoot,
      maxBuffer: 256 * 1024 * 1024,
    });
    const out = path.join(dir, 'tree');
    mkdirSync(out);
    execFileSync('tar', ['-x', '-C', out], { input: archive });
    return figureDataOf(await importBundled(path.join(out, 'packages/data/src/index.ts'), dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The data of the package as its sources are now (the working tree, edits included). */
export async function loadCurrentData() {
  const dir = mkdtempSync(path.join(tmpdir(), 'sg-figures-'));
  try {
    return figureDataOf(await importBundled(path.join(packageDir, 'src/index.ts'), dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The comparing code (this package's `src/diff.ts`), bundled, for scripts that run without a build. */
export async function loadDiff() {
  const dir = mkdtempSync(path.join(tmpdir(), 'sg-figures-'));
  try {
    return await importBundled(path.join(toolsDir, 'src/diff.ts'), dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The package's version in the working tree. */
export function currentVersion() {
  return JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version;
}

/** The package's version at a commit (undefined where the package did not exist). */
function versionAt(rev) {
  try {
    return JSON.parse(git('show', `${rev}:${PACKAGE_JSON}`)).version;
  } catch {
    return undefined;
  }
}

/**
 * Versions that were never published, with the commit that holds the data as they had it. 0.1.0 is the version
 * the packages carried while they were built and was never released; its data is the main branch when issue 14
 * ("Changelogs people read") was filed, commit ac6bd61 (2026-11-25). Its data sources are those of every commit
 * from 3ca0fd8 to ac6bd61.
 */
export const UNRELEASED_BASELINES = { '0.1.0': 'ac6bd61' };

/**
 * The release before `version` and the commit that holds its data. The previous version is the newest version
 * in the history of packages/data/package.json (HEAD first) other than `version`. Its commit is, in this order:
 * 1. the git tag `@safeguard-charts/data@<previous>` (what `changeset publish` tags);
 * 2. for a version never published, its entry in {@link UNRELEASED_BASELINES};
 * 3. the commit that set `"version": "<previous>"` in packages/data/package.json (the "Version Packages" commit
 *    of that release): the oldest commit of the newest run of commits whose package.json has that version.
 */
export function previousRelease(version = currentVersion()) {
  const commits = git('log', '--format=%H', '--', PACKAGE_JSON).split('\n').filter(Boolean);
  const history = [...new Set([git('rev-parse', 'HEAD'), ...commits])].map((rev) => ({
    rev,
    version: versionAt(rev),
  }));
  const previous = history.find((entry) => entry.version && entry.version !== version)?.version;
  if (!previous) throw new Error(`No version of ${PACKAGE} before ${version} in the git history.`);
  const tag = `${PACKAGE}@${previous}`;
  if (hasRevision(`refs/tags/${tag}`)) return { version: previous, rev: tag, ref: `tag ${tag}` };
  const baseline = UNRELEASED_BASELINES[previous];
  if (baseline) {
    const { hash, date } = describeCommit(baseline);
    return {
      version: previous,
      rev: baseline,
      ref: `commit ${hash} of ${date}; ${previous} was never published`,
    };
  }
  // The commits touching package.json, newest first: the run with `previous` ends (going back) where it was set.
  const touching = commits.map((rev) => ({ rev, version: versionAt(rev) }));
  const start = touching.findIndex((entry) => entry.version === previous);
  let end = start;
  while (touching[end + 1]?.version === previous) end++;
  const set = touching[end]?.rev;
  if (!set) throw new Error(`No commit sets ${PACKAGE} ${previous}.`);
  const { hash, date } = describeCommit(set);
  return { version: previous, rev: set, ref: `commit ${hash} of ${date}, which set version ${previous}` };
}
