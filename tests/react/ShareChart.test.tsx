import { forumStudy, iwfVictimSex } from '@safeguard-charts/data';
import { layoutWaffle, ShareChart } from '@safeguard-charts/react';
import { render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { graphic } from './queries';

describe('ShareChart', () => {
  it('fills one waffle cell per percent, rounded to whole cells', () => {
    expect(layoutWaffle(97, 640, 200, false).cells.filter((c) => c.filled)).toHaveLength(97);
    expect(layoutWaffle(85.6, 640, 200, false).filled).toBe(86);
    expect(layoutWaffle(140, 640, 200, false).filled).toBe(100);
    expect(layoutWaffle(-3, 640, 200, false).filled).toBe(0);
  });

  it('mirrors the waffle for right-to-left: the first cell is on the right', () => {
    const ltr = layoutWaffle(10, 640, 200, false);
    const rtl = layoutWaffle(10, 640, 200, true);
    expect(rtl.cells[0]?.x).toBeGreaterThan(ltr.cells[0]?.x ?? 0);
  });

  it('says the share in words and shows the seed’s 97% with the publisher’s figure in the source line', () => {
    render(<ShareChart data={iwfVictimSex} title="Victims depicted as girls" />);
    const svg = graphic('Victims depicted as girls');
    expect(svg.textContent).toContain('97%');
    // The source line, not the hidden table, carries the check (the table has the publisher's row too).
    const caption = screen
      .getByRole('figure', { name: 'Victims depicted as girls' })
      .querySelector('figcaption');
    expect(caption?.querySelector('.sg-source')?.textContent).toMatch(
      /Check: IWF’s own figure for 2025: 94% of victims depicted in the AI CSAM the IWF assessed in 2025\.$/,
    );
  });

  it('brings the publisher’s label and denominator with its figure, so no seed wording is left', () => {
    render(<ShareChart data={forumStudy} figures="publisher" title="Forum" />);
    const svg = graphic('Forum');
    expect(svg.textContent).toContain('86%');
    const words = (el: Element) => [...el.querySelectorAll('tspan')].map((t) => t.textContent).join(' ');
    expect(words(svg)).toBe('Realistic enough to be treated as real CSAM under UK law');
    const description = document.getElementById(svg.getAttribute('aria-labelledby') ?? '');
    expect(description?.textContent).toContain('86% of the 2,978 AI images the IWF assessed as criminal');
    expect(svg.textContent).not.toMatch(/as the (seed|report) states/);
    render(<ShareChart data={iwfVictimSex} figures="publisher" title="Girls" />);
    const girls = graphic('Girls');
    expect(girls.textContent).toContain('94%');
    expect(words(girls)).toBe('Victims depicted as girls in AI imagery, 2025');
    expect(girls.textContent).not.toMatch(/as the (seed|report) states/);
  });

  it('draws the publisher’s 86% for the forum study when asked', () => {
    render(<ShareChart data={forumStudy} figures="publisher" title="Realistic enough to prosecute" />);
    expect(screen.getByRole('img').textContent).toContain('86%');
  });

  it('shows a message for a row that is not there or not a number', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { unmount } = render(<ShareChart data={iwfVictimSex} row={9} title="x" />);
    expect(screen.getByRole('note').textContent).toContain('no row 10');
    unmount();
    render(<ShareChart data={{ ...iwfVictimSex, rows: [{ label: 'x', percent: Number.NaN }] }} title="y" />);
    expect(screen.getByRole('note').textContent).toContain('is NaN');
  });

  it('renders on the server and has no axe violations', async () => {
    const html = renderToString(<ShareChart data={iwfVictimSex} title="Girls" />);
    expect((html.match(/sg-waffle-cell--filled/g) ?? []).length).toBe(97);
    const { container } = render(<ShareChart data={iwfVictimSex} title="Girls" />);
    expect((await axe.run(container)).violations.map((v) => v.id)).toEqual([]);
  });
});

describe('notes', () => {
  it('shows the data’s notes, then the chart’s, then the user’s own, on every chart of the frame', () => {
    render(<ShareChart data={forumStudy} title="Forum" notes={['Our own note.']} />);
    const items = [...screen.getByRole('figure').querySelectorAll('.sg-chart__notes li')].map(
      (li) => li.textContent,
    );
    expect(items.at(-1)).toBe('Our own note.');
    expect(items[0]).toContain('2,562 realistic of 2,978');
  });
});
