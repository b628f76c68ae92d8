'use client';
import { useEffect, useState } from 'react';

/**
 * `false` on the server and in the first render (so hydration matches), then `true` once the
 * browser is idle, while `enabled`. Where there is no `requestIdleCallback`, it stays `false`: the
 * work it gates is an optimisation, never worth taking time from the page.
 */
export function useIdleFlag(enabled: boolean): boolean {
  const [idle, setIdle] = useState(false);

  useEffect(() => {
    if (!enabled || idle || typeof requestIdleCallback !== 'function') return undefined;
    // The timeout only bounds how long a page that never goes idle waits.
    const handle = requestIdleCallback(() => setIdle(true), { timeout: 5000 });
    return () => cancelIdleCallback(handle);
  }, [enabled, idle]);

  return idle;
}
