// Checks a story's play function runs in the browser: what a reader would see, measured with the page's fonts.
import { expect } from 'storybook/test';

/** Boxes that share some area (half a pixel of anti-aliasing allowed). */
const intersect = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/**
 * No text of the chart leaves its figure, and no two labels of the graphic overlap: measured in the browser,
 * with the fonts the page has.
 */
export async function readable({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const figures = [...canvasElement.querySelectorAll('figure')];
  expect(figures.length).toBeGreaterThan(0);
  for (const figure of figures) readableFigure(figure);
}

/** One figure: its SVG text inside it and apart, and no sideways scrolling. */
function readableFigure(figure: Element): void {
  const frame = figure.getBoundingClientRect();
  const texts = [...figure.querySelectorAll('svg text')]
    .map((el) => ({ text: el.textContent ?? '', box: el.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0);
  const outside = texts
    .filter(({ box }) => box.left < frame.left - 0.5 || box.right > frame.right + 0.5)
    .map(
      ({ text, box }) =>
        `${text} (${Math.round(box.left - frame.left)}…${Math.round(box.right - frame.left)})`,
    );
  expect(outside).toEqual([]);
  const overlapping = texts.flatMap((a, i) =>
    texts
      .slice(i + 1)
      .filter((b) => intersect(a.box, b.box))
      .map((b) => `${a.text} × ${b.text}`),
  );
  expect(overlapping).toEqual([]);
  // A stat card's figure fits its card.
  for (const value of figure.querySelectorAll('.sg-stat__value')) {
    // The text's own extent (a Range), not its box, which a flex column stretches to the card's width.
    const range = document.createRange();
    range.selectNodeContents(value);
    const box = range.getBoundingClientRect();
    const inner = figure.getBoundingClientRect();
    expect({ text: value.textContent, over: Math.max(0, Math.round(box.right - inner.right)) }).toEqual({
      text: value.textContent,
      over: 0,
    });
  }
  // Nothing scrolls sideways: the figure fits its column.
  expect(figure.scrollWidth).toBeLessThanOrEqual(figure.clientWidth + 1);
}

/** Tab to the chart's first button and check a focus ring is drawn around it (an outline wider than 0). */
export async function focusRingSurvives({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const button = canvasElement.querySelector<HTMLButtonElement>('.sg-chart__toggle');
  if (!button) throw new Error('no button');
  button.focus({ focusVisible: true } as FocusOptions);
  const style = getComputedStyle(button);
  expect(style.outlineStyle).not.toBe('none');
  expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
}
