// The embed's built folder, served to the browser tests as a site serves it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = path.join(root, 'packages/embed/dist');

/** A script of the embed's folder by its URL path (`/safeguard-charts.js`, `/chunks/…`), or undefined. */
export function embedFile(url: string): Buffer | undefined {
  const name = new URL(url, 'http://x').pathname;
  if (!/^\/(chunks\/)?[\w.-]+\.js$/.test(name)) return undefined;
  try {
    return readFileSync(path.join(dist, name));
  } catch {
    return undefined;
  }
}
