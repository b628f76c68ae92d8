import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  COOLDOWN_CHANNEL_NAME,
  COOLDOWN_KEY_PREFIX,
  MAX_COOLDOWN_MS,
  type CooldownStorage,
} from '../../../src/hooks/code-step/cooldown-storage.js';
import { useCooldown } from '../../../src/hooks/code-step/use-cooldown.js';

// T8: the cooldown is an end time; the seconds shown are derived from the clock at each tick.
// Module-level memory outlives a test, so each test gets its own key. Other tabs are imitated
// here (a storage event dispatched by hand, a second copy of the module, Node's BroadcastChannel)
// to keep these fast; the real ones are two pages of one real Chromium in
// test/e2e/cooldown-tabs.test.ts.
let counter = 0;
const freshKey = () => `CHANNEL_TEST_${(counter += 1)}`;

async function advance(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/**
 * Timers left once React's own scheduler work (it runs on setImmediate, which is faked too) has
 * run: what remains is the cooldown's.
 */
async function timersLeft(): Promise<number> {
  await advance(0);
  return vi.getTimerCount();
}

/** Whole seconds truly left of a cooldown of `total` ms started `elapsed` ms ago. */
const expectedSeconds = (total: number, elapsed: number) => Math.max(0, Math.ceil((total - elapsed) / 1000));

const throwingStorage = (): CooldownStorage => ({
  getItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
});

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('useCooldown (T8)', () => {
  it('counts 60 s down from the clock, right at every quarter second, then leaves no timer', async () => {
    const { result } = renderHook(({ key }) => useCooldown({ key }), { initialProps: { key: freshKey() } });
    expect(result.current).toMatchObject({ remainingSeconds: 0, running: false });
    act(() => result.current.start());
    let worst = 0;
    for (let elapsed = 0; elapsed <= 61_000; elapsed += 250) {
      worst = Math.max(worst, Math.abs(result.current.remainingSeconds - expectedSeconds(60_000, elapsed)));
      await advance(250);
      // One timer while running, none once done.
      expect(await timersLeft()).toBe(elapsed + 250 < 60_000 ? 1 : 0);
    }
    expect(worst).toBe(0);
    expect(result.current).toMatchObject({ remainingSeconds: 0, running: false });
    expect(await timersLeft()).toBe(0);
  });

  it('stores only an end time, under the kit prefix and the key, never the phone number', () => {
    const key = freshKey();
    const { result } = renderHook(() => useCooldown({ key, defaultSeconds: 90 }));
    const before = Date.now();
    act(() => result.current.start());
    // localStorage, where every tab of the origin sees it; nothing in the tab's own sessionStorage.
    expect(Object.keys(localStorage)).toEqual([`${COOLDOWN_KEY_PREFIX}${key}`]);
    expect(Number(localStorage.getItem(`${COOLDOWN_KEY_PREFIX}${key}`))).toBe(before + 90_000);
    expect(Object.keys(sessionStorage)).toEqual([]);
    expect(result.current.remainingSeconds).toBe(90);
  });

  it('is right to ±1 s across unmount and remount, with 0 timers while unmounted', async () => {
    const key = freshKey();
    const first = renderHook(() => useCooldown({ key }));
    act(() => first.result.current.start());
    await advance(10_500);
    first.unmount();
    expect(await timersLeft()).toBe(0);
    await advance(20_000);
    const second = renderHook(() => useCooldown({ key }));
    const error = Math.abs(second.result.current.remainingSeconds - expectedSeconds(60_000, 30_500));
    expect(error).toBeLessThanOrEqual(1);
    expect(second.result.current.remainingSeconds).toBe(30);
    second.unmount();
    expect(await timersLeft()).toBe(0);
  });

  it('is right after a reload (fresh modules, only storage kept)', async () => {
    const key = freshKey();
    const first = renderHook(() => useCooldown({ key }));
    act(() => first.result.current.start(45_000));
    await advance(5_200);
    first.unmount();
    vi.resetModules();
    const reloaded = await import('../../../src/hooks/code-step/use-cooldown.js');
    await advance(3_000);
    const second = renderHook(() => reloaded.useCooldown({ key }));
    expect(second.result.current.remainingSeconds).toBe(expectedSeconds(45_000, 8_200));
    await advance(36_800);
    expect(second.result.current.running).toBe(false);
  });

  it('follows another tab through the storage event (start, lengthen and clear)', async () => {
    // An imitation: the event is dispatched by hand here. test/e2e/cooldown-tabs.test.ts has a
    // real second tab send the code and counts the requests of the first.
    const key = freshKey();
    const id = `${COOLDOWN_KEY_PREFIX}${key}`;
    const { result } = renderHook(() => useCooldown({ key }));
    const otherTabWrites = (value: string | null) => {
      if (value === null) localStorage.removeItem(id);
      else localStorage.setItem(id, value);
      act(() => {
        window.dispatchEvent(
          new StorageEvent('storage', { key: id, newValue: value, storageArea: localStorage }),
        );
      });
    };
    otherTabWrites(String(Date.now() + 30_000));
    expect(result.current.remainingSeconds).toBe(30);
    await advance(2_000);
    expect(result.current.remainingSeconds).toBe(28);
    otherTabWrites(String(Date.now() + 50_000));
    expect(result.current.remainingSeconds).toBe(50);
    otherTabWrites(null);
    expect(result.current.running).toBe(false);
    expect(await timersLeft()).toBe(0);
  });

  it('ignores storage events for other keys and other storage areas', () => {
    const key = freshKey();
    const { result } = renderHook(() => useCooldown({ key }));
    // A frame of this tab writing the tab's sessionStorage is not a send of this origin's cooldown.
    sessionStorage.setItem(`${COOLDOWN_KEY_PREFIX}${key}`, String(Date.now() + 30_000));
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', { key: `${COOLDOWN_KEY_PREFIX}${key}`, storageArea: sessionStorage }),
      );
      window.dispatchEvent(new StorageEvent('storage', { key: 'unrelated', storageArea: localStorage }));
    });
    expect(result.current.running).toBe(false);
  });

  it('shares one cooldown between hooks with the same key on a page', () => {
    const key = freshKey();
    const a = renderHook(() => useCooldown({ key }));
    const b = renderHook(() => useCooldown({ key }));
    act(() => a.result.current.start(20_000));
    expect(b.result.current.remainingSeconds).toBe(20);
    act(() => b.result.current.clear());
    expect(a.result.current.running).toBe(false);
  });

  it('never shortens a running cooldown: only clear() ends it early', () => {
    const key = freshKey();
    const a = renderHook(() => useCooldown({ key }));
    const b = renderHook(() => useCooldown({ key }));
    act(() => a.result.current.start(40_000));
    // A shorter Retry-After (of the bind, say) or a zero one leaves the send's cooldown alone.
    act(() => b.result.current.start(10_000));
    act(() => b.result.current.start(0));
    act(() => b.result.current.start(-5_000));
    expect([a.result.current.remainingSeconds, b.result.current.remainingSeconds]).toEqual([40, 40]);
    expect(Number(localStorage.getItem(`${COOLDOWN_KEY_PREFIX}${key}`)) - Date.now()).toBe(40_000);
    // A longer one lengthens it everywhere.
    act(() => b.result.current.start(90_000));
    expect([a.result.current.remainingSeconds, b.result.current.remainingSeconds]).toEqual([90, 90]);
    act(() => a.result.current.clear());
    expect([a.result.current.running, b.result.current.running]).toEqual([false, false]);
    expect(localStorage.getItem(`${COOLDOWN_KEY_PREFIX}${key}`)).toBeNull();
  });

  it('a start reads what another tab stored meanwhile, even before its storage event arrives', () => {
    const key = freshKey();
    const { result } = renderHook(() => useCooldown({ key }));
    localStorage.setItem(`${COOLDOWN_KEY_PREFIX}${key}`, String(Date.now() + 45_000));
    act(() => result.current.start(30_000));
    expect(result.current.remainingSeconds).toBe(45);
  });

  it('reaches another copy of the kit on the page over BroadcastChannel, where no storage event comes', async () => {
    vi.useRealTimers();
    const key = freshKey();
    const here = renderHook(() => useCooldown({ key }));
    vi.resetModules();
    const other = await import('../../../src/hooks/code-step/use-cooldown.js');
    const there = renderHook(() => other.useCooldown({ key }));
    act(() => here.result.current.start(25_000));
    await waitFor(() => expect(there.result.current.remainingSeconds).toBe(25));
    act(() => there.result.current.clear());
    await waitFor(() => expect(here.result.current.running).toBe(false));
  });

  it('a cooldown kept only in memory still reaches the other documents, and a new one asks for it', async () => {
    vi.useRealTimers();
    const key = freshKey();
    const id = `${COOLDOWN_KEY_PREFIX}${key}`;
    // Another document on the channel: what it hears, and what it says.
    const peer = new BroadcastChannel(COOLDOWN_CHANNEL_NAME);
    const heard: unknown[] = [];
    peer.addEventListener('message', (event: MessageEvent<unknown>) => heard.push(event.data));
    onTestFinished(() => peer.close());

    const { result } = renderHook(() => useCooldown({ key, storage: null }));
    await waitFor(() => expect(heard).toContainEqual({ type: 'ask', id }));
    act(() => result.current.start(20_000));
    await waitFor(() =>
      expect(heard).toContainEqual({ type: 'end', id, endAt: expect.any(Number), stored: false }),
    );
    // A document opened now asks, and this one, holding it in memory only, answers.
    heard.length = 0;
    peer.postMessage({ type: 'ask', id });
    await waitFor(() =>
      expect(heard).toContainEqual({ type: 'end', id, endAt: expect.any(Number), stored: false }),
    );
    // What the peer says is taken in: ignored when malformed or for another kit's key, followed
    // when it lengthens the cooldown or ends it.
    peer.postMessage({ type: 'end', id, endAt: 'soon', stored: false });
    peer.postMessage({ type: 'end', id: 'other-kit', endAt: Date.now() + 50_000, stored: false });
    peer.postMessage({ type: 'end', id, endAt: Date.now() + 10 * MAX_COOLDOWN_MS, stored: false });
    peer.postMessage({ type: 'end', id, endAt: Date.now() + 50_000, stored: false });
    await waitFor(() => expect(result.current.remainingSeconds).toBe(50));
    peer.postMessage({ type: 'end', id, endAt: null, stored: true });
    await waitFor(() => expect(result.current.running).toBe(false));
  });

  it('is not lengthened when the clock is set back, and stays within 1 h', async () => {
    const { result } = renderHook(({ key }) => useCooldown({ key }), { initialProps: { key: freshKey() } });
    act(() => result.current.start());
    await advance(1_000);
    vi.setSystemTime(Date.now() - 10 * 60_000);
    await advance(1_000);
    expect(result.current.remainingSeconds).toBe(58);
    vi.setSystemTime(Date.now() - 2 * 3_600_000);
    await advance(1_000);
    expect(result.current.remainingSeconds).toBe(57);
    await advance(57_000);
    expect(result.current.running).toBe(false);
    expect(await timersLeft()).toBe(0);
  });

  it('ends no later than real time when the clock jumps forward (the server limit is the backstop)', async () => {
    const { result } = renderHook(({ key }) => useCooldown({ key }), { initialProps: { key: freshKey() } });
    act(() => result.current.start());
    vi.setSystemTime(Date.now() + 20_000);
    await advance(1_000);
    // The wall clock now says 39 s; the monotonic clock 59 s; the smaller wins.
    expect(result.current.remainingSeconds).toBe(39);
    expect(result.current.remainingSeconds).toBeGreaterThanOrEqual(0);
  });

  it('falls back to memory when storage throws, and survives a remount', async () => {
    const key = freshKey();
    const storage = throwingStorage();
    const first = renderHook(() => useCooldown({ key, storage }));
    act(() => first.result.current.start());
    expect(first.result.current.remainingSeconds).toBe(60);
    await advance(4_000);
    first.unmount();
    const second = renderHook(() => useCooldown({ key, storage }));
    expect(second.result.current.remainingSeconds).toBe(56);
    act(() => second.result.current.clear());
    expect(second.result.current.running).toBe(false);
  });

  it('falls back to memory when localStorage itself cannot be reached (SecurityError)', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const key = freshKey();
    const first = renderHook(() => useCooldown({ key }));
    act(() => first.result.current.start(10_000));
    first.unmount();
    const second = renderHook(() => useCooldown({ key }));
    expect(second.result.current.remainingSeconds).toBe(10);
  });

  it('keeps the cooldown in memory when only writing fails (quota)', () => {
    const key = freshKey();
    const storage: CooldownStorage = {
      getItem: (name) => localStorage.getItem(name),
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: (name) => localStorage.removeItem(name),
    };
    const first = renderHook(() => useCooldown({ key, storage }));
    act(() => first.result.current.start());
    first.unmount();
    const second = renderHook(() => useCooldown({ key, storage }));
    expect(second.result.current.remainingSeconds).toBe(60);
  });

  it.each([
    ['garbage', () => 'soon'],
    ['NaN', () => 'NaN'],
    ['negative', () => '-5000'],
    ['in the past', () => String(Date.now() - 1_000)],
    ['more than 1 h ahead', () => String(Date.now() + MAX_COOLDOWN_MS + 1_000)],
    ['huge', () => '99999999999999999999'],
    ['exponent', () => '1e20'],
    ['empty', () => ''],
    ['JSON', () => JSON.stringify({ endAt: Date.now() + 10_000 })],
  ])('ignores a tampered value (%s)', async (_name, value) => {
    const key = freshKey();
    localStorage.setItem(`${COOLDOWN_KEY_PREFIX}${key}`, value());
    const { result } = renderHook(() => useCooldown({ key }));
    expect(result.current).toMatchObject({ remainingSeconds: 0, running: false });
    expect(await timersLeft()).toBe(0);
  });

  it('accepts a stored value up to exactly 1 h', () => {
    const key = freshKey();
    localStorage.setItem(`${COOLDOWN_KEY_PREFIX}${key}`, String(Date.now() + MAX_COOLDOWN_MS));
    const { result } = renderHook(() => useCooldown({ key }));
    expect(result.current.remainingSeconds).toBe(3_600);
  });

  it.each([
    ['ten hours', 10 * MAX_COOLDOWN_MS, 3_600],
    ['infinity', Number.POSITIVE_INFINITY, 3_600],
    ['NaN (the default)', Number.NaN, 30],
    ['missing (the default)', undefined, 30],
    ['negative (none)', -5_000, 0],
    ['zero (none)', 0, 0],
  ])('clamps start() to 0 … 1 h: %s', (_name, ms, seconds) => {
    const { result } = renderHook(({ key }) => useCooldown({ key, defaultSeconds: 30 }), {
      initialProps: { key: freshKey() },
    });
    act(() => result.current.start(ms));
    expect(result.current).toMatchObject({ remainingSeconds: seconds, running: seconds > 0 });
  });

  it('reads storage only after mount, so the first render matches the server (0)', () => {
    const key = freshKey();
    localStorage.setItem(`${COOLDOWN_KEY_PREFIX}${key}`, String(Date.now() + 20_000));
    const seen: number[] = [];
    renderHook(() => {
      const cooldown = useCooldown({ key });
      seen.push(cooldown.remainingSeconds);
      return cooldown;
    });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(20);
  });
});
