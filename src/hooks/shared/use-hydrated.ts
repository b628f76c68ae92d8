'use client';
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * False on the server and during hydration, true from then on (and at once in a client-only
 * render). Hydration renders the server's value, so nothing mismatches; React renders again after.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
