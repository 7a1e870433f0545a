import {
  csamHosting,
  iwfAiVideos,
  iwfSeverity,
  iwfVictimSex,
  legislation,
  ncmecAiReports,
  ncmecProviderReports,
  seedSources,
} from '@safeguard-charts/data';
import {
  HostingMap,
  LegislationTracker,
  NcmecTimeline,
  ProviderBars,
  SeverityComparison,
  ShareChart,
  SourceList,
  StatCard,
  SurgeChart,
} from '@safeguard-charts/react';
import { act, type ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

const elements: [string, ReactElement][] = [
  ['ProviderBars', <ProviderBars key="p" data={ncmecProviderReports} title="Reports by provider" />],
  ['SurgeChart', <SurgeChart key="s" data={iwfAiVideos} title="Videos" />],
  ['NcmecTimeline', <NcmecTimeline key="n" data={ncmecAiReports} title="Reports" locale="de-DE" />],
  ['StatCard', <StatCard key="c" value={485000} label="reports" />],
  ['HostingMap', <HostingMap key="h" data={csamHosting} title="Hosting" />],
  ['SeverityComparison', <SeverityComparison key="v" data={iwfSeverity} title="Severity" />],
  ['ShareChart', <ShareChart key="w" data={iwfVictimSex} title="Share" />],
  ['LegislationTracker', <LegislationTracker key="l" data={legislation} title="Laws" />],
  ['SourceList', <SourceList key="o" data={[seedSources]} />],
];

describe('hydration', () => {
  it.each(elements)('%s hydrates its server HTML without a warning or error', async (_, element) => {
    const html = renderToString(element);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const recoverable: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, element, { onRecoverableError: (e) => recoverable.push(e) });
    });
    expect(recoverable).toEqual([]);
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    error.mockRestore();
    warn.mockRestore();
    container.remove();
  });
});
