import { ncmecProviderReports } from '@safeguard-charts/data';
import { ProviderBars } from '@safeguard-charts/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';

const title = 'AI companies’ reports of CSAM to NCMEC';

describe('ProviderBars', () => {
  it('is a figure whose SVG image is named by the title', () => {
    render(<ProviderBars data={ncmecProviderReports} title={title} />);
    expect(screen.getByRole('figure')).toBeTruthy();
    expect(screen.getByRole('img', { name: title })).toBeTruthy();
    expect(screen.getByRole('heading', { name: title })).toBeTruthy();
  });

  it('draws one bar per provider, largest first, with the value as the user reads it', () => {
    const { container } = render(<ProviderBars data={ncmecProviderReports} title={title} />);
    const bars = container.querySelectorAll('rect.sg-bar');
    expect(bars).toHaveLength(3);
    const widths = [...bars].map((bar) => Number(bar.getAttribute('width')));
    expect(widths[0]).toBeGreaterThan(widths[1] ?? 0);
    expect(widths[1]).toBeGreaterThan(widths[2] ?? 0);
    const svg = screen.getByRole('img', { name: title });
    expect(svg.textContent).toContain('32,079');
    expect(svg.textContent).toContain('New reporter');
    expect(svg.textContent).toContain('+9,650%');
  });

  it('has a data table with a caption, column headers and a row header per provider', () => {
    render(<ProviderBars data={ncmecProviderReports} title={title} />);
    const table = screen.getByRole('table', { name: title });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers[0]).toBe('Provider');
    expect(within(table).getByRole('rowheader', { name: 'OpenAI' })).toBeTruthy();
    expect(within(table).getByRole('cell', { name: '32,079' })).toBeTruthy();
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
    const svg = screen.getByRole('img', { name: title });
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
    expect(screen.getByRole('img', { name: title }).textContent).toContain('32.079');
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
    expect(screen.getByRole('note')).toBeTruthy();
  });

  it('has no axe violations', async () => {
    const { container } = render(<ProviderBars data={ncmecProviderReports} title={title} />);
    const result = await axe.run(container);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.html}`)).toEqual([]);
  });
});
