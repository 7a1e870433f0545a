import { csamHosting } from '@safeguard-charts/data';
import { HostingMap, layoutHostingMap } from '@safeguard-charts/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { geoEqualEarth } from '@visx/vendor/d3-geo';
import { describe, expect, it, vi } from 'vitest';
import { fitProjection, MAP_REGIONS } from '../../packages/react/src/charts/HostingMap/layout';
import { graphic } from './queries';

const title = 'Where CSAM is hosted: Europe';
const world = { width: 640, height: 320, locale: 'en-US', measure: 'percent', unit: 'webpages' } as const;
// The plot the chart draws Europe in at 640px: 0.6 of the width.
const europe = { ...world, height: 384, region: 'europe' } as const;

/** Every x, y of a path d3 wrote (`M…L…Z`, one decimal). */
function coordinates(d: string): [number, number][] {
  const numbers = (d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
  return Array.from({ length: numbers.length / 2 }, (_, i) => [numbers[2 * i] ?? 0, numbers[2 * i + 1] ?? 0]);
}

/** The area a path covers, in square pixels: the sum of its rings' (shoelace) areas. */
function area(d: string): number {
  return d
    .split('M')
    .filter(Boolean)
    .reduce((sum, ring) => {
      const points = coordinates(ring);
      let twice = 0;
      points.forEach(([x0, y0], i) => {
        const [x1, y1] = points[(i + 1) % points.length] ?? [x0, y0];
        twice += x0 * y1 - x1 * y0;
      });
      return sum + Math.abs(twice) / 2;
    }, 0);
}

const inside = ([x, y]: [number, number], { width, height }: { width: number; height: number }) =>
  x >= 0 && x <= width && y >= 0 && y <= height;

describe('HostingMap region', () => {
  it('lists its regions once, the world first', () => {
    expect(MAP_REGIONS).toEqual(['world', 'europe']);
  });

  it('draws the world exactly as before when no region is given', () => {
    const given = layoutHostingMap(csamHosting.rows, csamHosting.aggregates, { ...world, region: 'world' });
    const omitted = layoutHostingMap(csamHosting.rows, csamHosting.aggregates, world);
    expect(given).toEqual(omitted);
    expect(omitted.outside).toEqual([]);
    expect(omitted.countries.find((c) => c.code === 'USA')?.d).toBeTruthy();
    expect(omitted.points.map((p) => p.code)).toEqual(['NLD', 'USA', 'BGR', 'HKG', 'ROU']);
  });

  it('fits Europe’s box to the plot as d3’s fitExtent does, and clips at the plot’s edges', () => {
    for (const [w, h] of [
      [640, 384],
      [360, 216],
      [900, 300],
    ] as const) {
      const d3 = geoEqualEarth()
        .rotate([-10, 0])
        .fitExtent(
          [
            [0, 0],
            [w, h],
          ],
          {
            type: 'MultiPoint',
            coordinates: [
              [-25, 34],
              [45, 34],
              [-25, 72],
              [45, 72],
            ],
          },
        );
      const ours = fitProjection(w, h, 'europe');
      expect(ours.scale()).toBeCloseTo(d3.scale(), 9);
      expect(ours.translate()[0]).toBeCloseTo(d3.translate()[0], 9);
      expect(ours.translate()[1]).toBeCloseTo(d3.translate()[1], 9);
      expect(ours.clipExtent()).toEqual([
        [0, 0],
        [w, h],
      ]);
    }
    expect(fitProjection(640, 320).clipExtent()).toBeNull();
  });

  it('draws the Netherlands on the plot, many times larger than on the world map', () => {
    const big = layoutHostingMap(csamHosting.rows, [], europe);
    const small = layoutHostingMap(csamHosting.rows, [], world);
    const nld = big.countries.find((c) => c.code === 'NLD');
    const point = big.points.find((p) => p.code === 'NLD');
    expect(point).toBeDefined();
    expect(inside([point?.x ?? -1, point?.y ?? -1], europe)).toBe(true);
    expect(coordinates(nld?.d ?? '').every((xy) => inside(xy, europe))).toBe(true);
    const ratio = area(nld?.d ?? '') / area(small.countries.find((c) => c.code === 'NLD')?.d ?? '');
    expect(ratio).toBeGreaterThanOrEqual(10);
    // Large enough to see and touch: no marker needed.
    expect(big.markers.map((m) => m.code)).not.toContain('NLD');
  });

  it('places small territories where they are, on the plot: a marker where the shape is too small to see', () => {
    const rows = ['MLT', 'MCO', 'LUX', 'NLD', 'SGP'].map((code) => ({ code, name: code, percent: 3 }));
    const { markers, points, outside } = layoutHostingMap(rows, [], europe);
    const projection = fitProjection(europe.width, europe.height, 'europe');
    // Malta and Monaco (not in the 1:110m atlas), Luxembourg and the Netherlands (shapes), give or take a centroid.
    for (const [code, lonLat] of [
      ['MLT', [14.41, 35.92]],
      ['MCO', [7.41, 43.75]],
      ['LUX', [6.1, 49.8]],
      ['NLD', [5.3, 52.2]],
    ] as const) {
      const [x, y] = projection([...lonLat]) ?? [Number.NaN, Number.NaN];
      const point = points.find((p) => p.code === code);
      expect(point, code).toBeDefined();
      expect(Math.hypot((point?.x ?? 0) - x, (point?.y ?? 0) - y), code).toBeLessThan(8);
      expect(inside([point?.x ?? -1, point?.y ?? -1], europe)).toBe(true);
    }
    expect(markers.map((m) => m.code).sort()).toEqual(['MCO', 'MLT']);
    // Singapore is outside Europe: named, not drawn.
    expect(outside.map((o) => o.code)).toEqual(['SGP']);
    expect(points.map((p) => p.code)).not.toContain('SGP');
  });

  it('leaves the United States and Hong Kong off a map of Europe, but names them, with their colour', () => {
    const layout = layoutHostingMap(csamHosting.rows, csamHosting.aggregates, europe);
    const usa = layout.countries.find((c) => c.code === 'USA');
    // Clipped away whole: no empty shape, or what is left of it is on the plot.
    expect(usa === undefined || coordinates(usa.d).every((xy) => inside(xy, europe))).toBe(true);
    expect(layout.markers.map((m) => m.code)).not.toContain('HKG');
    expect(layout.points.map((p) => p.code)).toEqual(['NLD', 'BGR', 'ROU']);
    expect(layout.outside.map((o) => o.code)).toEqual(['USA', 'HKG']);
    expect(layout.outside[0]?.label).toBe('United States: 14%');
    expect(layout.outside.every((o) => o.step > 0)).toBe(true);
    expect(layout.unplaced).toEqual([]);
    for (const c of layout.countries) {
      expect(c.d).not.toBe('');
      expect(c.d).not.toMatch(/NaN/);
      expect(coordinates(c.d).every((xy) => inside(xy, europe))).toBe(true);
    }
    for (const p of [...layout.points, ...layout.markers]) expect(inside([p.x, p.y], europe)).toBe(true);
    expect(layout.outlines.map((o) => o.code)).toEqual(['EU']);
    expect(coordinates(layout.outlines[0]?.d ?? '').every((xy) => inside(xy, europe))).toBe(true);
  });

  it('renders Europe without NaN, taller than the world, still ranking every country', async () => {
    const { container } = render(<HostingMap data={csamHosting} title={title} region="europe" />);
    const svg = graphic(title);
    expect(svg.getAttribute('viewBox')).toBe('0 0 640 384');
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
    expect(svg.querySelector('path[data-code="NLD"]')).not.toBeNull();
    expect(svg.querySelector('path[data-code="USA"]')).toBeNull();
    const items = [...(svg.closest('figure')?.querySelectorAll('ol.sg-ranking li') ?? [])];
    expect(items.map((item) => item.querySelector('.sg-ranking__name')?.textContent)).toEqual([
      'Netherlands',
      'United States',
      'Bulgaria',
      'Hong Kong',
      'Romania',
    ]);
    // The United States keeps its colour in the list though it is not drawn.
    expect(Number(items[1]?.querySelector('[data-step]')?.getAttribute('data-step'))).toBeGreaterThan(0);
    // The description names every country; the keyboard moves only between those drawn.
    const description = document.getElementById(svg.getAttribute('aria-labelledby') ?? '')?.textContent;
    expect(description).toContain('United States: 14%');
    // And the notes say so, so an image of the map (without the ranked list) names them too.
    const notes = [...document.querySelectorAll('.sg-chart__notes li')].map((li) => li.textContent);
    expect(notes).toContainEqual(
      expect.stringMatching(/^Not on this map: United States: 14% and Hong Kong: /),
    );
    await userEvent.tab();
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Netherlands: 29% (83,037 webpages)');
    await userEvent.keyboard('{ArrowRight}');
    expect(status.textContent).toMatch(/^Bulgaria: /);
  });

  it('warns once for an unknown region and draws the world', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<HostingMap data={csamHosting} title={title} region={'asia' as never} />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('HostingMap: region must be one of world, europe');
    const svg = graphic(title);
    expect(svg.getAttribute('viewBox')).toBe('0 0 640 320');
    expect(svg.querySelector('path[data-code="USA"]')?.getAttribute('d')).toBeTruthy();
  });
});
