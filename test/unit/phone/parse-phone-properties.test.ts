// T1 of test-plan.md: properties of parsePhone over random phone-field text, 10,000 runs each.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metadata as metadataJson } from '../../../src/phone/metadata.js';
import { normalizeDigits } from '../../../src/phone/normalize-digits.js';
import { parsePhone } from '../../../src/phone/parse-phone.js';
import { toGenAuthPhone } from '../../../src/phone/to-genauth-phone.js';
import type { PhoneValue } from '../../../src/phone/types.js';
import { anyCountry, anyScript, mixedScripts, phoneTokens, render } from './phone-arbitraries.js';

const RUNS = { numRuns: 10_000 };
const E164 = /^\+[1-9]\d{1,14}$/;
const digitsOf = (text: string) => normalizeDigits(text).replace(/\D/g, '');
const mobileOnlyOption = fc.boolean();

// Countries whose metadata rewrites national numbers (AR adds a 9 and drops a 15 …): their
// national number is not a plain suffix of what was typed.
const countriesTable = (metadataJson as unknown as { countries: Record<string, unknown[]> }).countries;
const rewrites = new Set(Object.keys(countriesTable).filter((code) => countriesTable[code]?.[8]));

function wellFormed(value: PhoneValue) {
  expect(typeof value.country).toBe('string');
  expect(typeof value.formatted).toBe('string');
  expect(value.nationalNumber).toMatch(/^\d*$/);
  if (value.isValid) {
    expect(value.reason).toBeUndefined();
    expect(value.e164).toBeDefined();
  } else {
    expect(value.reason).toBeDefined();
    expect(value.e164).toBeUndefined();
  }
}

// 10,000 runs take seconds, more on a loaded machine: far above the default 5 s timeout.
describe('parsePhone properties (T1, 10,000 runs each)', { timeout: 120_000 }, () => {
  it('never throws and always returns a well-formed value', () => {
    fc.assert(
      fc.property(
        phoneTokens,
        anyScript,
        anyCountry,
        mobileOnlyOption,
        (tokens, script, country, mobileOnly) => {
          wellFormed(parsePhone(render(tokens, script), country, { mobileOnly }));
        },
      ),
      RUNS,
    );
  });

  it('gives an invalid value or a valid E.164 that parses back to itself', () => {
    fc.assert(
      fc.property(
        phoneTokens,
        anyScript,
        anyCountry,
        mobileOnlyOption,
        (tokens, script, country, mobileOnly) => {
          const value = parsePhone(render(tokens, script), country, { mobileOnly });
          if (!value.isValid) return;
          expect(value.e164).toMatch(E164);
          expect(value.e164).toBe(`${value.callingCode}${value.nationalNumber}`);
          const again = parsePhone(value.e164 as string, country, { mobileOnly });
          expect(again.isValid).toBe(true);
          expect(again.e164).toBe(value.e164);
          // What the field then shows reads the same, under the country the number now has.
          const shown = parsePhone(value.formatted, value.country, { mobileOnly });
          expect(shown.e164).toBe(value.e164);
          expect(shown.country).toBe(value.country);
        },
      ),
      RUNS,
    );
  });

  it('gives the same result whatever digit script, even mixed', () => {
    fc.assert(
      fc.property(phoneTokens, mixedScripts, anyCountry, (tokens, scripts, country) => {
        expect(parsePhone(render(tokens, scripts), country)).toEqual(
          parsePhone(render(tokens, 'ascii'), country),
        );
      }),
      RUNS,
    );
  });

  it('never drops a digit silently: the formatted text keeps every digit, in order', () => {
    fc.assert(
      fc.property(phoneTokens, anyScript, anyCountry, (tokens, script, country) => {
        const text = render(tokens, script);
        const value = parsePhone(text, country);
        const shown = digitsOf(value.formatted);
        if (shown !== digitsOf(text)) {
          // The one rewrite allowed: an international prefix (00, 011, the chosen country's) shown
          // as `+` once the number has another country, where that prefix would mean otherwise.
          expect(value.formatted.startsWith('+') && !text.includes('+')).toBe(true);
          expect(digitsOf(text).endsWith(shown)).toBe(true);
          expect(value.country).not.toBe(country);
        }
        if (value.isValid && !rewrites.has(value.country)) {
          expect(digitsOf(text).endsWith(value.nationalNumber)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('toGenAuthPhone recombines to the same E.164, and refuses invalid values', () => {
    fc.assert(
      fc.property(phoneTokens, anyScript, anyCountry, (tokens, script, country) => {
        const value = parsePhone(render(tokens, script), country);
        if (!value.isValid) {
          expect(() => toGenAuthPhone(value)).toThrow(/not valid/);
          return;
        }
        const phone = toGenAuthPhone(value);
        expect(phone.phoneCountryCode).toMatch(/^\+[1-9]\d{0,2}$/);
        expect(phone.phoneNumber).toMatch(/^\d+$/);
        expect(`${phone.phoneCountryCode}${phone.phoneNumber}`).toBe(value.e164);
      }),
      RUNS,
    );
  });
});

describe('parsePhone on long input', () => {
  const shapes: Array<[string, string]> = [
    ['10,000 digits', '7'.repeat(10_000)],
    ['10,000 non-ASCII digits', '٧'.repeat(10_000)],
    ['10,000 spaces then a number', `${' '.repeat(10_000)}+447400123456`],
    ['10,000 separators and digits', '1-'.repeat(5_000)],
    ['10,000 characters of junk', 'a😀('.repeat(2_500)],
    ['a number then 10,000 bidi marks', `13800138000${'\u200e'.repeat(10_000)}`],
  ];

  // The < 50 ms figure of T1 is measured by `node bench/phone-parse.mjs`; here a tenfold margin only
  // catches runaway (quadratic) work without failing on a busy CI machine.
  it.each(shapes)('%s parses without runaway work and is invalid or valid, never thrown', (_name, text) => {
    parsePhone(text, 'CN'); // warm up the metadata caches
    const started = performance.now();
    const value = parsePhone(text, 'CN');
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(500);
    wellFormed(value);
    expect(digitsOf(value.formatted)).toBe(digitsOf(text));
  });
});

describe('parsePhone, a number whose E.164 reads as another one', () => {
  // Found by the round-trip property above (seed -1390364413): under BY, national `0810 234 5678`
  // was valid as +375 810 234 5678, but that E.164 reads back as +375 10 234 5678.
  it('is not valid, keeps what was typed, and the E.164 typed itself stays valid', () => {
    const typed = parsePhone('0810 234 5678', 'BY', { mobileOnly: false });
    expect(typed.isValid).toBe(false);
    expect(typed.reason).toBe('INVALID');
    expect(typed.formatted).toBe('0 810 234 5678');
    expect(typed.e164).toBeUndefined();
    const plus = parsePhone('+3758102345678', 'BY', { mobileOnly: false });
    expect(plus.e164).toBe('+375102345678');
    expect(parsePhone(plus.e164 as string, 'BY', { mobileOnly: false }).e164).toBe(plus.e164);
  });
});
