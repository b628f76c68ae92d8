'use client';
import { useEffect, type Dispatch, type SetStateAction } from 'react';
import { endingAt, type CooldownSnapshot } from './cooldown-clock.js';
import { readEndTime, subscribeEndTime, type CooldownStorage } from './cooldown-storage.js';

/**
 * Loads the end time for `key` after mount, and again whenever another hook on the page, another
 * copy of the kit or another tab changes it. Storage is read in an effect, never during render, so
 * the server render and the first client render agree (no cooldown) and hydrate cleanly. `source`
 * identifies the caller's own writes, which it already knows about.
 */
export function useCooldownSync(
  key: string,
  storage: CooldownStorage | null | undefined,
  source: unknown,
  setSnapshot: Dispatch<SetStateAction<CooldownSnapshot>>,
): void {
  useEffect(() => {
    const load = () => setSnapshot(endingAt(readEndTime(key, storage)));
    load();
    return subscribeEndTime(key, storage, source, load);
  }, [key, storage, source, setSnapshot]);
}
