'use client';
import { useCallback, useMemo, useState, type RefObject } from 'react';
import { useController, useWatch, type UseFormReturn } from 'react-hook-form';
import { phoneReasonMessage } from '../../i18n/phone-reason-message.js';
import type { Messages } from '../../i18n/types.js';
import { countryName as localizedCountryName } from '../../phone/countries/country-options.js';
import { parsePhone } from '../../phone/parse-phone.js';
import { PHONE_TEXT_MAX_LENGTH } from '../../phone/typing/phone-text-limit.js';
import { useLatestRef } from '../shared/use-latest-ref.js';
import type { CountryCode, PhoneValue } from '../../phone/types.js';

/** The react-hook-form values of a number: `country` is empty until the user picks one. */
export interface PhoneNumberValues {
  country: CountryCode | '';
  phone: string;
}

export interface UsePhoneNumberFieldOptions {
  /** Countries offered, when restricted. */
  countries: CountryCode[] | undefined;
  /** The country to start with when none is picked. */
  defaultCountry: CountryCode;
  /** Accept only numbers that can receive SMS. */
  mobileOnly: boolean;
  /** UI locale, for the country's name in a validation message. */
  locale: string;
  /** The catalog in force. */
  messages: Messages;
  /** True while a request runs with the number: edits are refused, so the number sent is the one shown. */
  locked: RefObject<boolean>;
  /**
   * Called with `'phone'` when the user edits the number or its country (so a failure shown at
   * it goes away); keep it stable.
   */
  onEdit: (field: 'phone') => void;
  /** Moves focus to the phone field; keep it stable. */
  requestFocus: (field: 'phone') => void;
}

/**
 * A form's number, minus its text: what stays the same while the user types, so the form's top
 * can hold it without re-rendering at each keystroke. The part that shows the number reads the
 * text itself with `useTypedNumber(field)`.
 */
export type PhoneNumberField = ReturnType<typeof usePhoneNumberField>;

/** The country in force: the one picked, else the default, and always one offered. */
function effectiveCountry(picked: CountryCode | '', fallback: CountryCode, offered?: CountryCode[]) {
  const wanted = picked || fallback;
  // A country picked (or defaulted) before the tenant's settings arrived may not be offered now.
  return offered && !offered.includes(wanted) ? (offered[0] ?? 'CN') : wanted;
}

/**
 * The phone number of a form: the country (picked, else the default, and always one offered),
 * edits of the text, and whether to show its validation message (once the user left the field or
 * tried to send). It does not watch the text: reading it here would re-render the whole form at
 * every keystroke; `useTypedNumber` reads it where it is shown, and handlers parse it when they run.
 */
