'use client';
import { useCallback, useEffect, useState } from 'react';
import {
  MAX_COOLDOWN_MS,
  readEndTime,
  subscribeEndTime,
  writeEndTime,
  type CooldownStorage,
} from './cooldown-storage.js';

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
 * A running cooldown seen from both clocks: the wall clock (`Date.now`, `endAt`) is what storage,
 * reloads and other tabs share; the monotonic one (`performance.now`, `deadline`) is what setting
 * the clock cannot move. The time left is the smaller of the two, so setting the clock back never
 * lengthens a cooldown and a machine that slept (which pauses the monotonic clock on some systems)
 * is not held up either. Setting it forward can end one early: the server's own 429 then starts a
 * new one.
 */
interface Snapshot {
  endAt: number | null;
  deadline: number;
  /** Milliseconds left when the snapshot was taken. */
  left: number;
}

/** The cooldown ending at `endAt` (and `deadline`), taken now. */
function take(endAt: number | null, deadline = performance.now() + (endAt ?? 0) - Date.now()): Snapshot {
  const left =
    endAt === null ? 0 : Math.min(endAt - Date.now(), deadline - performance.now(), MAX_COOLDOWN_MS);
  return { endAt, deadline, left: Math.max(left, 0) };
}

/** A state updater to the cooldown ending at `endAt`; one already ending there keeps its deadline. */
const endingAt = (endAt: number | null) => (current: Snapshot) =>
  current.endAt === endAt ? current : take(endAt);

const retake = (snapshot: Snapshot) => take(snapshot.endAt, snapshot.deadline);

/**
 * A resend cooldown shared by every tab of the origin, that survives unmounts and reloads. It is
 * kept as an end time, not a counter, so the time left is always derived from the clock.
 */
export function useCooldown({ key, defaultSeconds = 60, storage }: UseCooldownOptions): Cooldown {
  const [snapshot, setSnapshot] = useState<Snapshot>({ endAt: null, deadline: 0, left: 0 });

  // Storage is read in an effect, never during render, so the server render and the first client
  // render agree (no cooldown); then again whenever another hook, copy of the kit or tab changes it.
  useEffect(() => {
    const load = () => setSnapshot(endingAt(readEndTime(key, storage)));
    load();
    return subscribeEndTime(key, storage, load);
  }, [key, storage]);

  // One timer, until the whole seconds shown change: the count is read from the clocks at each
  // tick and never drifts. Also on showing the page again: hidden pages' timers are throttled.
  useEffect(() => {
    if (snapshot.left <= 0) return undefined;
    const refresh = () => setSnapshot(retake);
    const left = Math.ceil(retake(snapshot).left);
    const timer = setTimeout(refresh, left <= 0 ? 0 : ((left - 1) % 1000) + 1);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [snapshot]);

  const start = useCallback(
    (ms?: number) => {
      const wanted = ms === undefined || Number.isNaN(ms) ? defaultSeconds * 1000 : ms;
      const duration = Math.round(Math.min(Math.max(wanted, 0), MAX_COOLDOWN_MS));
      const now = Date.now();
      // Read again rather than trust this hook's state: another tab may have written since.
      const current = readEndTime(key, storage, now);
      const endAt = duration > 0 && now + duration > (current ?? 0) ? now + duration : current;
      if (endAt !== current) writeEndTime(key, endAt, storage);
      setSnapshot(endingAt(endAt));
    },
    [defaultSeconds, key, storage],
  );

  const clear = useCallback(() => {
    writeEndTime(key, null, storage);
    setSnapshot(take(null));
  }, [key, storage]);

  const remainingSeconds = Math.ceil(snapshot.left / 1000);
  return { remainingSeconds, running: remainingSeconds > 0, start, clear };
}
