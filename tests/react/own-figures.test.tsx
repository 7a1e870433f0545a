// An organisation's own figures: its own unit, 24 months, no checks, written with the package's helpers.

import { calendarYear, defineSeries, defineShares, half, month, quarter } from '@safeguard-charts/data';
import {
  MessagesProvider,
  NcmecTimeline,
  SeverityComparison,
  ShareChart,
  SurgeChart,
} from '@safeguard-charts/react';
import { de } from '@safeguard-charts/react/messages/de';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphic } from './queries';

const monthly = defineSeries({
  title: 'Reports to our hotline',
  unit: 'URLs',
  rows: Array.from({ length: 24 }, (_, i) => ({
    period: month(2024 + Math.floor(i / 12), (i % 12) + 1),
    value: 100 + i * 7,
  })),
  sources: [{ publisher: 'Example Hotline', title: 'Example figures, not real data' }],
});

describe('period helpers', () => {
  it('write each period’s first and last day, counting leap years, and its label', () => {
    expect(month(2024, 2)).toEqual({ start: '2024-02-01', end: '2024-02-29', label: '2024-02' });
    expect(month(2025, 2).end).toBe('2025-02-28');
    expect(quarter(2024, 3)).toEqual({ start: '2024-07-01', end: '2024-09-30', label: 'Q3 2024' });
    expect(half(2025, 1, { partial: true })).toEqual({
      start: '2025-01-01',
      end: '2025-06-30',
      label: 'H1 2025',
      partial: true,
    });
    expect(calendarYear(2023, { label: 'FY 2023' })).toEqual({
      start: '2023-01-01',
      end: '2023-12-31',
      label: 'FY 2023',
    });
  });
});

describe('an organisation’s own minimal dataset', () => {
  it.each([
    ['SurgeChart', SurgeChart],
    ['NcmecTimeline', NcmecTimeline],
  ])('%s draws 24 months in the data’s own unit, with no check line', (_, Chart) => {
    const { container } = render(<Chart data={monthly} title="Our reports" />);
    const svg = graphic('Our reports');
    expect(svg.querySelectorAll('rect.sg-bar')).toHaveLength(24);
    const table = screen.getByRole('table', { hidden: true, name: 'Our reports' });
    expect(
      within(table)
        .getAllByRole('columnheader', { hidden: true })
        .map((th) => th.textContent),
    ).toEqual(['Period', 'Value (URLs)']);
    expect(container.querySelector('.sg-source')?.textContent).toBe(
      'Source: Example Hotline, Example figures, not real data.',
    );
    expect(container.textContent).not.toMatch(/Check|Not verified|Confirmed/);
  });

  it('writes its own unit as given in any language, and the library’s words in that language', () => {
    render(
      <MessagesProvider catalogs={[de]}>
        <NcmecTimeline data={monthly} title="Unsere Meldungen" locale="de-DE" />
      </MessagesProvider>,
    );
    const table = screen.getByRole('table', { hidden: true, name: 'Unsere Meldungen' });
    expect(
      within(table)
        .getAllByRole('columnheader', { hidden: true })
        .map((th) => th.textContent),
    ).toEqual(['Zeitraum', 'Wert (URLs)']);
    expect(screen.getByRole('button', { expanded: false }).textContent).toBe('Daten anzeigen');
  });

  it('draws shares of its own', () => {
    const shares = defineShares({
      title: 'Example figures, not real data',
      unit: 'percent',
      rows: [
        { label: 'Group A', percent: 40 },
        { label: 'Group B', percent: 25 },
      ],
    });
    render(<SeverityComparison data={shares} title="Shares" />);
    expect(graphic('Shares').textContent).toContain('40%');
    render(<ShareChart data={shares} title="One share" />);
    expect(graphic('One share').textContent).toContain('40%');
  });
});

describe('a map of an organisation’s own figures', () => {
  it('takes alpha-2 codes without names, and names countries in the reader’s language', async () => {
    const { HostingMap } = await import('@safeguard-charts/react');
    const data = {
      title: 'Example figures, not real data',
      unit: 'URLs',
      rows: [
        { code: 'NL', count: 120 },
        { code: 'DE', count: 80 },
      ],
      sources: [],
    };
    const { unmount } = render(
      <MessagesProvider catalogs={[de]}>
        <HostingMap data={data as never} title="Beispielzahlen" locale="de-DE" />
      </MessagesProvider>,
    );
    const table = screen.getByRole('table', { hidden: true, name: 'Beispielzahlen' });
    expect(
      within(table)
        .getAllByRole('rowheader', { hidden: true })
        .map((th) => th.textContent),
    ).toEqual(['Niederlande', 'Deutschland']);
    unmount();
    render(<HostingMap data={data as never} title="Example" locale="ja-JP" />);
    expect(
      within(screen.getByRole('table', { hidden: true, name: 'Example' })).getAllByRole('rowheader', {
        hidden: true,
      })[0]?.textContent,
    ).toBe('オランダ');
  });
});
