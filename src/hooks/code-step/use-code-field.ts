'use client';
import {
  useCallback,
  useRef,
  useState,
  type ChangeEvent,
  type ClipboardEvent,
  type CompositionEvent,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { useIsomorphicLayoutEffect } from '../shared/use-isomorphic-layout-effect.js';
import { extractCode, type CodeRejectReason } from '../../phone/extract-code.js';
import { normalizeDigits } from '../../phone/normalize-digits.js';
import { isImeKey } from '../shared/ime-key.js';
import { hasFocus } from '../shared/has-focus.js';

export interface UseCodeFieldOptions {
  /**
   * Number of digits in the code.
   * @default 6
   */
  length?: number;
  /**
   * The code, when the field is controlled (react-hook-form's `field.value`).
   * @default undefined (uncontrolled)
   */
  value?: string;
  /**
   * The starting code when uncontrolled.
   * @default ''
   */
  defaultValue?: string;
  /**
   * Called with the new code (ASCII digits only) after every change.
   * @default undefined
   */
  onChange?: (code: string) => void;
  /**
   * Called when the user's input (typing, paste, autofill) makes the code complete; once per
   * distinct complete code, so an autofill followed by the same WebOTP code submits once.
   * @default undefined
   */
  onComplete?: (code: string) => void;
  /**
   * Turns the field off.
   * @default false
   */
  disabled?: boolean;
}

/** A selection inside the real input: `start === end` is a caret, `end - start === 1` one slot. */
export interface CodeSelection {
  start: number;
  end: number;
}

export interface CodeFieldState {
  /** The code shown in the slots (digits only; while an IME composes, its digits so far). */
  value: string;
  /** What the real input holds: the code, or the IME's draft while it composes. */
  inputValue: string;
  length: number;
  disabled: boolean;
  /** True while the real input has focus. */
  focused: boolean;
  /** The selection in the real input; slots in it are drawn active. */
  selection: CodeSelection;
  /** Why the last paste or autofill was refused; null once the field changes again. */
  rejection: CodeRejectReason | null;
  /** Ref for the real input. */
  inputRef: RefObject<HTMLInputElement | null>;
  /** Handlers for the real input. */
  inputHandlers: {
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    onPaste: (event: ClipboardEvent<HTMLInputElement>) => void;
    onSelect: () => void;
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
    onFocus: (event: FocusEvent<HTMLInputElement>) => void;
    onBlur: (event: FocusEvent<HTMLInputElement>) => void;
    onCompositionStart: () => void;
    onCompositionEnd: (event: CompositionEvent<HTMLInputElement>) => void;
  };
  /** Focuses the input with slot `index` selected (a click on slot `index`). */
  focusSlot: (index: number) => void;
}

const ONLY_DIGITS = /^\d*$/;

/** Digits only, in ASCII, at most `length` of them: what the field can hold. */
function clean(text: string, length: number): string {
  return normalizeDigits(text).replace(/\D/g, '').slice(0, length);
}

/**
 * Where the selection should be so the field types like a row of boxes: a caret inside the code
 * selects the digit after it (typing replaces it, as in a box), a caret after a full code selects
 * the last digit, and a caret after a partial code stays there. Wider selections (select all,
 * shift+arrows) are the user's and stay as they are.
 */
export function normalizeCodeSelection(
  start: number,
  end: number,
  filled: number,
  length: number,
): CodeSelection {
  if (end - start > 1) return { start, end };
  if (start < filled) return { start, end: start + 1 };
  if (filled >= length && length > 0) return { start: length - 1, end: length };
  return { start: filled, end: filled };
}

/** What an edit inserted: the text between the parts of `before` kept at both ends of `after`. */
function insertedText(before: string, after: string): string {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix += 1;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix += 1;
  }
  return after.slice(prefix, after.length - suffix);
}

/**
 * The behaviour of a one-time-code field built on ONE real input (so autofill, paste, screen
 * readers and password managers see one ordinary field) drawn as a row of slots. Typing, deleting,
 * arrows and clicks on a slot act on the one input; a paste or autofill that carries the code in
 * any of its usual shapes fills it in one event; an ambiguous one changes nothing and says why.
 */
