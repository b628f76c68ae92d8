'use client';
import { useCallback, useMemo } from 'react';
import { useController } from 'react-hook-form';
import { parsePhone } from '../../phone/parse-phone.js';
import { PHONE_TEXT_MAX_LENGTH } from '../../phone/typing/phone-text-limit.js';
import { phoneReasonMessage } from '../../i18n/phone-reason-message.js';
import type { PhoneNumberField } from './use-phone-number-field.js';

/**
 * The number as typed, read where it is shown: watches the form's `phone` text (so a keystroke
 * re-renders only the component calling this), parses it, and says what is wrong with it once
 * `field.showValidation` is on. Also the field's ref (react-hook-form's, so `setFocus` reaches
 * the input) and its blur handler.
 */
export function useTypedNumber(field: PhoneNumberField) {
  const { control, country, mobileOnly, showValidation, messages, countryName, onPhoneBlur } = field;
  const phoneField = useController({ control, name: 'phone' });
  const phoneText = phoneField.field.value;
  // The field parsed the same text in this keystroke's handler: a hit in parsePhone's recent results.
  const phoneValue = useMemo(
    () => parsePhone(phoneText, country, { mobileOnly }),
    [phoneText, country, mobileOnly],
  );
  // A text that fills the field was cut there (a long paste): say so at once, not on blur.
  const cut = phoneText.length >= PHONE_TEXT_MAX_LENGTH;
  const validationError =
    (showValidation || cut) && !phoneValue.isValid
      ? phoneReasonMessage(messages, phoneValue, countryName)
      : undefined;

  const { onBlur } = phoneField.field;
  const onBlurBoth = useCallback(() => {
    onBlur();
    onPhoneBlur();
  }, [onBlur, onPhoneBlur]);

  return {
    /** The number as typed (formatted as shown). */
    phoneText,
    /** The number parsed in the effective country. */
    phoneValue,
    /** Why the number does not validate, once the user left the field or tried to send. */
    validationError,
    /** Called when the number's field loses focus. */
    onPhoneBlur: onBlurBoth,
    phoneRef: phoneField.field.ref,
  };
}

/** What a form's core state needs to hand its number to `withTypedNumber`. */
export interface TypedNumberSource {
  number: PhoneNumberField;
  /** The last failure the server pinned on the number, if any. */
  phoneFailure: string | undefined;
}

/**
 * A form's core state plus the number as typed, for hooks that return everything in one object
 * (`useBindPhoneForm`, `useChangePhoneForm`): the caller re-renders at each keystroke.
 */
export function useWithTypedNumber<Core extends TypedNumberSource>(core: Core) {
  const typed = useTypedNumber(core.number);
  return {
    ...core,
    phoneValue: typed.phoneValue,
    phoneText: typed.phoneText,
    /** What is wrong with the number: the last failure at it, else its validation message. */
    phoneError: core.phoneFailure ?? typed.validationError,
    setPhoneText: core.number.setPhoneText,
    onPhoneBlur: typed.onPhoneBlur,
    phoneRef: typed.phoneRef,
  };
}
