// What the static project's tests share: the repository's root, the static Storybook's entries, and Firefox ESR.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Debian's Firefox ESR (or $FIREFOX_PATH), driven over WebDriver BiDi by puppeteer-core. */
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const hasFirefox = existsSync(firefoxPath);

export interface Entry {
  id: string;
  title: string;
  name: string;
  type: 'docs' | 'story';
}

/** The entries of the static Storybook in `dir` (its index.json), or none when it was not built. */
export function storybookEntries(dir: string): Entry[] {
  try {
    return Object.values(JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')).entries);
  } catch {
    return [];
  }
}
