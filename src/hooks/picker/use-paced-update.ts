'use client';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useLatestRef } from '../shared/use-latest-ref.js';

/**
 * How long (ms) an update may take and still run in the frame of the key that asked for it: with
 * the key's own handling and the frame's style, layout and paint, that frame still fits in 16 ms.
 */
export const SAME_FRAME_BUDGET_MS = 4;

/**
 * Paces a costly update driven by typing (a list re-ranked on every key) by what it has cost
 * lately: on a fast device it lands in the key's own frame; on a slow one the browser first paints
 * the key alone (the field's echo), and the update follows that paint. The first update waits for
 * the paint, as its cost is not known. `onDrop` is called when waiting work is dropped (`cancel()`,
 * or the component leaving the screen), to undo what announced it.
 */
export function usePacedUpdate({ onDrop }: { onDrop?: () => void } = {}) {
  const waiting = useRef(false);
  // What the last three updates cost (ms), the newest last.
  const recent = useRef<readonly number[]>([]);
  const afterPaint = useAfterPaint(() => {
    waiting.current = false;
    onDrop?.();
  });

  return useMemo(() => {
    const timed = (work: () => void) => {
      const start = performance.now();
      work();
      recent.current = [...recent.current.slice(-2), performance.now() - start];
    };
    // The median of the last three, the largest while there are fewer: one update out of line
    // (a key that leaves no results, a garbage collection) does not move a device across the budget.
    const typicalCost = () => {
      const sorted = [...recent.current].sort((a, b) => a - b);
      return sorted[Math.min(1, sorted.length - 1)] ?? Number.POSITIVE_INFINITY;
    };
    return {
      /** Runs `work` at once when updates are typically cheap, else after the next paint (replacing work waiting for it). */
      run(work: () => void): 'now' | 'after-paint' {
        // Work already waiting keeps the order: the newer replaces it, after the same paint.
        if (!waiting.current && typicalCost() < SAME_FRAME_BUDGET_MS) {
          timed(work);
          return 'now';
        }
        waiting.current = true;
        afterPaint.schedule(() => {
          waiting.current = false;
          timed(work);
        });
        return 'after-paint';
      },
      /** Drops work waiting for the paint. */
      cancel: afterPaint.cancel,
      /** Runs work waiting for the paint now; `false` when none was. */
      flush: afterPaint.flush,
    };
  }, [afterPaint]);
}

interface Pending {
  frame: number;
  task?: ReturnType<typeof setTimeout>;
  work: () => void;
}

interface AfterPaint {
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
function useAfterPaint(onDrop?: () => void): AfterPaint {
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
