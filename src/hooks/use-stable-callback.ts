import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';

// On a server no handler runs; useLayoutEffect would only warn there.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * A function of fixed identity that runs the `callback` of the last committed render. A handler
 * handed to a memoized part this way never makes it re-render, and still sees the state of the
 * render the user is looking at when it runs (handlers run after commit, never during render).
 */
export function useStableCallback<Args extends unknown[], Result>(
  callback: (...args: Args) => Result,
): (...args: Args) => Result {
  const latest = useRef(callback);
  // A layout effect, not a passive one: a click right after a commit must not see the one before.
  useIsomorphicLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}
