import { useEffect, useRef, type RefObject } from 'react';

/**
 * A ref that always holds the last committed `value`, for callbacks called later from outside
 * React (a browser API resolving) without restarting the effect that registered them whenever the
 * parent passes a new inline function.
 */
export function useLatestRef<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
