'use client';
import { useEffect, type Dispatch, type SetStateAction } from 'react';
import { remainingMs, retake, type CooldownSnapshot } from './cooldown-clock.js';

/**
 * Re-reads the clocks when the whole seconds left change, so the count is derived from the clock
 * at each tick and never drifts the way a decrementing counter does. One timer at a time, only
 * while a cooldown runs, cleared on unmount: none is left behind. Also re-reads when the page is
 * shown again, because hidden pages get their timers throttled to once a minute.
 */
export function useCooldownTicker(
  snapshot: CooldownSnapshot,
  setSnapshot: Dispatch<SetStateAction<CooldownSnapshot>>,
): void {
  useEffect(() => {
    if (remainingMs(snapshot) <= 0) return;
    const refresh = () => setSnapshot((current) => retake(current));
    // Milliseconds until the displayed whole second changes (ceil), measured on fresh clocks.
    const left = Math.ceil(remainingMs(retake(snapshot)));
    const delay = left <= 0 ? 0 : ((left - 1) % 1000) + 1;
    const timer = setTimeout(refresh, delay);
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [snapshot, setSnapshot]);
}
