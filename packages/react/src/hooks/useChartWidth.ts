import { type RefObject, useEffect, useLayoutEffect as useLayoutEffectClient, useState } from 'react';

/** The width a chart has before it can measure its container: on the server and in the first client render. */
export const DEFAULT_WIDTH = 640;

// useLayoutEffect warns when rendered on the server; useEffect does nothing there either, silently.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffectClient;

/**
 * The width of `ref`'s element, followed with a ResizeObserver. Server render and first client render
 * both use `DEFAULT_WIDTH`, so hydration matches; the SVG scales by its viewBox until the first measure,
 * and keeps its aspect ratio after it, so nothing below the chart moves.
 */
export function useChartWidth(ref: RefObject<HTMLElement | null>, fixedWidth?: number): number {
  const [width, setWidth] = useState(fixedWidth ?? DEFAULT_WIDTH);
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (fixedWidth || !element || typeof ResizeObserver === 'undefined') return;
    const update = (next: number) => {
      if (Number.isFinite(next) && next > 0) setWidth(Math.round(next));
    };
    update(element.getBoundingClientRect().width);
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (entry) update(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fixedWidth]);
  return fixedWidth ?? width;
}
