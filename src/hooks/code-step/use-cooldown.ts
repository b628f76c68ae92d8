'use client';
import { useCallback, useState } from 'react';
import {
  endingAt,
  IDLE_COOLDOWN,
  remainingMs,
  snapshotUntil,
  type CooldownSnapshot,
} from './cooldown-clock.js';
import { MAX_COOLDOWN_MS, readEndTime, writeEndTime, type CooldownStorage } from './cooldown-storage.js';
import { useCooldownSync } from './use-cooldown-sync.js';
import { useCooldownTicker } from './use-cooldown-ticker.js';

export interface UseCooldownOptions {
  /**
   * What the cooldown is for, e.g. the SMS channel. Stored under a kit prefix; never put the phone
   * number in it, since storage outlives the form.
   */
  key: string;
  /**
   * Length of a cooldown started without an explicit duration.
   * @default 60
   */
  defaultSeconds?: number;
  /**
   * Where the end time is kept. The default is seen by every tab of the origin, and survives
   * reloads; `null` keeps it in memory (still told to the open tabs, lost on reload). Falls back
   * to memory whenever the storage throws.
   * @default window.localStorage
   */
  storage?: CooldownStorage | null;
}

export interface Cooldown {
  /** Whole seconds left (rounded up), 0 when none runs. */
  remainingSeconds: number;
  /** True while a cooldown runs. */
  running: boolean;
  /**
   * Holds sends for `ms` milliseconds from now, clamped to 0 … 1 h; `defaultSeconds` when omitted
   * or not a number (so a missing `Retry-After` falls back to the default). Lengthens a running
   * cooldown, never shortens it: the server still throttles the send that started it.
   */
  start: (ms?: number) => void;
  /** Ends the cooldown now, in every hook, copy of the kit and tab sharing the key. */
  clear: () => void;
}

/**
 * A resend cooldown shared by every tab of the origin, that survives unmounts and reloads. It is
 * kept as an end time, not a counter, so the time left is always derived from the clock.
 */
export function useCooldown({ key, defaultSeconds = 60, storage }: UseCooldownOptions): Cooldown {
  const [snapshot, setSnapshot] = useState<CooldownSnapshot>(IDLE_COOLDOWN);
  // A stable identity for this hook's own writes, so it is not told about them.
  const [source] = useState(() => ({}));
  useCooldownSync(key, storage, source, setSnapshot);
  useCooldownTicker(snapshot, setSnapshot);

  const start = useCallback(
    (ms?: number) => {
      const wanted = typeof ms === 'number' && !Number.isNaN(ms) ? ms : defaultSeconds * 1000;
      const duration = Math.round(Math.min(Math.max(wanted, 0), MAX_COOLDOWN_MS));
      const now = Date.now();
      // Read again rather than trust this hook's state: another tab may have written since.
      const running = readEndTime(key, storage, now);
      const endAt = duration > 0 && (running === null || now + duration > running) ? now + duration : running;
      if (endAt !== running) writeEndTime(key, endAt, storage, source);
      setSnapshot(endingAt(endAt));
    },
    [defaultSeconds, key, source, storage],
  );

  const clear = useCallback(() => {
    writeEndTime(key, null, storage, source);
    setSnapshot(snapshotUntil(null));
  }, [key, source, storage]);

  const remainingSeconds = Math.ceil(remainingMs(snapshot) / 1000);
  return { remainingSeconds, running: remainingSeconds > 0, start, clear };
}
