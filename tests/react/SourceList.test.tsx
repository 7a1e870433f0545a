import { iwfAiVideos, ncmecAiReports, seedSources, withFigures } from '@safeguard-charts/data';
import { SourceList } from '@safeguard-charts/react';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

describe('SourceList', () => {
  it('numbers the report’s sources in order, from the data', () => {
    render(<SourceList data={[seedSources]} />);
    const items = within(screen.getByRole('region', { name: 'Sources' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.split(' — ')[0])).toEqual(seedSources.map((s) => s.publisher));
  });

  it('lists a source once, and links its title where the data has a URL', () => {
    render(
      <SourceList
        data={[iwfAiVideos, iwfAiVideos, withFigures(ncmecAiReports, 'publisher')]}
        title="Quellen"
      />,
    );
    const region = screen.getByRole('region', { name: 'Quellen' });
    expect(within(region).getAllByRole('listitem')).toHaveLength(3);
    expect(within(region).getByRole('link').getAttribute('href')).toMatch(
      /^https:\/\/www\.missingkids\.org\//,
    );
  });
});
