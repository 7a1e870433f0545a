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
  // What each chart draws on the server, mark by mark and word by word, is held by its goldens
  // (tests/react/goldens.test.tsx); here, what a golden cannot say at a glance.
  it.each(charts)('%s server HTML holds the figures a reader looks for', (_, element, texts) => {
    const html = renderToString(element).replaceAll('<!-- -->', '');
    for (const text of texts) expect(html).toContain(text);
  });

  it.each(charts)('%s server HTML carries no inline style and no script (strict CSP)', (_, element) => {
    const html = renderToString(element);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/<script/);
  });

  it('HostingMap server HTML carries no inline style and no number it cannot write', () => {
    const html = renderToString(<HostingMap data={csamHosting} title="Hosting" />);
    expect(html.replaceAll('<!-- -->', '')).toContain('European Union: 62%');
    expect(html).not.toMatch(/NaN|Infinity/);
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('renders a StatCard to plain HTML', () => {
    expect(renderToString(<StatCard value={15036} label="AI CSAM items" />)).toContain('15,036');
  });
});
