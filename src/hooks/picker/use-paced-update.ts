'use client';
import { useCallback, useMemo, useRef } from 'react';
import { useAfterPaint } from '../shared/use-after-paint.js';

/**
 * How long (ms) an update may take and still run in the frame of the key that asked for it: with
 * the key's own handling and the frame's style, layout and paint, that frame still fits in 16 ms.
 */
export const SAME_FRAME_BUDGET_MS = 4;

/**
 * What updates typically cost: the median of the last three (the largest while there are fewer).
 * One update out of line, cheap (a key that leaves no results) or slow (a collection by the
 * garbage collector), does not move a device from one side of the budget to the other.
 */
function typicalCost(recent: readonly number[]): number {
  if (recent.length === 0) return Number.POSITIVE_INFINITY;
  if (recent.length < 3) return Math.max(...recent);
  return [...recent].sort((a, b) => a - b)[1] ?? Number.POSITIVE_INFINITY;
}

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
   * Runs `work` at once when updates typically take less than the budget, else right after the
   * next paint (replacing work already waiting for it). Returns which it did.
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
  // What the last three updates cost (ms), the newest last.
  const recent = useRef<readonly number[]>([]);

  const timed = useCallback((work: () => void) => {
    const start = performance.now();
    work();
    recent.current = [...recent.current.slice(-2), performance.now() - start];
  }, []);

  const run = useCallback(
    (work: () => void): PacedTiming => {
      // Work already waiting keeps the order: the newer replaces it, after the same paint.
      if (!waiting.current && typicalCost(recent.current) < budgetMs) {
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
