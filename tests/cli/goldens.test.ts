/*
 * Golden images: every chart the CLI draws as an image, in English, German and Arabic, light and dark (the map
 * with its key: legend and ranked figures), and a spreadsheet's 24 months as a column chart, as the standalone SVG
 * `renderSvg` writes (the same the download buttons make), normalised (tests/goldens/normalize.ts)
 * and held in tests/goldens/svg/. A change to an image shows here as a diff to review; accept it on purpose with
 * `vitest run -u`.
 */
process.env.TZ = 'UTC';

import { describe, expect, it } from 'vitest';
import { EXAMPLE_DATASETS, IMAGE_CHARTS, renderSvg } from '../../packages/cli/dist/index.js';
import { normalizeMarkup } from '../goldens/normalize';
import { MONTHS_CSV, MONTHS_OPTIONS } from './months';

const LOCALES = ['en', 'de', 'ar'] as const;
const THEMES = ['light', 'dark'] as const;
const cases = IMAGE_CHARTS.flatMap((chart) =>
  LOCALES.flatMap((locale) => THEMES.map((theme) => [chart, locale, theme] as const)),
);

describe('golden CLI images', () => {
  it('cover every chart that has an image, each with its example dataset', () => {
    expect(IMAGE_CHARTS.length).toBeGreaterThanOrEqual(6);
    for (const chart of IMAGE_CHARTS) expect(EXAMPLE_DATASETS[chart]).toBeTypeOf('string');
  });

  it.each(cases)('%s in %s, %s theme, is drawn as its golden', async (chart, locale, theme) => {
    const drawn = renderSvg({ chart, locale, theme });
    if (!drawn.ok) throw new Error(drawn.problem);
    expect(drawn.svg).not.toMatch(/NaN|Infinity|undefined/);
    await expect(normalizeMarkup(drawn.svg)).toMatchFileSnapshot(
      `../goldens/svg/${chart}.${locale}.${theme}.svg`,
    );
  });

  // A spreadsheet's 24 months, with no title: the months by their short names, the years under each January,
  // the first, last and largest figures, an axis that ends above the largest, and a title from the figures.
  it.each([
    [640, 'en'],
    [320, 'en'],
    [640, 'de'],
    [640, 'ar'],
  ] as const)('24 months from a CSV at %i px in %s are drawn as their golden', async (width, locale) => {
    const drawn = renderSvg({
      chart: 'ncmec-timeline',
      csv: MONTHS_CSV,
      csvOptions: MONTHS_OPTIONS,
      width,
      locale,
    });
    if (!drawn.ok) throw new Error(drawn.problem);
    expect(drawn.svg).not.toMatch(/NaN|Infinity|undefined/);
    await expect(normalizeMarkup(drawn.svg)).toMatchFileSnapshot(
      `../goldens/svg/ncmec-timeline.24-months.${width}.${locale}.svg`,
    );
  });
});
