// The `stat-card` chart kind: one figure of a dataset as a StatCard, as the embed and chartKind() draw it.
import {
  csamHosting,
  iwfSeverity,
  legislation,
  ncmecAiReports,
  ncmecProviderReports,
} from '@safeguard-charts/data';
import {
  CHART_COMPONENTS,
  CHART_KIND_INFO,
  chartKind,
  DatasetStatCard,
  type DatasetStatCardProps,
} from '@safeguard-charts/react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

const StatKind = CHART_COMPONENTS['stat-card'];

/** The card's figure, its words and the line under it. */
function card(props: Record<string, unknown>) {
  const { container, unmount } = render(<StatKind locale="en-US" {...props} />);
  const text = (selector: string) => container.querySelector(selector)?.textContent ?? '';
  const result = {
    value: text('.sg-stat__value'),
    label: text('.sg-stat__label'),
    context: text('p.sg-stat__context'),
    status: text('[role="status"]'),
    all: container.textContent ?? '',
  };
  unmount();
  return result;
}

describe('the stat-card chart kind', () => {
  it('is exported from the package entry as DatasetStatCard, the component the embed’s stat-card draws', () => {
    expect(DatasetStatCard).toBe(StatKind);
    const props: DatasetStatCardProps = {
      data: ncmecAiReports,
      locale: 'de-DE',
      title: 'Meldungen an NCMEC',
    };
    const { container } = render(<DatasetStatCard {...props} />);
    // The series' latest figure, in German, under the title the page gave.
    const latest = ncmecAiReports.rows.at(-1)?.value ?? Number.NaN;
    const figure = screen.getByText(new Intl.NumberFormat('de-DE').format(latest));
    expect(figure.closest('[hidden], [aria-hidden="true"]')).toBeNull();
    expect(screen.getByText('Meldungen an NCMEC').closest('[hidden], [aria-hidden="true"]')).toBeNull();
    expect(container.textContent).not.toMatch(/NaN|undefined/);
  });

  it('is a kind with a form of its own, its options, and a series’ CSV shape', () => {
    expect(CHART_KIND_INFO['stat-card']).toEqual({
      csvShape: 'series',
      form: 'stat',
      options: ['row', 'measureLabel', 'notation'],
    });
    expect(chartKind('stat-card')?.component).toBe(StatKind);
  });

  it('draws a series’ latest period by default, and the row it names', () => {
    expect(card({ data: ncmecAiReports, title: 'Reports' })).toMatchObject({
      value: '485,000',
      label: 'reports (H1 2025)',
      context: 'Reports',
    });
    expect(card({ data: ncmecAiReports, row: 1, notation: 'compact' })).toMatchObject({
      value: '67K',
      label: 'reports (2024)',
    });
  });

  it('draws a share, a provider and a country, each in its words; measureLabel and subtitle replace them', () => {
    expect(card({ data: iwfSeverity })).toMatchObject({ value: '65%', label: 'AI-generated videos (2025)' });
    expect(card({ data: ncmecProviderReports, row: 2 }).label).toMatch(/^reports \(Anthropic/);
    expect(card({ data: csamHosting }).value).toMatch(/%$/);
    expect(
      card({ data: iwfSeverity, measureLabel: 'of AI videos were Category A', subtitle: 'IWF', title: 'x' }),
    ).toMatchObject({ label: 'of AI videos were Category A', context: 'IWF' });
  });

  it('says there is no figure for a law, a missing row or bad data, and ignores a row that is not a whole number', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(card({ data: legislation }).status).toContain('No valid figure');
    expect(card({ data: ncmecAiReports, row: 9 }).all).toContain('There is no row 10');
    expect(card({ data: { unit: 'reports', rows: [{ period: 1 }] } }).status).toContain('No valid figure');
    expect(card({ data: ncmecAiReports, row: Number.NaN }).value).toBe('485,000');
    expect(card({ data: ncmecAiReports, row: -1 }).value).toBe('485,000');
    for (const result of [card({ data: null }), card({ data: 'x', row: 'y' })])
      expect(result.all).not.toMatch(/NaN|undefined/);
    expect(warn).toHaveBeenCalled();
  });
});