export function useCodeField({
  length = 6,
  value: controlled,
  defaultValue = '',
  onChange,
  onComplete,
  disabled = false,
}: UseCodeFieldOptions): CodeFieldState {
  const [uncontrolled, setUncontrolled] = useState(() => clean(defaultValue, length));
  const value = controlled === undefined ? clean(uncontrolled, length) : clean(controlled, length);
  const [selection, setSelection] = useState<CodeSelection>({ start: 0, end: 0 });
  const [focused, setFocused] = useState(false);
  const [rejection, setRejection] = useState<CodeRejectReason | null>(null);
  // While an IME composes, the input shows its draft; React must not put the old value back.
  const [draft, setDraft] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const composing = useRef(false);
  const pendingSelection = useRef<CodeSelection | null>(null);
  const lastCompleted = useRef<string | null>(null);

  // Selections that depend on a value React has yet to write to the input are applied after it.
  useIsomorphicLayoutEffect(() => {
    const wanted = pendingSelection.current;
    const input = inputRef.current;
    if (!wanted || !input) return;
    pendingSelection.current = null;
    if (hasFocus(input)) input.setSelectionRange(wanted.start, wanted.end);
  });

  /** Selects now, when the input already holds the value the selection refers to. */
  const selectNow = useCallback((next: CodeSelection) => {
    const input = inputRef.current;
    if (input && hasFocus(input)) input.setSelectionRange(next.start, next.end);
    setSelection(next);
  }, []);

  /** Selects after the next render, once React has written the new value. */
  const selectAfterRender = useCallback((next: CodeSelection) => {
    pendingSelection.current = next;
    setSelection({ ...next });
  }, []);

  const commit = useCallback(
    (next: string) => {
      setRejection(null);
      if (controlled === undefined) setUncontrolled(next);
      if (next !== value) onChange?.(next);
      if (next.length === length && next !== lastCompleted.current) {
        lastCompleted.current = next;
        onComplete?.(next);
      }
    },
    [controlled, length, onChange, onComplete, value],
  );

  /** Puts the previous value's selection back after React restores the previous value. */
  const revert = useCallback(() => {
    const previous = selection;
    const input = inputRef.current;
    // React writes the old value back right after this handler; the caret jumps to the end then.
    queueMicrotask(() => {
      if (input && hasFocus(input)) {
        input.setSelectionRange(previous.start, previous.end);
      }
    });
  }, [selection]);

  /** Takes the text the input now holds after a native edit (typing, deleting, autofill, drop, IME). */
  const accept = useCallback(
    (raw: string, caret: number) => {
      const digits = normalizeDigits(raw);
      if (ONLY_DIGITS.test(digits) && digits.length <= length) {
        commit(digits);
        selectAfterRender(normalizeCodeSelection(caret, caret, digits.length, length));
        return;
      }
      // Many characters at once (autofill, drop, IME): pick the code from what was inserted, or
      // from the whole text when the browser replaced the value with it.
      const inserted = insertedText(value, raw);
      const fromInserted = extractCode(inserted, length);
      const result = fromInserted.ok ? fromInserted : extractCode(raw, length);
      if (inserted.length > 1 && result.ok) {
        commit(result.code);
        selectAfterRender(normalizeCodeSelection(length, length, result.code.length, length));
        return;
      }
      // A single stray key (a letter, a 7th digit) is simply not taken; a refused paste-like
      // insert says why, so the user is not left guessing.
      if (inserted.length > 1 && fromInserted.ok === false && fromInserted.reason !== 'empty') {
        setRejection(fromInserted.reason);
      }
      revert();
    },
    [commit, length, revert, selectAfterRender, value],
  );

  const onInputChange = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => {
      const input = event.currentTarget;
      // A ref, not the draft state: Firefox fires the last input event right after compositionend,
      // before a re-render could clear the state.
      if (composing.current || (event.nativeEvent as InputEvent).isComposing === true) {
        setDraft(input.value);
        return;
      }
      accept(input.value, input.selectionStart ?? input.value.length);
    },
    [accept],
  );

  const onCompositionStart = useCallback(() => {
    composing.current = true;
    setDraft(value);
  }, [value]);

  const onCompositionEnd = useCallback(
    (event: CompositionEvent<HTMLInputElement>) => {
      const input = event.currentTarget;
      composing.current = false;
      setDraft(null);
      accept(input.value, input.selectionStart ?? input.value.length);
    },
    [accept],
  );

  const onPaste = useCallback(
    (event: ClipboardEvent<HTMLInputElement>) => {
      // The whole clipboard decides: a paste never lands half in the field.
      event.preventDefault();
      const text = event.clipboardData.getData('text/plain') || event.clipboardData.getData('text');
      const result = extractCode(text, length);
      if (result.ok) {
        commit(result.code);
        selectAfterRender(normalizeCodeSelection(length, length, result.code.length, length));
      } else if (result.reason !== 'empty') {
        setRejection(result.reason);
      }
    },
    [commit, length, selectAfterRender],
  );

  const onSelect = useCallback(() => {
    const input = inputRef.current;
    if (!input || composing.current || !hasFocus(input)) return;
    const start = input.selectionStart ?? 0;
    const end = input.selectionEnd ?? start;
    const next = normalizeCodeSelection(start, end, value.length, length);
    if (next.start !== start || next.end !== end) input.setSelectionRange(next.start, next.end);
    setSelection((current) => (current.start === next.start && current.end === next.end ? current : next));
  }, [length, value.length]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLInputElement>) => {
      if (composing.current || isImeKey(event)) {
        // Enter commits the IME's text (full-width digits); it must not submit the form as well.
        if (event.key === 'Enter') event.preventDefault();
        return;
      }
      if (event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
      const input = event.currentTarget;
      const start = input.selectionStart ?? 0;
      const end = input.selectionEnd ?? start;
      let target: number;
      // Arrows move one slot, not one caret position: with a slot selected, the browser's own
      // ArrowLeft would only collapse the selection and the slot would not move.
      // A wider selection collapses to its edge, as in any text field.
      const wide = end - start > 1;
      if (event.key === 'ArrowLeft') target = wide ? start : Math.max(0, start - 1);
      else if (event.key === 'ArrowRight') target = wide ? end : Math.min(value.length, start + 1);
      else if (event.key === 'Home' || event.key === 'ArrowUp') target = 0;
      else if (event.key === 'End' || event.key === 'ArrowDown') target = value.length;
      else return;
      event.preventDefault();
      selectNow(normalizeCodeSelection(target, target, value.length, length));
    },
    [length, selectNow, value.length],
  );

  const onFocus = useCallback(
    (event: FocusEvent<HTMLInputElement>) => {
      setFocused(true);
      // Keyboard focus selects the whole text in some browsers; start where the next digit goes.
      // A pointer focus is then corrected by the click (see focusSlot) or by onSelect.
      const input = event.currentTarget;
      const next = normalizeCodeSelection(value.length, value.length, value.length, length);
      input.setSelectionRange(next.start, next.end);
      setSelection(next);
    },
    [length, value.length],
  );

  const onBlur = useCallback(() => setFocused(false), []);

  const focusSlot = useCallback(
    (index: number) => {
      const input = inputRef.current;
      if (!input || disabled) return;
      if (!hasFocus(input)) input.focus();
      const caret = Math.min(Math.max(index, 0), value.length);
      selectNow(normalizeCodeSelection(caret, caret, value.length, length));
    },
    [disabled, length, selectNow, value.length],
  );

  return {
    value: draft === null ? value : clean(draft, length),
    inputValue: draft ?? value,
    length,
    disabled,
    focused,
    selection,
    rejection,
    inputRef,
    inputHandlers: {
      onChange: onInputChange,
      onPaste,
      onSelect,
      onKeyDown,
      onFocus,
      onBlur,
      onCompositionStart,
      onCompositionEnd,
    },
    focusSlot,
  };
}
