// The download buttons every chart offers: one labelled group, chosen by the `downloads` prop, in the reader's
// language, absent where the data has a problem. (The files themselves are tested in Chromium: tests/embed.)
import { iwfAiVideos, ncmecProviderReports } from '@safeguard-charts/data';
import { MessagesProvider, ProviderBars, SurgeChart } from '@safeguard-charts/react';
import { de } from '@safeguard-charts/react/messages/de';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

const names = () =>
  within(screen.getByRole('group', { name: 'Download' }))
    .getAllByRole('button')
    .map((button) => button.textContent);

describe('downloads', () => {
  it('offers the data as CSV and the chart as SVG and PNG by default, as one labelled group', () => {
    render(<ProviderBars data={ncmecProviderReports} title="Reports" />);
    expect(names()).toEqual(['Data (CSV)', 'Image (SVG)', 'Image (PNG)']);
  });

  it('offers what the downloads prop asks for, or nothing', () => {
    const { rerender } = render(
      <ProviderBars data={ncmecProviderReports} title="Reports" downloads={['csv']} />,
    );
    expect(names()).toEqual(['Data (CSV)']);
    rerender(<ProviderBars data={ncmecProviderReports} title="Reports" downloads={false} />);
    expect(screen.queryByRole('group', { name: 'Download' })).toBeNull();
    rerender(<ProviderBars data={ncmecProviderReports} title="Reports" downloads={['pdf'] as never} />);
    expect(screen.queryByRole('group', { name: 'Download' })).toBeNull();
  });

  it('speaks the reader’s language', () => {
    render(
      <MessagesProvider catalogs={[de]}>
        <SurgeChart data={iwfAiVideos} title="Videos" locale="de-DE" />
      </MessagesProvider>,
    );
    expect(
      within(screen.getByRole('group', { name: 'Herunterladen' }))
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Daten (CSV)', 'Bild (SVG)', 'Bild (PNG)']);
  });

  it('is not offered where the data has a problem', () => {
    render(<ProviderBars data={{ ...ncmecProviderReports, rows: [] }} title="Reports" />);
    expect(screen.queryByRole('group')).toBeNull();
  });
});
