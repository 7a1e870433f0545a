// Queries the chart tests share, as a reader finds things: the graphic of the figure a title names (the graphic
// itself is named by its description, which says every figure).
import { screen, within } from '@testing-library/react';

/** The SVG graphic of the figure named `title`. */
export function graphic(title: string | RegExp): HTMLElement {
  return within(screen.getByRole('figure', { name: title })).getByRole('img');
}
