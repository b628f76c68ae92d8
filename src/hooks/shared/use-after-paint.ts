'use client';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useLatestRef } from './use-latest-ref.js';

interface Pending {
  frame: number;
  task?: ReturnType<typeof setTimeout>;
  work: () => void;
}

export interface AfterPaint {
  /** Runs `work` right after the next paint, replacing work already waiting for it. */
  schedule: (work: () => void) => void;
  /** Drops work waiting for the paint. */
  cancel: () => void;
  /** Runs work waiting for the paint now, instead; `false` when none was waiting. */
  flush: () => boolean;
}

/**
 * A stable `schedule(work)` that runs `work` in a task of its own right after the browser's next
 * paint. A key in a search field is then echoed by the browser alone, and the costly part it
 * drives (re-ranking and re-mounting a list) follows the paint instead of holding it back.
 * Scheduling again while work waits replaces it, so several keys before one paint collapse into
 * one update. `cancel()` drops it, and so does the component leaving the screen (unmounted, or
 * hidden by `<Activity>`); `onDrop` is then called, to undo what announced the work.
 */
export function useAfterPaint(onDrop?: () => void): AfterPaint {
  const pending = useRef<Pending | null>(null);
  const dropped = useLatestRef(onDrop);

  const take = useCallback((): Pending | null => {
    const current = pending.current;
    if (!current) return null;
    cancelAnimationFrame(current.frame);
    if (current.task !== undefined) clearTimeout(current.task);
    pending.current = null;
    return current;
  }, []);

  const cancel = useCallback(() => {
    if (take()) dropped.current?.();
  }, [take, dropped]);

  const flush = useCallback(() => {
    const current = take();
    current?.work();
    return current !== null;
  }, [take]);

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

  // Effect: drop pending work when the component leaves the screen, so it never sets state there.
  useEffect(() => cancel, [cancel]);

  // One object for the component's life, so callbacks that depend on it stay stable.
  return useMemo(() => ({ schedule, cancel, flush }), [schedule, cancel, flush]);
}
