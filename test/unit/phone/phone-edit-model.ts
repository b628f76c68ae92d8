// The model of T3 (test-plan.md): what an edit of the phone field must leave behind, in digits and
// in the caret's place among them, whatever formatting does to separators.
import fc from 'fast-check';
import { countSignificant, SIGNIFICANT_CHARS } from '../../../src/phone/typing/phone-caret.js';
import type { CountryCode } from '../../../src/phone/types.js';

export type EditAction =
  | { kind: 'type'; char: string }
  | { kind: 'backspace' }
  | { kind: 'delete' }
  | { kind: 'paste'; text: string };

export interface EditStep {
  /** Where the selection is put before the action, as fractions of the text's length. */
  from: number;
  to: number;
  collapsed: boolean;
  selectAll: boolean;
  action: EditAction;
}

export interface Expectation {
  /** The significant characters (digits, plus) the field must then hold. */
  significant: string;
  /** How many of them must be before the caret. */
  before: number;
}

const significantOf = (text: string) => (text.match(SIGNIFICANT_CHARS) ?? []).join('');

/** The selection a step makes in `text`. */
export function selectionFor(step: EditStep, text: string): [number, number] {
  if (step.selectAll) return [0, text.length];
  const a = Math.round(step.from * text.length);
  const b = step.collapsed ? a : Math.round(step.to * text.length);
  return [Math.min(a, b), Math.max(a, b)];
}

/** What the browser itself does with the action (before the field formats anything). */
export function browserApply(text: string, [start, end]: [number, number], action: EditAction) {
  if (action.kind === 'type' || action.kind === 'paste') {
    const inserted = action.kind === 'type' ? action.char : action.text;
    return {
      next: text.slice(0, start) + inserted + text.slice(end),
      caret: start + inserted.length,
      inputType: action.kind === 'type' ? 'insertText' : 'insertFromPaste',
    };
  }
  const inputType = action.kind === 'backspace' ? 'deleteContentBackward' : 'deleteContentForward';
  if (start !== end) return { next: text.slice(0, start) + text.slice(end), caret: start, inputType };
  if (action.kind === 'backspace') {
    if (start === 0) return { next: text, caret: 0, inputType };
    return { next: text.slice(0, start - 1) + text.slice(start), caret: start - 1, inputType };
  }
  return { next: text.slice(0, start) + text.slice(start + 1), caret: start, inputType };
}

/**
 * What the field must show after the action, in significant characters: the user's edit applied
 * to the digits, where Backspace / Delete next to a separator remove the digit beyond it.
 */
export function expectAfter(text: string, [start, end]: [number, number], action: EditAction): Expectation {
  const head = significantOf(text.slice(0, start));
  const tail = significantOf(text.slice(end));
  if (action.kind === 'type' || action.kind === 'paste') {
    const inserted = significantOf(action.kind === 'type' ? action.char : action.text);
    return { significant: head + inserted + tail, before: head.length + inserted.length };
  }
  if (start !== end) return { significant: head + tail, before: head.length };
  if (action.kind === 'backspace') {
    if (!head) return { significant: tail, before: 0 };
    return { significant: head.slice(0, -1) + tail, before: head.length - 1 };
  }
  return { significant: head + tail.slice(1), before: head.length };
}

/** What the field holds: its significant characters and how many are before the caret. */
export function observe(text: string, caret: number): Expectation {
  return { significant: significantOf(text), before: countSignificant(text, caret) };
}

export const EDIT_COUNTRIES: CountryCode[] = [
  'CN',
  'US',
  'GB',
  'DE',
  'FR',
  'RU',
  'JP',
  'BR',
  'IN',
  'AU',
  'KR',
];

const digit = fc.constantFrom(...'0123456789');
const action: fc.Arbitrary<EditAction> = fc.oneof(
  { weight: 6, arbitrary: digit.map((char): EditAction => ({ kind: 'type', char })) },
  { weight: 3, arbitrary: fc.constant<EditAction>({ kind: 'backspace' }) },
  { weight: 2, arbitrary: fc.constant<EditAction>({ kind: 'delete' }) },
  {
    weight: 1,
    arbitrary: fc.stringMatching(/^[0-9 ]{1,6}$/).map((text): EditAction => ({ kind: 'paste', text })),
  },
);

export const editStep: fc.Arbitrary<EditStep> = fc.record({
  from: fc.double({ min: 0, max: 1, noNaN: true }),
  to: fc.double({ min: 0, max: 1, noNaN: true }),
  collapsed: fc.integer({ min: 0, max: 9 }).map((n) => n < 7),
  selectAll: fc.integer({ min: 0, max: 14 }).map((n) => n === 0),
  action,
});

/** A starting number (mostly a real one, partly typed) and a script of edits. */
export const editScript = fc.record({
  country: fc.constantFrom(...EDIT_COUNTRIES),
  start: fc.stringMatching(/^[1-9][0-9]{0,10}$/),
  steps: fc.array(editStep, { minLength: 1, maxLength: 12 }),
});
