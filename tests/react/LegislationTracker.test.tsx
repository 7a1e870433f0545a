import { legislation } from '@safeguard-charts/data';
import { LegislationTracker } from '@safeguard-charts/react';
import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

describe('LegislationTracker', () => {
  it('lists each law with its status in words, not colour alone', () => {
    render(<LegislationTracker data={legislation} title="Laws" />);
    const figure = screen.getByRole('figure', { name: 'Laws' });
    const laws = figure.querySelector('ol');
    expect(
      laws
        ? within(laws)
            .getAllByRole('listitem')
            .filter((li) => li.parentElement === laws)
        : [],
    ).toHaveLength(4);
    const badges = [...figure.querySelectorAll('.sg-badge')].map((b) => b.textContent);
    expect(badges).toEqual(['Signed into law', 'Pending', 'Passed one chamber', 'Law']);
    const take = screen.getByText('TAKE IT DOWN Act').closest('li');
    expect(take?.textContent).not.toContain('the report says');
    expect(take?.textContent).toContain('Platforms’ 48-hour removal duty applies: May 19, 2026');
  });

  it('gives the report’s status beside the checked one where they differ', () => {
    render(<LegislationTracker data={legislation} title="Laws" />);
    const enforce = screen.getByText('ENFORCE Act').closest('li');
    expect(enforce?.textContent).toContain('Passed one chamber');
    expect(enforce?.textContent).toContain('(the report says: pending)');
    expect(enforce?.querySelector('time')?.getAttribute('datetime')).toBe('2025-12-16');
    expect(enforce?.textContent).toContain('The report describes it as: “Targets the infrastructure');
  });

  it('writes dates in the locale', () => {
    render(<LegislationTracker data={legislation} title="Gesetze" locale="de-DE" />);
    expect(screen.getByText('TAKE IT DOWN Act').closest('li')?.textContent).toContain('19. Mai 2025');
  });

  it('shows a message for a law whose stage is not text, and a jurisdiction’s own stage as given', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bad = {
      ...legislation,
      rows: [{ ...legislation.rows[0], status: 7 }],
    } as unknown as typeof legislation;
    const { unmount } = render(<LegislationTracker data={bad} title="Laws" />);
    expect(screen.getByRole('note').textContent).toContain('Row 1, field "status"');
    unmount();
    const own = { rows: [{ name: 'Gesetz', jurisdiction: 'Deutschland', status: 'Im Bundesrat' }] };
    render(<LegislationTracker data={own as never} title="Gesetze" locale="de-DE" />);
    expect(screen.getByText('Im Bundesrat')).toBeInstanceOf(HTMLElement);
  });

  it('renders on the server and has no axe violations', async () => {
    expect(renderToString(<LegislationTracker data={legislation} title="Laws" />)).toContain(
      '<time dateTime="2025-05-19"',
    );
    const { container } = render(<LegislationTracker data={legislation} title="Laws" />);
    expect((await axe.run(container)).violations.map((v) => v.id)).toEqual([]);
  });
});
