import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import type { GenAuthPhone } from '../api/types.js';
import { metadata } from './metadata.js';
import { normalizeDigits } from './normalize-digits.js';

const digitsOf = (text: string): string => normalizeDigits(text).replace(/\D/g, '');

/** Splits an E.164 string into calling code and national number; undefined when it does not parse. */
function splitE164(e164: string): GenAuthPhone | undefined {
  // The `FromString` parser answers undefined, rather than throwing, for text that is no number.
  const parsed = parsePhoneNumberFromString(normalizeDigits(e164.trim()), metadata);
  return parsed && { phoneCountryCode: parsed.countryCallingCode, phoneNumber: parsed.nationalNumber };
}

/**
 * Hides the middle of a phone number for display, e.g. `+86 138****8000`: the calling code stays,
 * then the first 3 and the last 4 digits of the national number. Shorter numbers keep the same
 * proportions (3/11 and 4/11, rounded down), so at least a third is hidden and a 2-digit number all.
 * Takes an E.164 string or the `{ phoneNumber, phoneCountryCode }` pair; text that is not a phone
 * number is masked whole rather than shown.
 */
export function maskPhone(phone: string | GenAuthPhone): string {
  const parts = typeof phone === 'string' ? splitE164(phone) : phone;
  const national = digitsOf(parts?.phoneNumber ?? (typeof phone === 'string' ? phone : ''));
  const callingDigits = digitsOf(parts?.phoneCountryCode ?? '');
  const head = Math.min(3, Math.floor((national.length * 3) / 11));
  const tail = Math.min(4, Math.floor((national.length * 4) / 11));
  const masked =
    national.slice(0, head).padEnd(national.length - tail, '*') + national.slice(national.length - tail);
  return callingDigits ? `+${callingDigits} ${masked}` : masked;
}
