// Property-based tests of every chart: whatever the data and props, a server render never throws, never
// writes NaN or Infinity into the markup, and either draws the chart (when the validator accepts the data)
// or shows its accessible message; the page then hydrates without an error.
import {
  validateHosting,
  validateLegislation,
  validateProviderReports,
  validateSeries,
  validateShares,
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
import fc from 'fast-check';
import { act, type ComponentType, createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import {
  anyValue,
  commonProps,
  figureProps,
  materialize,
  noisy,
  runs,
  SEED,
  valid,
} from '../properties/arbitraries';

type Chart = ComponentType<Record<string, unknown>>;
type Validate = (input: unknown) => { ok: boolean; data?: unknown };
/** Rows of a validator's checked copy. */
const rowsOf = (result: { data?: unknown }) => (result.data as { rows?: unknown[] } | undefined)?.rows ?? [];
/** Whether a chart draws for `data`: the validator accepts it, and the chart has what it needs beyond that. */
const draws = (name: string, validate: Validate, data: unknown): boolean =>
  validate(data).ok && (name !== 'SurgeChart' || rowsOf(validate(data)).length >= 2);
const charts: [string, Chart, Validate, fc.Arbitrary<unknown>, fc.Arbitrary<unknown>][] = [
  ['SurgeChart', SurgeChart as never, validateSeries, valid.series, noisy.series],
  ['NcmecTimeline', NcmecTimeline as never, validateSeries, valid.series, noisy.series],
  ['ProviderBars', ProviderBars as never, validateProviderReports, valid.provider, noisy.provider],
  ['SeverityComparison', SeverityComparison as never, validateShares, valid.share, noisy.share],
  ['ShareChart', ShareChart as never, validateShares, valid.share, noisy.share],
  ['HostingMap', HostingMap as never, validateHosting, valid.hosting, noisy.hosting],
  ['LegislationTracker', LegislationTracker as never, validateLegislation, valid.law, noisy.law],
];
/** The props each chart takes: the common ones, and figures, scale and notation where it has them. */
const propsFor = (name: string): fc.Arbitrary<Record<string, unknown>> =>
  fc.tuple(commonProps, figureProps).map(([common, figure]) => {
    if (name === 'LegislationTracker') {
      const { height: _h, notes: _n, description: _d, ...rest } = common as Record<string, unknown>;
      return rest;
    }
    const extra =
      name === 'SurgeChart' || name === 'NcmecTimeline'
        ? figure
        : name === 'ProviderBars'
          ? { figures: figure.figures, notation: figure.notation }
          : { figures: figure.figures };
    return { ...common, ...extra } as Record<string, unknown>;
  });

/** Attribute values of the markup that hold NaN or Infinity. */
function badAttributes(html: string): string[] {
  return [...html.matchAll(/\s([a-zA-Z-]+)="([^"]*)"/g)]
    .filter(([, , value]) => /NaN|Infinity/.test(value ?? ''))
    .map(([attribute]) => attribute.trim());
}

describe.each(charts)('%s on random data and props', (name, Chart, validate, right, input) => {
  it('renders on the server without throwing or writing NaN, and draws exactly when the data is valid', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    fc.assert(
      fc.property(fc.oneof(right, input), propsFor(name), (rawData, rawProps) => {
        const data = materialize(rawData);
        const props = materialize(rawProps) as Record<string, unknown>;
        const html = renderToString(createElement(Chart, { ...props, data }));
        expect(badAttributes(html)).toEqual([]);
        expect(html.length).toBeLessThan(2_000_000);
        const drawn = name === 'LegislationTracker' ? html.includes('sg-laws__list') : html.includes('<svg');
        const accepted =
          draws(name, validate, data) ||
          // The map draws what it can when only some country codes are unknown.
          (name === 'HostingMap' && html.includes('<svg'));
        expect(drawn, html.slice(0, 300)).toBe(accepted);
        if (!drawn) expect(html).toContain('role="note"');
      }),
      { seed: SEED, numRuns: runs(name === 'HostingMap' ? 100 : 300) },
    );
  });

  it('hydrates its server HTML without an error', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fc.assert(
      fc.asyncProperty(fc.oneof(right, input), propsFor(name), async (rawData, rawProps) => {
        errors.mockClear();
        const element = createElement(Chart, {
          ...(materialize(rawProps) as Record<string, unknown>),
          data: materialize(rawData),
        });
        const container = document.createElement('div');
        container.innerHTML = renderToString(element);
        document.body.append(container);
        const root = await act(async () => hydrateRoot(container, element));
        expect(errors.mock.calls.map((call) => call.map(String).join(' ').slice(0, 400))).toEqual([]);
        await act(async () => root.unmount());
        container.remove();
      }),
      { seed: SEED, numRuns: runs(name === 'HostingMap' ? 15 : 50) },
    );
  });
});

describe('StatCard and SourceList on random props', () => {
  it('StatCard never throws, and writes a figure or its message', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    fc.assert(
      fc.property(
        anyValue,
        fc.record({
          label: anyValue,
          format: fc.constantFrom('number', 'percent', 'percent-change', 'other'),
          maximumFractionDigits: fc.oneof(fc.integer({ min: -5, max: 200 }), anyValue),
          notation: anyValue,
          locale: anyValue,
          sources: anyValue,
          verification: anyValue,
        }),
        (value, props) => {
          const html = renderToString(
            createElement(StatCard as never, {
              ...(materialize(props) as object),
              value: materialize(value),
            }),
          );
          expect(badAttributes(html)).toEqual([]);
          expect(html).toContain('sg-stat__sentence');
        },
      ),
      { seed: SEED, numRuns: runs(300) },
    );
  });

  it('SourceList never throws, whatever its data', () => {
    fc.assert(
      fc.property(anyValue, anyValue, (data, title) => {
        const html = renderToString(
          createElement(SourceList as never, { data: materialize(data), title: materialize(title) }),
        );
        expect(html).toContain('sg-sources__list');
      }),
      { seed: SEED, numRuns: runs(200) },
    );
  });
});

