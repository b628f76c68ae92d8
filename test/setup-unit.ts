import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// The send cooldown is kept in localStorage, shared by every test of a file: each starts without one.
beforeEach(() => {
  if (typeof localStorage !== 'undefined') localStorage.clear();
});

// jsdom has no canvas backend and reports every getContext call as "not implemented"; answer as a
// browser without 2D canvas does (null), which the flag check handles. Real canvases: test/browser.
if (typeof HTMLCanvasElement !== 'undefined') {
  HTMLCanvasElement.prototype.getContext = () => null;
}
