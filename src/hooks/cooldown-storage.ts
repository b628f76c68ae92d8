/**
 * Where cooldown end times live: sessionStorage (or a storage the caller gives), falling back to
 * memory when storage is missing or throws. No React here, so the rules can be tested on their own.
 * Only the end time is stored, under a key the caller chooses (the SMS channel): never the number.
 */

/** Prefix of every key the kit writes, so its entries are easy to find and never collide. */
export const COOLDOWN_KEY_PREFIX = 'react-bind-phone:cooldown:';

/** The longest cooldown the kit accepts: anything longer read back is treated as tampered. */
export const MAX_COOLDOWN_MS = 3_600_000;

/** The part of the Web Storage API the cooldown uses, so any storage-like object fits. */
export type CooldownStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** End times whose storage write failed (private mode, quota, SecurityError), by full key. */
const memory = new Map<string, number>();

type Listener = (source: unknown) => void;
/** Same-page subscribers: the `storage` event only reaches other documents. */
const listeners = new Map<string, Set<Listener>>();

/** `window.sessionStorage`, or null on the server or where merely reading it throws. */
function defaultStorage(): CooldownStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

function resolve(storage: CooldownStorage | null | undefined): CooldownStorage | null {
  return storage === undefined ? defaultStorage() : storage;
}

/**
 * The end time a stored text stands for, or null when there is no running cooldown in it: not a
 * plain integer (tampered, NaN), already past (or negative), or more than an hour ahead (tampered,
 * or the clock was set back): a broken value must neither lock the user out nor go negative.
 */
export function parseEndTime(raw: string | null | undefined, now: number): number | null {
  if (raw == null || !/^\d{1,16}$/.test(raw)) return null;
  const endAt = Number(raw);
  const left = endAt - now;
  return Number.isFinite(endAt) && left > 0 && left <= MAX_COOLDOWN_MS ? endAt : null;
}

/** The running cooldown's end time (epoch ms) for `key`, or null. */
export function readEndTime(key: string, storage?: CooldownStorage | null, now = Date.now()): number | null {
  const id = COOLDOWN_KEY_PREFIX + key;
  const remembered = memory.get(id);
  const fromMemory = remembered === undefined ? null : parseEndTime(String(remembered), now);
  const area = resolve(storage);
  if (!area) return fromMemory;
  try {
    return parseEndTime(area.getItem(id), now) ?? fromMemory;
  } catch {
    return fromMemory;
  }
}

/**
 * Stores (or, with null, removes) the end time for `key` and tells the other hooks on this page.
 * `source` is the writer, so it is not told about its own write.
 */
export function writeEndTime(
  key: string,
  endAt: number | null,
  storage?: CooldownStorage | null,
  source?: unknown,
): void {
  const id = COOLDOWN_KEY_PREFIX + key;
  const area = resolve(storage);
  let stored = false;
  try {
    if (area) {
      if (endAt === null) area.removeItem(id);
      else area.setItem(id, String(endAt));
      stored = true;
    }
  } catch {
    stored = false;
  }
  if (endAt === null || stored) memory.delete(id);
  else memory.set(id, endAt);
  for (const listener of listeners.get(id) ?? []) listener(source);
}

/**
 * Calls `onChange` when the end time for `key` may have changed: a write by another hook on this
 * page, or a `storage` event from another document sharing the storage (another tab when the
 * storage is localStorage; frames and duplicated tabs for sessionStorage). Returns the unsubscribe.
 */
export function subscribeEndTime(
  key: string,
  storage: CooldownStorage | null | undefined,
  source: unknown,
  onChange: () => void,
): () => void {
  const id = COOLDOWN_KEY_PREFIX + key;
  const listener: Listener = (from) => {
    if (from !== source) onChange();
  };
  const set = listeners.get(id) ?? new Set<Listener>();
  set.add(listener);
  listeners.set(id, set);

  const area = resolve(storage);
  const onStorage = (event: StorageEvent) => {
    // key null means the other document called clear().
    if (event.key !== null && event.key !== id) return;
    // A custom storage object cannot be matched to the event's area, so any area counts for it.
    const webStorage = typeof Storage !== 'undefined' && area instanceof Storage;
    if (webStorage && event.storageArea && event.storageArea !== area) return;
    onChange();
  };
  const target = typeof window === 'undefined' ? undefined : window;
  target?.addEventListener('storage', onStorage);

  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(id);
    target?.removeEventListener('storage', onStorage);
  };
}
