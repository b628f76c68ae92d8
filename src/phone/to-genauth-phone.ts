import type { GenAuthPhone } from '../api/types.js';
import type { PhoneValue } from './types.js';

/**
 * The number as GenAuth's API wants it: `{ phoneNumber: '13800138000', phoneCountryCode: '+86' }`.
 * `phoneCountryCode + phoneNumber` is always the value's E.164.
 *
 * Throws an `Error` when the value is not a valid number (check `value.isValid` first, or let
 * the form's validation do it): sending a half-typed number would only earn an API error.
 *
 * @example toGenAuthPhone(parsePhone('138 0013 8000', 'CN')) // { phoneNumber: '13800138000', phoneCountryCode: '+86' }
 */
export function toGenAuthPhone(value: PhoneValue): GenAuthPhone {
  const callingCode = value?.callingCode ?? '';
  const nationalNumber = value?.nationalNumber ?? '';
  if (
    !value?.isValid ||
    !/^\+[1-9]\d{0,2}$/.test(callingCode) ||
    !/^\d+$/.test(nationalNumber) ||
    value.e164 !== `${callingCode}${nationalNumber}`
  ) {
    const why = value?.reason ? ` (${value.reason})` : '';
    throw new Error(`toGenAuthPhone: the phone number is not valid${why}; check value.isValid first.`);
  }
  return { phoneNumber: nationalNumber, phoneCountryCode: callingCode };
}
