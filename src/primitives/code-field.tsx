'use client';
import type { HTMLAttributes, ReactNode } from 'react';
import type { CodeFieldState } from '../hooks/code-step/use-code-field.js';
import { mergeProps } from '../hooks/shared/compose.js';
import { fieldInput, partContext, type FieldInputProps } from './part-context.js';

const [CodeFieldContext, useCodeFieldContext] = partContext<CodeFieldState>('CodeField');

export interface CodeFieldRootProps extends HTMLAttributes<HTMLDivElement> {
  /** The field's state and behaviour, from `useCodeField(options)`. */
  field: CodeFieldState;
  /**
   * Leaves room after the last slot for the badge password managers draw at the end of the real
   * input, so it never covers a digit: `data-password-manager-gap`, which the kit's CSS turns into
   * padding at the inline end that the input spans and the slots do not.
   * @default true
   */
  passwordManagerGap?: boolean;
  /** The parts: a `CodeField.Input` and `CodeField.Slots`. */
  children?: ReactNode;
}

/**
 * The box holding the real input and the slots drawn for it. Always left-to-right, so an RTL page
 * does not show the digits reversed. A click anywhere on it selects the slot under the pointer,
 * whether the input is styled on top of the slots (the default: long-press paste on phones needs
 * the input under the finger) or below them.
 */
function Root({ field, passwordManagerGap = true, ...rest }: CodeFieldRootProps) {
  return (
    <CodeFieldContext.Provider value={field}>
      <div
        data-slot="code-field"
        dir="ltr"
        data-password-manager-gap={passwordManagerGap ? '' : undefined}
        {...mergeProps(rest, field.rootProps)}
      />
    </CodeFieldContext.Provider>
  );
}

export type CodeFieldInputProps = FieldInputProps<'maxLength' | 'disabled'>;

/**
 * The one real input: `type="text" inputmode="numeric" autocomplete="one-time-code"`, so iOS
 * "From Messages", Android autofill, password managers and screen readers see a single ordinary
 * code field. No `maxLength`: browsers cut a paste or autofill at it ("123 456" would become
 * "123 45"); the field trims to the code length itself.
 */
const Input = fieldInput<CodeFieldInputProps>('CodeFieldInput', useCodeFieldContext, {
  inputMode: 'numeric',
  autoComplete: 'one-time-code',
  enterKeyHint: 'done',
  autoCorrect: 'off',
  autoCapitalize: 'off',
  spellCheck: false,
  dir: 'ltr',
  type: 'text',
});

export interface CodeFieldSlotsProps extends HTMLAttributes<HTMLDivElement> {
  /**
   * The slots to draw.
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
  /** Which digit this slot shows, from 0. */
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
  const { value, focused, selection } = useCodeFieldContext('Slot');
  const char = value[index];
  const { start, end } = selection;
  const active = focused && index >= start && index < Math.max(end, start + 1);
  return (
    <div
      data-slot="slot"
      data-index={index}
      data-active={active ? '' : undefined}
      data-filled={char === undefined ? undefined : ''}
      {...rest}
    >
      {char}
      {active && start === end && char === undefined ? (caret ?? <Caret />) : null}
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
