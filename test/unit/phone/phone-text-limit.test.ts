// @vitest-environment node
// The phone field's length bound (issue 18, part 3): every real way of writing a number fits in
// it, text that fills it reads as TOO_LONG, and an edit that would pass it is cut as `maxlength`
// would cut it, with the caret after what was kept.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { getExampleNumber } from 'libphonenumber-js/core';
import examples from 'libphonenumber-js/mobile/examples';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { applyPhoneEdit } from '../../../src/phone/typing/apply-phone-edit.js';
import { getCountries, metadata } from '../../../src/phone/metadata.js';
import { parsePhone } from '../../../src/phone/parse-phone.js';
import { limitPhoneText, PHONE_TEXT_MAX_LENGTH } from '../../../src/phone/typing/phone-text-limit.js';
import type { CountryCode } from '../../../src/phone/types.js';
import { anyCountry, anyScript, phoneTokens, render } from './phone-arbitraries.js';

const MAX = PHONE_TEXT_MAX_LENGTH;

/** The hand-written inputs of the golden test, read from its source: [input, chosen country]. */
function goldenInputs(): Array<[string, CountryCode]> {
  const path = new URL('./parse-phone-golden.test.ts', import.meta.url);
  const source = ts.createSourceFile('golden.ts', readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const inputs: Array<[string, CountryCode]> = [];
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === 'GOLDEN' && node.initializer) {
      const list = node.initializer as ts.ArrayLiteralExpression;
      for (const row of list.elements) {
        const [, input, chosen] = (row as ts.ArrayLiteralExpression).elements;
        inputs.push([(input as ts.StringLiteral).text, (chosen as ts.StringLiteral).text as CountryCode]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return inputs;
}

/** A whole-text paste into an empty field, as the field applies it. */
function pasteInto(previous: string, selection: [number, number], pasted: string, country: CountryCode) {
  const next = previous.slice(0, selection[0]) + pasted + previous.slice(selection[1]);
  return applyPhoneEdit(
    { previous, selection, next, caret: selection[0] + pasted.length, inputType: 'insertFromPaste' },
    country,
  );
}

// The longest input the bound's reasoning allows: an 8-digit international prefix (CX), 15 digits
// of E.164 (AT), a `(0)`, nine groups joined by ` - `, `tel:` and a space and a line break.
const LONGEST_REASONED = ' tel:1411 - 0011 - 43 - (0) - 664 - 123 - 456 - 78 - 90\n';

describe('the bound holds every real way of writing a number', () => {
  const golden = goldenInputs();

  it('reads the golden inputs', () => {
    expect(golden.length).toBeGreaterThanOrEqual(60);
    expect(golden.map(([input]) => input)).toContain('\u200e+86\u200f 138\u2066 0013 8000\u2069');
  });

  it('fits the longest golden inputs with room to spare, and the field takes each whole', () => {
    const longest = [...golden].sort((a, b) => b[0].length - a[0].length).slice(0, 10);
    for (const [input, chosen] of longest) {
      expect(input.length, input).toBeLessThan(MAX);
      const result = pasteInto('', [0, 0], input, chosen);
      expect(result.cut, input).toBe(false);
      expect(result.value, input).toMatchObject({ isValid: true, e164: parsePhone(input, chosen).e164 });
    }
  });

  it("fits the reasoned longest input (56 characters), which is valid, and AT's longest mobile", () => {
    expect(LONGEST_REASONED).toHaveLength(56);
    const result = pasteInto('', [0, 0], LONGEST_REASONED, 'CX');
    expect(result.cut).toBe(false);
    expect(result.value).toMatchObject({ isValid: true, e164: '+436641234567890', country: 'AT' });
  });

  it.each(getCountries())("fits %s's example mobile in every written form", (country) => {
    const example = getExampleNumber(country, examples, metadata);
    const international = example?.formatInternational() as string;
    const spaced = international.slice(1);
    const forms = [
      example?.formatNational() as string,
      international,
      `tel:${example?.number as string}`,
      `00 ${spaced}`,
      `011 ${spaced}`,
      `1411 0011 ${spaced}`,
      international.replace(' ', ' (0) '),
      `\u200e${international.replaceAll(' ', ' - ')}\u200f\n`,
    ];
    for (const form of forms) expect(form.length, form).toBeLessThan(MAX);
  });
});

describe('parsePhone at the bound', () => {
  it('reads text as long as the field holds, or longer, as TOO_LONG, whatever it says', () => {
    const padded = `${' '.repeat(MAX - 15)}+44 7400 123456`;
    expect(padded).toHaveLength(MAX);
    expect(parsePhone(padded, 'CN')).toMatchObject({ isValid: false, reason: 'TOO_LONG', formatted: padded });
    expect(parsePhone('x'.repeat(10_000), 'CN').reason).toBe('TOO_LONG');
    expect(parsePhone(padded.slice(1), 'CN')).toMatchObject({ isValid: true, formatted: '+44 7400 123456' });
  });

  it('counts the text with its digits in ASCII (a digit outside the BMP is one character)', () => {
    // Mathematical bold digits, two UTF-16 units each: 67 units, 56 characters once read.
    const bold = Array.from('13800138000', (digit) => String.fromCodePoint(0x1d7ce + Number(digit))).join('');
    const text = `${bold}${' '.repeat(45)}`;
    expect(text.length).toBeGreaterThan(MAX);
    expect(parsePhone(text, 'CN')).toMatchObject({ isValid: true, e164: '+8613800138000' });
  });
});

describe('limitPhoneText', () => {
  it('cuts at the bound, never inside a surrogate pair', () => {
    expect(limitPhoneText('1'.repeat(100))).toHaveLength(MAX);
    expect(limitPhoneText('138')).toBe('138');
    expect(limitPhoneText(`${'a'.repeat(MAX - 1)}😀`)).toBe('a'.repeat(MAX - 1));
  });
});

describe('applyPhoneEdit at the bound', () => {
  const tenThousand = '1234567890'.repeat(1_000);

  it('cuts a 10,000-character paste to the bound, caret at its end, and says TOO_LONG', () => {
    const result = pasteInto('', [0, 0], tenThousand, 'CN');
    expect(result).toMatchObject({ text: tenThousand.slice(0, MAX), caret: MAX, cut: true, rejected: false });
    expect(result.value.reason).toBe('TOO_LONG');
  });

  it('keeps what is before and after the selection and cuts the pasted text to the room left', () => {
    const previous = '138 0013 8000';
    const result = pasteInto(previous, [4, 8], 'abc'.repeat(100), 'CN');
    const room = MAX - (previous.length - 4);
    expect(result.text).toBe(`138 ${'abc'.repeat(100).slice(0, room)} 8000`);
    expect(result.text).toHaveLength(MAX);
    expect(result.caret).toBe(4 + room);
    expect(result).toMatchObject({ cut: true, value: { reason: 'TOO_LONG' } });
  });

  it('cuts digits of other scripts after reading them as ASCII', () => {
    const result = pasteInto('', [0, 0], '١'.repeat(200), 'CN');
    expect(result.text).toBe('1'.repeat(MAX));
  });

  it('refuses anything typed into a full field, caret kept', () => {
    const full = 'x'.repeat(MAX);
    const typed = applyPhoneEdit(
      { previous: full, selection: [10, 10], next: `${full.slice(0, 10)}5${full.slice(10)}`, caret: 11 },
      'CN',
    );
    expect(typed).toMatchObject({ text: full, caret: 10, rejected: true, cut: true });
    expect(typed.value.reason).toBe('TOO_LONG');
  });

  it('takes an edit that only shortens a full field', () => {
    const full = 'x'.repeat(MAX);
    const result = applyPhoneEdit(
      { previous: full, selection: [0, MAX], next: '5', caret: 1, inputType: 'insertText' },
      'CN',
    );
    expect(result).toMatchObject({ text: '5', cut: false, rejected: false });
  });

  // Seconds on a loaded machine: far above the default 5 s timeout.
  it(
    'any paste into any field: at most the bound, and cut text reads as TOO_LONG',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(
          phoneTokens,
          phoneTokens,
          anyScript,
          anyCountry,
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          (before, pasted, script, country, from, to) => {
            const previous = limitPhoneText(parsePhone(render(before, script), country).formatted);
            const a = Math.round(Math.min(from, to) * previous.length);
            const b = Math.round(Math.max(from, to) * previous.length);
            const result = pasteInto(previous, [a, b], render(pasted, script), country);
            expect(result.text.length).toBeLessThanOrEqual(MAX);
            expect(result.caret).toBeLessThanOrEqual(result.text.length);
            if (result.cut && result.text.length === MAX) {
              expect(result.value.reason).toBe('TOO_LONG');
              // The form keeps the text and reads it again: the same answer.
              expect(parsePhone(result.text, country).reason).toBe('TOO_LONG');
            }
          },
        ),
        { numRuns: 2_000 },
      );
    },
  );
});
