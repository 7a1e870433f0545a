// @vitest-environment node
// The token table (packages/react/src/theme/tokens.ts) is the one list the palette is written from.
import { describe, expect, it } from 'vitest';
import { tokensCss, tokensFile } from '../../packages/react/src/styles/tokensCss';
import { TOKENS, type TokenDefinition } from '../../packages/react/src/theme/tokens';

/** The declarations of the rule `selector` in `css`. */
function block(css: string, selector: string): string {
  const start = css.indexOf(`${selector} {`);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  return css.slice(start, css.indexOf('}', start));
}

describe('token table', () => {
  it('holds a light and a dark value for every colour, and one value for the font', () => {
    for (const [name, token] of Object.entries(TOKENS) as [string, TokenDefinition][]) {
      expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(token.description.length, name).toBeGreaterThan(5);
      if ('value' in token) expect(name).toBe('font');
      else for (const value of [token.light, token.dark]) expect(value, name).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('writes each token’s light and dark value into every block of the palette', () => {
    const css = tokensCss();
    const fallback = css.slice(css.indexOf('@supports not (color: light-dark('));
    const main = block(css, ':where(.sg-root)');
    const blocks = {
      light: [block(fallback, ':where(.sg-root)')],
      dark: [
        block(fallback, ':where(.sg-root:not([data-sg-theme="light"]))'),
        block(fallback, ':where(.sg-root[data-sg-theme="dark"])'),
      ],
    };
    for (const [name, token] of Object.entries(TOKENS) as [string, TokenDefinition][]) {
      if ('value' in token) {
        expect(main).toContain(`--_sg-${name}: var(--sg-${name}, ${token.value});`);
        continue;
      }
      const light = `var(--sg-${name}, ${token.light})`;
      const dark = `var(--sg-dark-${name}, ${token.dark})`;
      expect(main).toContain(`--_sg-${name}: light-dark(${light}, ${dark});`);
      for (const rule of blocks.light) expect(rule).toContain(`--_sg-${name}: ${light};`);
      for (const rule of blocks.dark) expect(rule).toContain(`--_sg-${name}: ${dark};`);
    }
  });

  it('is what tokens.generated.css holds (what Storybook and the embed read from the sources)', async () => {
    // After a change to the table: `vitest run --project react tests/react/tokens.test.ts -u` rewrites the file.
    await expect(tokensFile()).toMatchFileSnapshot('../../packages/react/src/styles/tokens.generated.css');
  });
});
