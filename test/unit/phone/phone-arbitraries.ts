// fast-check generators for T1 of test-plan.md: phone-field text as people type and paste it, in
// every digit script, with separators, prefixes, junk and lengths up to 10,000 characters.
import fc from 'fast-check';
import { getExampleNumber } from 'libphonenumber-js/core';
import examples from 'libphonenumber-js/mobile/examples';
import { getCountries, metadata } from '../../../src/phone/metadata.js';
import type { CountryCode } from '../../../src/phone/types.js';

export const COUNTRIES: CountryCode[] = getCountries();

/** Zero of each decimal digit script the generators write digits in. */
export const DIGIT_SCRIPTS = {
  ascii: 0x30,
  fullWidth: 0xff10,
  arabicIndic: 0x0660,
  persian: 0x06f0,
  devanagari: 0x0966,
  bengali: 0x09e6,
  thai: 0x0e50,
} as const;
export type DigitScript = keyof typeof DIGIT_SCRIPTS;
const SCRIPT_NAMES = Object.keys(DIGIT_SCRIPTS) as DigitScript[];

/** A piece of phone-field text; digits stay abstract until rendered in a script. */
export type Token = { digit: number } | { text: string };

const SEPARATORS = [' ', ' ', '\u00a0', '\u202f', '-', '–', '—', '.', '/', '(', ')', '\u3000', '－'];
const BIDI = ['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u2066', '\u2067', '\u2069', '\u061c'];
const JUNK = [
  'a',
  'x',
  'Z',
  'é',
  'ß',
  '中',
  'ext',
  '#',
  '*',
  '😀',
  '👍🏽',
  '\u{1f1ec}\u{1f1e7}',
  ',',
  ';',
  ':',
];

const digitToken = fc.integer({ min: 0, max: 9 }).map((digit): Token => ({ digit }));
const textToken = (values: string[]) => fc.constantFrom(...values).map((text): Token => ({ text }));
const digitsTokens = (text: string): Token[] => Array.from(text, (c) => ({ digit: Number(c) }));

/** Renders tokens with every digit in `script`, or each digit in its own script when given a list. */
export function render(tokens: Token[], script: DigitScript | DigitScript[]): string {
  let out = '';
  let digitIndex = 0;
  for (const token of tokens) {
    if ('text' in token) {
      out += token.text;
      continue;
    }
    const name = Array.isArray(script) ? (script[digitIndex % script.length] as DigitScript) : script;
    out += String.fromCodePoint(DIGIT_SCRIPTS[name] + token.digit);
    digitIndex += 1;
  }
  return out;
}

/** Free-form soup of every kind of token T1 lists. */
const soup = fc.array(
  fc.oneof(
    { weight: 10, arbitrary: digitToken },
    { weight: 4, arbitrary: textToken(SEPARATORS) },
    { weight: 1, arbitrary: textToken(['+', '＋']) },
    { weight: 1, arbitrary: textToken(['00', '011', '(0)', 'tel:', '\n', '\t']) },
    { weight: 1, arbitrary: textToken(BIDI) },
    { weight: 1, arbitrary: textToken(JUNK) },
  ),
  { maxLength: 40 },
);

/** A real mobile number of some country, written the ways people write it, then mangled a bit. */
const realistic = fc
  .record({
    country: fc.constantFrom(...COUNTRIES),
    style: fc.constantFrom('national', 'international', 'e164', 'idd00', 'idd011', 'plusZero', 'digits'),
    edits: fc.array(
      fc.record({
        at: fc.nat(),
        kind: fc.constantFrom('separator', 'drop', 'add', 'bidi', 'none', 'none', 'none'),
        digit: fc.integer({ min: 0, max: 9 }),
        separator: fc.constantFrom(...SEPARATORS),
        bidi: fc.constantFrom(...BIDI),
      }),
      { maxLength: 3 },
    ),
  })
  .map(({ country, style, edits }): Token[] => {
    const example = getExampleNumber(country, examples, metadata);
    if (!example) return [];
    const cc = example.countryCallingCode;
    const nn = example.nationalNumber;
    const fromText = (text: string): Token[] =>
      Array.from(text, (c) => (/\d/.test(c) ? { digit: Number(c) } : { text: c }));
    let tokens: Token[];
    switch (style) {
      case 'national':
        tokens = fromText(example.formatNational());
        break;
      case 'international':
        tokens = fromText(example.formatInternational());
        break;
      case 'e164':
        tokens = fromText(example.number);
        break;
      case 'idd00':
        tokens = [...digitsTokens('00'), { text: ' ' }, ...digitsTokens(cc + nn)];
        break;
      case 'idd011':
        tokens = [...digitsTokens('011'), { text: ' ' }, ...digitsTokens(cc + nn)];
        break;
      case 'plusZero':
        tokens = [{ text: '+' }, ...digitsTokens(cc), { text: ' (0) ' }, ...digitsTokens(nn)];
        break;
      default:
        tokens = digitsTokens(nn);
    }
    for (const edit of edits) {
      const at = tokens.length ? edit.at % (tokens.length + 1) : 0;
      if (edit.kind === 'separator') tokens.splice(at, 0, { text: edit.separator });
      else if (edit.kind === 'bidi') tokens.splice(at, 0, { text: edit.bidi });
      else if (edit.kind === 'add') tokens.splice(at, 0, { digit: edit.digit });
      else if (edit.kind === 'drop' && tokens.length) tokens.splice(at % tokens.length, 1);
    }
    return tokens;
  });

/** Long input, up to 10,000 characters: digits, separators or a mix with junk. */
const long = fc
  .record({
    length: fc.integer({ min: 100, max: 10_000 }),
    shape: fc.constantFrom('digits', 'separators', 'mixed', 'leadingSpaces'),
    seed: fc.array(fc.oneof(digitToken, textToken(SEPARATORS), textToken(JUNK)), {
      minLength: 1,
      maxLength: 8,
    }),
  })
  .map(({ length, shape, seed }): Token[] => {
    if (shape === 'digits') return Array.from({ length }, (_, i) => ({ digit: (i * 7) % 10 }));
    if (shape === 'separators')
      return [...Array.from({ length }, () => ({ text: ' ' })), ...digitsTokens('13800138000')];
    if (shape === 'leadingSpaces')
      return [{ text: ' '.repeat(length) }, { text: '+' }, ...digitsTokens('447400123456')];
    return Array.from({ length: Math.ceil(length / seed.length) }, () => seed).flat();
  });

/** T1's inputs: tokens of phone-field text. Mostly realistic, some soup, a few very long. */
export const phoneTokens = fc.oneof(
  { weight: 6, arbitrary: realistic },
  { weight: 4, arbitrary: soup },
  { weight: 1, arbitrary: long },
);

export const anyCountry = fc.constantFrom(...COUNTRIES);
export const anyScript = fc.constantFrom(...SCRIPT_NAMES);
export const mixedScripts = fc.array(anyScript, { minLength: 1, maxLength: 4 });
