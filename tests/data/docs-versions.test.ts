// The versions the docs tell a site to pin or host are the versions the packages carry: a release that moves the
// packages moves its examples too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const version = (dir: string) => JSON.parse(read(`packages/${dir}/package.json`)).version as string;

describe('the docs’ example versions', () => {
  it.each([
    'README.md',
    'stories/Introduction.mdx',
    'stories/Embed.mdx',
    'packages/embed/README.md',
    'packages/react/README.md',
    'packages/data/README.md',
  ])('%s names the packages’ current versions', (file) => {
    const text = read(file);
    const hosted = [...text.matchAll(/safeguard-charts-(\d+\.\d+\.\d+)\//g)].map((m) => m[1]);
    const pinned = [...text.matchAll(/"@safeguard-charts\/(\w+)": "(\d+\.\d+\.\d+)"/g)].map((m) => [
      m[1],
      m[2],
    ]);
    for (const found of hosted) expect(found).toBe(version('embed'));
    for (const [name, found] of pinned) expect(found).toBe(version(name as string));
  });

  it('finds the examples it checks', () => {
    expect(read('README.md')).toMatch(/safeguard-charts-\d+\.\d+\.\d+\//);
    expect(read('stories/Introduction.mdx')).toMatch(/"@safeguard-charts\/data": "\d+\.\d+\.\d+"/);
  });
});
