'use client';
import { useCallback, type RefObject } from 'react';
import { useController, type FieldPathByValue, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { formatMessage } from '../../i18n/format-message.js';
import type { Messages } from '../../i18n/types.js';

export interface UseEnteredCodeOptions<Name extends string> {
  /** Digits the code has. */
  codeLength: number;
  /** The catalog in force. */
  messages: Messages;
  /** True while a request runs with the code: edits are refused, so the code sent is the code shown. */
  locked: RefObject<boolean>;
  /**
   * Called with the field's name when the user edits the code (so a failure shown at it goes
   * away); keep it stable.
   */
  onEdit: (field: Name) => void;
}

/**
 * An SMS code entered in a form field `name`: its value, edits (refused while a request runs), and
 * the "enter all N digits" message of a code submitted before it was complete.
 */
export function useEnteredCode<Values extends FieldValues, Name extends FieldPathByValue<Values, string>>(
  form: UseFormReturn<Values>,
  name: Name,
  options: UseEnteredCodeOptions<Name>,
) {
  const { codeLength, messages, locked, onEdit } = options;
  const field = useController({ control: form.control, name });
  const code = field.field.value as string;
  const { onChange } = field.field;

  const setCode = useCallback(
    (next: string) => {
      // The field stays focusable while a request runs (a disabled one would drop focus to the
      // page); changes are refused instead, so the code sent is the code shown.
      if (locked.current) return;
      onChange(next);
      form.clearErrors(name);
      onEdit(name);
    },
    [form, locked, name, onChange, onEdit],
  );

  /** The code in the form when it is complete; otherwise marks the field incomplete. */
  const completeCode = useCallback((): string | undefined => {
    // Read from the form, not the render's closure: autofill completes the code and submits in one go.
    const current = form.getValues(name) as string;
    if (current.length === codeLength) return current;
    form.setError(name, { type: 'incomplete' });
    return undefined;
  }, [codeLength, form, name]);

  const errors = form.formState.errors as Partial<Record<string, { type?: unknown }>>;
  const incomplete = errors[name]?.type === 'incomplete' && code.length !== codeLength;

  return {
    code,
    codeRef: field.field.ref,
    setCode,
    completeCode,
    /** "Enter all N digits", for a code submitted before it was complete. */
    incompleteError: incomplete ? formatMessage(messages.code.incomplete, { length: codeLength }) : undefined,
  };
}
