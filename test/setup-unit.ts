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
