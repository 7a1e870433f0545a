import { headlineStats, iwfAiVideos, percentChange } from '@safeguard-charts/data';
import { StatCard } from '@safeguard-charts/react';
import { render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

const [before, after] = iwfAiVideos.rows;
const surge = percentChange(before?.value ?? Number.NaN, after?.value ?? Number.NaN) ?? Number.NaN;
const label = 'increase in AI-generated CSAM videos';

describe('StatCard', () => {
  it('reads the headline figure and its label as one sentence', () => {
    render(<StatCard value={surge} format="percent" label={label} sources={iwfAiVideos.sources} />);
    const sentence = screen.getByText(label).closest('p');
    expect(sentence?.textContent).toBe(`26,385% ${label}`);
  });

  it('writes numbers as the locale does', () => {
    const cases: [Parameters<typeof StatCard>[0], string][] = [
      [{ value: 485000, label: 'reports', locale: 'en-US' }, '485,000'],
      [{ value: 485000, label: 'reports', locale: 'en-GB', notation: 'compact' }, '485k'],
      [{ value: 485000, label: 'reports', locale: 'de-DE' }, '485.000'],
      [{ value: 485000, label: 'reports', locale: 'fr-FR' }, '485\u202f000'],
      [{ value: 485000, label: 'reports', locale: 'fr-FR', notation: 'compact' }, '485\u00a0k'],
      [{ value: 485000, label: 'reports', locale: 'nl-NL' }, '485.000'],
      [{ value: 485000, label: 'reports', notation: 'compact' }, '485K'],
      [{ value: surge, label: 'change', format: 'percent-change', locale: 'en-GB' }, '+26,385%'],
      [{ value: 97, label: 'girls', format: 'percent', locale: 'de-DE' }, '97\u00a0%'],
      [{ value: 485000, label: 'بلاغات', locale: 'ar' }, new Intl.NumberFormat('ar').format(485000)],
    ];
    for (const [props, expected] of cases) {
      const { container, unmount } = render(<StatCard {...props} />);
      expect(container.querySelector('.sg-stat__value')?.textContent).toBe(expected);
      unmount();
    }
  });

  it('builds its source line from the data, not from typed text', () => {
    render(<StatCard value={3443} label="videos" sources={iwfAiVideos.sources} />);
    const figure = screen.getByRole('figure');
    const caption = figure.querySelector('figcaption');
    expect(caption?.textContent).toMatch(/^Source/);
    expect(caption?.textContent).toContain(iwfAiVideos.sources[0]?.publisher ?? '(none)');
  });

  it('shows a message instead of NaN for a value that is not a number, and warns once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container, rerender } = render(<StatCard value={Number.NaN} label="broken figure" />);
    rerender(<StatCard value={Number.NaN} label="broken figure" />);
    expect(screen.getByRole('status').textContent).toMatch(/No valid figure/);
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('says when the publisher’s own figure differs from the seed’s', () => {
    const stat = headlineStats[2];
    if (!stat) throw new Error('no headline stat');
    render(
      <StatCard
        value={stat.value}
        label={stat.label}
        sources={stat.sources}
        citedSources={stat.citedSources}
        verification={stat.verification}
      />,
    );
    const caption = screen
      .getByRole('figure', { name: /485,000 CyberTipline reports/ })
      .querySelector('figcaption');
    expect(caption?.textContent).toBe(
      'Source: The New York Times, A.I.-Generated Images of Child Sexual Abuse Are Flooding the Internet (2025). The report cites: National Center for Missing & Exploited Children (NCMEC), 2023–2025 data (2025). Corrected: NCMEC’s own figure: 440,419.',
    );
  });

  it('says “Confirmed” for a confirmed figure, where an unconfirmed one says its status', () => {
    render(
      <StatCard
        value={3443}
        label="videos"
        sources={iwfAiVideos.sources}
        verification={iwfAiVideos.verification}
      />,
    );
    expect(screen.getByRole('figure').querySelector('.sg-stat__check')?.textContent).toBe('Confirmed.');
  });

  it('says nothing of a check for a figure that carries none', () => {
    render(<StatCard value={3443} label="videos" sources={iwfAiVideos.sources} />);
    expect(screen.getByRole('figure').querySelector('.sg-stat__check')).toBeNull();
  });

  it('forwards its ref, spreads extra props and merges className', () => {
    const ref = createRef<HTMLElement>();
    render(<StatCard ref={ref} value={15036} label="items" className="mine" data-testid="card" />);
    const card = screen.getByTestId('card');
    expect(ref.current).toBe(card);
    expect(card.className).toBe('sg-root sg-stat mine');
  });

  it('renders its whole content on the server', () => {
    const html = renderToString(
      <StatCard value={485000} label="NCMEC reports" sources={iwfAiVideos.sources} />,
    );
    expect(html).toContain('485,000');
    expect(html).toContain('NCMEC reports');
    expect(html).toContain('<figcaption');
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <StatCard
        value={97}
        format="percent"
        label="of victims depicted as girls"
        sources={iwfAiVideos.sources}
      />,
    );
    const result = await axe.run(container);
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
