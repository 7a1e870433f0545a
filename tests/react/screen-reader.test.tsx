/*
 * Every chart kind read from start to end by a virtual screen reader (@guidepup/virtual-screen-reader, in jsdom):
 * what a blind reader hears. The drawing's own text stays silent (no "group" per label), the title is heard as the
 * figure's name and its heading only, each figure is said once (the table is heard only after "Show data"), and
 * no heading is empty.
 */
import { virtual } from '@guidepup/virtual-screen-reader';
import { CHART_KIND_INFO, type ChartKind, chartKind, MessagesProvider } from '@safeguard-charts/react';
import { de } from '@safeguard-charts/react/messages/de';
import { render } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { REPORT_DATA } from './reportData';

// jsdom has no CSS.escape, which the virtual screen reader uses to follow aria-labelledby.
const css = globalThis as unknown as { CSS?: { escape?: (text: string) => string } };
css.CSS ??= {};
css.CSS.escape ??= (text: string) => text.replace(/([^\w-])/g, '\\$1');

const DATA = REPORT_DATA;
const KINDS = Object.keys(CHART_KIND_INFO) as ChartKind[];

/** Everything the screen reader says, from the chart's start to its end, one phrase per step. */
async function walk(kind: ChartKind, locale: string): Promise<string[]> {
  const info = chartKind(kind);
  if (!info) throw new Error(`no chart kind ${kind}`);
  const { container } = render(
    createElement(
      MessagesProvider,
      { catalogs: [de] },
      createElement(info.component, { data: DATA[kind], title: 'Chart title', locale, width: 640 }),
    ),
  );
  await virtual.start({ container });
  try {
    // The reader starts on the chart's first element and, past its last, comes round to it again: stop there.
    const first = await virtual.lastSpokenPhrase();
    for (let step = 0; step < 600; step++) {
      await virtual.next();
      if ((await virtual.lastSpokenPhrase()) === first) return (await virtual.spokenPhraseLog()).slice(0, -1);
    }
    throw new Error(`${kind}: the screen reader did not come round to the start in 600 steps`);
  } finally {
    await virtual.stop();
  }
}

afterEach(async () => {
  await virtual.stop().catch(() => undefined);
});

/** Every text of at least 20 characters in `value`: the data's own sentences (notes, check notes, titles). */
function sentencesOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.length >= 20) out.push(value);
  } else if (value && typeof value === 'object')
    for (const item of Object.values(value)) sentencesOf(item, out);
  return out;
}

/**
 * The figures a phrase states: numbers with their grouping and a percent sign; years, the 1 of "H1" and an ordinal
 * (German "1. Halbjahr") left out.
 */
const figuresIn = (phrase: string) =>
  (
    phrase
      .replace(/(?<![\d.,])\d\.\s(?=\p{L})/gu, ' ')
      .match(/(?<![\p{L}\d.,])\d[\d.,\u202f\u00a0]*\d%?|(?<![\p{L}\d.,])\d%?/gu) ?? []
  ).filter((figure) => !/^(19|20)\d\d$/.test(figure));

const says = (phrase: string, figure: string) =>
  new RegExp(`(^|[^\\d.,])${figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\d)`).test(phrase);

describe('every chart, read by a virtual screen reader', () => {
  it.each(KINDS.flatMap((kind) => [[kind, 'en-US'] as const, [kind, 'de-DE'] as const]))(
    '%s in %s: no group per label, the title once with its heading, each figure once, no empty heading',
    async (kind, locale) => {
      const said = (await walk(kind, locale)).filter((phrase) => !phrase.startsWith('end of'));
      expect(said.length).toBeGreaterThan(3);
      // The drawing's labels are not read one group at a time.
      expect(said.filter((phrase) => phrase === 'group')).toEqual([]);
      // Every heading has a name.
      expect(said.filter((phrase) => /^heading, level \d+$/.test(phrase))).toEqual([]);
      // The title: the figure's name and its heading, nothing else.
      expect(said.filter((phrase) => phrase.includes('Chart title'))).toEqual(
        kind === 'stat-card'
          ? ['Chart title']
          : [
              expect.stringMatching(/^(figure|region|group), Chart title/),
              expect.stringMatching(/^heading, Chart title/),
            ],
      );
      // Each figure the graphic's description states is said there only, but where the data's own words (a note,
      // a check's note) cite it. The table is not read unless "Show data" opens it.
      expect(said.filter((phrase) => phrase.startsWith('table'))).toEqual([]);
      const image = said.find((phrase) => phrase.startsWith('image, '));
      if (!image) return;
      const own = sentencesOf(DATA[kind]);
      const again = figuresIn(image).flatMap((figure) =>
        said
          .filter((phrase) => phrase !== image && says(phrase, figure))
          .filter((phrase) => !own.some((sentence) => phrase.includes(sentence)))
          .map((phrase) => `${figure} again in: ${phrase}`),
      );
      expect(again).toEqual([]);
    },
    30_000,
  );

  it('reads the table once "Show data" has opened it, and says the button is expanded', async () => {
    const { container, getByRole } = render(
      createElement(chartKind('provider-bars')?.component ?? 'div', {
        data: REPORT_DATA['provider-bars'],
        title: 'Chart title',
      }),
    );
    getByRole('button', { name: 'Show data' }).click();
    await virtual.start({ container });
    const first = await virtual.lastSpokenPhrase();
    for (let step = 0; step < 300; step++) {
      await virtual.next();
      if ((await virtual.lastSpokenPhrase()) === first) break;
    }
    const said = await virtual.spokenPhraseLog();
    await virtual.stop();
    expect(said).toContain('table, Chart title');
    expect(said).toContain('cell, 32,079');
    expect(said).toContain('button, Hide data, 1 control, expanded');
  });
});
