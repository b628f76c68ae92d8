import { useCallback, useMemo, useRef } from 'react';
import { useAfterPaint } from './use-after-paint.js';

/**
 * How long (ms) an update may take and still run in the frame of the key that asked for it: with
 * the key's own handling and the frame's style, layout and paint, that frame still fits in 16 ms.
 */
export const SAME_FRAME_BUDGET_MS = 4;

/**
 * The weight of the newest cost in the running average. A quarter: one cheap update after slow
 * ones (a key that leaves no results, clearing the field) does not make a slow device look fast.
 */
const NEWEST_WEIGHT = 0.25;

/** When `run` did the work: at once, or after the next paint. */
export type PacedTiming = 'now' | 'after-paint';

export interface PacedUpdateOptions {
  /**
   * Called when work waiting for the paint is dropped (`cancel()`, or the component leaving the
   * screen), to undo what announced it.
   */
  onDrop?: () => void;
  /** See `SAME_FRAME_BUDGET_MS`. */
  budgetMs?: number;
}

export interface PacedUpdate {
  /**
   * Runs `work` at once when updates have lately taken less than the budget, else right after
   * the next paint (replacing work already waiting for it). Returns which it did.
   */
  run: (work: () => void) => PacedTiming;
  /** Drops work waiting for the paint. */
  cancel: () => void;
  /** Runs work waiting for the paint now (a key that needs its result); `false` when none was. */
  flush: () => boolean;
}

/**
 * Paces a costly update driven by typing (a list re-ranked on every key) by what it has cost
 * lately. On a fast device the update lands in the key's own frame, so what is typed and its
 * results show together; on a slow one the browser first paints the key alone (the field's echo),
 * and the update follows that paint. The first update waits for the paint: its cost is not known.
 */
export function usePacedUpdate({
  onDrop,
  budgetMs = SAME_FRAME_BUDGET_MS,
}: PacedUpdateOptions = {}): PacedUpdate {
  const waiting = useRef(false);
  const afterPaint = useAfterPaint(() => {
    waiting.current = false;
    onDrop?.();
  });
  // A running average of what an update costs (ms); unknown until the first has run.
  const typicalCost = useRef(Number.POSITIVE_INFINITY);

  const timed = useCallback((work: () => void) => {
    const start = performance.now();
    work();
    const cost = performance.now() - start;
    const before = typicalCost.current;
    typicalCost.current = Number.isFinite(before) ? before + (cost - before) * NEWEST_WEIGHT : cost;
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

  return useMemo(() => ({ run, cancel: afterPaint.cancel, flush: afterPaint.flush }), [run, afterPaint]);
}
