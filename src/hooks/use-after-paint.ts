import { useCallback, useEffect, useMemo, useRef } from 'react';

interface Pending {
  frame: number;
  task?: ReturnType<typeof setTimeout>;
  work: () => void;
}

/**
 * A stable `schedule(work)` that runs `work` in a task of its own right after the browser's next
 * paint. A key in a search field is then echoed by the browser alone, and the costly part it
 * drives (re-ranking and re-mounting a list) follows the paint instead of holding it back.
 * Scheduling again while work waits replaces it, so several keys before one paint collapse into
 * one update; `cancel()` and unmounting drop it.
 */
export function useAfterPaint(): { schedule: (work: () => void) => void; cancel: () => void } {
  const pending = useRef<Pending | null>(null);

  const cancel = useCallback(() => {
    const current = pending.current;
    if (!current) return;
    cancelAnimationFrame(current.frame);
    if (current.task !== undefined) clearTimeout(current.task);
    pending.current = null;
  }, []);

  const schedule = useCallback((work: () => void) => {
    // Already waiting for a paint: the newer work replaces the older, and keeps its turn, so a
    // key every frame still lets the list catch up after each paint.
    if (pending.current) {
      pending.current.work = work;
      return;
    }
    const next: Pending = { frame: 0, work };
    // A frame callback runs just before the paint; the task it posts runs just after it.
    next.frame = requestAnimationFrame(() => {
      next.task = setTimeout(() => {
        if (pending.current === next) pending.current = null;
        next.work();
      }, 0);
    });
    pending.current = next;
  }, []);

  // Effect: drop pending work on unmount, so it never sets state on a gone component.
  useEffect(() => cancel, [cancel]);

  // One object for the component's life, so callbacks that depend on it stay stable.
  return useMemo(() => ({ schedule, cancel }), [schedule, cancel]);
}
