import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// The send cooldown is kept in localStorage, shared by every test file of the run: each test starts without one.
beforeEach(() => {
  localStorage.clear();
});
