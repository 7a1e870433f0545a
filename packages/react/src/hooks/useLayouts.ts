import { type DependencyList, useMemo } from 'react';

/** How many sizes a chart keeps a layout for: a page resized through many widths does not grow it without end. */
const MAX_SIZES = 8;

/**
 * One layout per size: returns `layoutAt(width, height)`, which computes `layout` once for a size and hands the
 * same object to everything that asks for that size (the frame's height, the summary, the keyboard's points
 * and the drawing), until `deps` change. `deps` are what `layout` reads besides the size.
 */
export function useLayouts<L>(
  layout: (width: number, height: number) => L,
  deps: DependencyList,
): (width: number, height?: number) => L {
  return useMemo(() => {
    const cache = new Map<string, L>();
    return (width: number, height = 0) => {
      const key = `${width}x${height}`;
      let found = cache.get(key);
      if (found === undefined) {
        if (cache.size >= MAX_SIZES) cache.clear();
        found = layout(width, height);
        cache.set(key, found);
      }
      return found;
    };
    // biome-ignore lint/correctness/useExhaustiveDependencies: `deps` are the caller's, listed where it calls
  }, deps);
}
