import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPhoneEdit } from '../../../src/phone/typing/apply-phone-edit.js';
import { parsePhone } from '../../../src/phone/parse-phone.js';
import { caretAfterSignificant, countSignificant } from '../../../src/phone/typing/phone-caret.js';
import type { CountryCode } from '../../../src/phone/types.js';
import { browserApply, editScript, expectAfter, observe, selectionFor } from './phone-edit-model.js';

function edit(
  previous: string,
  selection: [number, number],
  next: string,
  caret: number,
  inputType?: string,
) {
  return { previous, selection, next, caret, inputType } as const;
}

describe('caret helpers', () => {
  it('count digits of any script and plus signs before the caret', () => {
    expect(countSignificant('+86 138 0013', 4)).toBe(3);
    expect(countSignificant('１３８ ٠٠', 5)).toBe(4);
    expect(countSignificant('(201) 555', 0)).toBe(0);
  });

  it('put the caret after the n-th digit, before the separators that follow', () => {
    expect(caretAfterSignificant('(201) 555-0123', 3)).toBe(4);
    expect(caretAfterSignificant('(201) 555-0123', 0)).toBe(0);
    expect(caretAfterSignificant('(201) 555-0123', 99)).toBe(14);
  });
});

describe('applyPhoneEdit', () => {
  it('formats and keeps the caret after the digit just typed', () => {
    // "138 0013 800|0" ← typed 5 in the middle of a CN number: "138 0013 8050 0"? no: length guard.
    const result = applyPhoneEdit(edit('138 0', [5, 5], '138 01', 6, 'insertText'), 'CN');
    expect(result).toMatchObject({ text: '138 01', caret: 6, rejected: false });
    const middle = applyPhoneEdit(edit('138 0013 800', [2, 2], '1398 0013 800', 3, 'insertText'), 'CN');
    expect(middle.text).toBe('139 8001 3800');
    expect(middle.caret).toBe(3);
  });

  it('Backspace over a separator deletes the digit before it', () => {
    // "(201) |555-0123": Backspace removes the space → the 1 goes instead.
    const result = applyPhoneEdit(
      edit('(201) 555-0123', [6, 6], '(201)555-0123', 5, 'deleteContentBackward'),
      'US',
    );
    expect(result.value.nationalNumber).toBe('205550123');
    expect(countSignificant(result.text, result.caret)).toBe(2);
  });

  it('Delete over a separator deletes the digit after it', () => {
    const result = applyPhoneEdit(
      edit('138 0013 8000', [3, 3], '1380013 8000', 3, 'deleteContentForward'),
      'CN',
    );
    expect(result.value.nationalNumber).toBe('1380138000');
    expect(countSignificant(result.text, result.caret)).toBe(3);
  });

  it('refuses a typed digit past the longest number, and keeps a longer paste whole', () => {
    const typed = applyPhoneEdit(edit('138 0013 8000', [13, 13], '138 0013 80001', 14, 'insertText'), 'CN');
    expect(typed).toMatchObject({ text: '138 0013 8000', caret: 13, rejected: true });
    const pasted = applyPhoneEdit(edit('', [0, 0], '138001380001', 12, 'insertFromPaste'), 'CN');
    expect(pasted.rejected).toBe(false);
    expect(pasted.value.reason).toBe('TOO_LONG');
  });

  it('leaves text that is not a number as typed, caret included', () => {
    const result = applyPhoneEdit(edit('138', [3, 3], '138a', 4, 'insertText'), 'CN');
    expect(result).toMatchObject({ text: '138a', caret: 4 });
    expect(result.value.reason).toBe('NOT_A_NUMBER');
  });

  it(
    'T3: generated edit scripts keep digits and caret where the edit put them (10,000 scripts, 0 mismatches)',
    { timeout: 120_000 },
    () => {
      let mismatches = 0;
      let steps = 0;
      fc.assert(
        fc.property(editScript, ({ country: chosen, start, steps: script }) => {
          let country: CountryCode = chosen;
          let text = parsePhone(start, country).formatted;
          for (const step of script) {
            const selection = selectionFor(step, text);
            const browser = browserApply(text, selection, step.action);
            const expected = expectAfter(text, selection, step.action);
            const result = applyPhoneEdit(
              edit(text, selection, browser.next, browser.caret, browser.inputType),
              country,
            );
            steps += 1;
            if (result.rejected) {
              expect(result.text).toBe(text);
              continue;
            }
            const seen = observe(result.text, result.caret);
            const rewritten = result.text.startsWith('+') && !expected.significant.startsWith('+');
            if (
              !rewritten &&
              (seen.significant !== expected.significant || seen.before !== expected.before)
            ) {
              mismatches += 1;
              expect({
                text,
                selection,
                action: step.action,
                result: result.text,
                caret: result.caret,
                seen,
              }).toEqual({
                text,
                selection,
                action: step.action,
                result: result.text,
                caret: result.caret,
                seen: expected,
              });
            }
            text = result.text;
            country = result.value.country;
          }
        }),
        { numRuns: 10_000 },
      );
      expect(mismatches).toBe(0);
      expect(steps).toBeGreaterThan(30_000);
    },
  );
});
