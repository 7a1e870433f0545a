// A chart given only its data (an embed without `title`, a JavaScript page) is still a named figure: its heading is
// the dataset's title, and development says once that the chart has none of its own.
import { CHART_KIND_INFO, type ChartKind, chartKind } from '@safeguard-charts/react';
import { render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REPORT_DATA } from './reportData';

const PLOTS = (Object.keys(CHART_KIND_INFO) as ChartKind[]).filter(
  (kind) => CHART_KIND_INFO[kind].form === 'plot',
);

afterEach(() => vi.restoreAllMocks());

/** A chart kind's component, as the embed and the CLI find it. */
function component(kind: ChartKind) {
  const found = chartKind(kind)?.component;
  if (!found) throw new Error(`no component for ${kind}`);
  return found;
}

describe('a chart without a title', () => {
  it.each(PLOTS)(
    '%s: is named by its dataset’s title, and says once in development that it has none',
    (kind) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const data = REPORT_DATA[kind] as { title: string };
      const { unmount } = render(createElement(component(kind), { data }));
      const heading = screen.getByRole('heading', { level: 3 });
      expect(heading.textContent).toBe(data.title);
      expect(screen.getByRole('figure', { name: data.title })).toBeTruthy();
      unmount();
      // A second chart of the same kind without a title: no second warning.
      render(createElement(component(kind), { data }));
      const said = warn.mock.calls.map((call) => String(call[0])).filter((m) => m.includes('no title'));
      expect(said).toEqual([expect.stringContaining(`"${data.title}"`)]);
    },
  );

  it('keeps the title it is given', () => {
    const data = REPORT_DATA.surge as { title: string };
    render(createElement(component('surge'), { data, title: 'Our own title' }));
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Our own title');
  });
});
