'use client';
import { useCallback } from 'react';
import type { FieldPathByValue } from 'react-hook-form';
import { toGenAuthPhone } from '../../phone/to-genauth-phone.js';
import type { PhoneNumberOptions } from '../shared/phone-form-options.js';
import { usePhoneNumberField, type PhoneNumberValues } from '../phone-input/use-phone-number-field.js';
import type { FormEnvironment } from './use-form-environment.js';
import type { FormSubmission, SendStep } from './use-form-submission.js';

export interface NewNumberStepOptions<Source extends string> extends PhoneNumberOptions {
  /** The failure source of the sends of the number's code (the key of its send step). */
  source: Source;
  /** The number's step is on screen and its flow not over (the SMS's code may fill the field). */
  active: boolean;
  /** Called once every digit of the code is in and the number is valid. */
  onComplete: () => void;
}

/**
 * A number and its code, as bind and change (its new number) take them: the country and the number,
 * the send of a code to it, the code field, and "Change number" (a new send, focus on the number).
 */
export function useNewNumberStep<Values extends PhoneNumberValues & { code: string }, Source extends string>(
  env: FormEnvironment,
  sub: Pick<
    FormSubmission<Values, Source>,
    'form' | 'sends' | 'edits' | 'requestFocus' | 'fieldError' | 'useCodeStep'
  >,
  options: NewNumberStepOptions<Source>,
) {
  const { settings } = env;
  const { source, onComplete } = options;
  const { requestFocus } = sub;
  const number = usePhoneNumberField(sub.form, {
    ...sub.edits,
    countries: settings.countries,
    defaultCountry: settings.defaultCountry,
    mobileOnly: options.mobileOnly ?? true,
    locale: env.locale,
    requestFocus,
  });
  const { validNumber, readNumber } = number;
  const code = sub.useCodeStep(
    source,
    'code' as 'code' & FieldPathByValue<Values, string>,
    () => {
      const value = validNumber();
      return value && toGenAuthPhone(value);
    },
    { active: options.active, onComplete: () => readNumber().isValid && onComplete() },
  );
  const { reset } = sub.sends[source] as SendStep;
  const changeNumber = useCallback(() => {
    reset();
    requestFocus('phone');
  }, [requestFocus, reset]);

  return {
    ...code,
    /** The code step as one object (its fields are also spread above). */
    codeStep: code,
    /** The effective country (chosen, or the default). */
    country: number.country,
    /** The number without its text, for `useTypedNumber` in the part that shows it. */
    number,
    /** Countries offered, when restricted by the prop or the tenant. */
    countries: settings.countries,
    preferredCountries: options.preferredCountries,
    /** True when the tenant has international SMS off and only mainland China is offered. */
    internationalSmsOff: settings.internationalSmsOff,
    /** The last failure at the number (its validation message comes from `useTypedNumber`). */
    phoneFailure: sub.fieldError('phone'),
    setCountry: number.setCountry,
    countryRef: number.countryRef,
    changeNumber,
    /** The number and its code when both are complete; else focus goes to the code, or nothing. */
    entered: () => {
      const value = validNumber();
      if (!value) return undefined;
      const passCode = code.completeCode();
      if (passCode === undefined) return requestFocus('code');
      const phone = toGenAuthPhone(value);
      return { phone, passCode, e164: value.e164 ?? `${phone.phoneCountryCode}${phone.phoneNumber}` };
    },
  };
}
