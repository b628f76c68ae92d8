'use client';
import { forwardRef, useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { usePhoneInput, type UsePhoneInputOptions } from '../../hooks/phone-input/use-phone-input.js';
import { useMessages } from '../../hooks/shared/use-messages.js';
import { formatMessage } from '../../i18n/format-message.js';
import { canonicalLocale, countryName } from '../../phone/countries/country-options.js';
import type { CountryCode } from '../../phone/types.js';
import { PhoneField } from '../../primitives/phone-field.js';
import { fieldRootProps, omitStyling, slotProps, type FieldStyleProps } from '../slot-props.js';
import { splitProps, type DomProps, type OwnKeys } from '../split-props.js';

/** The options of `usePhoneInput` among the props (the rest go to the input). */
const PHONE_INPUT_OPTIONS = {
  value: true,
  defaultValue: true,
  country: true,
  defaultCountry: true,
  onChange: true,
  onCountryChange: true,
  mobileOnly: true,
} as const satisfies OwnKeys<Omit<UsePhoneInputOptions, 'ref'>>;

/** The parts of `PhoneInput`, each rendered with `data-slot="…"` and styled by `classNames`. */
export type PhoneInputSlot = 'root' | 'label' | 'input' | 'status';

/** The field's own props: what it does, how it is named, how it looks. */
export interface PhoneInputOwnProps
  extends FieldStyleProps<PhoneInputSlot>, Omit<UsePhoneInputOptions, 'ref'> {
  /**
   * The input's `id`; the label points at it.
   * @default a generated id
   */
  id?: string;
  /**
   * Disables the input.
   * @default false
   */
  disabled?: boolean;
  /**
   * Shows the field as invalid: sets `aria-invalid` on the input and `data-invalid` on the root.
   * The field never decides this itself; the form does (typically after blur or submit).
   * @default false
   */
  invalid?: boolean;
  /**
   * The input's `autocomplete`. `tel` lets the browser fill the whole `+44 …` number, which then
   * picks the country; `tel-national` fills the national number only.
   * @default 'tel'
   */
  autoComplete?: string;
  /**
   * The placeholder.
   * @default the catalog's `phone.placeholder`
   */
  placeholder?: string;
  /**
   * The label's content.
   * @default the catalog's `phone.label` ("Phone number")
   */
  label?: ReactNode;
  /**
   * Renders no visible label; the input is named by `aria-label` instead (the label text, or the
   * catalog's when `label` is not a string). Only when something else on screen says what the
   * field is.
   * @default false
   */
  hideLabel?: boolean;
}

/**
 * The field's props: its own, and any other attribute or handler of the `<input>` (`aria-label`,
 * `data-*`, `onKeyDown` …), which gets them as the ref does; your handlers run before the field's.
 */
export interface PhoneInputProps
  extends
    PhoneInputOwnProps,
    DomProps<
      PhoneInputOwnProps,
      InputHTMLAttributes<HTMLInputElement>,
      'type' | 'checked' | 'defaultChecked'
    > {}

/**
 * The phone number field: `type="tel"`, formatted as you type with the caret kept on its digit,
 * any digit script accepted, a pasted or autofilled international number taken whole (switching
 * the country), IME composition left alone until it ends, no typing past the country's longest
 * number, and at most 64 characters (a longer paste is cut, reads as `TOO_LONG`, and the field
 * says so in its status region). Pair it with `<CountrySelect>`; works with react-hook-form's
 * `Controller` (`{...field}`) and forwards its ref to the input, as it does any other input
 * attribute; `className` and `style` style the root.
 */
export const PhoneInput = forwardRef<HTMLInputElement, PhoneInputProps>(function PhoneInput(props, ref) {
  const [options, own] = splitProps(omitStyling(props), PHONE_INPUT_OPTIONS);
  const { id, disabled, invalid = false, placeholder, label, hideLabel = false, locale, ...rest } = own;
  const { messages: override, ...inputProps } = rest;
  const { locale: activeLocale, messages } = useMessages(locale, override);
  const field = usePhoneInput({ ...options, ref });
  const inputId = `${useId()}-input`;
  const labelText = label ?? messages.phone.label;
  const hiddenLabel = typeof labelText === 'string' ? labelText : messages.phone.label;

  return (
    <PhoneField.Root field={field} {...fieldRootProps(props, invalid, disabled)}>
      {hideLabel ? null : (
        <label {...slotProps(props, 'label')} htmlFor={id ?? inputId}>
          {labelText}
        </label>
      )}
      <PhoneField.Input
        aria-label={hideLabel ? hiddenLabel : undefined}
        {...inputProps}
        {...slotProps(props, 'input')}
        id={id ?? inputId}
        placeholder={placeholder ?? messages.phone.placeholder}
        disabled={disabled}
        aria-invalid={invalid || undefined}
      />
      <PhoneField.Status
        {...slotProps(props, 'status')}
        // Marked invalid, the field is described by its owner's message, which says it already.
        tooLong={invalid ? undefined : messages.phone.tooLong}
      >
        {(switchedTo: CountryCode) =>
          formatMessage(messages.phone.countrySwitched, {
            country: countryName(switchedTo, canonicalLocale(activeLocale)),
          })
        }
      </PhoneField.Status>
    </PhoneField.Root>
  );
});
