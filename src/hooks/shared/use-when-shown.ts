'use client';
import { useCallback, useRef } from 'react';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect.js';

/** Runs `work` now if the component is on screen, else once it is shown again. */
export type WhenShown = (work: () => void) => void;

/**
 * Hands a request's answer to the form while it is on screen. An answer that arrives while an
 * `<Activity>` hides the form (a host's tab kept alive) waits, and is applied when the form shows
 * again, before that paint; one that arrives after the form unmounted is never applied. So the
 * form never shows an answer it did not see, the host's callbacks (`onSuccess`, `onError`) fire
 * once and only for a form someone can see, and focus moves only on a visible form.
 */
export function useWhenShown(): WhenShown {
  const shown = useRef(false);
  const waiting = useRef<(() => void)[]>([]);

  // Effect: track being on screen (mounted, or shown again by <Activity>), and run what waited.
  useIsomorphicLayoutEffect(() => {
    shown.current = true;
    for (const work of waiting.current.splice(0)) work();
    return () => {
      shown.current = false;
    };
  }, []);

  return useCallback((work: () => void) => {
    if (shown.current) work();
    else waiting.current.push(work);
  }, []);
}
