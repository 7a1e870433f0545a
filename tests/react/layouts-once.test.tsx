// Each chart computes its layout once per size: the frame's height, the summary, the keyboard's points and the
// drawing share one object. Counted by wrapping each chart's layout function.
import { iwfAiVideos, iwfSeverity, ncmecAiReports, ncmecProviderReports } from '@safeguard-charts/data';
import { NcmecTimeline, ProviderBars, SeverityComparison, SurgeChart } from '@safeguard-charts/react';
import { act, render } from '@testing-library/react';
import { cloneElement } from 'react';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ count: 0, sizes: [] as string[] }));

function counted<F extends (...args: never[]) => unknown>(layout: F): F {
  return ((...args: Parameters<F>) => {
    const options = (args.length === 2 ? args[1] : args[2]) as unknown as { width: number; height?: number };
    calls.count += 1;
    calls.sizes.push(`${options.width}x${options.height ?? ''}`);
    return layout(...args);
  }) as F;
}

vi.mock('../../packages/react/src/charts/ProviderBars/layout', async (original) => {
  const module = await original<typeof import('../../packages/react/src/charts/ProviderBars/layout')>();
  return { ...module, layoutProviderBars: counted(module.layoutProviderBars) };
});
vi.mock('../../packages/react/src/charts/SurgeChart/layout', async (original) => {
  const module = await original<typeof import('../../packages/react/src/charts/SurgeChart/layout')>();
  return { ...module, layoutSurge: counted(module.layoutSurge) };
});
vi.mock('../../packages/react/src/charts/NcmecTimeline/layout', async (original) => {
  const module = await original<typeof import('../../packages/react/src/charts/NcmecTimeline/layout')>();
  return { ...module, layoutTimeline: counted(module.layoutTimeline) };
});
vi.mock('../../packages/react/src/charts/SeverityComparison/layout', async (original) => {
  const module = await original<typeof import('../../packages/react/src/charts/SeverityComparison/layout')>();
  return { ...module, layoutSeverity: counted(module.layoutSeverity) };
});

beforeEach(() => {
  calls.count = 0;
  calls.sizes = [];
});

const charts = [
  ['ProviderBars', <ProviderBars key="p" data={ncmecProviderReports} title="T" />],
  ['SurgeChart', <SurgeChart key="s" data={iwfAiVideos} title="T" />],
  [
    'NcmecTimeline',
    <NcmecTimeline key="n" data={ncmecAiReports} title="T" annotations={[{ period: '2024', text: 'a' }]} />,
  ],
  ['SeverityComparison', <SeverityComparison key="v" data={iwfSeverity} title="T" />],
] as const;

describe.each(charts)('%s', (_, chart) => {
  it('lays out once when rendered on the server', () => {
    renderToString(chart);
    expect(calls.sizes).toEqual(calls.sizes.slice(0, 1));
    expect(calls.count).toBe(1);
  });

  it('lays out once per size in the browser, and not again when it re-renders at the same size', () => {
    const view = render(chart);
    const first = calls.count;
    // The server's width, then (jsdom measures 0) at most one more size.
    expect(new Set(calls.sizes).size).toBe(first);
    expect(first).toBeLessThanOrEqual(2);
    act(() => view.rerender(chart));
    expect(calls.count).toBe(first);
    // A page's own words written inline are a new object each render: the same words do not lay out again.
    act(() => view.rerender(cloneElement(chart, { messages: { showData: 'Zahlen' } } as never)));
    const withWords = calls.count;
    act(() => view.rerender(cloneElement(chart, { messages: { showData: 'Zahlen' } } as never)));
    expect(calls.count).toBe(withWords);
  });
});
