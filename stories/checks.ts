// Checks a story's play function runs in the browser: what a reader would see, measured with the page's fonts.
import { expect } from 'storybook/test';
import { figureProblems } from './figureProblems';

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
  expect(figureProblems(figure)).toEqual([]);
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
