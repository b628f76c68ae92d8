'use client';
import { useEffect, useMemo, useRef } from 'react';
import { useLatestRef } from '../shared/use-latest-ref.js';

/**
 * How long (ms) an update may take and still run in the frame of the key that asked for it: with
 * the key's own handling and the frame's style, layout and paint, that frame still fits in 16 ms.
 */
export const SAME_FRAME_BUDGET_MS = 4;

interface Pending {
  frame: number;
  task?: ReturnType<typeof setTimeout>;
  work: () => void;
}

/**
 * Paces a costly update driven by typing (a list re-ranked on every key) by what it has cost
 * lately: on a fast device it lands in the key's own frame; on a slow one the browser first paints
 * the key alone (the field's echo), and the update follows in a task of its own right after that
 * paint. The first update waits for the paint, as its cost is not known. Updates asked for while
 * one waits replace it, after the same paint, so several keys before one paint collapse into one.
 * `onDrop` is called when waiting work is dropped (`cancel()`, or the component leaving the screen:
 * unmounted, or hidden by `<Activity>`), to undo what announced it.
 */
export function usePacedUpdate({ onDrop }: { onDrop?: () => void } = {}) {
  const pending = useRef<Pending | null>(null);
  // What the last three updates cost (ms), the newest last.
  const recent = useRef<readonly number[]>([]);
  const dropped = useLatestRef(onDrop);

  const paced = useMemo(() => {
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
    const take = () => {
      const current = pending.current;
      if (current) cancelAnimationFrame(current.frame);
      clearTimeout(current?.task);
      pending.current = null;
      return current;
    };
    return {
      /** Runs `work` at once when updates are typically cheap, else after the next paint (replacing work waiting for it). */
      run(work: () => void): 'now' | 'after-paint' {
        if (!pending.current && typicalCost() < SAME_FRAME_BUDGET_MS) {
          timed(work);
          return 'now';
        }
        if (pending.current) {
          pending.current.work = () => timed(work);
          return 'after-paint';
        }
        const next: Pending = { frame: 0, work: () => timed(work) };
        // A frame callback runs just before the paint; the task it posts runs just after it.
        next.frame = requestAnimationFrame(() => {
          next.task = setTimeout(() => {
            if (pending.current === next) pending.current = null;
            next.work();
          }, 0);
        });
        pending.current = next;
        return 'after-paint';
      },
      /** Drops work waiting for the paint. */
      cancel() {
        if (take()) dropped.current?.();
      },
      /** Runs work waiting for the paint now; `false` when none was. */
      flush() {
        const current = take();
        current?.work();
        return current !== null;
      },
    };
  }, [dropped]);

  // Effect: drop pending work when the component leaves the screen, so it never sets state there.
  useEffect(() => paced.cancel, [paced]);
  return paced;
}
