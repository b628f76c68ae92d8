import { describe, expect, it } from 'vitest';
import { normalizeDigits } from '../../../src/phone/normalize-digits.js';

describe('normalizeDigits', () => {
  it.each([
    ['full-width', '１３８００１３８０００', '13800138000'],
    ['Arabic-Indic', '٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['Persian', '۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['Devanagari', '०१२३४५६७८९', '0123456789'],
    ['Bengali', '০১২৩৪৫৬৭৮৯', '0123456789'],
    ['Thai', '๐๑๒๓๔๕๖๗๘๙', '0123456789'],
    ['mathematical monospace (adjacent runs)', '𝟶𝟷𝟸𝟹𝟺𝟻𝟼𝟽𝟾𝟿', '0123456789'],
  ])('maps %s digits to ASCII', (_script, input, expected) => {
    expect(normalizeDigits(input)).toBe(expected);
  });

  it('keeps every other character, so nothing is lost', () => {
    expect(normalizeDigits('+86 (0) 138-٠٠١٣ abc')).toBe('+86 (0) 138-0013 abc');
  });

  it('returns ASCII input unchanged', () => {
    const text = '+1 (415) 555-2671';
    expect(normalizeDigits(text)).toBe(text);
  });
});
