'use client';
import { useCallback } from 'react';
import { useLatestRef } from './use-latest-ref.js';

/**
 * A function of fixed identity that runs the `callback` of the last committed render. A handler
 * handed to a memoized part this way never makes it re-render, and still sees the state of the
 * render the user is looking at when it runs (handlers run after commit, never during render).
 */
export function useStableCallback<Args extends unknown[], Result>(
  callback: (...args: Args) => Result,
): (...args: Args) => Result {
  const latest = useLatestRef(callback);
  return useCallback((...args: Args) => latest.current(...args), [latest]);
}
