'use client';
import { useWatch, type Control } from 'react-hook-form';
import { parsePhone } from '../../phone/parse-phone.js';
import type { CountryCode, PhoneValue } from '../../phone/types.js';
import type { PhoneNumberValues } from './use-phone-number-field.js';

/**
 * Whether the number as typed can be sent a code. Re-renders its caller when the answer flips,
 * not at every key, so a send button away from the number stays out of the number's renders.
 */
export function useNumberSendable(
  control: Control<PhoneNumberValues>,
  country: CountryCode,
  mobileOnly: boolean,
  readNumber: () => PhoneValue,
): boolean {
  useWatch({
    control,
    name: 'phone',
    compute: (text: string) => parsePhone(text, country, { mobileOnly }).isValid,
  });
  return readNumber().isValid;
}
