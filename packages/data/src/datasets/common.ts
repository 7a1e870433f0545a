import type { Period } from '../types';

/** The month the seed's figures were checked against their publishers. */
export const AS_OF = '2026-11';

/** A calendar year as a period. */
export function year(y: number): Period {
  return { start: `${y}-01-01`, end: `${y}-12-31`, label: String(y) };
}

/** The first half of a year, January to June: a partial period. */
export function firstHalf(y: number): Period {
  return { start: `${y}-01-01`, end: `${y}-06-30`, label: `H1 ${y}`, partial: true };
}
