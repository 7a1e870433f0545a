import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';
import { workspaceAliases } from '../scripts/workspace-aliases.mjs';

const embedDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../packages/embed/dist');

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    // GitHub-flavoured Markdown, so the docs pages' tables are tables (MDX alone leaves `| --- |` as text).
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  // The embed's built folder, for the "Make a chart" page: the chart maker as the package ships it. Only once it is
  // built (`pnpm build`; the tests build it first): `pnpm storybook` on a fresh clone runs without it.
  staticDirs: existsSync(embedDist) ? [{ from: embedDist, to: '/embed' }] : [],
  // A Storybook for the charts' users: no onboarding checklist, guide or "what's new" over the stories.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  async viteFinal(config) {
    // Stories render the packages' sources, so the docs always match the code: tsconfig.json's `paths`, as Vite
    // aliases, after any the framework set.
    config.resolve ??= {};
    const existing = config.resolve.alias;
    config.resolve.alias = [
      ...(Array.isArray(existing)
        ? existing
        : Object.entries((existing as Record<string, string> | undefined) ?? {}).map(
            ([find, replacement]) => ({
              find,
              replacement,
            }),
          )),
      ...workspaceAliases(),
    ];
    // Pre-bundle every dependency the stories use, so a first run on a fresh clone never re-optimises
    // (and reloads) in the middle of the story tests.
    config.optimizeDeps ??= {};
    config.optimizeDeps.include = [
      ...(config.optimizeDeps.include ?? []),
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-runtime',
      '@visx/vendor/d3-array',
      '@visx/vendor/d3-geo',
      '@visx/vendor/d3-scale',
      'topojson-client',
    ];
    return config;
  },
};

export default config;
