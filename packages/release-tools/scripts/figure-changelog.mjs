// Writes FIGURES.md: for each release of @safeguard-charts/data, every figure that changed since the release
// before, dataset by dataset. Run after `changeset version` (the root script `pnpm version-packages` does).
//
//   node packages/release-tools/scripts/figure-changelog.mjs [--before <rev>] [--previous <version>] [--after <rev>]
//                                                            [--version <version>] [--date YYYY-MM-DD] [--out <file>]
//                                                            [--stdout] [--force]
//
// "After" is the package's sources in the working tree (or at --after <rev>), "before" the previous release's:
// see `previousRelease` in figure-snapshots.mjs for the rule (its tag, else the commit that set its version).
// The new version's section replaces one of the same version and goes on top; older sections are kept as they
// are. When the package's version did not change since HEAD and FIGURES.md already has its section, nothing is
// written (a release without a data bump has no figure changes to list) unless --force is given.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  currentVersion,
  describeCommit,
  git,
  loadCurrentData,
  loadDataAt,
  loadDiff,
  packageDir,
  previousRelease,
} from './figure-snapshots.mjs';

const { values: args } = parseArgs({
  options: {
    before: { type: 'string' },
    previous: { type: 'string' },
    after: { type: 'string' },
    version: { type: 'string' },
    date: { type: 'string' },
    out: { type: 'string' },
    stdout: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
  },
});

const out = path.resolve(args.out ?? path.join(packageDir, 'FIGURES.md'));
const version = args.version ?? currentVersion();
const date = args.date ?? new Date().toISOString().slice(0, 10);

const HEADER = `# Figure changelog: @safeguard-charts/data

Every figure of this package that changed from one release to the next, newest release first, dataset by
dataset: a figure's value, its check (status, note, the publisher's own figure), its source, its label or
period, and each dataset's title, unit, sources and notes, with datasets, figures and sources added or removed.
Read it before you raise your pinned version: a page that shows a figure changes when its figure does.
[CHANGELOG.md](CHANGELOG.md) says what changed in the code.

How to read it:
- **Figure** names a dataset's row by its natural key: a series' period (\`H1 2025\`), a share's label, a
  provider, a country (\`Netherlands (NLD)\`), a law, a headline figure's \`id\`; \`Dataset\` is the dataset as
  a whole. **Before** is the previous release, **After** this one; \`—\` is "not there".
- Values are written with their unit (\`29%\`, \`3,443 videos\`). **Value** is the figure as the report states
  it, which is never corrected in place: what a check of the publisher found stands beside it as **Check**
  (its status, note, the publisher's own figure, its source). A corrected figure therefore shows as a change
  of its check, not of its value.
- A source's own details (title, URL, dates) are listed once, under **Sources**; a dataset or figure lists a
  source only where it cites another document.

Written by \`packages/release-tools/scripts/figure-changelog.mjs\` for each release; do not edit by hand.
`;

/** The sections of an existing FIGURES.md by version, in the file's order. */
function sections(markdown) {
  const found = [];
  let current;
  for (const line of markdown.split('\n')) {
    const heading = /^## (\S+)/.exec(line);
    if (heading) {
      current = { version: heading[1], lines: [line] };
      found.push(current);
    } else if (current) current.lines.push(line);
  }
  return found.map((s) => ({ version: s.version, text: `${s.lines.join('\n').trimEnd()}\n` }));
}

const existing = existsSync(out) ? sections(readFileSync(out, 'utf8')) : [];
const headVersion = (() => {
  try {
    return JSON.parse(git('show', 'HEAD:packages/data/package.json')).version;
  } catch {
    return undefined;
  }
})();
if (
  !args.force &&
  !args.before &&
  !args.stdout &&
  version === headVersion &&
  existing.some((s) => s.version === version)
) {
  console.log(
    `figure-changelog: ${version} is the version at HEAD and FIGURES.md has its section; nothing to write (--force to rewrite it).`,
  );
  process.exit(0);
}

let previous;
if (args.before) {
  const { hash, date: commitDate } = describeCommit(args.before);
  previous = {
    version: args.previous ?? args.before,
    rev: args.before,
    ref: args.before.includes('@') ? `tag ${args.before}` : `commit ${hash} of ${commitDate}`,
  };
} else {
  previous = previousRelease(version);
  // A release versioned but not committed yet (FIGURES.md has its section, git has not its version) would be
  // skipped over: the new section would compare with the release before it.
  const newest = existing.find((s) => s.version !== version)?.version;
  if (newest && newest !== previous.version && !args.force) {
    console.error(
      `figure-changelog: FIGURES.md's newest section is ${newest}, but git's previous release is ${previous.version}: commit the release of ${newest} first, or pass --before <rev> (or --force).`,
    );
    process.exit(1);
  }
}

const [{ diffDatasets, formatFigureChanges }, before, after] = await Promise.all([
  loadDiff(),
  loadDataAt(previous.rev),
  args.after ? loadDataAt(args.after) : loadCurrentData(),
]);
const section = formatFigureChanges(diffDatasets(before, after), {
  version,
  date,
  previous: previous.version,
  previousRef: previous.ref,
});

if (args.stdout) {
  process.stdout.write(section);
} else {
  const kept = existing.filter((s) => s.version !== version).map((s) => s.text);
  writeFileSync(out, [HEADER, section, ...kept].join('\n'));
  console.log(
    `figure-changelog: wrote ${path.relative(process.cwd(), out)}: ${version} compared with ${previous.version} (${previous.ref}).`,
  );
}
