'use client';
import type { HTMLAttributes, ReactNode } from 'react';
import type { PhoneInputState } from '../hooks/phone-input/use-phone-input.js';
import type { CountryCode } from '../phone/types.js';
import { fieldInput, partContext, type FieldInputProps } from './part-context.js';

const [PhoneFieldContext, usePhoneFieldContext] = partContext<PhoneInputState>('PhoneField');

export interface PhoneFieldRootProps extends HTMLAttributes<HTMLDivElement> {
  /** The state from `usePhoneInput(options)`. */
  field: PhoneInputState;
  children?: ReactNode;
}

/**
 * Holds the state of `usePhoneInput` for its parts. Renders a `div` with `data-slot="phone-field"`
 * and `data-state="empty" | "valid" | "not-valid"` (the parsed number, for styling; whether to show
 * an error is the form's call, through `data-invalid` / `aria-invalid`).
 */
function Root({ field, ...rest }: PhoneFieldRootProps) {
  return (
    <PhoneFieldContext.Provider value={field}>
      <div data-slot="phone-field" {...field.rootProps} {...rest} />
    </PhoneFieldContext.Provider>
  );
}

export type PhoneFieldInputProps = FieldInputProps;

/**
 * The real `<input type="tel">`, wired to the field: value, formatting, caret, paste, IME.
 * Defaults: `inputMode="tel"`, `autoComplete="tel"`, `dir="ltr"`, no spell check or autocorrect;
 * `data-country` names the country in force, `data-state="composing"` marks an IME composition.
 */
const Input = fieldInput<PhoneFieldInputProps>('PhoneFieldInput', usePhoneFieldContext, {
  inputMode: 'tel',
  autoComplete: 'tel',
  autoCorrect: 'off',
  spellCheck: false,
  // Numbers read left to right in every language; the surrounding layout still follows RTL.
  dir: 'ltr',
});

export interface PhoneFieldStatusProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /** What to announce when the number switched the country; nothing is rendered otherwise. */
  children: (country: CountryCode) => ReactNode;
  /** What to announce when the last edit was cut at the most characters the field holds. */
  tooLong?: ReactNode;
}

/**
 * A polite `role="status"` region, filled when the last edit switched the country or was cut at
 * the field's length (`tooLong`).
 */
function Status({ children, tooLong, ...rest }: PhoneFieldStatusProps) {
  const field = usePhoneFieldContext('Status');
  return (
    <span data-slot="status" role="status" {...rest}>
      {field.switchedTo ? children(field.switchedTo) : field.cut ? tooLong : null}
    </span>
  );
}

/**
 * Headless phone field parts, for markup of your own around `usePhoneInput`:
 *
 * ```tsx
 * const field = usePhoneInput({ defaultCountry: 'CN', onChange });
 * <PhoneField.Root field={field}>
 *   <label htmlFor="tel">Phone</label>
 *   <PhoneField.Input id="tel" />
 *   <PhoneField.Status>{(country) => `Country set to ${country}`}</PhoneField.Status>
 * </PhoneField.Root>
 * ```
 */
export const PhoneField = { Root, Input, Status };
