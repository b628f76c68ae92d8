'use client';
import {
  createContext,
  forwardRef,
  useCallback,
  useContext,
  type HTMLAttributes,
  type InputHTMLAttributes,
  type MouseEvent,
  type ReactNode,
  type Ref,
  type SyntheticEvent,
} from 'react';
import type { CodeFieldState } from '../hooks/code-step/use-code-field.js';

const CodeFieldContext = createContext<CodeFieldState | null>(null);

function useCodeFieldContext(part: string): CodeFieldState {
  const context = useContext(CodeFieldContext);
  if (!context) throw new Error(`react-bind-phone: <CodeField.${part}> must be inside <CodeField.Root>.`);
  return context;
}

/** `''` for a true flag, so CSS can match `[data-x]`; absent otherwise. */
function flag(value: boolean): '' | undefined {
  return value ? '' : undefined;
}

export interface CodeFieldRootProps extends HTMLAttributes<HTMLDivElement> {
  /**
   * The field's state and behaviour, from `useCodeField(options)`.
   * @default (required)
   */
  field: CodeFieldState;
  /**
   * Leaves room after the last slot for the badge password managers draw at the end of the real
   * input, so it never covers a digit. Sets `data-password-manager-gap`, which the kit's CSS turns
   * into padding at the inline end that the input spans and the slots do not.
   * @default true
   */
  passwordManagerGap?: boolean;
  /**
   * The parts: a `CodeField.Input` and `CodeField.Slots`.
   * @default undefined
   */
  children?: ReactNode;
}

/** The slot (by `data-index`) under a pointer: the one hit, else the nearest one horizontally. */
function slotIndexAt(root: HTMLElement, target: EventTarget, clientX: number): number | undefined {
  const hit =
    target instanceof Element ? target.closest<HTMLElement>('[data-slot="slot"][data-index]') : null;
  if (hit && root.contains(hit)) return Number(hit.dataset.index);
  let best: { index: number; distance: number } | undefined;
  for (const slot of root.querySelectorAll<HTMLElement>('[data-slot="slot"][data-index]')) {
    const rect = slot.getBoundingClientRect();
    if (rect.width === 0) continue;
    const distance =
      clientX < rect.left ? rect.left - clientX : clientX > rect.right ? clientX - rect.right : 0;
    if (!best || distance < best.distance) best = { index: Number(slot.dataset.index), distance };
  }
  return best?.index;
}

/**
 * The box holding the real input and the slots drawn for it. Always left-to-right, so an RTL page
 * does not show the digits reversed. A click anywhere on it selects the slot under the pointer,
 * whether the input is styled on top of the slots (the default: long-press paste on phones needs
 * the input under the finger) or below them.
 */
function Root({
  field,
  passwordManagerGap = true,
  children,
  onMouseDown,
  onClick,
  ...rest
}: CodeFieldRootProps) {
  const { focusSlot, inputRef } = field;

  const handleMouseDown = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      onMouseDown?.(event);
      // Pressing a slot must not take focus away from the input (a blur would mark the field
      // touched and close the phone keyboard); the click then moves the selection.
      if (!event.defaultPrevented && event.target !== inputRef.current) event.preventDefault();
    },
    [inputRef, onMouseDown],
  );

  const handleClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      onClick?.(event);
      const input = inputRef.current;
      if (event.defaultPrevented || !input) return;
      // A drag-selection inside the input is the user's; leave it.
      if (event.target === input && (input.selectionEnd ?? 0) - (input.selectionStart ?? 0) > 1) return;
      const index = slotIndexAt(event.currentTarget, event.target, event.clientX);
      if (index !== undefined) focusSlot(index);
    },
    [focusSlot, inputRef, onClick],
  );

  return (
    <CodeFieldContext.Provider value={field}>
      <div
        data-slot="code-field"
        dir="ltr"
        data-focused={flag(field.focused)}
        data-complete={flag(field.value.length === field.length)}
        data-disabled={flag(field.disabled)}
        data-password-manager-gap={flag(passwordManagerGap)}
        onMouseDown={handleMouseDown}
        onClick={handleClick}
        {...rest}
      >
        {children}
      </div>
    </CodeFieldContext.Provider>
  );
}

export type CodeFieldInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'defaultValue' | 'onChange' | 'type' | 'maxLength' | 'disabled'
>;

/** Calls the user's handler first; theirs may `preventDefault()` to skip the field's own. */
function chain<E extends SyntheticEvent>(
  theirs: ((event: E) => void) | undefined,
  ours: (event: E) => void,
): (event: E) => void {
  return (event) => {
    theirs?.(event);
    if (!event.defaultPrevented) ours(event);
  };
}

