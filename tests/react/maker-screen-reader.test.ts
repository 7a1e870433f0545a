/*
 * The chart maker (packages/embed/src/maker.ts, the script of dist/maker.html) read by a virtual screen reader
 * (@guidepup/virtual-screen-reader, in jsdom): every control is heard with its label and hint, in the page's order,
 * and what the maker says after a paste reaches the reader through its status region. The charts themselves are
 * not drawn here (no loader in jsdom); their screen-reader reading is tests/react/screen-reader.test.tsx's.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { virtual } from '@guidepup/virtual-screen-reader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAKER_WORDS } from '../../packages/embed/src/maker-words';

// jsdom has no CSS.escape, which the virtual screen reader uses to follow aria-labelledby.
const css = globalThis as unknown as { CSS?: { escape?: (text: string) => string } };
css.CSS ??= {};
css.CSS.escape ??= (text: string) => text.replace(/([^\w-])/g, '\\$1');

beforeAll(async () => {
  Object.defineProperty(navigator, 'languages', { value: ['en-GB'], configurable: true });
  await import('../../packages/embed/src/maker');
});

afterAll(async () => {
  await virtual.stop().catch(() => undefined);
});

/** Everything the reader says from the page's start, one phrase per step, until it comes round (at most 200). */
async function walk(): Promise<string[]> {
  await virtual.start({ container: document.body });
  const first = await virtual.lastSpokenPhrase();
  for (let step = 0; step < 200; step++) {
    await virtual.next();
    if ((await virtual.lastSpokenPhrase()) === first) break;
  }
  const log = await virtual.spokenPhraseLog();
  await virtual.stop();
  return log;
}

describe('the chart maker’s languages', () => {
  it('are the chart catalogue’s, each of which the maker also offers for its charts', () => {
    const catalogues = readdirSync(path.resolve(__dirname, '../../packages/react/src/i18n/locales'))
      .filter((file) => file !== 'index.ts')
      .map((file) => file.replace(/\.ts$/, ''));
    expect(Object.keys(MAKER_WORDS).sort()).toEqual(catalogues.sort());
    const offered = [...document.querySelectorAll('select')]
      .find((s) => [...s.options].some((o) => o.value === 'sv'))
      ?.querySelectorAll('option');
    expect([...(offered ?? [])].map((o) => o.value).sort()).toEqual(catalogues.sort());
  });
});

describe('the chart maker, heard by a screen reader', () => {
  it('names every control with its label and hint, in the order of the page', async () => {
    const heard = (await walk()).join('\n');
    expect(heard).toMatch(/heading, Make a chart, level 1/);
    // The figures' field: its label, then its hint.
    expect(heard).toMatch(/textbox, Paste them here, Paste them from Excel, LibreOffice or Google Sheets/);
    expect(heard).toMatch(/combobox, Chart, .*Only the charts that can show these figures are offered/);
    for (const label of [
      'Title',
      'Subtitle',
      'Source: who published the figures',
      'Language of the chart',
      'Colours',
    ])
      expect(heard).toContain(`, ${label}`);
    expect(heard).toMatch(/checkbox, Keep my draft in this browser, Stored only in this browser/);
    // Each Copy button says what it copies; the map's area is not offered for a column chart.
    expect(heard).toContain('button, Copy: Embed code');
    expect(heard).toContain('button, Copy: Iframe code');
    expect(heard).not.toContain('Map area');
    expect(heard).toContain('Paste your figures to begin.');
    // The order a person fills it in: figures, then the chart, then what it gives.
    expect(heard.indexOf('Paste them here')).toBeLessThan(heard.indexOf('combobox, Chart'));
    expect(heard.indexOf('combobox, Chart')).toBeLessThan(heard.indexOf('Embed code'));
    // No control without a name.
    expect(heard).not.toMatch(/^(textbox|combobox|button|checkbox)$/m);
  });

  it('says how the figures were read, through its status region, after a paste', async () => {
    await virtual.start({ container: document.body });
    const field = document.querySelector('textarea') as HTMLTextAreaElement;
    field.value = 'Year,Reports\n2022,120\n2023,180\n2024,260\n';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    const status = () =>
      [...document.querySelectorAll('[role="status"]')].map((s) => s.textContent).join(' ');
    await expect.poll(status, { timeout: 10_000 }).toContain('3 rows read');
    await expect
      .poll(async () => (await virtual.spokenPhraseLog()).join('\n'), { timeout: 5_000 })
      .toMatch(/polite: 3 rows read; the chart is drawn as “Columns over time”\./);
    await virtual.stop();
  });
});
