import { useCallback, useMemo, useRef } from 'react';
import { useAfterPaint } from './use-after-paint.js';

/**
 * How long (ms) an update may take and still run in the frame of the key that asked for it: with
 * the key's own handling and the frame's style, layout and paint, that frame still fits in 16 ms.
 */
export const SAME_FRAME_BUDGET_MS = 4;

/** When `run` did the work: at once, or after the next paint. */
export type PacedTiming = 'now' | 'after-paint';

export interface PacedUpdate {
  /**
   * Runs `work` at once when updates have lately taken less than the budget, else right after
   * the next paint (replacing work already waiting for it). Returns which it did.
   */
  run: (work: () => void) => PacedTiming;
  /** Drops work waiting for the paint. */
  cancel: () => void;
}

/**
 * Paces a costly update driven by typing (a list re-ranked on every key) by what it has cost
 * lately. On a fast device the update lands in the key's own frame, so what is typed and its results
 * show together; on a slow one the browser first paints the key alone (the field's echo), and the
 * update follows that paint. The first update waits for the paint: its cost is not known yet.
 */
export function usePacedUpdate(budgetMs: number = SAME_FRAME_BUDGET_MS): PacedUpdate {
  const afterPaint = useAfterPaint();
  // What an update costs (ms), averaged over the last few; unknown until the first has run.
  const typicalCost = useRef(Number.POSITIVE_INFINITY);
  const waiting = useRef(false);

  const timed = useCallback((work: () => void) => {
    const start = performance.now();
    work();
    const cost = performance.now() - start;
    // Averaged with the ones before, so one cheap update (clearing the field shows the whole list
    // with no search) does not move a slow device's next key into its own frame.
    const before = typicalCost.current;
    typicalCost.current = Number.isFinite(before) ? (before + cost) / 2 : cost;
  }, []);

  const run = useCallback(
    (work: () => void): PacedTiming => {
      // Work already waiting keeps the order: the newer replaces it, after the same paint.
      if (!waiting.current && typicalCost.current < budgetMs) {
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
    [afterPaint, budgetMs, timed],
  );

  const cancel = useCallback(() => {
    waiting.current = false;
    afterPaint.cancel();
  }, [afterPaint]);

  return useMemo(() => ({ run, cancel }), [run, cancel]);
}