export function usePhoneNumberField<Values extends PhoneNumberValues>(
  form: UseFormReturn<Values>,
  options: UsePhoneNumberFieldOptions,
) {
  const { countries, defaultCountry, mobileOnly, locale, messages } = options;
  // Only the two fields of the number are touched here, whatever else the form holds.
  const numberForm = form as unknown as UseFormReturn<PhoneNumberValues>;
  // Read by the handlers when they run, so a new list or callback does not make a new object.
  const latest = useLatestRef(options);
  // Only the country is watched here: a picked country re-renders the form, a typed digit does not.
  const countryField = useController({ control: numberForm.control, name: 'country' }).field;
  const [showValidation, setShowValidation] = useState(false);

  const country = effectiveCountry(countryField.value, defaultCountry, countries);

  const { onChange: storeCountry, ref: countryRef } = countryField;
  // One object while the country, the messages and the validation flag stay: a keystroke changes none.
  return useMemo(() => {
    const readNumber = () => {
      // From the form, not from a render: handlers run between renders (autofill submits at once).
      const { defaultCountry: fallback, countries: offered } = latest.current;
      const now = effectiveCountry(numberForm.getValues('country'), fallback, offered);
      // Answered from parsePhone's recent results: the field parsed the same text at this keystroke.
      return parsePhone(numberForm.getValues('phone'), now, { mobileOnly });
    };
    const edit = (change: () => void) => {
      if (latest.current.locked.current) return;
      change();
      latest.current.onEdit('phone');
    };
    return {
      /** The form's control, for `useTypedNumber`. */
      control: numberForm.control,
      /** The effective country (chosen, or the default, and always one offered). */
      country,
      /** The country's name in the UI locale, for validation messages. */
      countryName: localizedCountryName(country, locale),
      mobileOnly,
      messages,
      /** The user left the field or tried to send: say what is wrong with the number. */
      showValidation,
      countryRef,
      /** The number in the form now, parsed. */
      readNumber,
      setCountry: (next: CountryCode) => {
        // A pasted "+44 …" may pick a country the tenant cannot text: the number then shows as invalid.
        const { countries: offered } = latest.current;
        if (!offered || offered.includes(next)) edit(() => storeCountry(next));
      },
      setPhoneText: (text: string) =>
        edit(() => {
          // Typing fixes the country, so tenant settings arriving later never re-read the number.
          // Read from the form: a pasted "+44 …" may have picked its country earlier in this event.
          if (!numberForm.getValues('country')) storeCountry(country);
          numberForm.setValue('phone', text);
        }),
      /** Called when the number's field loses focus. */
      onPhoneBlur: () => {
        if (numberForm.getValues('phone')) setShowValidation(true);
      },
      /** The number when it is valid; otherwise shows why, moves focus to the field, and is undefined. */
      validNumber: (): PhoneValue | undefined => {
        const value = readNumber();
        if (value.isValid) return value;
        setShowValidation(true);
        latest.current.requestFocus('phone');
        return undefined;
      },
    };
  }, [country, countryRef, latest, locale, messages, mobileOnly, numberForm, storeCountry, showValidation]);
}

/**
 * The number as typed, read where it is shown: watches the form's `phone` text (so a keystroke
 * re-renders only the component calling this), parses it, and says what is wrong with it once
 * `field.showValidation` is on. Also the field's ref (react-hook-form's, so `setFocus` reaches
 * the input) and its blur handler.
 */
export function useTypedNumber(field: PhoneNumberField) {
  const { control, country, mobileOnly, showValidation, messages, countryName, onPhoneBlur } = field;
  const { value: phoneText, onBlur, ref } = useController({ control, name: 'phone' }).field;
  // The field parsed the same text in this keystroke's handler: a hit in parsePhone's recent results.
  const phoneValue = parsePhone(phoneText, country, { mobileOnly });
  // A text that fills the field was cut there (a long paste): say so at once, not on blur.
  const cut = phoneText.length >= PHONE_TEXT_MAX_LENGTH;
  return {
    phoneText,
    phoneValue,
    /** Why the number does not validate, once the user left the field or tried to send. */
    validationError:
      (showValidation || cut) && !phoneValue.isValid
        ? phoneReasonMessage(messages, phoneValue, countryName)
        : undefined,
    onPhoneBlur: useCallback(() => {
      onBlur();
      onPhoneBlur();
    }, [onBlur, onPhoneBlur]),
    phoneRef: ref,
  };
}

/**
 * A form's core state plus the number as typed, for hooks that return everything in one object
 * (`useBindPhoneForm`, `useChangePhoneForm`): the caller re-renders at each keystroke.
 */
export function useWithTypedNumber<
  Core extends { number: PhoneNumberField; phoneFailure: string | undefined },
>(core: Core) {
  const { validationError, ...typed } = useTypedNumber(core.number);
  return {
    ...core,
    ...typed,
    /** What is wrong with the number: the last failure at it, else its validation message. */
    phoneError: core.phoneFailure ?? validationError,
    setPhoneText: core.number.setPhoneText,
  };
}

/**
 * Whether the number as typed can be sent a code. Re-renders its caller when the answer flips,
 * not at every key, so a send button away from the number stays out of the number's renders.
 */
export function useNumberSendable({ control, country, mobileOnly, readNumber }: PhoneNumberField): boolean {
  useWatch({
    control,
    name: 'phone',
    compute: (text: string) => parsePhone(text, country, { mobileOnly }).isValid,
  });
  return readNumber().isValid;
}
