import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

// On a server no effect runs; useLayoutEffect would only warn there.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * A ref that always holds the last committed `value`, for callbacks called later from outside
 * React (a browser API resolving, a memoized part's handler) without restarting the effect that
 * registered them whenever the parent passes a new inline function. Updated in a layout effect:
 * a click right after a commit must not see the render before it.
 */
export function useLatestRef<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useIsomorphicLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
