import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SAME_FRAME_BUDGET_MS, usePacedUpdate } from '../../../src/hooks/picker/use-paced-update.js';

// Issue 10: a list re-ranked on every key renders in the key's own frame when the last update was
// cheap, and after the next paint when it was not, so a slow device still echoes keys at once.

/** Resolves after the next frame and the task that follows it (when after-paint work runs). */
const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** A clock the work can move forward, to stand for an update that takes `ms`. */
function fakeClock() {
  let now = 1000;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  return { take: (ms: number) => (now += ms) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('usePacedUpdate', () => {
  it('waits for the paint the first time, then runs at once while updates stay under budget', async () => {
    const clock = fakeClock();
    const { result } = renderHook(() => usePacedUpdate());
    const done: string[] = [];

    expect(result.current.run(() => done.push('first'))).toBe('after-paint');
    expect(done).toEqual([]);
    await afterPaint();
    expect(done).toEqual(['first']);

    const cheap = () => {
      clock.take(SAME_FRAME_BUDGET_MS - 1);
      done.push('cheap');
    };
    expect(result.current.run(cheap)).toBe('now');
    expect(done).toEqual(['first', 'cheap']);
    expect(result.current.run(cheap)).toBe('now');
    expect(done).toHaveLength(3);
  });

  it('sends updates after the paint while they typically cost the budget (median of the last three)', async () => {
    const clock = fakeClock();
    const { result } = renderHook(() => usePacedUpdate());
    const done: string[] = [];
    const cheap = () => done.push('cheap');
    const slow = () => {
      clock.take(3 * SAME_FRAME_BUDGET_MS);
      done.push('slow');
    };

    result.current.run(slow);
    await afterPaint();
    // One cheap update after a slow one is not yet a fast device: still after the paint.
    expect(result.current.run(cheap)).toBe('after-paint');
    await afterPaint();
    expect(result.current.run(cheap)).toBe('after-paint');
    await afterPaint();
    // Two of the last three were cheap: the next key is at once.
    expect(result.current.run(cheap)).toBe('now');
    expect(done).toEqual(['slow', 'cheap', 'cheap', 'cheap']);
    // One slow update (a garbage collection) does not move a fast device; two of three do.
    expect(result.current.run(slow)).toBe('now');
    expect(result.current.run(cheap)).toBe('now');
    expect(result.current.run(slow)).toBe('now');
    expect(result.current.run(cheap)).toBe('after-paint');
  });

  it('runs waiting work at once on flush, and says whether there was any', async () => {
    fakeClock();
    const { result } = renderHook(() => usePacedUpdate());
    const done: string[] = [];
    expect(result.current.flush()).toBe(false);
    result.current.run(() => done.push('u'));
    expect(result.current.flush()).toBe(true);
    expect(done).toEqual(['u']);
    await afterPaint();
    expect(done).toEqual(['u']);
    // It counted as an update: cheap, so the next one is at once.
    expect(result.current.run(() => done.push('un'))).toBe('now');
  });

  it('keeps keys in order: while an update waits, a newer one replaces it, even a cheap one', async () => {
    fakeClock();
    const { result } = renderHook(() => usePacedUpdate());
    const done: string[] = [];
    result.current.run(() => done.push('u'));
    result.current.run(() => done.push('un'));
    expect(result.current.run(() => done.push('uni'))).toBe('after-paint');
    await afterPaint();
    expect(done).toEqual(['uni']);
  });

  it('marks the busy element while work waits; drops the work and the mark on cancel and on unmount', async () => {
    const clock = fakeClock();
    const list = document.createElement('div');
    const { result, unmount } = renderHook(() => usePacedUpdate({ current: list }));
    const done: string[] = [];
    const slow = (name: string) => () => {
      clock.take(3 * SAME_FRAME_BUDGET_MS);
      done.push(name);
    };
    result.current.cancel();
    result.current.run(slow('ran'));
    expect(list).toHaveAttribute('aria-busy', 'true');
    await afterPaint();
    expect(done).toEqual(['ran']);
    expect(list).not.toHaveAttribute('aria-busy');
    result.current.run(slow('cancelled'));
    expect(list).toHaveAttribute('aria-busy', 'true');
    result.current.cancel();
    expect(list).not.toHaveAttribute('aria-busy');
    await afterPaint();
    result.current.run(slow('unmounted'));
    expect(list).toHaveAttribute('aria-busy', 'true');
    unmount();
    expect(list).not.toHaveAttribute('aria-busy');
    await afterPaint();
    expect(done).toEqual(['ran']);
  });

  it('is one object for the life of the component', () => {
    const { result, rerender } = renderHook(() => usePacedUpdate());
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});
