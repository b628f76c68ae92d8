'use client';
import { useEffect, type RefObject } from 'react';

/**
 * Focuses `target` once it has been painted, each time `active` turns true. Focusing during the
 * commit (`autoFocus`) makes the browser lay out the freshly mounted element on the spot; a frame
 * later the layout is already done, so the popup shows sooner and the focus costs next to nothing.
 * Keys pressed in between still reach the picker: its trigger turns them into the search.
 */
export function useFocusAfterPaint(target: RefObject<HTMLElement | null>, active: boolean): void {
  useEffect(() => {
    if (!active) return undefined;
    const frame = requestAnimationFrame(() => target.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [target, active]);
}
