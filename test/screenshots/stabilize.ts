// What makes a story's screenshot the same on every run: no motion, no blinking caret, fonts
// loaded, layout settled, the mock's codes and request ids drawn from a seed, and running
// countdowns held at one value.
import { vi } from 'vitest';
import { COOLDOWN_KEY_PREFIX } from '../../src/hooks/code-step/cooldown-storage.js';

/**
 * Stops transitions and animations (the code field's blinking caret, the loading spinner) and
 * hides text carets, for the screenshots only: the play functions run with the real styles.
 * Returns the function that takes the sheet away.
 */
export function stillStyle(): () => void {
  const sheet = document.createElement('style');
  sheet.textContent =
    '*, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }';
  document.head.append(sheet);
  return () => sheet.remove();
}

/** A 32-bit hash of `text` (FNV-1a), to seed one story's random numbers. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value || 1;
}

/**
 * Makes `crypto.getRandomValues` repeat the same numbers for the same `seed` (xorshift32), so the
 * mock's SMS codes and request ids, which some stories show, are the same on every run. Returns the
 * function that gives the page the real one back.
 */
export function seedRandom(seed: string): () => void {
  let state = hash(seed);
  const next = () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
  const fill = <T extends ArrayBufferView | null>(array: T): T => {
    if (array) {
      const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
      for (let index = 0; index < bytes.length; index += 1) bytes[index] = next() & 0xff;
    }
    return array;
  };
  Object.defineProperty(globalThis.crypto, 'getRandomValues', { value: fill, configurable: true });
  return () => {
    delete (globalThis.crypto as { getRandomValues?: unknown }).getRandomValues;
  };
}

/** How many seconds a running countdown shows in every screenshot. */
const HELD_SECONDS = 30;

/**
 * Holds every running send countdown at {@link HELD_SECONDS} seconds: the wall clock is stopped
 * just under that many seconds before the latest stored end time (the kit shows the smaller of the
 * wall and the monotonic time left, and the monotonic one is still close to a minute), and the
 * kit is told to read its clocks again the way it does when a page is shown. Returns the function
 * that starts the clock again; a story without a countdown is left alone.
 */
export async function freezeCountdowns(): Promise<() => void> {
  const ends = Object.keys(localStorage)
    .filter((key) => key.startsWith(COOLDOWN_KEY_PREFIX))
    .map((key) => Number(localStorage.getItem(key)))
    .filter((end) => Number.isFinite(end) && end > Date.now());
  if (ends.length === 0) return () => {};
  const held = Math.max(...ends) - HELD_SECONDS * 1000 + 500;
  const clock = vi.spyOn(Date, 'now').mockReturnValue(held);
  document.dispatchEvent(new Event('visibilitychange'));
  await nextFrames(2);
  return () => clock.mockRestore();
}

/** Resolves after `count` rendered frames. */
function nextFrames(count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => {
      if (left === 0) resolve();
      else requestAnimationFrame(() => step(left - 1));
    };
    step(count);
  });
}

/**
 * The lowest bottom edge of `element` and what it shows: the descendants of a box that clips
 * (a scrolling list) are cut off at its edge, so they are not looked at; hidden ones take no room.
 */
function lowestEdge(element: Element): number {
  if (!element.checkVisibility({ visibilityProperty: true })) return -Infinity;
  const box = element.getBoundingClientRect();
  const own = box.width > 0 && box.height > 0 ? box.bottom : -Infinity;
  const clips = getComputedStyle(element).overflowY !== 'visible';
  if (clips || element.children.length === 0) return own;
  return Math.max(own, ...[...element.children].map(lowestEdge));
}

/**
 * Waits for fonts and for the layout after a width or theme change (resize observers, React
 * renders they cause), then lets the frame grow over anything that overflows it (an open popup
 * hangs below a short story), so the screenshot shows all of it. Fails when the story does not fit
 * in the viewport's height, which would cut it off.
 */
export async function settle(frame: HTMLElement, viewportHeight: number): Promise<void> {
  await document.fonts.ready;
  await nextFrames(2);
  frame.style.minBlockSize = '';
  const top = frame.getBoundingClientRect().top;
  const bottom = Math.max(frame.getBoundingClientRect().bottom, ...[...frame.children].map(lowestEdge));
  const height = Math.ceil(bottom - top);
  if (height > viewportHeight) {
    throw new Error(`The story is ${height}px tall, more than the ${viewportHeight}px viewport.`);
  }
  if (height > frame.offsetHeight) {
    frame.style.minBlockSize = `${height}px`;
    await nextFrames(1);
  }
}
