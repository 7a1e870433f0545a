import {
  calendarYear,
  type Dataset,
  iwfAiVideos,
  ncmecAiReports,
  ncmecH1Comparison,
  type SeriesPoint,
} from '@safeguard-charts/data';
import { SurgeChart } from '@safeguard-charts/react';
import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { graphic } from './queries';

const title = 'AI-generated CSAM videos found by the IWF';
const description = (svg: Element) =>
  document.getElementById(svg.getAttribute('aria-labelledby') ?? '')?.textContent ?? '';

describe('SurgeChart', () => {
  it('calls out the change computed from the data, +26,385% from 2024 to 2025', () => {
    render(<SurgeChart data={iwfAiVideos} title={title} />);
    const svg = graphic(title);
    expect(svg.querySelector('.sg-callout')?.textContent).toBe('+26,385%from 2024 to 2025 (computed)');
    expect(description(svg)).toBe(
      '+26,385% from 2024 to 2025 (computed). 2024: 13 videos; 2025: 3,443 videos.',
    );
  });

  it('never compares a full year with a half year: no “+10,219%”, and a note says why', () => {
    const { container } = render(<SurgeChart data={ncmecAiReports} title="Reports" />);
    const svg = graphic('Reports');
    expect(container.textContent).not.toContain('10,219');
    expect(svg.querySelector('.sg-callout')).toBeNull();
    const note =
      'No change is shown: 2023 covers 12 months and H1 2025 covers 6 months, so the two cannot be compared.';
    expect([...container.querySelectorAll('.sg-chart__notes li')].map((li) => li.textContent)).toContain(
      note,
    );
    expect(description(svg)).toContain(note);
  });

  it('compares like for like when the data has the same half of an earlier year', () => {
    const [y2023, y2024, h1_2025] = ncmecAiReports.rows;
    const [h1_2024] = ncmecH1Comparison.rows;
    const data = { ...ncmecAiReports, rows: [y2023, h1_2024, y2024, h1_2025] as SeriesPoint[] };
    render(<SurgeChart data={data} title="Like for like" />);
    const svg = graphic('Like for like');
    // 6,835 (H1 2024) → 485,000 (H1 2025, the seed's figure): +6,996%.
    expect(svg.querySelector('.sg-callout')?.textContent).toBe('+6,996%from H1 2024 to H1 2025 (computed)');
  });

  it('marks a half year as a partial period in its data table', () => {
    render(<SurgeChart data={ncmecH1Comparison} title="H1" />);
    const table = screen.getByRole('table', { hidden: true, name: 'H1' });
    expect(
      within(table)
        .getAllByRole('rowheader', { hidden: true })
        .map((th) => th.textContent),
    ).toEqual(['H1 2024 (partial period)', 'H1 2025 (partial period)']);
    expect(graphic('H1').querySelector('.sg-callout')?.textContent).toBe(
      '+6,344%from H1 2024 to H1 2025 (computed)',
    );
  });

  it('says so in a note when the scale is logarithmic', () => {
    const { container } = render(<SurgeChart data={iwfAiVideos} title={title} scale="log" />);
    expect(container.querySelector('.sg-chart__notes')?.textContent).toContain(
      'Logarithmic scale: each gridline is ten times the one below it.',
    );
  });

  it('needs two periods: one period gives a message, not a chart', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<SurgeChart data={{ ...iwfAiVideos, rows: iwfAiVideos.rows.slice(1) }} title="One" />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('note').textContent).toContain(
      'This chart needs at least two periods to show a change.',
    );
  });

  it('renders the change and the source line on the server, with no axe violations', async () => {
    const html = renderToString(<SurgeChart data={iwfAiVideos} title={title} />);
    const page = new DOMParser().parseFromString(html, 'text/html');
    expect(page.querySelector('.sg-callout')?.textContent).toContain('+26,385%');
    expect(page.querySelector('.sg-source')?.textContent).toMatch(
      /\. The report cites: Internet Watch Foundation \(IWF\), Annual Report 2025 \(2025\)\.$/,
    );
    expect(page.querySelector('.sg-source a')?.getAttribute('href')).toBe('https://www.iwf.org.uk/aireport');
    const { container } = render(<SurgeChart data={iwfAiVideos} title={title} />);
    expect((await axe.run(container)).violations.map((v) => v.id)).toEqual([]);
  });
});

describe('SurgeChart with a gap', () => {
  // Example figures, not any publisher's; the latest year has no figure yet.
  const data: Dataset<SeriesPoint> = {
    shape: 'series',
    title: 'Example figures',
    unit: 'reports',
    rows: [
      { period: calendarYear(2022), value: 100 },
      { period: calendarYear(2023), value: 250 },
    ],
    gaps: [{ period: calendarYear(2024), reason: 'missing' }],
    sources: [],
  };

  it('measures the change between the two figures, never to the gap as if it were 0', () => {
    const { container } = render(<SurgeChart data={data} title="Example figures" />);
    const svg = graphic('Example figures');
    expect(svg.querySelector('.sg-callout')?.textContent).toBe('+150%from 2022 to 2023 (computed)');
    expect(container.textContent).not.toMatch(/[−-]100\s?%/);
    expect(description(svg)).toBe(
      '+150% from 2022 to 2023 (computed). 2022: 100 reports; 2023: 250 reports; 2024: No data.',
    );
    // The emphasis is on 2023's bar, the change's end; the gap has no bar at all.
    const bars = [...svg.querySelectorAll('rect.sg-bar')];
    expect(bars).toHaveLength(2);
    expect(bars[1]?.getAttribute('data-emphasis')).toBe('true');
    expect(svg.querySelector('.sg-gap .sg-gap-text')?.textContent).toBe('No data');
  });

  it('lists the gap in its table with “No data”', () => {
    render(<SurgeChart data={data} title="Example figures" />);
    const table = screen.getByRole('table', { hidden: true, name: 'Example figures' });
    expect(within(table).getByRole('row', { hidden: true, name: /^2024 No data/ })).toBeTruthy();
    expect(
      within(table)
        .getAllByRole('rowheader', { hidden: true })
        .map((th) => th.textContent),
    ).toEqual(['2022', '2023', '2024']);
  });

  it('still needs two figures: one figure and a gap give a message, not a chart', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<SurgeChart data={{ ...data, rows: data.rows.slice(1) }} title="One" />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('note').textContent).toContain(
      'This chart needs at least two periods to show a change.',
    );
  });

  it('renders the gap on the server without NaN', () => {
    const html = renderToString(<SurgeChart data={data} title="Example figures" />);
    expect(html).not.toMatch(/NaN|Infinity/);
    const page = new DOMParser().parseFromString(html, 'text/html');
    expect(page.querySelector('svg .sg-gap-tick')).not.toBeNull();
    expect(page.querySelector('.sg-callout')?.textContent).toContain('+150%');
  });
});
