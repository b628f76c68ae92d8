import { expect, it } from 'vitest';
import { normalizeDigits } from '../../src/phone/normalize-digits.js';

// Runs in real Chromium: its Unicode tables, not Node's, must give the same digits.
it('normalizes non-ASCII digits in Chromium', () => {
  expect(navigator.userAgent).toMatch(/Chrome/);
  expect(normalizeDigits('０１２٣٤۵६७८๙')).toBe('0123456789');
});
