// The static project's one global setup: Storybook built statically, once, into a temporary folder, which the
// project's tests read (`inject('storybook')`) and serve (tests/support/serve.mjs). A failed build fails the
// test that says it builds (storybook.test.ts) instead of the whole run. With SG_STORYBOOK_STATIC set to a
// folder already built, that folder is used and nothing is built.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The static Storybook: its folder, and the build's output when it failed (else ''). */
    storybook: { dir: string; error: string };
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs `storybook build` into `dir`; resolves to '' when it built, else the end of its output. */
function build(dir: string): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(path.join(root, 'node_modules/.bin/storybook'), ['build', '--quiet', '-o', dir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => resolve(`storybook build did not start: ${error.message}`));
    child.on('close', (code, signal) =>
      resolve(code === 0 ? '' : `storybook build exited with ${code ?? signal}:\n${output}`),
    );
  });
}

export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.SG_STORYBOOK_STATIC;
  if (given) {
    project.provide('storybook', { dir: path.resolve(given), error: '' });
    return () => {};
  }
  const temp = mkdtempSync(path.join(tmpdir(), 'sg-storybook-'));
  const dir = path.join(temp, 'storybook-static');
  const started = Date.now();
  const error = await build(dir);
  console.log(
    `static Storybook ${error ? 'failed to build' : 'built'} in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  project.provide('storybook', { dir, error });
  return () => rmSync(temp, { recursive: true, force: true });
}
