'use client';
import { useMemo, useRef } from 'react';
import { useAfterPaint } from '../shared/use-after-paint.js';

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
