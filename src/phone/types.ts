import type { CountryCode } from 'libphonenumber-js/core';

export type { CountryCode };

/** Why a number is not valid, most specific first. */
export type PhoneInvalidReason =
  'REQUIRED' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_COUNTRY' | 'NOT_A_NUMBER' | 'NOT_MOBILE' | 'INVALID';

/** What `parsePhone` makes of the text in the phone field, at every keystroke. */
export interface PhoneValue {
  /** The country the number belongs to: the one chosen, or the one a leading `+`/`00` picked. */
  country: CountryCode;
  /** Calling code with a plus, e.g. `+86`. */
  callingCode: string;
  /** National significant number, ASCII digits only, no trunk prefix. */
  nationalNumber: string;
  /** The number in E.164 (`+8613800138000`) when it is valid. */
  e164?: string;
  /** The text formatted as you type, for display in the field. */
  formatted: string;
  isValid: boolean;
  /** Set whenever `isValid` is false. */
  reason?: PhoneInvalidReason;
}

/** One entry of the country picker. */
export interface CountryOption {
  /** ISO 3166-1 alpha-2, e.g. `GB`. */
  code: CountryCode;
  /** Calling code with a plus, e.g. `+44`. */
  callingCode: string;
  /** Name in the UI locale, from `Intl.DisplayNames`. */
  name: string;
  /** Name in English, for search. */
  englishName: string;
  /** Emoji flag built from regional indicator symbols. */
  flag: string;
  /** True for the `preferred` countries, listed first. */
  preferred: boolean;
}
