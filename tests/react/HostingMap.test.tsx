import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { csamHosting } from '@safeguard-charts/data';
import { HostingMap, layoutHostingMap, MAP_MEASURES } from '@safeguard-charts/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { smallTerritoriesSource } from '../../packages/react/scripts/small-territories.mjs';
import { figureKey } from '../../packages/react/src/export/standaloneSvg';
import { graphic } from './queries';

const title = 'Where CSAM webpages were hosted';
/** The atlas the map draws (world-atlas, a dependency of the react package). */
const world: { objects: { countries: { geometries: { id?: string }[] } } } = JSON.parse(
  readFileSync(
    createRequire(path.join(__dirname, '../../packages/react/package.json')).resolve(
      'world-atlas/countries-110m.json',
    ),
    'utf8',
  ),
);
const options = { width: 640, height: 320, locale: 'en-US', measure: 'percent', unit: 'webpages' } as const;

describe('HostingMap', () => {
  it('draws every country of the atlas, coloured only where the data has a share', () => {
    const { countries } = layoutHostingMap(csamHosting.rows, [], options);
    // Every country of Natural Earth's 1:110m atlas but Antarctica, each once.
    const atlas = world.objects.countries.geometries.filter((g) => g.id !== '010');
    expect(countries).toHaveLength(atlas.length);
    expect(new Set(countries.map((c) => c.d)).size).toBe(atlas.length);
    const coloured = countries
      .filter((c) => c.step > 0)
      .map((c) => c.code)
      .sort();
    expect(coloured).toEqual(['BGR', 'NLD', 'ROU', 'USA']);
    expect(countries.find((c) => c.code === 'FRA')?.step).toBe(0);
    expect(countries.every((c) => !/NaN/.test(c.d))).toBe(true);
  });

  it('keeps Hong Kong, which the 1:110m atlas leaves out, as a marker named as the data names it', () => {
    const { markers, unplaced } = layoutHostingMap(csamHosting.rows, [], options);
    expect(markers.find((m) => m.code === 'HKG')?.name).toBe('Hong Kong');
    expect(unplaced).toEqual([]);
  });

  it('gives Malta, Luxembourg and Singapore markers too', () => {
    const rows = ['MLT', 'LUX', 'SGP'].map((code) => ({ code, name: code, percent: 3 }));
    const { markers, points } = layoutHostingMap(rows, [], options);
    expect(markers.map((m) => m.code).sort()).toEqual(['LUX', 'MLT', 'SGP']);
    expect(points).toHaveLength(3);
  });

  it('projects the countries once: a wider plot draws the same paths scaled, its points in the plot’s pixels', () => {
    const narrow = layoutHostingMap(csamHosting.rows, csamHosting.aggregates, options);
    const wide = layoutHostingMap(csamHosting.rows, csamHosting.aggregates, {
      ...options,
      width: 960,
      height: 480,
    });
    expect(narrow.scale).toBe(1);
    expect(wide.scale).toBe(1.5);
    // The same path strings: hydrating or resizing at a new width writes no path again.
    expect(wide.countries.map((c) => c.d)).toEqual(narrow.countries.map((c) => c.d));
    expect(wide.outlines.map((o) => o.d)).toEqual(narrow.outlines.map((o) => o.d));
    const nld = (layout: typeof narrow) => layout.points.find((p) => p.code === 'NLD');
    expect(nld(wide)?.x).toBeCloseTo((nld(narrow)?.x ?? 0) * 1.5, 6);
    expect(nld(wide)?.y).toBeCloseTo((nld(narrow)?.y ?? 0) * 1.5, 6);
    // A plot's point lies inside that plot.
    for (const p of wide.points) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(960);
    }
  });

  it('draws a map at a new width by scaling its paths, with borders that keep their width', () => {
    const { container } = render(<HostingMap data={csamHosting} title={title} width={960} />);
    const countries = container.querySelector('.sg-countries');
    expect(countries?.getAttribute('transform')).toBe('scale(1.5)');
    const ref = render(<HostingMap data={csamHosting} title={title} width={640} />).container;
    expect(ref.querySelector('.sg-countries')?.hasAttribute('transform')).toBe(false);
    expect(countries?.querySelector('path')?.getAttribute('d')).toBe(
      ref.querySelector('.sg-countries path')?.getAttribute('d'),
    );
    const css = readFileSync(path.join(__dirname, '../../packages/react/src/styles/styles.css'), 'utf8');
    expect(css).toMatch(/:where\(\.sg-country\) \{[^}]*vector-effect: non-scaling-stroke/);
  });

  it('outlines the EU as one shape', () => {
    const { outlines } = layoutHostingMap(csamHosting.rows, csamHosting.aggregates, options);
    expect(outlines.map((o) => o.code)).toEqual(['EU']);
    // One closed outline of many rings (the mainland and the islands), in plain path data.
    expect(outlines[0]?.d).toMatch(/^M[-\d.,]+(?:[LZM][-\d.,]*)+Z$/);
    expect(outlines[0]?.d.match(/M/g)?.length).toBeGreaterThan(5);
  });

  it('orders the keyboard’s countries by value, largest first', async () => {
    render(<HostingMap data={csamHosting} title={title} />);
    await userEvent.tab();
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Netherlands: 29% (83,037 webpages)');
    await userEvent.keyboard('{ArrowRight}');
    expect(status.textContent).toBe('United States: 14%');
    await userEvent.keyboard('{End}');
    expect(status.textContent).toBe('Romania: 7%');
  });

  it('lists countries sorted by value in its data table, with the legend as text', () => {
    const { container } = render(<HostingMap data={csamHosting} title={title} />);
    const table = screen.getByRole('table', { hidden: true, name: title });
    const names = within(table)
      .getAllByRole('rowheader', { hidden: true })
      .map((th) => th.textContent);
    expect(names).toEqual(['Netherlands', 'United States', 'Bulgaria', 'Hong Kong', 'Romania']);
    // The legend is the key to the colours, for the eye; the notes say the union's figure in words.
    const legend = container.querySelector('.sg-legend');
    expect(legend?.getAttribute('aria-hidden')).toBe('true');
    expect(legend?.textContent).toContain('No data');
    expect(legend?.textContent).toContain('European Union: 62%');
    expect(screen.getByText(/^Outlined: European Union, 62% of the total/)).toBeTruthy();
  });

  it('leaves out a table column that no row fills: the counts when no row has one, the shares likewise', () => {
    const headers = (data: typeof csamHosting) => {
      const { unmount } = render(<HostingMap data={data} title={title} />);
      const table = screen.getByRole('table', { hidden: true, name: title });
      const names = within(table)
        .getAllByRole('columnheader', { hidden: true })
        .map((th) => th.textContent);
      unmount();
      return names;
    };
    expect(headers(csamHosting)).toEqual(expect.arrayContaining(['Share', 'Count (webpages)']));
    const shares = { ...csamHosting, rows: csamHosting.rows.map(({ count: _, ...row }) => row) };
    expect(headers(shares)).toContain('Share');
    expect(headers(shares).some((header) => header?.startsWith('Count ('))).toBe(false);
    const counts = {
      ...csamHosting,
      unit: 'webpages',
      rows: csamHosting.rows.map(({ percent, ...row }) => ({
        ...row,
        count: Math.round((percent ?? 1) * 100),
      })),
    };
    expect(headers(counts as typeof csamHosting)).not.toContain('Share');
    expect(headers(counts as typeof csamHosting)).toContain('Count (webpages)');
  });

  it('ranks the countries with data under the map, each labelled with its value and its map colour, in the reader’s language', () => {
    const { container } = render(<HostingMap data={csamHosting} title="Hosting" locale="de-DE" />);
    // The countries are named by Intl.DisplayNames. The list is for the eye: the map's description says the same
    // countries and figures, in the same order, to a screen reader.
    const list = container.querySelector<HTMLElement>('ol.sg-ranking');
    expect(list?.getAttribute('aria-hidden')).toBe('true');
    const items = [...(list?.querySelectorAll('li') ?? [])];
    const rows = [...csamHosting.rows].sort((a, b) => (b.percent ?? -1) - (a.percent ?? -1));
    expect(items).toHaveLength(rows.length);
    expect(items[0]?.textContent).toMatch(/^Niederlande 29\s?%$/);
    const steps = items.map((item) => Number(item.querySelector('[data-step]')?.getAttribute('data-step')));
    // Colours follow the ranking: never a lighter step above a darker one.
    for (let i = 1; i < steps.length; i += 1) expect(steps[i]).toBeLessThanOrEqual(steps[i - 1] ?? 0);
    expect(steps[0]).toBeGreaterThan(0);
  });

  it('gives its downloaded image a key: the legend and the ranked countries with their figures, as the page writes them', () => {
    const { container } = render(<HostingMap data={csamHosting} title="Hosting" locale="de-DE" />);
    const figure = container.querySelector('figure') as HTMLElement;
    const svg = container.querySelector('svg.sg-chart__svg') as SVGSVGElement;
    const key = figureKey(figure, svg);
    // German numbers (a no-break space before "%", kept), English words (no German catalogue is given here).
    expect(key?.legend.map((entry) => entry.text.replaceAll('\u00a0', '_'))).toEqual([
      '0_%–6_%',
      '6_%–12_%',
      '12_%–18_%',
      '18_%–24_%',
      '24_%–30_%',
      'No data',
      'European Union: 62_%',
    ]);
    // The union's swatch is an outline, dashed; every other swatch a colour.
    expect(key?.legend.at(-1)?.swatch).toMatchObject({ fill: 'none', dash: expect.any(String) });
    expect(key?.legend.slice(0, -1).every((entry) => entry.swatch.fill && entry.swatch.fill !== 'none')).toBe(
      true,
    );
    expect(key?.ranking.map((entry) => [entry.text, entry.value.replaceAll('\u00a0', '_')])).toEqual([
      ['Niederlande', '29_%'],
      ['Vereinigte Staaten', '14_%'],
      ['Bulgarien', '9_%'],
      ['Sonderverwaltungsregion Hongkong', '8_%'],
      ['Rumänien', '7_%'],
    ]);
    // A chart without a legend or a ranked list has no key.
    const { container: bare } = render(
      <HostingMap data={{ ...csamHosting, aggregates: [] }} title="Hosting" showRanking={false} />,
    );
    const bareKey = figureKey(
      bare.querySelector('figure') as HTMLElement,
      bare.querySelector('svg.sg-chart__svg') as SVGSVGElement,
    );
    expect(bareKey?.ranking).toEqual([]);
  });

  it('leaves the ranked list out when asked', () => {
    const { container } = render(<HostingMap data={csamHosting} title="Hosting" showRanking={false} />);
    expect(container.querySelector('.sg-ranking')).toBeNull();
  });

  it('colours by count when asked, and ignores a measure it does not know, with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const counts = render(<HostingMap data={csamHosting} title="Counts" measure="count" />);
    // Steps of counts, not of percentages.
    expect(counts.container.querySelector('.sg-legend li')?.textContent).not.toContain('%');
    expect(MAP_MEASURES).toEqual(['percent', 'count']);
    const unknown = render(<HostingMap data={csamHosting} title="Unknown" measure={'share' as 'percent'} />);
    expect(unknown.container.querySelector('.sg-legend li')?.textContent).toContain('%');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('measure must be one of percent, count'));
  });

  it('names an unknown code in its notes and still draws the rest', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const data = { ...csamHosting, rows: [...csamHosting.rows, { code: 'NDL', name: 'Typo', percent: 3 }] };
    const { container } = render(<HostingMap data={data} title={title} />);
    const drawn = render(<HostingMap data={csamHosting} title="Drawn" />);
    expect(graphic(title).querySelectorAll('path.sg-country').length).toBe(
      drawn.container.querySelectorAll('path.sg-country').length,
    );
    drawn.unmount();
    expect(container.textContent).toContain(
      'Row 6, field "code": "NDL" is not an ISO 3166-1 alpha-3 or alpha-2 country code.',
    );
    expect(container.querySelectorAll('path.sg-country[data-step="5"]').length).toBeGreaterThan(0);
  });

  it('shows a message in place of the map for a share over 100%', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const data = { ...csamHosting, rows: [{ code: 'NLD', name: 'Netherlands', percent: 140 }] };
    render(<HostingMap data={data} title={title} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('note').textContent).toContain('between 0 and 100');
  });

  it('has no axe violations', async () => {
    const { container } = render(<HostingMap data={csamHosting} title={title} />);
    const result = await axe.run(container);
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('ships small-territory centroids that are generated from world-atlas, not typed by hand', () => {
    const committed = readFileSync(
      path.resolve(__dirname, '../../packages/react/src/charts/HostingMap/smallTerritories.generated.ts'),
      'utf8',
    );
    expect(committed).toBe(smallTerritoriesSource());
  });
});

describe('fitProjection', () => {
  it('fits Equal Earth exactly as d3’s fitExtent does, at any plot size', async () => {
    const { geoEqualEarth } = await import('@visx/vendor/d3-geo');
    const { atlasFeatures, fitProjection } = await import(
      '../../packages/react/src/charts/HostingMap/layout'
    );
    for (const [w, h] of [
      [640, 320],
      [328, 260],
      [1200, 500],
    ] as const) {
      const d3 = geoEqualEarth().fitExtent(
        [
          [4, 4],
          [w - 4, h - 4],
        ],
        { type: 'FeatureCollection', features: atlasFeatures() } as never,
      );
      const ours = fitProjection(w, h);
      expect(ours.scale()).toBeCloseTo(d3.scale(), 9);
      expect(ours.translate()[0]).toBeCloseTo(d3.translate()[0], 9);
      expect(ours.translate()[1]).toBeCloseTo(d3.translate()[1], 9);
    }
  });
});
