// The static Storybook (built once by storybook.setup.ts): it builds, it holds the docs pages the README points
// readers to (MDX pages are not part of the story tests), and its title names the version it documents.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { root, storybookEntries } from './storybook';

const { dir, error } = inject('storybook');

describe('the static Storybook', () => {
  it('builds', () => {
    expect(error).toBe('');
  });

  it.each([
    'introduction--docs',
    'data--docs',
    'using-the-charts--docs',
    'about-this-version--docs',
    'your-spreadsheet--docs',
  ])('holds the docs page %s', (id) => {
    expect(storybookEntries(dir).find((entry) => entry.id === id)?.type).toBe('docs');
  });

  it('names the version of the packages it documents in its title (.storybook/manager.ts)', () => {
    const { version } = JSON.parse(readFileSync(path.join(root, 'packages/react/package.json'), 'utf8'));
    const managers = readdirSync(dir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.js') && file.includes('manager'));
    expect(managers.length).toBeGreaterThan(0);
    const titled = managers.some((file) => {
      const code = readFileSync(path.join(dir, file), 'utf8');
      return (
        code.includes('brandTitle:`Safeguard Charts ${') &&
        (code.includes(`version:"${version}"`) || code.includes(`"version":"${version}"`))
      );
    });
    expect(titled, `a manager bundle with the title and the version ${version}`).toBe(true);
  });
});
