import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  COOLDOWN_KEY_PREFIX,
  MAX_COOLDOWN_MS,
  type CooldownStorage,
} from '../../../src/hooks/cooldown-storage.js';
import { useCooldown } from '../../../src/hooks/use-cooldown.js';

// T8: the cooldown is an end time; the seconds shown are derived from the clock at each tick.
// Module-level memory outlives a test, so each test gets its own key.
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
    expect(Object.keys(sessionStorage)).toEqual([`${COOLDOWN_KEY_PREFIX}${key}`]);
    expect(Number(sessionStorage.getItem(`${COOLDOWN_KEY_PREFIX}${key}`))).toBe(before + 90_000);
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
    const reloaded = await import('../../../src/hooks/use-cooldown.js');
    await advance(3_000);
    const second = renderHook(() => reloaded.useCooldown({ key }));
    expect(second.result.current.remainingSeconds).toBe(expectedSeconds(45_000, 8_200));
    await advance(36_800);
    expect(second.result.current.running).toBe(false);
  });

  it('follows another tab through the storage event (start, restart and clear)', async () => {
    const key = freshKey();
    const id = `${COOLDOWN_KEY_PREFIX}${key}`;
    const { result } = renderHook(() => useCooldown({ key }));
    const otherTabWrites = (value: string | null) => {
      if (value === null) sessionStorage.removeItem(id);
      else sessionStorage.setItem(id, value);
      act(() => {
        window.dispatchEvent(
          new StorageEvent('storage', { key: id, newValue: value, storageArea: sessionStorage }),
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
    localStorage.setItem(`${COOLDOWN_KEY_PREFIX}${key}`, String(Date.now() + 30_000));
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', { key: `${COOLDOWN_KEY_PREFIX}${key}`, storageArea: localStorage }),
      );
      window.dispatchEvent(new StorageEvent('storage', { key: 'unrelated', storageArea: sessionStorage }));
    });
    expect(result.current.running).toBe(false);
    localStorage.clear();
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

  it('shares it across tabs when given localStorage', () => {
    const key = freshKey();
    const id = `${COOLDOWN_KEY_PREFIX}${key}`;
    const { result } = renderHook(() => useCooldown({ key, storage: localStorage }));
    localStorage.setItem(id, String(Date.now() + 15_000));
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: id, storageArea: localStorage }));
    });
    expect(result.current.remainingSeconds).toBe(15);
    localStorage.clear();
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

  it('falls back to memory when sessionStorage itself cannot be reached (SecurityError)', () => {
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
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
      getItem: (name) => sessionStorage.getItem(name),
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: (name) => sessionStorage.removeItem(name),
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
    sessionStorage.setItem(`${COOLDOWN_KEY_PREFIX}${key}`, value());
    const { result } = renderHook(() => useCooldown({ key }));
    expect(result.current).toMatchObject({ remainingSeconds: 0, running: false });
    expect(await timersLeft()).toBe(0);
  });

  it('accepts a stored value up to exactly 1 h', () => {
    const key = freshKey();
    sessionStorage.setItem(`${COOLDOWN_KEY_PREFIX}${key}`, String(Date.now() + MAX_COOLDOWN_MS));
    const { result } = renderHook(() => useCooldown({ key }));
    expect(result.current.remainingSeconds).toBe(3_600);
  });

  it('clamps start() to 0 … 1 h and falls back to the default for a missing duration', () => {
    const { result } = renderHook(({ key }) => useCooldown({ key, defaultSeconds: 30 }), {
      initialProps: { key: freshKey() },
    });
    act(() => result.current.start(10 * MAX_COOLDOWN_MS));
    expect(result.current.remainingSeconds).toBe(3_600);
    act(() => result.current.start(Number.NaN));
    expect(result.current.remainingSeconds).toBe(30);
    act(() => result.current.start(undefined));
    expect(result.current.remainingSeconds).toBe(30);
    act(() => result.current.start(-5_000));
    expect(result.current).toMatchObject({ remainingSeconds: 0, running: false });
    act(() => result.current.start(Number.POSITIVE_INFINITY));
    expect(result.current.remainingSeconds).toBe(3_600);
  });

  it('reads storage only after mount, so the first render matches the server (0)', () => {
    const key = freshKey();
    sessionStorage.setItem(`${COOLDOWN_KEY_PREFIX}${key}`, String(Date.now() + 20_000));
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
