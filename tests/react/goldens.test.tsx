// @vitest-environment node
/*
 * Golden server renders: every chart kind, in English, German and Arabic, light and dark, as `renderToString`
 * writes it, normalised (tests/goldens/normalize.ts) and held in tests/goldens/html/. A change to what a chart
 * draws or says shows here as a diff to review; accept it on purpose with `vitest run -u`.
 */
process.env.TZ = 'UTC';

import { CHART_KIND_INFO, type ChartKind, chartKind, MessagesProvider } from '@safeguard-charts/react';
import { ar } from '@safeguard-charts/react/messages/ar';
import { de } from '@safeguard-charts/react/messages/de';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { normalizeMarkup } from '../goldens/normalize';
import { REPORT_DATA } from './reportData';

/** The report's dataset each chart kind draws in its golden. */
const DATA = REPORT_DATA;

const KINDS = Object.keys(CHART_KIND_INFO) as ChartKind[];
const LOCALES = ['en', 'de', 'ar'] as const;
const THEMES = ['light', 'dark'] as const;

const cases = KINDS.flatMap((kind) =>
  LOCALES.flatMap((locale) => THEMES.map((theme) => [kind, locale, theme] as const)),
);

/** A dataset's own title, as the embed and the CLI draw it when a page gives none. */
function titleOf(data: unknown): string | undefined {
  const title = (data as { title?: unknown } | null)?.title;
  return typeof title === 'string' ? title : undefined;
}

function render(kind: ChartKind, locale: string, theme: string): string {
  const info = chartKind(kind);
  if (!info) throw new Error(`no chart kind ${kind}`);
  return renderToString(
    createElement(
      MessagesProvider,
      { catalogs: [de, ar] },
      createElement(info.component, {
        data: DATA[kind],
        title: titleOf(DATA[kind]),
        locale,
        theme,
        width: 640,
      }),
    ),
  );
}

describe('golden server renders', () => {
  it('cover every chart kind', () => {
    expect(new Set(cases.map(([kind]) => kind))).toEqual(new Set(KINDS));
    expect(cases).toHaveLength(KINDS.length * LOCALES.length * THEMES.length);
  });

  it.each(cases)('%s in %s, %s theme, is drawn as its golden', async (kind, locale, theme) => {
    const html = render(kind, locale, theme);
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
    await expect(normalizeMarkup(html)).toMatchFileSnapshot(
      `../goldens/html/${kind}.${locale}.${theme}.html`,
    );
  });
});
