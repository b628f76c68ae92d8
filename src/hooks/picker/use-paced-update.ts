'use client';
import { useEffect, useState, type RefObject } from 'react';

/**
 * How long (ms) an update may take and still run in the frame of the key that asked for it: with
 * the key's own handling and the frame's style, layout and paint, that frame still fits in 16 ms.
 */
export const SAME_FRAME_BUDGET_MS = 4;

type Pending = { frame: number; task?: ReturnType<typeof setTimeout>; work: () => void };

/**
 * Paces a costly update driven by typing (a list re-ranked on every key) by what it has cost
 * lately: on a fast device it lands in the key's own frame; on a slow one the browser first paints
 * the key alone (the field's echo), and the update follows in a task of its own right after that
 * paint. The first update waits for the paint, as its cost is not known. Updates asked for while
 * one waits replace it, after the same paint, so several keys before one paint collapse into one.
 * While work waits, the `busy` element (the list it updates) has `aria-busy`: set on the element,
 * as the key itself renders nothing, and taken back from that element, as a component hidden by
 * `<Activity>` has lost its refs. Waiting work is dropped by `cancel()` and when the component
 * leaves the screen (unmounted, or hidden by `<Activity>`).
 */
export function usePacedUpdate(busy?: RefObject<HTMLElement | null>) {
  // One object for the life of the component (`busy` is a ref: the same object throughout).
  const [paced] = useState(() => {
    let pending: Pending | null = null;
    // What the last three updates cost (ms), the newest last.
    let recent: readonly number[] = [];
    let marked: Element | null = null;
    const unmark = () => {
      marked?.removeAttribute('aria-busy');
      marked = null;
    };
    const finish = (work: () => void) => {
      const start = performance.now();
      work();
      recent = [...recent.slice(-2), performance.now() - start];
      unmark();
    };
    const take = () => {
      const current = pending;
      if (current) cancelAnimationFrame(current.frame);
      clearTimeout(current?.task);
      pending = null;
      return current;
    };
    return {
      /** Runs `work` at once when updates are typically cheap, else after the next paint (replacing work waiting for it). */
      run(work: () => void): 'now' | 'after-paint' {
        // The median of the last three, the largest while there are fewer: one update out of line
        // (a key that leaves no results, a garbage collection) does not move a device across the budget.
        const sorted = [...recent].sort((a, b) => a - b);
        if (!pending && (sorted[Math.min(1, sorted.length - 1)] ?? Infinity) < SAME_FRAME_BUDGET_MS) {
          finish(work);
          return 'now';
        }
        if (!marked) {
          marked = busy?.current ?? null;
          marked?.setAttribute('aria-busy', 'true');
        }
        if (pending) pending.work = work;
        else {
          const next: Pending = { frame: 0, work };
          // A frame callback runs just before the paint; the task it posts runs just after it.
          next.frame = requestAnimationFrame(() => {
            next.task = setTimeout(() => {
              if (pending === next) pending = null;
              finish(next.work);
            }, 0);
          });
          pending = next;
        }
        return 'after-paint';
      },
      /** Drops work waiting for the paint. */
      cancel() {
        take();
        unmark();
      },
      /** Runs work waiting for the paint now; `false` when none was. */
      flush() {
        const current = take();
        if (current) finish(current.work);
        return current !== null;
      },
    };
  });

  // Effect: drop pending work when the component leaves the screen, so it never sets state there.
  useEffect(() => paced.cancel, [paced]);
  return paced;
}
