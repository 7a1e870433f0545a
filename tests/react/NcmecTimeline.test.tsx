import { amazonTrainingDataReports, ncmecAiReports, withFigures } from '@safeguard-charts/data';
import { NcmecTimeline } from '@safeguard-charts/react';
import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

const title = 'CyberTipline reports to NCMEC involving generative AI';
const notesOf = (container: HTMLElement) =>
  [...container.querySelectorAll('.sg-chart__notes li')].map((li) => li.textContent ?? '');

describe('NcmecTimeline', () => {
  it('hatches and labels the half year as a partial period, and says so under the chart', () => {
    const { container } = render(<NcmecTimeline data={ncmecAiReports} title={title} />);
    const table = screen.getByRole('table', { name: title });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['2023', '2024', 'H1 2025 (partial period)']);
    expect(container.querySelectorAll('rect[fill^="url(#"]')).toHaveLength(1);
    expect(notesOf(container)).toContain(
      'Hatched bars are partial periods (for example the first half of a year), not full years.',
    );
  });

  it('flags the 380,000 from Amazon on the H1 2025 row itself, not only in an annotation', () => {
    const { container } = render(<NcmecTimeline data={ncmecAiReports} title={title} />);
    const h1 = notesOf(container).find((note) => note.startsWith('H1 2025 — Corrected: '));
    expect(h1).toContain('380,000 came from Amazon AI Services');
    expect(h1).toContain('not AI-generated material');
  });

  it('reads NCMEC’s own figure in the graphic’s description and the source line, and in the table', () => {
    const { container } = render(<NcmecTimeline data={ncmecAiReports} title={title} />);
    const svg = screen.getByRole('img', { name: title });
    const description = document.getElementById(svg.getAttribute('aria-describedby') ?? '')?.textContent;
    expect(description).toBe(
      '2023: 4,700 reports; 2024: 67,000 reports; H1 2025 (partial period): 485,000 reports. Corrected: H1 2025. Check: NCMEC’s own figure for H1 2025: 440,419.',
    );
    expect(container.querySelector('.sg-source')?.textContent).toMatch(
      /Check: NCMEC’s own figure for H1 2025: 440,419\.$/,
    );
    const row = within(screen.getByRole('table', { name: title }))
      .getByRole('rowheader', { name: 'H1 2025 (partial period)' })
      .closest('tr');
    expect(row?.lastElementChild?.textContent).toBe('Corrected — NCMEC’s own figure for H1 2025: 440,419');
  });

  it('draws NCMEC’s own figure when asked, and says what the report states', () => {
    const { container } = render(<NcmecTimeline data={ncmecAiReports} figures="publisher" title={title} />);
    expect(screen.getByRole('img', { name: title }).textContent).toContain('440,419');
    expect(container.querySelector('.sg-source')?.textContent).toContain(
      'NCMEC’s own figure for H1 2025: 440,419 (the report states 485,000).',
    );
  });

  it('pins an annotation to its period and repeats it with its note under the chart', () => {
    const amazon = amazonTrainingDataReports.rows[0];
    const { container } = render(
      <NcmecTimeline
        data={ncmecAiReports}
        title={title}
        annotations={[{ period: 'H1 2025', text: '380,000 from Amazon', note: amazon?.verification?.note }]}
      />,
    );
    expect(container.querySelector('.sg-annotation-line')).not.toBeNull();
    expect(screen.getByRole('img', { name: title }).textContent).toContain('380,000 from Amazon');
    expect(notesOf(container)).toContain(`H1 2025: 380,000 from Amazon — ${amazon?.verification?.note}`);
  });

  it('ignores an annotation for a period the data does not have', () => {
    const { container } = render(
      <NcmecTimeline data={ncmecAiReports} title={title} annotations={[{ period: '2030', text: 'Later' }]} />,
    );
    expect(container.querySelector('.sg-annotation-line')).toBeNull();
    expect(container.textContent).not.toContain('Later');
  });

  it('says so in a note when the scale is logarithmic', () => {
    const { container } = render(<NcmecTimeline data={ncmecAiReports} title={title} scale="log" />);
    expect(notesOf(container).join(' ')).toContain('Logarithmic scale');
  });

  it('shows a message for a dataset with a row that is not a number', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bad = { ...ncmecAiReports, rows: [{ ...ncmecAiReports.rows[0], value: Number.NaN }] };
    render(<NcmecTimeline data={bad as typeof ncmecAiReports} title={title} />);
    expect(screen.getByRole('note').textContent).toContain('Row 1, field "value": is NaN, not a number.');
  });

  it('renders on the server with its source line and has no axe violations', async () => {
    const html = renderToString(<NcmecTimeline data={withFigures(ncmecAiReports, 'seed')} title={title} />);
    const page = new DOMParser().parseFromString(html, 'text/html');
    expect(page.querySelector('.sg-source')?.textContent).toMatch(
      /^Sources: .*\. The report cites: .*\. Check: NCMEC’s own figure for H1 2025: 440,419\.$/,
    );
    const { container } = render(<NcmecTimeline data={ncmecAiReports} title={title} />);
    expect((await axe.run(container)).violations.map((v) => v.id)).toEqual([]);
  });
});
