'use client';
import { useRef, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect.js';

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
