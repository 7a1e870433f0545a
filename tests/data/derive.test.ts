// Derived numbers are pure and never give NaN or Infinity: where there is no answer they give undefined.
import { difference, percentChange, ratio, roundTo, shareOf, sum } from '@safeguard-charts/data';
import { describe, expect, it } from 'vitest';

const notNumbers: [string, unknown][] = [
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
  ['the text "12"', '12'],
  ['null', null],
  ['undefined', undefined],
  ['an object', {}],
  ['an array', []],
];

describe('derived numbers', () => {
  it('computes a rise, a fall and no change as percent changes', () => {
    expect(percentChange(13, 3443)).toBeCloseTo(26384.615, 3);
    expect(percentChange(200, 50)).toBe(-75);
    expect(percentChange(5, 5)).toBe(0);
  });

  it('measures a change from a negative number against its size, so a rise stays positive', () => {
    expect(percentChange(-10, -5)).toBe(50);
  });

  it('gives ratio, share, sum and difference of the report’s figures', () => {
    expect(ratio(75027, 947)).toBeCloseTo(79.226, 3);
    expect(shareOf(2562, 2978)).toBeCloseTo(86.031, 3);
    expect(sum([4700, 67000])).toBe(71700);
    expect(difference(8029, 15036)).toBe(7007);
  });

  it('returns undefined for a change from zero, a ratio to zero and a share of nothing', () => {
    expect(percentChange(0, 10)).toBeUndefined();
    expect(ratio(5, 0)).toBeUndefined();
    expect(shareOf(1, 0)).toBeUndefined();
  });

  it.each(notNumbers)('returns undefined, never NaN, when given %s instead of a number', (_, value) => {
    const bad = value as number;
    expect(percentChange(bad, 1)).toBeUndefined();
    expect(percentChange(1, bad)).toBeUndefined();
    expect(ratio(bad, 1)).toBeUndefined();
    expect(ratio(1, bad)).toBeUndefined();
    expect(shareOf(bad, 1)).toBeUndefined();
    expect(shareOf(1, bad)).toBeUndefined();
    expect(difference(bad, 1)).toBeUndefined();
    expect(roundTo(bad)).toBeUndefined();
    expect(sum([1, bad])).toBeUndefined();
  });

  it('returns undefined for a sum of nothing or of something that is not a list', () => {
    expect(sum([])).toBeUndefined();
    expect(sum(null as never)).toBeUndefined();
    expect(sum('12' as never)).toBeUndefined();
  });

  it('returns undefined when a sum or difference overflows to Infinity', () => {
    expect(sum([Number.MAX_VALUE, Number.MAX_VALUE])).toBeUndefined();
    expect(difference(-Number.MAX_VALUE, Number.MAX_VALUE)).toBeUndefined();
  });

  it('sums a million values without running out of stack', () => {
    expect(sum(new Array(1_000_000).fill(1))).toBe(1_000_000);
  });

  it('rounds half away from zero, to 0–10 decimals, and never gives -0', () => {
    expect(roundTo(26384.615)).toBe(26385);
    expect(roundTo(79.2259767, 1)).toBe(79.2);
    expect(roundTo(-2.5)).toBe(-3);
    expect(Object.is(roundTo(-0.2), 0)).toBe(true);
    expect(roundTo(1.23456, 99)).toBe(1.23456);
    expect(roundTo(1.6, -1)).toBe(2);
    expect(roundTo(1.26, Number.NaN)).toBe(1);
  });
});
