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
 * A running cooldown seen from both clocks: the wall clock (`Date.now`) is what storage, reloads
 * and other tabs share; the monotonic one (`performance.now`) is what setting the clock cannot
 * move. The time left is the smaller of the two, so setting the clock back never lengthens a
 * cooldown and a machine that slept (which pauses the monotonic clock on some systems) is not held
 * up either. Setting it forward can end one early: the server's own 429 then starts a new one.
 */
interface Snapshot {
  /** Wall-clock end (epoch ms) and monotonic end (`performance.now` ms), null when none runs. */
  endAt: number | null;
  deadline: number | null;
  /** Both clocks when the snapshot was taken. */
  wallNow: number;
  monoNow: number;
}

const monotonicNow = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

/** The cooldown ending at `endAt`, taken now. */
function snapshotUntil(endAt: number | null): Snapshot {
  const wallNow = Date.now();
  const monoNow = monotonicNow();
  return { endAt, deadline: endAt === null ? null : monoNow + (endAt - wallNow), wallNow, monoNow };
}

/** A state updater to the cooldown ending at `endAt`; one already ending there keeps its deadline. */
const endingAt = (endAt: number | null) => (current: Snapshot) =>
  endAt !== null && current.endAt === endAt ? current : snapshotUntil(endAt);

const retake = (snapshot: Snapshot): Snapshot => ({
  ...snapshot,
  wallNow: Date.now(),
  monoNow: monotonicNow(),
});

function remainingMs({ endAt, deadline, wallNow, monoNow }: Snapshot): number {
  if (endAt === null || deadline === null) return 0;
  const left = Math.min(endAt - wallNow, deadline - monoNow);
  return Number.isFinite(left) ? Math.min(Math.max(left, 0), MAX_COOLDOWN_MS) : 0;
}

/**
 * A resend cooldown shared by every tab of the origin, that survives unmounts and reloads. It is
 * kept as an end time, not a counter, so the time left is always derived from the clock.
 */
export function useCooldown({ key, defaultSeconds = 60, storage }: UseCooldownOptions): Cooldown {
  const [snapshot, setSnapshot] = useState<Snapshot>({ endAt: null, deadline: null, wallNow: 0, monoNow: 0 });
  // A stable identity for this hook's own writes, so it is not told about them.
  const [source] = useState(() => ({}));

  // Storage is read in an effect, never during render, so the server render and the first client
  // render agree (no cooldown); then again whenever another hook, copy of the kit or tab changes it.
  useEffect(() => {
    const load = () => setSnapshot(endingAt(readEndTime(key, storage)));
    load();
    return subscribeEndTime(key, storage, source, load);
  }, [key, storage, source]);

  // One timer, until the whole seconds shown change: the count is read from the clocks at each
  // tick and never drifts. Also on showing the page again: hidden pages' timers are throttled.
  useEffect(() => {
    if (remainingMs(snapshot) <= 0) return undefined;
    const refresh = () => setSnapshot(retake);
    const left = Math.ceil(remainingMs(retake(snapshot)));
    const timer = setTimeout(refresh, left <= 0 ? 0 : ((left - 1) % 1000) + 1);
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [snapshot]);

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
