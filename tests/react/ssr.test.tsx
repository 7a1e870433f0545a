// @vitest-environment node
import { csamHosting, iwfAiVideos, ncmecAiReports, ncmecProviderReports } from '@safeguard-charts/data';
import { HostingMap, NcmecTimeline, ProviderBars, StatCard, SurgeChart } from '@safeguard-charts/react';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

const charts: [string, ReactElement, string[]][] = [
  [
    'ProviderBars',
    <ProviderBars key="p" data={ncmecProviderReports} title="Reports by provider" />,
    ['32,079', '30,759', '971', 'OpenAI', 'Anthropic'],
  ],
  [
    'SurgeChart',
    <SurgeChart key="s" data={iwfAiVideos} title="AI-generated CSAM videos" />,
    ['13', '3,443', '+26,385%'],
  ],
  [
    'NcmecTimeline',
    <NcmecTimeline key="n" data={ncmecAiReports} title="NCMEC reports" />,
    ['4,700', '67,000', '485,000', 'partial period'],
  ],
];

describe('server render', () => {
  it.each(charts)(
    '%s renders the complete chart: SVG, marks, numbers, source line and table',
    (_, element, texts) => {
      const html = renderToString(element);
      expect(html).toMatch(/<svg[^>]*role="img"/);
      expect(html).toMatch(/<rect[^>]*class="sg-bar/);
      for (const text of texts) expect(html).toContain(text);
      expect(html).toContain('<table');
      expect(html).toContain('<caption');
      expect(html).toMatch(/Sources?: /);
      expect(html).not.toMatch(/NaN|Infinity|undefined/);
    },
  );

  it.each(charts)('%s server HTML carries no inline style and no script (strict CSP)', (_, element) => {
    const html = renderToString(element);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/<script/);
  });

  it('HostingMap renders every country path, the markers and the legend on the server', () => {
    const html = renderToString(<HostingMap data={csamHosting} title="Hosting" />);
    const paths = html.match(/<path[^>]*class="sg-country"[^>]*d="M[^"]+"/g) ?? [];
    expect(paths.length).toBeGreaterThan(170);
    expect(html).toMatch(/data-code="NLD"[^>]*d="M/);
    expect(html).toMatch(/<circle[^>]*class="sg-map-marker"/);
    expect(html.replaceAll('<!-- -->', '')).toContain('European Union: 62%');
    expect(html).not.toMatch(/NaN|Infinity/);
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('renders a StatCard to plain HTML', () => {
    expect(renderToString(<StatCard value={15036} label="AI CSAM items" />)).toContain('15,036');
  });
});
