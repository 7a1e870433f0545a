import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { workspaceAliases } from './scripts/workspace-aliases.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  // Tests and stories run against the packages' sources, so a change shows without a rebuild: the workspace's
  // packages resolve through tsconfig.json's `paths`, the one map that tsc and the embed's build read and that
  // scripts/workspace-aliases.mjs gives Vite (Vite's own tsconfigPaths misses files under .storybook/).
  resolve: { alias: workspaceAliases() },
  test: {
    // Every console spy and mock is undone after its test, so one test's silenced warning never hides another's.
    restoreMocks: true,
    // Two files at a time. Vitest's default is one fewer than the cores, which on a 2-core machine (this
    // project's CI) runs every file after the other; most of the time is spent waiting on browsers, npm and
    // Next.js, so two at once take about half as long. The static project keeps one (below).
    maxWorkers: 2,
    // Browsers, the CLI's PNGs, npm and 2,000-row renders share two cores with another file: room to finish.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'data',
          include: [
            'tests/data/**/*.test.ts',
            'tests/pack/**/*.test.ts',
            'tests/embed/**/*.test.ts',
            'tests/consumers/**/*.test.ts',
            'tests/cli/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'react',
          include: ['tests/react/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/react/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // The static Storybook, built once by the global setup: its docs pages in Chromium, every story in
          // Firefox ESR, the report printed in both. One file at a time, and after the other projects' files
          // (Vitest runs a project of one worker in a group of its own, last), so its browsers never compete
          // with the story tests' Chromium for the cores.
          name: 'static',
          include: ['tests/static/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/static/storybook.setup.ts'],
          fileParallelism: false,
          maxWorkers: 1,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(root, '.storybook') })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions() }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
