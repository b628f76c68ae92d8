import { act, render } from '@testing-library/react';
import { Activity, useEffect } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useWhenShown, type WhenShown } from '../../../src/hooks/shared/use-when-shown.js';

let handOver: WhenShown | null = null;

function Probe() {
  const whenShown = useWhenShown();
  useEffect(() => {
    handOver = whenShown;
  }, [whenShown]);
  return <p>probe</p>;
}

/** What the probe handed over; throws if it never mounted, so no check below passes vacuously. */
function taken(): WhenShown {
  if (!handOver) throw new Error('the probe did not mount');
  return handOver;
}

function view(mode: 'visible' | 'hidden') {
  return (
    <Activity mode={mode}>
      <Probe />
    </Activity>
  );
}

describe('useWhenShown', () => {
  beforeEach(() => {
    handOver = null;
  });

  it('runs work at once while the component is on screen', () => {
    render(view('visible'));
    const work = vi.fn();
    taken()(work);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('keeps work handed over while an <Activity> hides it, and runs it, in order, when shown', () => {
    const { rerender } = render(view('visible'));
    const whenShown = taken();
    rerender(view('hidden'));
    const order: string[] = [];
    act(() => {
      whenShown(() => order.push('first'));
      whenShown(() => order.push('second'));
    });
    expect(order).toEqual([]);
    rerender(view('visible'));
    expect(order).toEqual(['first', 'second']);
    // Handed over once: showing it again runs nothing twice.
    rerender(view('hidden'));
    rerender(view('visible'));
    expect(order).toEqual(['first', 'second']);
  });

  it('never runs work handed over after unmount', () => {
    const { unmount } = render(view('visible'));
    const whenShown = taken();
    unmount();
    const work = vi.fn();
    whenShown(work);
    expect(work).not.toHaveBeenCalled();
  });
});
