/**
 * Where cooldown end times live, so every tab of the origin shares one cooldown: localStorage (or a
 * storage the caller gives), whose `storage` event tells the other tabs; memory when storage is
 * missing or throws, passed to the other tabs and other copies of the kit over a BroadcastChannel.
 * No React here, so the rules can be tested on their own. Only the end time is stored or sent,
 * under a key the caller chooses (the SMS channel): never the number.
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

/**
 * End times storage does not hold, by full key: this document's writes that storage refused
 * (private mode, quota, SecurityError), and such writes of other documents, heard on the channel.
 */
const memory = new Map<string, number>();

type Listener = (source: unknown) => void;
/** Subscribers in this copy of the module: neither the `storage` event nor the channel reaches them. */
const listeners = new Map<string, Set<Listener>>();
/** The `source` of changes heard from outside this copy of the module: no subscriber's own. */
const OUTSIDE = Symbol('outside');

/** `window.localStorage`, or null on the server or where merely reading it throws. */
function defaultStorage(): CooldownStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
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

function later(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null ? a : Math.max(a, b);
}

function fromMemory(id: string, now: number): number | null {
  const remembered = memory.get(id);
  return remembered === undefined ? null : parseEndTime(String(remembered), now);
}

function fromStorage(id: string, area: CooldownStorage | null, now: number): number | null {
  if (!area) return null;
  try {
    return parseEndTime(area.getItem(id), now);
  } catch {
    return null;
  }
}

/** The running cooldown's end time (epoch ms) for `key`, or null: the later of storage and memory. */
export function readEndTime(key: string, storage?: CooldownStorage | null, now = Date.now()): number | null {
  const id = COOLDOWN_KEY_PREFIX + key;
  return later(fromStorage(id, resolve(storage), now), fromMemory(id, now));
}

function notify(id: string, source: unknown): void {
  for (const listener of listeners.get(id) ?? []) listener(source);
}

// One channel per copy of the module while anything here listens; it never hears its own posts.
let channel: BroadcastChannel | null = null;
let channelUsers = 0;

function openChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel !== 'function') return null;
  try {
    return new BroadcastChannel(COOLDOWN_CHANNEL_NAME);
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
    if (target && target !== channel) target.close();
  }
}

function isMessage(data: unknown): data is CooldownMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, id } = data as Partial<Record<string, unknown>>;
  if (typeof id !== 'string' || !id.startsWith(COOLDOWN_KEY_PREFIX)) return false;
  if (type === 'ask') return true;
  const { endAt, stored } = data as Partial<Record<string, unknown>>;
  return type === 'end' && (endAt === null || typeof endAt === 'number') && typeof stored === 'boolean';
}

function onChannelMessage(event: MessageEvent<unknown>): void {
  if (!isMessage(event.data)) return;
  const message = event.data;
  const now = Date.now();
  if (message.type === 'ask') {
    // Only what storage cannot give the asker: a cooldown held in memory, later than the stored one.
    const held = fromMemory(message.id, now);
    const stored = fromStorage(message.id, defaultStorage(), now);
    if (held !== null && (stored === null || held > stored)) {
      post({ type: 'end', id: message.id, endAt: held, stored: false });
    }
    return;
  }
  if (message.endAt === null) memory.delete(message.id);
  else if (!message.stored) {
    const endAt = parseEndTime(String(message.endAt), now);
    const known = later(fromMemory(message.id, now), endAt);
    if (known !== null) memory.set(message.id, known);
  }
  notify(message.id, OUTSIDE);
}

function acquireChannel(): void {
  channelUsers += 1;
  if (channel || channelUsers > 1) return;
  channel = openChannel();
  channel?.addEventListener('message', onChannelMessage);
}

function releaseChannel(): void {
  channelUsers -= 1;
  if (channelUsers > 0 || !channel) return;
  channel.removeEventListener('message', onChannelMessage);
  channel.close();
  channel = null;
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
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) onChange();
  };
  const target = typeof window === 'undefined' ? undefined : window;
  target?.addEventListener('storage', onStorage);
  target?.addEventListener('pageshow', onPageShow);
  acquireChannel();
  post({ type: 'ask', id });

  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(id);
    target?.removeEventListener('storage', onStorage);
    target?.removeEventListener('pageshow', onPageShow);
    releaseChannel();
  };
}
