import { useCallback, useMemo, useState, type RefObject } from 'react';
import { useController, type Path, type UseFormReturn } from 'react-hook-form';
import type { Messages } from '../i18n/types.js';
import { countryName as localizedCountryName } from '../phone/country-options.js';
import { parsePhone } from '../phone/parse-phone.js';
import type { CountryCode } from '../phone/types.js';
import { phoneReasonMessage } from './phone-reason-message.js';

/** The react-hook-form values of a number: `country` is empty until the user picks one. */
export interface PhoneNumberValues {
  country: CountryCode | '';
  phone: string;
}

export interface UsePhoneNumberFieldOptions {
  /**
   * Countries offered, when restricted.
   * @default (required)
   */
  countries: CountryCode[] | undefined;
  /**
   * The country to start with when none is picked.
   * @default (required)
   */
  defaultCountry: CountryCode;
  /**
   * Accept only numbers that can receive SMS.
   * @default (required)
   */
  mobileOnly: boolean;
  /**
   * UI locale, for the country's name in a validation message.
   * @default (required)
   */
  locale: string;
  /**
   * The catalog in force.
   * @default (required)
   */
  messages: Messages;
  /**
   * True while a request runs with the number: edits are refused, so the number sent is the one shown.
   * @default (required)
   */
  locked: RefObject<boolean>;
  /**
   * Called with `'phone'` when the user edits the number or its country (so a failure shown at
   * it goes away); keep it stable.
   * @default (required)
   */
  onEdit: (field: 'phone') => void;
  /**
   * Moves focus to the phone field; keep it stable.
   * @default (required)
   */
  requestFocus: (field: 'phone') => void;
}

/**
 * The phone number of a form: the country (picked, else the default, and always one offered), the
 * text parsed at every keystroke, and its validation message once the user left the field or tried
 * to send.
 */
export function usePhoneNumberField<Values extends PhoneNumberValues>(
  form: UseFormReturn<Values>,
  options: UsePhoneNumberFieldOptions,
) {
  const { countries, defaultCountry, mobileOnly, locale, messages, locked, onEdit, requestFocus } = options;
  const countryField = useController({ control: form.control, name: 'country' as Path<Values> });
  const phoneField = useController({ control: form.control, name: 'phone' as Path<Values> });
  const [showValidation, setShowValidation] = useState(false);

  const wanted: CountryCode = (countryField.field.value as CountryCode | '') || defaultCountry;
  // A country picked (or defaulted) before the tenant's settings arrived may not be offered now.
  const country: CountryCode = countries && !countries.includes(wanted) ? (countries[0] ?? 'CN') : wanted;
  const phoneText = phoneField.field.value as string;
  const phoneValue = useMemo(
    () => parsePhone(phoneText, country, { mobileOnly }),
    [phoneText, country, mobileOnly],
  );
  const countryName = useMemo(() => localizedCountryName(country, locale), [locale, country]);
  const validationError =
    showValidation && !phoneValue.isValid ? phoneReasonMessage(messages, phoneValue, countryName) : undefined;

  const { onChange: setCountryValue } = countryField.field;
  const { onChange: setPhoneValue } = phoneField.field;
  const setCountry = useCallback(
    (next: CountryCode) => {
      if (locked.current) return;
      // A pasted "+44 …" may pick a country the tenant cannot text: the number then shows as invalid.
      if (countries && !countries.includes(next)) return;
      setCountryValue(next);
      onEdit('phone');
    },
    [countries, locked, onEdit, setCountryValue],
  );
  const setPhoneText = useCallback(
    (text: string) => {
      if (locked.current) return;
      // Typing fixes the country, so tenant settings arriving later never re-read the number.
      // Read from the form: a pasted "+44 …" may have picked its country earlier in this event.
      if (!form.getValues('country' as Path<Values>)) setCountryValue(country);
      setPhoneValue(text);
      onEdit('phone');
    },
    [country, form, locked, onEdit, setCountryValue, setPhoneValue],
  );
  const onPhoneBlur = useCallback(() => {
    phoneField.field.onBlur();
    if (phoneField.field.value) setShowValidation(true);
  }, [phoneField.field]);
  /** True for a valid number; otherwise shows why and moves focus to the field. */
  const checkValid = useCallback(() => {
    if (phoneValue.isValid) return true;
    setShowValidation(true);
    requestFocus('phone');
    return false;
  }, [phoneValue.isValid, requestFocus]);

  return {
    /** The effective country (chosen, or the default). */
    country,
    phoneValue,
    phoneText,
    /** Why the number does not validate, once the user left the field or tried to send. */
    validationError,
    setCountry,
    setPhoneText,
    onPhoneBlur,
    checkValid,
    phoneRef: phoneField.field.ref,
    countryRef: countryField.field.ref,
  };
}
