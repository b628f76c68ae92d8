import { formatMessage } from './format-message.js';
import type { Messages } from './types.js';
import type { PhoneInvalidReason, PhoneValue } from '../phone/types.js';

const REASON_KEY: Readonly<Record<PhoneInvalidReason, keyof Messages['phone']>> = {
  REQUIRED: 'required',
  TOO_SHORT: 'tooShort',
  TOO_LONG: 'tooLong',
  INVALID_COUNTRY: 'invalidCountry',
  NOT_A_NUMBER: 'notANumber',
  NOT_MOBILE: 'notMobile',
  INVALID: 'invalid',
};

/** The localized text for a number that does not validate. */
export function phoneReasonMessage(messages: Messages, value: PhoneValue, countryName: string): string {
  const key = REASON_KEY[value.reason ?? 'INVALID'];
  return formatMessage(messages.phone[key], { country: countryName });
}
