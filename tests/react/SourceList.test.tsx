import { iwfAiVideos, ncmecAiReports, seedSources, sourceLine, withFigures } from '@safeguard-charts/data';
import { SourceList } from '@safeguard-charts/react';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

describe('SourceList', () => {
  it('numbers the report’s sources in order, from the data', () => {
    render(<SourceList data={[seedSources]} />);
    const items = within(screen.getByRole('region', { name: 'Sources' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(
      seedSources.map((s) => sourceLine(s).replace(/^Source: |\.$/g, '')),
    );
    expect(items[0]?.textContent).toBe('Internet Watch Foundation (IWF), Annual Report 2025 (2025)');
  });

  it('lists a source once, and links its title where the data has a URL', () => {
    render(
      <SourceList
        data={[iwfAiVideos, iwfAiVideos, withFigures(ncmecAiReports, 'publisher')]}
        title="Quellen"
      />,
    );
    const region = screen.getByRole('region', { name: 'Quellen' });
    // iwfAiVideos' two documents once, then NCMEC's three (2023 data, the NYT, NCMEC's blog).
    expect(within(region).getAllByRole('listitem')).toHaveLength(5);
    expect(
      within(region)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual([
      'https://www.iwf.org.uk/aireport',
      'https://policeprofessional.com/?p=143399',
      'https://www.missingkids.org/blog/2025/spike-in-online-crimes-against-children-a-wake-up-call',
    ]);
  });
});
