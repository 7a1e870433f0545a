import { iwfSeverity } from '@safeguard-charts/data';
import { layoutSeverity, SeverityComparison } from '@safeguard-charts/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { graphic } from './queries';

const title = 'Category A share of AI and non-AI videos';

describe('SeverityComparison', () => {
  it('computes the difference in percentage points: 65% vs 43% is +22', () => {
    const layout = layoutSeverity(iwfSeverity.rows, {
      width: 640,
      locale: 'en-US',
      rtl: false,
      measureLabel: 'Category A',
    });
    expect(layout.difference).toBe(22);
    expect(layout.differenceText).toBe('+22 percentage points');
    expect(layout.bars.map((b) => b.valueText)).toEqual(['65%', '43%']);
    expect((layout.bars[1]?.barWidth ?? 0) / (layout.bars[0]?.barWidth ?? 1)).toBeCloseTo(43 / 65, 5);
  });

  it('shows both shares and the difference as text, in the SVG and under it', () => {
    render(<SeverityComparison data={iwfSeverity} title={title} measureLabel="Category A" />);
    const svg = graphic(title);
    expect(svg.textContent).toContain('65%');
    expect(svg.textContent).toContain('+22 percentage points');
    expect(screen.getByRole('figure').textContent).toContain('a difference of +22 percentage points');
    const table = screen.getByRole('table', { hidden: true, name: title });
    expect(
      within(table).getByRole('rowheader', { hidden: true, name: 'AI-generated videos' }).closest('tr')
        ?.textContent,
    ).toBe('AI-generated videos65%Confirmed');
  });

  it('reads each share with the keyboard', async () => {
    render(<SeverityComparison data={iwfSeverity} title={title} measureLabel="Category A" />);
    await userEvent.tab();
    expect(screen.getByRole('status').textContent).toBe('AI-generated videos: 65% Category A');
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('status').textContent).toBe('Non-AI videos: 43% Category A');
  });

  it('shows a message for a share over 100%', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <SeverityComparison data={{ ...iwfSeverity, rows: [{ label: 'x', percent: 165 }] }} title={title} />,
    );
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('note').textContent).toContain('Row 1, field "percent"');
  });

  it('renders completely on the server and has no axe violations', async () => {
    const html = renderToString(<SeverityComparison data={iwfSeverity} title={title} />);
    expect(html).toMatch(/<rect[^>]*class="sg-bar"/);
    expect(html).toContain('+22 percentage points');
    const { container } = render(<SeverityComparison data={iwfSeverity} title={title} />);
    expect((await axe.run(container)).violations.map((v) => v.id)).toEqual([]);
  });
});
