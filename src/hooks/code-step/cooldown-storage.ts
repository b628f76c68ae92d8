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
/** Tells the subscribers in this copy of the module, which neither the `storage` event nor the channel reach. */
const local = new EventTarget();
let subscribers = 0;
// One channel per copy of the module while anything here listens; it never hears its own posts.
let channel: BroadcastChannel | null = null;

/** What `run` returns, or null where it throws: storage and channels may be missing or refuse. */
function orNull<T>(run: () => T): T | null {
  try {
    return run();
  } catch {
    return null;
  }
}

/** The storage given, else `window.localStorage`; null on the server or where reading it throws. */
const areaOf = (storage: CooldownStorage | null | undefined) =>
  orNull(() => (storage === undefined ? window.localStorage : storage));

/**
 * The end time if a cooldown runs until then, else 0: already past, or more than an hour ahead
 * (tampered, or the clock was set back), is none; a broken value must neither lock the user out nor
 * go negative.
 */
const running = (endAt: number, now: number) => (endAt > now && endAt - now <= MAX_COOLDOWN_MS ? endAt : 0);

const fromMemory = (id: string, now: number) => running(memory.get(id) ?? 0, now);

function fromStorage(id: string, area: CooldownStorage | null, now: number): number {
  const raw = orNull(() => area?.getItem(id)) ?? '';
  // Only a plain integer: anything else was tampered with.
  return /^\d{1,16}$/.test(raw) ? running(Number(raw), now) : 0;
}

/** The running cooldown's end time (epoch ms) for `key`, or null: the later of storage and memory. */
export function readEndTime(key: string, storage?: CooldownStorage | null, now = Date.now()): number | null {
  const id = COOLDOWN_KEY_PREFIX + key;
  return Math.max(fromStorage(id, areaOf(storage), now), fromMemory(id, now)) || null;
}

const openChannel = () => orNull(() => new BroadcastChannel(COOLDOWN_CHANNEL_NAME));

function post(message: CooldownMessage): void {
  // A write after the last subscriber left (an answer that came after unmount) still tells the
  // others, through a channel opened for that one message.
  const target = channel ?? openChannel();
  // A closed or unavailable channel throws: storage, where it works, still carries the change.
  orNull(() => target?.postMessage(message));
  if (target !== channel) target?.close();
}

function onChannelMessage({ data }: MessageEvent<Partial<Record<string, unknown>> | null>): void {
  const { type, id, endAt, stored } = data ?? {};
  if (typeof id !== 'string' || !id.startsWith(COOLDOWN_KEY_PREFIX)) return;
  const now = Date.now();
  if (type === 'ask') {
    // Only what storage cannot give the asker: a cooldown held in memory, later than the stored one.
    const held = fromMemory(id, now);
    if (held > fromStorage(id, areaOf(undefined), now)) post({ type: 'end', id, endAt: held, stored: false });
    return;
  }
  if (type !== 'end') return;
  if (endAt === null) memory.delete(id);
  else if (stored === false && typeof endAt === 'number') {
    const known = Math.max(fromMemory(id, now), running(endAt, now));
    if (known) memory.set(id, known);
  }
  local.dispatchEvent(new Event(id));
}

/**
 * Stores (or, with null, removes) the end time for `key`, and tells the other hooks on this page,
 * the other copies of the kit and the other tabs.
 */
export function writeEndTime(key: string, endAt: number | null, storage?: CooldownStorage | null): void {
  const id = COOLDOWN_KEY_PREFIX + key;
  const area = areaOf(storage);
  const write = () => {
    if (endAt === null) area?.removeItem(id);
    else area?.setItem(id, String(endAt));
    return true;
  };
  // A write that throws (quota, blocked storage) keeps the end time in memory; what a storage's
  // methods return says nothing.
  const stored = area !== null && orNull(write) === true;
  if (endAt === null || stored) memory.delete(id);
  else memory.set(id, endAt);
  local.dispatchEvent(new Event(id));
  post({ type: 'end', id, endAt, stored });
}

/**
 * Calls `onChange` when the end time for `key` may have changed: a write by a hook on this page,
 * by another copy of the kit (the channel), or by another tab (the `storage` event of
 * localStorage, and the channel); and when the page comes back from the back/forward cache, having
 * missed events meanwhile. Asks the other documents for a cooldown they hold only in memory.
 * Returns the unsubscribe.
 */
export function subscribeEndTime(
  key: string,
  storage: CooldownStorage | null | undefined,
  onChange: () => void,
): () => void {
  const id = COOLDOWN_KEY_PREFIX + key;
  const area = areaOf(storage);
  const stop = new AbortController();
  const { signal } = stop;
  window.addEventListener(
    'storage',
    (event) => {
      // key null means the other document called clear(). A custom storage object cannot be
      // matched to the event's area, so any area counts for it.
      if (event.key !== null && event.key !== id) return;
      if (!(area instanceof Storage) || !event.storageArea || event.storageArea === area) onChange();
    },
    { signal },
  );
  window.addEventListener('pageshow', (event) => event.persisted && onChange(), { signal });
  local.addEventListener(id, onChange, { signal });
  subscribers += 1;
  channel ??= openChannel();
  if (channel) channel.onmessage = onChannelMessage;
  post({ type: 'ask', id });

  return () => {
    stop.abort();
    subscribers -= 1;
    if (subscribers > 0) return;
    channel?.close();
    channel = null;
  };
}
