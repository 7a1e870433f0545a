import {
  amazonTrainingDataReports,
  calendarYear,
  type Dataset,
  month,
  ncmecAiReports,
  type SeriesPoint,
  withFigures,
} from '@safeguard-charts/data';
import { MessagesProvider, NcmecTimeline } from '@safeguard-charts/react';
import { de } from '@safeguard-charts/react/messages/de';
import { fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { graphic } from './queries';

const title = 'CyberTipline reports to NCMEC involving generative AI';
const notesOf = (container: HTMLElement) =>
  [...container.querySelectorAll('.sg-chart__notes li')].map((li) => li.textContent ?? '');

describe('NcmecTimeline', () => {
  it('draws two years of months with their short names, each year, the figures a reader needs and an axis above them', () => {
    // Example figures, not any publisher's.
    const months: Dataset<SeriesPoint> = {
      title: 'Reports by month',
      unit: 'reports',
      sources: [],
      rows: Array.from({ length: 24 }, (_, i) => ({
        period: month(2023 + Math.floor(i / 12), (i % 12) + 1),
        value: i === 17 ? 1800 : 200 + Math.round((i * 1150) / 23),
      })),
    };
    const { container } = render(<NcmecTimeline data={months} title="Reports by month" width={640} />);
    const drawn = [...container.querySelectorAll('svg text')].map((text) => text.textContent);
    for (const label of ['Jan', 'Mar', 'Nov', '2023', '2024', '200', '1,350', '1,800', '2K'])
      expect(drawn).toContain(label);
    // The drawn words are for the eye; the table names every month and figure.
    const table = screen.getByRole('table', { hidden: true, name: 'Reports by month' });
    expect(within(table).getAllByRole('rowheader', { hidden: true })).toHaveLength(24);
    expect(container.querySelector('svg g[aria-hidden="true"]')).not.toBeNull();
  });

  it('hatches and labels the half year as a partial period, and says so under the chart', () => {
    const { container } = render(<NcmecTimeline data={ncmecAiReports} title={title} />);
    const table = screen.getByRole('table', { hidden: true, name: title });
    expect(
      within(table)
        .getAllByRole('rowheader', { hidden: true })
        .map((th) => th.textContent),
    ).toEqual(['2023', '2024', 'H1 2025 (partial period)']);
    expect(container.querySelectorAll('rect[fill^="url(#"]')).toHaveLength(1);
    expect(notesOf(container)).toContain(
      'Hatched bars are partial periods (for example the first half of a year), not full years.',
    );
  });

  it('says on the H1 2025 row that the report’s 380,000 from Amazon is not part of its count', () => {
    const { container } = render(<NcmecTimeline data={ncmecAiReports} title={title} />);
    const h1 = notesOf(container).find((note) => note.startsWith('H1 2025 — Corrected: '));
    expect(h1).toContain('380,000 of the 485,000 came from Amazon AI Services');
    expect(h1).toContain('not AI-generated material and not part of this count');
  });

  it('reads NCMEC’s own figure once, in the source line right after the graphic, and in the table', () => {
    const { container } = render(<NcmecTimeline data={ncmecAiReports} title={title} />);
    const svg = graphic(title);
    const description = document.getElementById(svg.getAttribute('aria-labelledby') ?? '')?.textContent;
    expect(description).toBe(
      '2023: 4,700 reports; 2024: 67,000 reports; H1 2025 (partial period): 485,000 reports. Corrected: H1 2025.',
    );
    expect(container.querySelector('.sg-source')?.textContent).toMatch(
      /Check: NCMEC’s own figure for H1 2025: 440,419\.$/,
    );
    const row = within(screen.getByRole('table', { hidden: true, name: title }))
      .getByRole('rowheader', { hidden: true, name: 'H1 2025 (partial period)' })
      .closest('tr');
    expect(row?.lastElementChild?.textContent).toBe('Corrected — NCMEC’s own figure for H1 2025: 440,419');
  });

  it('draws NCMEC’s own figure when asked, and says what the report states', () => {
    const { container } = render(<NcmecTimeline data={ncmecAiReports} figures="publisher" title={title} />);
    expect(graphic(title).textContent).toContain('440,419');
    expect(container.querySelector('.sg-source')?.textContent).toContain(
      'NCMEC’s own figure for H1 2025: 440,419 (the report states 485,000).',
    );
  });

  it('pins an annotation to its period and repeats it with its note under the chart', () => {
    const note = 'Compare it with the same months of 2024, not with a full year.';
    const { container } = render(
      <NcmecTimeline
        data={ncmecAiReports}
        title={title}
        annotations={[{ period: 'H1 2025', text: 'January to June only', note }]}
      />,
    );
    expect(container.querySelector('.sg-annotation-line')).not.toBeNull();
    expect(graphic(title).textContent).toContain('January to June only');
    expect(notesOf(container)).toContain(`H1 2025: January to June only — ${note}`);
  });

  it('pins an annotation named "H1 2025" to that half year in a German chart, labelled in German', () => {
    const { container } = render(
      <MessagesProvider catalogs={[de]}>
        <NcmecTimeline
          data={ncmecAiReports}
          title={title}
          locale="de-DE"
          annotations={[{ period: 'H1 2025', text: 'Nur Januar bis Juni' }]}
        />
      </MessagesProvider>,
    );
    expect(container.querySelector('.sg-annotation-line')).not.toBeNull();
    expect(graphic(title).textContent).toContain('Nur Januar bis Juni');
    expect(notesOf(container)).toContain(`${de.halfYear(1, '2025')}: Nur Januar bis Juni`);
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

describe('NcmecTimeline with a gap', () => {
  // Example figures, not any publisher's: a hotline's spreadsheet with `2021;k.A.`.
  const withGap: Dataset<SeriesPoint> = {
    shape: 'series',
    title: 'Example figures',
    unit: 'reports',
    rows: [2019, 2020, 2022, 2023].map((y, i) => ({ period: calendarYear(y), value: (i + 1) * 1000 })),
    gaps: [{ period: calendarYear(2021), reason: 'no-data' }],
    sources: [],
  };
  const gapTitle = 'Reports per year (example figures)';
  const plotOf = () => graphic(gapTitle);

  it('lists the gap’s year in the table with “No data” in words, never 0 or an empty cell', () => {
    render(<NcmecTimeline data={withGap} title={gapTitle} />);
    const table = screen.getByRole('table', { hidden: true, name: gapTitle });
    const rows = within(table)
      .getAllByRole('row', { hidden: true })
      .slice(1)
      .map((tr) => [...tr.children].slice(0, 2).map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['2019', '1,000'],
      ['2020', '2,000'],
      ['2021', 'No data'],
      ['2022', '3,000'],
      ['2023', '4,000'],
    ]);
    expect(within(table).getByRole('row', { hidden: true, name: /^2021 No data/ })).toBeTruthy();
  });

  it('gives the gap no check: its check cell is empty beside the checked figures', () => {
    const checked: Dataset<SeriesPoint> = {
      ...withGap,
      verification: { status: 'confirmed', note: 'Example check of example figures.' },
    };
    render(<NcmecTimeline data={checked} title={gapTitle} />);
    const table = screen.getByRole('table', { hidden: true, name: gapTitle });
    const cells = within(table)
      .getAllByRole('row', { hidden: true })
      .slice(1)
      .map((tr) => [...tr.children].map((cell) => cell.textContent));
    expect(cells[2]).toEqual(['2021', 'No data', '']);
    expect(cells[1]?.[2]).toBe('Confirmed');
  });

  it('draws the gap as an empty slot with a dashed tick and “No data”, and no bar pretending a value', () => {
    render(<NcmecTimeline data={withGap} title={gapTitle} />);
    const svg = plotOf();
    const bars = [...svg.querySelectorAll('rect.sg-bar, rect.sg-bar--partial')];
    expect(bars).toHaveLength(4);
    expect(bars.every((bar) => Number(bar.getAttribute('height')) > 0)).toBe(true);
    expect([...svg.querySelectorAll('rect')].some((r) => Number(r.getAttribute('height')) === 0)).toBe(false);
    const slot = svg.querySelector('.sg-gap');
    expect(slot?.getAttribute('data-gap')).toBe('no-data');
    expect(slot?.querySelector('line.sg-gap-tick')).not.toBeNull();
    expect(slot?.querySelector('.sg-gap-text')?.textContent).toBe('No data');
    expect(slot?.querySelector('.sg-period')?.textContent).toBe('2021');
    // The slot sits between 2020's bar and 2022's.
    const x = Number(slot?.querySelector('line')?.getAttribute('x1'));
    expect(x).toBeGreaterThan(Number(bars[1]?.getAttribute('x')));
    expect(x).toBeLessThan(Number(bars[2]?.getAttribute('x')));
  });

  it('reads the gap in its place in the graphic’s description', () => {
    render(<NcmecTimeline data={withGap} title={gapTitle} />);
    const description = document.getElementById(plotOf().getAttribute('aria-labelledby') ?? '')?.textContent;
    expect(description).toBe(
      '2019: 1,000 reports; 2020: 2,000 reports; 2021: No data; 2022: 3,000 reports; 2023: 4,000 reports.',
    );
  });

  it('announces “2021: No data” when the keyboard moves onto the gap, in period order', () => {
    const { container } = render(<NcmecTimeline data={withGap} title={gapTitle} />);
    const svg = plotOf();
    const status = container.querySelector('[role="status"]');
    fireEvent.focus(svg);
    expect(status?.textContent).toBe('2019: 1,000 reports');
    fireEvent.keyDown(svg, { key: 'ArrowRight' });
    fireEvent.keyDown(svg, { key: 'ArrowRight' });
    expect(status?.textContent).toBe('2021: No data');
    expect(svg.querySelector('.sg-gap .sg-focus-ring')).not.toBeNull();
    fireEvent.keyDown(svg, { key: 'ArrowRight' });
    expect(status?.textContent).toBe('2022: 3,000 reports');
  });

  it('writes “Keine Daten” in German', () => {
    render(<NcmecTimeline data={withGap} title={gapTitle} locale="de-DE" messages={de} />);
    expect(plotOf().querySelector('.sg-gap-text')?.textContent).toBe('Keine Daten');
    expect(
      within(screen.getByRole('table', { hidden: true, name: gapTitle })).getByRole('row', {
        hidden: true,
        name: /^2021 Keine Daten/,
      }),
    ).toBeTruthy();
  });

  it('renders the gap on the server without NaN, and has no axe violations', async () => {
    const html = renderToString(<NcmecTimeline data={withGap} title={gapTitle} />);
    expect(html).not.toMatch(/NaN|Infinity/);
    const page = new DOMParser().parseFromString(html, 'text/html');
    expect(page.querySelector('svg .sg-gap .sg-gap-text')?.textContent).toBe('No data');
    expect(page.querySelector('svg .sg-gap-tick')).not.toBeNull();
    const { container } = render(<NcmecTimeline data={withGap} title={gapTitle} />);
    expect((await axe.run(container)).violations.map((v) => v.id)).toEqual([]);
  });
});
