import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canBeginPattern } from '../../../src/phone/typing/pattern-prefix.js';
import { getCountries } from '../../../src/phone/metadata.js';
import { getNumberingPlan } from '../../../src/phone/numbering-plan.js';

describe('canBeginPattern', () => {
  it('answers for prefixes of simple patterns', () => {
    expect(canBeginPattern('1[3-9]\\d{9}', '')).toBe(true);
    expect(canBeginPattern('1[3-9]\\d{9}', '13')).toBe(true);
    expect(canBeginPattern('1[3-9]\\d{9}', '12')).toBe(false);
    expect(canBeginPattern('1[3-9]\\d{9}', '13800138000')).toBe(true);
    expect(canBeginPattern('1[3-9]\\d{9}', '138001380001')).toBe(false);
    expect(canBeginPattern('(?:12|34)5?6', '345')).toBe(true);
    expect(canBeginPattern('(?:12|34)5?6', '346')).toBe(true);
    expect(canBeginPattern('(?:12|34)5?6', '3466')).toBe(false);
    expect(canBeginPattern('[^0-4]\\d{0,2}', '5')).toBe(true);
    expect(canBeginPattern('[^0-4]\\d{0,2}', '4')).toBe(false);
    expect(canBeginPattern('9\\d+', '9123456')).toBe(true);
    expect(canBeginPattern('9\\d*', '8')).toBe(false);
  });

  it('answers true for syntax it does not know, so nothing is refused early', () => {
    expect(canBeginPattern('(?=1)\\d', '9')).toBe(true);
  });

  it(
    "agrees with RegExp on every country's mobile pattern: each full match is a prefix, and so is each of its prefixes",
    { timeout: 120_000 },
    () => {
      const countries = getCountries();
      fc.assert(
        fc.property(fc.constantFrom(...countries), fc.stringMatching(/^\d{0,17}$/), (country, digits) => {
          const plan = getNumberingPlan(country);
          const pattern = plan?.mobile?.pattern;
          if (!pattern) return;
          const full = new RegExp(`^(?:${pattern})$`).test(digits);
          if (full) {
            for (let i = 0; i <= digits.length; i += 1)
              expect(canBeginPattern(pattern, digits.slice(0, i))).toBe(true);
          }
          // A string that is not a prefix can never be completed by appending digits.
          if (!canBeginPattern(pattern, digits)) {
            for (const extra of ['0', '5', '9', '12345']) {
              expect(new RegExp(`^(?:${pattern})$`).test(digits + extra)).toBe(false);
            }
          }
        }),
        { numRuns: 10_000 },
      );
    },
  );
});
