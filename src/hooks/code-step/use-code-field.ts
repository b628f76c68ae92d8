'use client';
import { useRef, useState, type ChangeEvent } from 'react';
import { extractCode, type CodeRejectReason } from '../../phone/extract-code.js';
import { normalizeDigits } from '../../phone/normalize-digits.js';
import type { ElementProps } from '../shared/compose.js';
import { hasFocus, imeOwnsKey } from '../shared/focus-and-keys.js';
import { useIsomorphicLayoutEffect } from '../shared/use-isomorphic-layout-effect.js';

export interface UseCodeFieldOptions {
  /**
   * Number of digits in the code; the forms pass the tenant's `verifyCodeLength`.
   * @default 6
   */
  length?: number;
  /** The code, when the field is controlled (react-hook-form's `field.value`). */
  value?: string;
  /**
   * The starting code when uncontrolled.
   * @default ''
   */
  defaultValue?: string;
  /** Called with the new code (ASCII digits only) after every change; pass `field.onChange` as is. */
  onChange?: (code: string) => void;
  /**
   * Called when the user's input (typing, paste, autofill) makes the code complete; once per
   * distinct complete code, so an autofill followed by the same WebOTP code submits once.
   */
  onComplete?: (code: string) => void;
  /**
   * Turns the field off.
   * @default false
   */
  disabled?: boolean;
}

/** Why a paste or autofill was refused (an empty one is simply ignored). */
export type CodeRejection = Exclude<CodeRejectReason, 'empty'>;

/** A selection inside the real input: `start === end` is a caret, `end - start === 1` one slot. */
type CodeSelection = { start: number; end: number };

/** What `useCodeField` returns: the field's state, and the props of its root and its input. */
export type CodeFieldState = ReturnType<typeof useCodeField>;

/** `''` for a true flag, so CSS can match `[data-x]`; absent otherwise. */
const flag = (value: boolean): '' | undefined => (value ? '' : undefined);

const SLOT = '[data-slot="slot"][data-index]';

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
function normalizeCodeSelection(start: number, end: number, filled: number, length: number): CodeSelection {
  if (end - start > 1) return { start, end };
  if (start < filled) return { start, end: start + 1 };
  if (filled >= length && length > 0) return { start: length - 1, end: length };
  return { start: filled, end: filled };
}

/** What an edit inserted: the text between the parts of `before` kept at both ends of `after`. */
function insertedText(before: string, after: string): string {
  const room = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < room && before[prefix] === after[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < room - prefix && before.at(-1 - suffix) === after.at(-1 - suffix)) suffix += 1;
  return after.slice(prefix, after.length - suffix);
}

