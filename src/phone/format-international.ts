import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import { metadata } from './metadata.js';

/**
 * An E.164 number formatted for reading, e.g. `+86 138 0013 8000`. Text that does not parse is
 * returned as given, so a display never goes blank.
 */
export function formatInternational(e164: string): string {
  // The `FromString` parser answers undefined, rather than throwing, for text that is no number.
  return parsePhoneNumberFromString(e164, metadata)?.formatInternational() ?? e164;
}