describe('the counterexamples the properties found, kept as regressions', () => {
  const year = (y: number) => ({ start: `${y}-01-01`, end: `${y}-12-31`, label: String(y) });

  it('draws a negative publisher figure as no bar, never at x="-Infinity"', () => {
    // The validator accepts any finite number as a publisher's own figure; -1e308 against 5 put the value's
    // label at -Infinity.
    const data = {
      unit: 'reports',
      sources: [{ publisher: 'Example publisher', title: 'Example figures, not real data' }],
      rows: [
        {
          provider: 'A',
          value: 100,
          newReporter: false,
          verification: { status: 'corrected', note: 'n', value: -1e308 },
        },
        {
          provider: 'B',
          value: 80,
          newReporter: false,
          verification: { status: 'corrected', note: 'n', value: 5 },
        },
      ],
    };
    const html = renderToString(
      createElement(ProviderBars, { data: data as never, title: 'T', figures: 'publisher' }),
    );
    expect(html).toContain('sg-bar');
    expect(html).not.toMatch(/="[^"]*(NaN|Infinity)/);
    // The bar of the negative figure has no length; the other is the longest.
    const widths = [...html.matchAll(/class="sg-bar"[^>]*width="([^"]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(Math.min(...widths)).toBe(0);
    expect(Math.max(...widths)).toBeGreaterThan(100);
  });

  it('lists no source, and does not throw, when its data is a list whose items throw when read', () => {
    const hostile = new Proxy([{ sources: [{ publisher: 'P', title: 'T' }] }], {
      get(target, key) {
        if (key === 'length' || /^\d+$/.test(String(key))) throw new Error('hostile');
        return Reflect.get(target, key);
      },
    });
    const html = renderToString(createElement(SourceList, { data: hostile as never }));
    expect(html).toContain('sg-sources__list');
    expect(html).not.toContain('<li');
  });

  it('keeps the markup of 2,000 rows within a few megabytes for every chart', () => {
    const series = {
      unit: 'reports',
      rows: Array.from({ length: 2000 }, (_, i) => ({ period: year(1000 + i), value: i * 7919 })),
    };
    const providers = {
      unit: 'reports',
      rows: Array.from({ length: 2000 }, (_, i) => ({ provider: `Provider ${i}`, value: i })),
    };
    const shares = {
      unit: 'percent',
      rows: Array.from({ length: 2000 }, (_, i) => ({ label: `Group ${i}`, percent: i % 100 })),
    };
    const laws = {
      rows: Array.from({ length: 2000 }, (_, i) => ({
        name: `Law ${i}`,
        jurisdiction: 'Malta',
        status: 'law',
      })),
    };
    const elements = [
      createElement(SurgeChart as never, { data: series, title: 'Many' }),
      createElement(NcmecTimeline as never, { data: series, title: 'Many' }),
      createElement(ProviderBars as never, { data: providers, title: 'Many' }),
      createElement(SeverityComparison as never, { data: shares, title: 'Many' }),
      createElement(ShareChart as never, { data: shares, title: 'Many', row: 1999 }),
      createElement(LegislationTracker as never, { data: laws, title: 'Many' }),
    ];
    for (const element of elements) {
      const html = renderToString(element);
      expect(html.length).toBeLessThan(5_000_000);
      expect(badAttributes(html)).toEqual([]);
    }
  });

  it('draws a log scale up to the largest number there is, without hanging', () => {
    const data = {
      unit: 'reports',
      rows: [
        { period: year(2024), value: 1.7976931348623157e308 },
        { period: year(2025), value: 1 },
      ],
      sources: [],
    };
    for (const Chart of [SurgeChart, NcmecTimeline]) {
      const html = renderToString(createElement(Chart as never, { data, title: 'Huge', scale: 'log' }));
      expect(html).toContain('<svg');
      expect(badAttributes(html)).toEqual([]);
    }
  });

  it('draws a bare array of rows, which the validators accept', () => {
    const rows = [{ provider: 'OpenAI', value: 3 }];
    expect(renderToString(createElement(ProviderBars as never, { data: rows, title: 'Bare' }))).toContain(
      '<svg',
    );
    const laws = [{ name: 'A law', jurisdiction: 'Malta', status: 'law' }];
    expect(
      renderToString(createElement(LegislationTracker as never, { data: laws, title: 'Laws' })),
    ).toContain('A law');
  });

  it('bounds height, digits, heading levels, notes and titles instead of throwing', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const data = {
      unit: 'reports',
      rows: [
        { period: year(2024), value: 5 },
        { period: year(2025), value: 9 },
      ],
    };
    const html = renderToString(
      createElement(SurgeChart as never, {
        data,
        title: { not: 'text' },
        height: Number.POSITIVE_INFINITY,
        headingLevel: 'h 1',
        notes: 5,
      }),
    );
    expect(html).toContain('<h3');
    expect(html).not.toMatch(/height="(Infinity|1e\+308)"/);
    expect(
      renderToString(createElement(SurgeChart as never, { data, title: 'x', height: 1e308 })),
    ).not.toContain('1e+308');
    expect(
      renderToString(
        createElement(StatCard as never, { value: 1 / 3, label: 'x', maximumFractionDigits: 100 }),
      ),
    ).toContain('0.33333');
    expect(renderToString(createElement(SourceList as never, { data: null }))).toContain('Sources');
  });
});
