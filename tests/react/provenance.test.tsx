// One builder per fact: what a chart says about where its figures come from is the data package's own text,
// and every chart is a named figure whose graphic is described once, in sentences.
import {
  csamHosting,
  forumStudy,
  headlineStats,
  iwfAiVideos,
  iwfSeverity,
  iwfVictimSex,
  legislation,
  ncmecAiReports,
  ncmecProviderReports,
  sourceLine,
} from '@safeguard-charts/data';
import {
  HostingMap,
  LegislationTracker,
  NcmecTimeline,
  ProviderBars,
  SeverityComparison,
  ShareChart,
  StatCard,
  SurgeChart,
} from '@safeguard-charts/react';
import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { Report } from '../../stories/Report';

const charts: [string, ReactElement, Parameters<typeof sourceLine>[0]][] = [
  ['SurgeChart', <SurgeChart key="s" data={iwfAiVideos} title="T" />, iwfAiVideos],
  ['NcmecTimeline', <NcmecTimeline key="n" data={ncmecAiReports} title="T" />, ncmecAiReports],
  ['ProviderBars', <ProviderBars key="p" data={ncmecProviderReports} title="T" />, ncmecProviderReports],
  ['ShareChart (girls)', <ShareChart key="g" data={iwfVictimSex} title="T" />, iwfVictimSex],
  ['ShareChart (forum)', <ShareChart key="f" data={forumStudy} title="T" />, forumStudy],
  ['SeverityComparison', <SeverityComparison key="v" data={iwfSeverity} title="T" />, iwfSeverity],
  ['HostingMap', <HostingMap key="h" data={csamHosting} title="T" />, csamHosting],
  ['LegislationTracker', <LegislationTracker key="l" data={legislation} title="T" />, legislation],
];

describe('one builder per fact', () => {
  it.each(charts)('%s writes the same source line as the data package’s sourceLine', (_, chart, data) => {
    const { container } = render(chart);
    const line = container.querySelector('.sg-source')?.textContent;
    const includeChecks = data !== legislation;
    expect(line).toBe(sourceLine(data, { includeChecks }));
  });

  it('gives a stat card the same source line and the same status words', () => {
    const stat = headlineStats[1];
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
    expect(screen.getByRole('figure', { name: /^15,036 / }).querySelector('figcaption')?.textContent).toBe(
      `${sourceLine({ sources: stat.sources, citedSources: stat.citedSources })} Not verified.`,
    );
  });
});

describe('the report page, as a screen reader meets it', () => {
  it('names every figure, and describes every graphic once, in sentences that end with a full stop', () => {
    const { container } = render(<Report />);
    const figures = screen.getAllByRole('figure');
    expect(figures.length).toBeGreaterThan(10);
    expect(screen.getAllByRole('figure', { name: /\S/ })).toHaveLength(figures.length);
    for (const svg of container.querySelectorAll('svg[role="img"]')) {
      const ids = (svg.getAttribute('aria-labelledby') ?? '').split(' ').filter(Boolean);
      expect(ids).toHaveLength(1);
      const description = document.getElementById(ids[0] ?? '');
      // Hidden: read as the description, never again as text on the page.
      expect(description?.hidden).toBe(true);
      expect(description?.textContent).toMatch(/\S[.!?]$/);
      const subtitle = svg.closest('figure')?.querySelector('.sg-chart__subtitle')?.textContent;
      if (subtitle) expect(description?.textContent).not.toContain(subtitle);
    }
  });

  it('adds no landmark per data table: the page’s regions are its own sections and the two source lists', () => {
    render(<Report />);
    expect(screen.getAllByRole('region').map((region) => region.tagName)).toEqual(Array(7).fill('SECTION'));
    // The documents that hold the figures, and apart from them what the report cites.
    expect(screen.getByRole('region', { name: 'Documents that hold these figures' }).textContent).not.toMatch(
      /Stanford|Fortune|Thorn|Annual Report 2025/,
    );
    expect(screen.getByRole('region', { name: 'What the report cites' }).textContent).toMatch(/Stanford/);
    for (const table of screen.getAllByRole('table', { hidden: true }))
      expect(table.closest('.sg-table')?.getAttribute('role')).toBe('group');
  });

  it('says what NCMEC counts in its titles: reports involving generative AI', () => {
    render(<Report />);
    expect(
      screen.getByRole('figure', { name: /CyberTipline reports involving generative AI/ }),
    ).toBeInstanceOf(HTMLElement);
    expect(document.body.textContent).not.toMatch(/Reports of AI-generated CSAM to NCMEC/);
    expect(document.body.textContent).not.toMatch(/\+10,219%/);
  });
});
