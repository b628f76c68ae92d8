/**
 * Where cooldown end times live, so every tab of the origin shares one cooldown: localStorage (or a
 * storage the caller gives), whose `storage` event tells the other tabs; memory when storage is
 * missing or throws, passed to the other tabs and other copies of the kit over a BroadcastChannel.
 * Only the end time is stored or sent, under a key the caller chooses (the SMS channel): never the
 * number.
 */

/** Prefix of every key the kit writes, so its entries are easy to find and never collide. */
export const COOLDOWN_KEY_PREFIX = 'react-bind-phone:cooldown:';

/** Name of the BroadcastChannel the kit's copies and tabs tell each other about cooldowns on. */
export const COOLDOWN_CHANNEL_NAME = 'react-bind-phone:cooldown';

/** The longest cooldown the kit accepts: anything longer read back is treated as tampered. */
export const MAX_COOLDOWN_MS = 3_600_000;

/** The part of the Web Storage API the cooldown uses, so any storage-like object fits. */
export type CooldownStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * What goes over the channel. `end` says a cooldown changed (`endAt` null: it ended); `stored`
 * says whether the writer's storage holds it, else the receivers keep it in memory. `ask` comes
 * from a document that just subscribed, so those holding a cooldown only in memory tell it.
 */
type CooldownMessage =
  { type: 'end'; id: string; endAt: number | null; stored: boolean } | { type: 'ask'; id: string };

/** End times storage does not hold (refused writes, here or heard on the channel), by full key. */
const memory = new Map<string, number>();
/** Subscribers in this copy of the module, which neither the `storage` event nor the channel reach. */
const listeners = new Map<string, Set<(source: unknown) => void>>();
/** The `source` of changes heard from outside this copy of the module: no subscriber's own. */
const OUTSIDE = Symbol('outside');

/** The storage given, else `window.localStorage`; null on the server or where reading it throws. */
function areaOf(storage: CooldownStorage | null | undefined): CooldownStorage | null {
  if (storage !== undefined) return storage;
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The end time a stored text stands for, or null when there is no running cooldown in it: not a
 * plain integer (tampered), already past, or more than an hour ahead (tampered, or the clock was
 * set back): a broken value must neither lock the user out nor go negative.
 */
export function parseEndTime(raw: string | null | undefined, now: number): number | null {
  if (raw == null || !/^\d{1,16}$/.test(raw)) return null;
  const endAt = Number(raw);
  const left = endAt - now;
  return left > 0 && left <= MAX_COOLDOWN_MS ? endAt : null;
}

const later = (a: number | null, b: number | null) => (a === null || b === null ? (a ?? b) : Math.max(a, b));

const fromMemory = (id: string, now: number) => parseEndTime(memory.get(id)?.toString(), now);

function fromStorage(id: string, area: CooldownStorage | null, now: number): number | null {
  try {
    return parseEndTime(area?.getItem(id), now);
  } catch {
    return null;
  }
}

/** The running cooldown's end time (epoch ms) for `key`, or null: the later of storage and memory. */
export function readEndTime(key: string, storage?: CooldownStorage | null, now = Date.now()): number | null {
  const id = COOLDOWN_KEY_PREFIX + key;
  return later(fromStorage(id, areaOf(storage), now), fromMemory(id, now));
}

function notify(id: string, source: unknown): void {
  for (const listener of listeners.get(id) ?? []) listener(source);
}

// One channel per copy of the module while anything here listens; it never hears its own posts.
let channel: BroadcastChannel | null = null;

function openChannel(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(COOLDOWN_CHANNEL_NAME) : null;
  } catch {
    return null;
  }
}

function post(message: CooldownMessage): void {
  // A write after the last subscriber left (an answer that came after unmount) still tells the
  // others, through a channel opened for that one message.
  const target = channel ?? openChannel();
  try {
    target?.postMessage(message);
  } catch {
    // A closed or unavailable channel: storage, where it works, still carries the change.
  } finally {
    if (target !== channel) target?.close();
  }
}

function onChannelMessage({ data }: MessageEvent<unknown>): void {
  const message = (typeof data === 'object' && data) || {};
  const { type, id, endAt, stored } = message as Partial<Record<string, unknown>>;
  if (typeof id !== 'string' || !id.startsWith(COOLDOWN_KEY_PREFIX)) return;
  const now = Date.now();
  if (type === 'ask') {
    // Only what storage cannot give the asker: a cooldown held in memory, later than the stored one.
    const held = fromMemory(id, now);
    const inStorage = fromStorage(id, areaOf(undefined), now);
    if (held !== null && (inStorage === null || held > inStorage)) {
      post({ type: 'end', id, endAt: held, stored: false });
    }
    return;
  }
  if (type !== 'end' || typeof stored !== 'boolean' || (endAt !== null && typeof endAt !== 'number')) return;
  if (endAt === null) memory.delete(id);
  else if (!stored) {
    const known = later(fromMemory(id, now), parseEndTime(String(endAt), now));
    if (known !== null) memory.set(id, known);
  }
  notify(id, OUTSIDE);
}

/**
 * Stores (or, with null, removes) the end time for `key`, and tells the other hooks on this page,
 * the other copies of the kit and the other tabs. `source` is the writer, so it is not told about
 * its own write.
 */
export function writeEndTime(
  key: string,
  endAt: number | null,
  storage?: CooldownStorage | null,
  source?: unknown,
): void {
  const id = COOLDOWN_KEY_PREFIX + key;
  const area = areaOf(storage);
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
  notify(id, source);
  post({ type: 'end', id, endAt, stored });
}

/**
 * Calls `onChange` when the end time for `key` may have changed: a write by another hook on this
 * page, by another copy of the kit (the channel), or by another tab (the `storage` event of
 * localStorage, and the channel); and when the page comes back from the back/forward cache, having
 * missed events meanwhile. Asks the other documents for a cooldown they hold only in memory.
 * Returns the unsubscribe.
 */
export function subscribeEndTime(
  key: string,
  storage: CooldownStorage | null | undefined,
  source: unknown,
  onChange: () => void,
): () => void {
  const id = COOLDOWN_KEY_PREFIX + key;
  const listener = (from: unknown) => {
    if (from !== source) onChange();
  };
  const set = listeners.get(id) ?? new Set();
  listeners.set(id, set.add(listener));

  const area = areaOf(storage);
  const onStorage = (event: StorageEvent) => {
    // key null means the other document called clear().
    if (event.key !== null && event.key !== id) return;
    // A custom storage object cannot be matched to the event's area, so any area counts for it.
    const webStorage = typeof Storage !== 'undefined' && area instanceof Storage;
    if (!webStorage || !event.storageArea || event.storageArea === area) onChange();
  };
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) onChange();
  };
  const target = typeof window === 'undefined' ? undefined : window;
  target?.addEventListener('storage', onStorage);
  target?.addEventListener('pageshow', onPageShow);
  if (!channel) {
    channel = openChannel();
    channel?.addEventListener('message', onChannelMessage);
  }
  post({ type: 'ask', id });

  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(id);
    target?.removeEventListener('storage', onStorage);
    target?.removeEventListener('pageshow', onPageShow);
    if (listeners.size > 0 || !channel) return;
    channel.removeEventListener('message', onChannelMessage);
    channel.close();
    channel = null;
  };
}
