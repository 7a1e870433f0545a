import { type KeyboardEvent, useCallback, useState } from 'react';

export interface PointNavigation {
  /** Index of the active point, or null when none is. */
  active: number | null;
  setActive: (index: number | null) => void;
  /** Arrow keys, Home and End move between points; Escape closes. */
  onKeyDown: (event: KeyboardEvent) => void;
  /** Focus shows the first point; leaving the chart closes it. */
  onFocus: () => void;
  onBlur: () => void;
}

/**
 * Keyboard, pointer and touch share one active point. In right-to-left layouts the arrow keys follow the
 * visual direction (ArrowLeft moves to the next point).
 */
export function usePointNavigation(count: number, rtl = false): PointNavigation {
  const [active, setActiveState] = useState<number | null>(null);
  const setActive = useCallback(
    (index: number | null) => setActiveState(index === null || count === 0 ? null : clamp(index, count)),
    [count],
  );
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (count === 0) return;
      const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
      const back = rtl ? 'ArrowRight' : 'ArrowLeft';
      const current = active ?? -1;
      let next: number | null | undefined;
      if (event.key === forward || event.key === 'ArrowDown') next = current + 1;
      else if (event.key === back || event.key === 'ArrowUp') next = current < 0 ? count - 1 : current - 1;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = count - 1;
      else if (event.key === 'Escape') next = null;
      if (next === undefined) return;
      event.preventDefault();
      setActive(next);
    },
    [active, count, rtl, setActive],
  );
  const onFocus = useCallback(() => setActiveState((current) => current ?? (count > 0 ? 0 : null)), [count]);
  const onBlur = useCallback(() => setActiveState(null), []);
  return { active, setActive, onKeyDown, onFocus, onBlur };
}

function clamp(index: number, count: number): number {
  return Math.min(Math.max(index, 0), count - 1);
}
