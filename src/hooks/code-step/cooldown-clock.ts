import { MAX_COOLDOWN_MS } from './cooldown-storage.js';

/**
 * A running cooldown seen from both clocks. The wall clock (`Date.now`) is what storage, reloads
 * and other tabs share; the monotonic clock (`performance.now`) is what the wall clock setting
 * cannot move. The time left is the smaller of the two, so setting the clock back never lengthens a
 * cooldown and a machine that slept (which pauses the monotonic clock on some systems) is not
 * held up either. Setting the clock forward can end it early: the server's own limit (429 with
 * `Retry-After`) then starts a new one, so the user is never locked out longer than real time.
 */
export interface CooldownSnapshot {
  /** Wall-clock end time (epoch ms), or null when no cooldown runs. */
  endAt: number | null;
  /** Monotonic end time (`performance.now` ms), or null when no cooldown runs. */
  deadline: number | null;
  /** Both clocks when this snapshot was taken. */
  wallNow: number;
  monoNow: number;
}

export const IDLE_COOLDOWN: CooldownSnapshot = { endAt: null, deadline: null, wallNow: 0, monoNow: 0 };

function monotonicNow(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now();
}

/** A snapshot ending at `endAt` (epoch ms), taken now. */
export function snapshotUntil(endAt: number | null): CooldownSnapshot {
  const wallNow = Date.now();
  const monoNow = monotonicNow();
  if (endAt === null) return { endAt: null, deadline: null, wallNow, monoNow };
  return { endAt, deadline: monoNow + (endAt - wallNow), wallNow, monoNow };
}

/**
 * A state updater moving to the cooldown ending at `endAt`. The snapshot in hand is kept when it
 * already ends there: its monotonic deadline, taken earlier, is the one the wall clock cannot move.
 */
export function endingAt(endAt: number | null): (current: CooldownSnapshot) => CooldownSnapshot {
  return (current) => (endAt !== null && current.endAt === endAt ? current : snapshotUntil(endAt));
}

/** The same cooldown with fresh clock readings. */
export function retake(snapshot: CooldownSnapshot): CooldownSnapshot {
  return { ...snapshot, wallNow: Date.now(), monoNow: monotonicNow() };
}

/** Milliseconds left, 0 … 1 h. */
export function remainingMs(snapshot: CooldownSnapshot): number {
  if (snapshot.endAt === null || snapshot.deadline === null) return 0;
  const left = Math.min(snapshot.endAt - snapshot.wallNow, snapshot.deadline - snapshot.monoNow);
  return Number.isFinite(left) ? Math.min(Math.max(left, 0), MAX_COOLDOWN_MS) : 0;
}
