/*
 * The three scales the column charts use, as d3-scale computes them, on d3-array's `nice` and `ticks` (through
 * @visx/vendor). d3-scale itself brings d3-interpolate and d3-color for interpolating colours, which a column
 * chart never does: 12 KB gzip of a 25 KB chart. Tests hold these equal to d3-scale's own results.
 */
import { nice, ticks } from '@visx/vendor/d3-array';

/** A value scale from a domain to a pixel range, with the ticks to draw. */
export interface ValueScaleFn {
  (value: number): number;
  /** The domain after it was made nice. */
  domain: readonly [number, number];
  /** About `count` round values across the domain. */
  ticks: (count: number) => number[];
}

/**
 * A linear scale from `[0, max]` to `range`, its domain made nice as d3's `scaleLinear().nice(count)` makes it
 * (ten ticks' worth of rounding by default). Made nice for the `count` its ticks are asked for, the domain ends on
 * a tick, so the axis's top gridline is at or above `max`: no bar stands taller than the axis says.
 */
export function linearScale(max: number, range: readonly [number, number], count = 10): ValueScaleFn {
  const [low, high] = nice(0, max, count) as [number, number];
  const [r0, r1] = range;
  const span = high - low || 1;
  const scale = ((value: number) => r0 + ((value - low) / span) * (r1 - r0)) as ValueScaleFn;
  scale.domain = [low, high];
  scale.ticks = (count) => ticks(low, high, count);
  return scale;
}

/**
 * A base-10 log scale from `[low, high]` (both positive) to `range`, its domain widened to whole powers of ten
 * as d3's `scaleLog().nice()` widens it.
 */
export function logScale(low: number, high: number, range: readonly [number, number]): ValueScaleFn {
  const from = 10 ** Math.floor(Math.log10(low));
  const to = 10 ** Math.ceil(Math.log10(high));
  const [r0, r1] = range;
  const span = Math.log10(to) - Math.log10(from) || 1;
  const scale = ((value: number) =>
    r0 + ((Math.log10(value) - Math.log10(from)) / span) * (r1 - r0)) as ValueScaleFn;
  scale.domain = [from, to];
  scale.ticks = () => [];
  return scale;
}

/** Bands across a range, as d3's `scaleBand()` places them (centred, not rounded). */
export interface Bands {
  /** Where band `index` starts. */
  start: (index: number) => number;
  /** A band's width. */
  bandwidth: number;
  /** From one band's start to the next. */
  step: number;
}

/** `count` bands across `[start, stop]` with d3's inner and outer padding (fractions of a step). */
export function bands(
  count: number,
  [from, to]: readonly [number, number],
  paddingInner: number,
  paddingOuter: number,
): Bands {
  const step = (to - from) / Math.max(1, count - paddingInner + paddingOuter * 2);
  const first = from + (to - from - step * (count - paddingInner)) * 0.5;
  return { start: (index) => first + step * index, bandwidth: step * (1 - paddingInner), step };
}
