import { ncmecProviderReports } from '@safeguard-charts/data';
import { ProviderBars } from '@safeguard-charts/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { graphic } from './queries';

const title = 'AI companies’ reports of CSAM to NCMEC';

describe('ProviderBars', () => {
  it('is a figure named by its title, whose SVG image is named by its description, which says its numbers', () => {
    render(<ProviderBars data={ncmecProviderReports} title={title} />);
    const figure = screen.getByRole('figure', { name: title });
    const svg = within(figure).getByRole('img');
    expect(within(figure).getByRole('heading', { name: title }).tagName).toBe('H3');
    const description = document.getElementById(svg.getAttribute('aria-labelledby') ?? '');
    expect(description?.textContent).toBe(
      'OpenAI: 32,079 reports, +9,650% YoY (report’s claim), not verified; Amazon AI: 30,759 reports, New reporter (report’s claim), not verified; Anthropic: 971 reports, New reporter (report’s claim), not verified. Not verified: OpenAI, Amazon AI, Anthropic.',
    );
  });

  it('says that every one of the three figures is not verified, in the chart, the notes and the table', () => {
    const { container } = render(<ProviderBars data={ncmecProviderReports} title={title} />);
    const svg = graphic(title);
    expect(svg.querySelectorAll('tspan.sg-status')).toHaveLength(3);
    const notes = [...container.querySelectorAll('.sg-chart__notes li')].map((li) => li.textContent);
    expect(notes).toContain(
      'OpenAI, Amazon AI — Not verified: Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts.',
    );
    expect(notes.some((note) => note?.startsWith('Anthropic — Not verified: '))).toBe(true);
    const table = screen.getByRole('table', { hidden: true, name: title });
    const header = within(table)
      .getAllByRole('columnheader', { hidden: true })
      .map((th) => th.textContent);
    expect(header.at(-1)).toBe('Check');
    const checks = within(table)
      .getAllByRole('row', { hidden: true })
      .slice(1)
      .map((row) => row.lastElementChild?.textContent);
    expect(checks).toEqual(['Not verified', 'Not verified', 'Not verified']);
    expect(
      within(table).getByRole('cell', { hidden: true, name: '+9,650% YoY (report’s claim)' }),
    ).toBeInstanceOf(HTMLTableCellElement);
  });

  it('shows no shares by default, and labels them as shares of these figures when asked', () => {
    const { unmount } = render(<ProviderBars data={ncmecProviderReports} title={title} />);
    expect(graphic(title).textContent).not.toMatch(/\d%(?! YoY)/);
    unmount();
    const { container } = render(<ProviderBars data={ncmecProviderReports} title={title} showShare />);
    expect(graphic(title).textContent).toContain('50%');
    expect(container.querySelector('.sg-chart__notes')?.textContent).toContain(
      'Shares are of the total of these 3 figures (63,809 reports), computed here: no publisher gives them.',
    );
  });

  it('draws one bar per provider, largest first, with the value as the user reads it', () => {
    const { container } = render(<ProviderBars data={ncmecProviderReports} title={title} />);
    const bars = container.querySelectorAll('rect.sg-bar');
    expect(bars).toHaveLength(3);
    const widths = [...bars].map((bar) => Number(bar.getAttribute('width')));
    expect(widths[0]).toBeGreaterThan(widths[1] ?? 0);
    expect(widths[1]).toBeGreaterThan(widths[2] ?? 0);
    const svg = graphic(title);
    expect(svg.textContent).toContain('32,079');
    expect(svg.textContent).toContain('New reporter');
    expect(svg.textContent).toContain('+9,650%');
  });

  it('has a data table with a caption, column headers and a row header per provider', () => {
    render(<ProviderBars data={ncmecProviderReports} title={title} />);
    const table = screen.getByRole('table', { hidden: true, name: title });
    const headers = within(table)
      .getAllByRole('columnheader', { hidden: true })
      .map((th) => th.textContent);
    expect(headers[0]).toBe('Provider');
    const openAi = within(table).getByRole('rowheader', { hidden: true, name: 'OpenAI' }).closest('tr');
    expect(openAi?.children[1]?.textContent).toBe('32,079');
  });

  it('toggles the data table into view with the Show data button', async () => {
    render(<ProviderBars data={ncmecProviderReports} title={title} />);
    const button = screen.getByRole('button', { name: 'Show data' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(button);
    expect(screen.getByRole('button', { name: 'Hide data' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('moves between bars with the arrow keys and closes with Escape', async () => {
    render(<ProviderBars data={ncmecProviderReports} title={title} />);
    await userEvent.tab();
    const svg = graphic(title);
    expect(document.activeElement).toBe(svg);
    const status = screen.getByRole('status');
    expect(status.textContent).toMatch(/^OpenAI: 32,079/);
    await userEvent.keyboard('{ArrowDown}');
    expect(status.textContent).toMatch(/^Amazon/);
    await userEvent.keyboard('{End}');
    expect(status.textContent).toMatch(/^Anthropic: 971/);
    await userEvent.keyboard('{Escape}');
    expect(status.textContent).toBe('');
  });

  it('shows a tooltip on touch', () => {
    const { container } = render(<ProviderBars data={ncmecProviderReports} title={title} />);
    const mark = container.querySelectorAll('.sg-mark')[2];
    if (!mark) throw new Error('no third bar');
    fireEvent.pointerDown(mark, { pointerType: 'touch' });
    expect(container.querySelector('.sg-tooltip')?.textContent).toMatch(/^Anthropic: 971/);
  });

  it('writes numbers in German for locale de-DE', () => {
    render(<ProviderBars data={ncmecProviderReports} title={title} locale="de-DE" />);
    expect(graphic(title).textContent).toContain('32.079');
  });

  it('mirrors for a right-to-left locale', () => {
    render(<ProviderBars data={ncmecProviderReports} title={title} locale="ar" />);
    expect(screen.getByRole('figure').getAttribute('dir')).toBe('rtl');
  });

  it('shows a message, not a chart, for invalid data, and never writes NaN', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bad = {
      ...ncmecProviderReports,
      rows: [{ ...ncmecProviderReports.rows[0], value: Number.NaN }],
    } as typeof ncmecProviderReports;
    const { container } = render(<ProviderBars data={bad} title={title} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(container.textContent).toMatch(/can’t be drawn/);
    expect(container.textContent).toContain('Row 1, field "value": is NaN, not a number.');
    const attributes = [...container.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].map((a) => a.value),
    );
    expect(attributes.filter((value) => /NaN|Infinity/.test(value))).toEqual([]);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('shows a message for empty data', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const empty = { ...ncmecProviderReports, rows: [] };
    render(<ProviderBars data={empty} title={title} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('note').textContent).toContain('there are no rows');
  });

  it('has no axe violations', async () => {
    const { container } = render(<ProviderBars data={ncmecProviderReports} title={title} />);
    const result = await axe.run(container);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.html}`)).toEqual([]);
  });
});