/** The slot (by `data-index`) under a pointer: the one hit, else the nearest one horizontally. */
function slotIndexAt(root: HTMLElement, target: EventTarget, clientX: number): number | undefined {
  const hit = target instanceof Element ? target.closest<HTMLElement>(SLOT) : null;
  if (hit && root.contains(hit)) return Number(hit.dataset.index);
  let best: { index: number; distance: number } | undefined;
  for (const slot of root.querySelectorAll<HTMLElement>(SLOT)) {
    const rect = slot.getBoundingClientRect();
    if (rect.width === 0) continue;
    const distance = Math.max(rect.left - clientX, clientX - rect.right, 0);
    if (!best || distance < best.distance) best = { index: Number(slot.dataset.index), distance };
  }
  return best?.index;
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
}: UseCodeFieldOptions) {
  const [uncontrolled, setUncontrolled] = useState(() => clean(defaultValue, length));
  const value = clean(controlled ?? uncontrolled, length);
  const [selection, setSelection] = useState<CodeSelection>({ start: 0, end: 0 });
  const [focused, setFocused] = useState(false);
  const [rejection, setRejection] = useState<CodeRejection | null>(null);
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

  const focusedInput = () => (inputRef.current && hasFocus(inputRef.current) ? inputRef.current : null);

  /** Selects the slot a caret at `caret` stands for: now, or once React wrote the new value. */
  const select = (caret: number, filled: number, afterRender = false) => {
    const next = normalizeCodeSelection(caret, caret, filled, length);
    if (afterRender) pendingSelection.current = next;
    else focusedInput()?.setSelectionRange(next.start, next.end);
    setSelection(next);
  };

  const commit = (next: string, caret: number) => {
    setRejection(null);
    if (controlled === undefined) setUncontrolled(next);
    if (next !== value) onChange?.(next);
    if (next.length === length && next !== lastCompleted.current) {
      lastCompleted.current = next;
      onComplete?.(next);
    }
    select(caret, next.length, true);
  };

  /** Takes the text the input now holds after a native edit (typing, deleting, autofill, drop, IME). */
  const accept = (input: HTMLInputElement) => {
    const raw = input.value;
    const digits = normalizeDigits(raw);
    if (/^\d*$/.test(digits) && digits.length <= length) {
      commit(digits, input.selectionStart ?? raw.length);
      return;
    }
    // Many characters at once (autofill, drop, IME): pick the code from what was inserted, or
    // from the whole text when the browser replaced the value with it.
    const inserted = insertedText(value, raw);
    const fromInserted = extractCode(inserted, length);
    const result = fromInserted.ok ? fromInserted : extractCode(raw, length);
    if (inserted.length > 1 && result.ok) {
      commit(result.code, length);
      return;
    }
    // A single stray key (a letter, a 7th digit) is simply not taken; a refused paste-like
    // insert says why, so the user is not left guessing.
    if (inserted.length > 1 && !fromInserted.ok && fromInserted.reason !== 'empty') {
      setRejection(fromInserted.reason);
    }
    // React writes the old value back right after this handler and the caret jumps to the end:
    // put the previous selection back after it.
    queueMicrotask(() => focusedInput()?.setSelectionRange(selection.start, selection.end));
  };

  return {
    /** The code shown in the slots (digits only; while an IME composes, its digits so far). */
    value: draft === null ? value : clean(draft, length),
    length,
    disabled,
    /** True while the real input has focus. */
    focused,
    /** The selection in the real input; slots in it are drawn active. */
    selection,
    /** Why the last paste or autofill was refused; null once the field changes again. */
    rejection,
    /** Props for the box around input and slots: a click on it selects the slot under the pointer. */
    rootProps: {
      'data-focused': flag(focused),
      'data-complete': flag(value.length === length),
      'data-disabled': flag(disabled),
      onMouseDown: (event) => {
        // Pressing a slot must not take focus away from the input (a blur would mark the field
        // touched and close the phone keyboard); the click then moves the selection.
        if (event.target !== inputRef.current) event.preventDefault();
      },
      onClick: (event) => {
        const input = inputRef.current;
        if (!input || disabled) return;
        // A drag-selection inside the input is the user's; leave it.
        if (event.target === input && (input.selectionEnd ?? 0) - (input.selectionStart ?? 0) > 1) return;
        const index = slotIndexAt(event.currentTarget, event.target, event.clientX);
        if (index === undefined) return;
        if (!hasFocus(input)) input.focus();
        select(Math.min(Math.max(index, 0), value.length), value.length);
      },
    } satisfies ElementProps<'div'>,
    /** Props for the one real input; its value is the code, or the IME's draft while it composes. */
    inputProps: {
      ref: inputRef,
      value: draft ?? value,
      disabled,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        // A ref, not the draft state: Firefox fires the last input event right after
        // compositionend, before a re-render could clear the state.
        if (composing.current || (event.nativeEvent as InputEvent).isComposing) {
          setDraft(event.currentTarget.value);
        } else accept(event.currentTarget);
      },
      onCompositionStart: () => {
        composing.current = true;
        setDraft(value);
      },
      onCompositionEnd: (event) => {
        composing.current = false;
        setDraft(null);
        accept(event.currentTarget);
      },
      onPaste: (event) => {
        // The whole clipboard decides: a paste never lands half in the field.
        event.preventDefault();
        const data = event.clipboardData;
        const result = extractCode(data.getData('text/plain') || data.getData('text'), length);
        if (result.ok) commit(result.code, length);
        else if (result.reason !== 'empty') setRejection(result.reason);
      },
      onSelect: () => {
        const input = focusedInput();
        if (!input || composing.current) return;
        const start = input.selectionStart ?? 0;
        const end = input.selectionEnd ?? start;
        const next = normalizeCodeSelection(start, end, value.length, length);
        if (next.start !== start || next.end !== end) input.setSelectionRange(next.start, next.end);
        setSelection((current) =>
          current.start === next.start && current.end === next.end ? current : next,
        );
      },
      onKeyDown: (event) => {
        // An IME's text here is full-width digits, taken when it is committed.
        if (imeOwnsKey(event, composing.current)) return;
        if (event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
        const { selectionStart, selectionEnd } = event.currentTarget;
        const start = selectionStart ?? 0;
        const end = selectionEnd ?? start;
        // Arrows move one slot, not one caret position: with a slot selected, the browser's own
        // ArrowLeft would only collapse the selection. A wider selection collapses to its edge.
        const wide = end - start > 1;
        const targets: Partial<Record<string, number>> = {
          ArrowLeft: wide ? start : Math.max(0, start - 1),
          ArrowRight: wide ? end : Math.min(value.length, start + 1),
          Home: 0,
          ArrowUp: 0,
          End: value.length,
          ArrowDown: value.length,
        };
        const target = targets[event.key];
        if (target === undefined) return;
        event.preventDefault();
        select(target, value.length);
      },
      onFocus: () => {
        setFocused(true);
        // Keyboard focus selects the whole text in some browsers; start where the next digit goes.
        // A pointer focus is then corrected by the click (see the root's onClick) or by onSelect.
        select(value.length, value.length);
      },
      onBlur: () => setFocused(false),
    } satisfies ElementProps<'input'>,
  };
}