function assignRef<T>(ref: Ref<T> | undefined, node: T | null): void {
  if (typeof ref === 'function') ref(node);
  else if (ref) (ref as { current: T | null }).current = node;
}

/**
 * The one real input: `type="text" inputmode="numeric" autocomplete="one-time-code"`, so iOS
 * "From Messages", Android autofill, password managers and screen readers see a single ordinary
 * code field. No `maxLength`: browsers cut a paste or autofill at it ("123 456" would become
 * "123 45"); the field trims to the code length itself.
 */
const Input = forwardRef<HTMLInputElement, CodeFieldInputProps>(function CodeFieldInput(
  { onPaste, onSelect, onKeyDown, onFocus, onBlur, onCompositionStart, onCompositionEnd, ...rest },
  forwardedRef,
) {
  const field = useCodeFieldContext('Input');
  const { inputRef, inputHandlers: on } = field;
  const setRef = useCallback(
    (node: HTMLInputElement | null) => {
      inputRef.current = node;
      assignRef(forwardedRef, node);
    },
    [forwardedRef, inputRef],
  );
  return (
    <input
      data-slot="input"
      type="text"
      inputMode="numeric"
      autoComplete="one-time-code"
      enterKeyHint="done"
      autoCorrect="off"
      autoCapitalize="off"
      spellCheck={false}
      dir="ltr"
      {...rest}
      ref={setRef}
      value={field.inputValue}
      disabled={field.disabled}
      onChange={on.onChange}
      onPaste={chain(onPaste, on.onPaste)}
      onSelect={chain(onSelect, on.onSelect)}
      onKeyDown={chain(onKeyDown, on.onKeyDown)}
      onFocus={chain(onFocus, on.onFocus)}
      onBlur={chain(onBlur, on.onBlur)}
      onCompositionStart={chain(onCompositionStart, on.onCompositionStart)}
      onCompositionEnd={chain(onCompositionEnd, on.onCompositionEnd)}
    />
  );
});

export interface CodeFieldSlotsProps extends HTMLAttributes<HTMLDivElement> {
  /**
   * The slots to draw; one `CodeField.Slot` per digit when omitted.
   * @default one <CodeField.Slot index={i} /> for each digit
   */
  children?: ReactNode;
}

/**
 * The row of slots. Hidden from assistive technology: the real input already says everything,
 * and a second copy of the digits would be read twice.
 */
function Slots({ children, ...rest }: CodeFieldSlotsProps) {
  const field = useCodeFieldContext('Slots');
  return (
    <div data-slot="slots" aria-hidden="true" dir="ltr" {...rest}>
      {children ?? Array.from({ length: field.length }, (_, index) => <Slot key={index} index={index} />)}
    </div>
  );
}

export interface CodeFieldSlotProps extends HTMLAttributes<HTMLDivElement> {
  /**
   * Which digit this slot shows, from 0.
   * @default (required)
   */
  index: number;
  /**
   * Drawn inside the active empty slot, in place of the caret the real input hides.
   * @default <CodeField.Caret />
   */
  caret?: ReactNode;
}

/**
 * One digit. `data-filled` when it holds one, `data-active` when the input's selection (or caret)
 * is on it and the field has focus; the caret is drawn in the active empty slot.
 */
function Slot({ index, caret, ...rest }: CodeFieldSlotProps) {
  const field = useCodeFieldContext('Slot');
  const char = field.value[index];
  const { start, end } = field.selection;
  const active = field.focused && index >= start && index < Math.max(end, start + 1);
  const showCaret = active && start === end && char === undefined;
  return (
    <div
      data-slot="slot"
      data-index={index}
      data-active={flag(active)}
      data-filled={flag(char !== undefined)}
      {...rest}
    >
      {char}
      {showCaret ? (caret ?? <Caret />) : null}
    </div>
  );
}

/** The fake caret: a plain element the kit's CSS draws and blinks (no inline styles). */
function Caret(props: HTMLAttributes<HTMLDivElement>) {
  return <div data-slot="caret" {...props} />;
}

/**
 * Headless one-time-code field: `CodeField.Root` (takes `useCodeField()`), `CodeField.Input` (the
 * one real input), `CodeField.Slots`, `CodeField.Slot`, `CodeField.Caret`.
 */
export const CodeField = { Root, Input, Slots, Slot, Caret };
export {
  Root as CodeFieldRoot,
  Input as CodeFieldInput,
  Slots as CodeFieldSlots,
  Slot as CodeFieldSlot,
  Caret as CodeFieldCaret,
};
