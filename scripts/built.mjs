// A package's prepack: it packs only a build of its current sources. `pnpm release` builds every package, then
// publishes (changesets publishes packages side by side, so a package building itself there could read another's
// half-written dist); this check stops a pack or publish of a missing or stale build instead.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The newest modification time of the files under `dir`. */
function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) time = Math.max(time, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  return time;
}

const dist = path.resolve('dist');
const src = path.resolve('src');
if (!existsSync(dist) || !readdirSync(dist).length) {
  console.error(
    `${path.basename(process.cwd())}: no build in dist/. Run \`pnpm build\` first (\`pnpm release\` does).`,
  );
  process.exit(1);
}
if (existsSync(src) && newest(src) > newest(dist)) {
  console.error(`${path.basename(process.cwd())}: dist/ is older than src/. Run \`pnpm build\` first.`);
  process.exit(1);
}
