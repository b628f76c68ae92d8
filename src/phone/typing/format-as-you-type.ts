import { AsYouType } from 'libphonenumber-js/core';
import { metadata } from '../metadata.js';
import type { CountryCode } from '../types.js';

/**
 * Formats partial or complete phone digits the way they are being typed: `+44 7400 123456`,
 * `138 0013 8000`, `(201) 555-0123` (a leading `+` reads the calling code, else `country`'s national
 * format applies). Never adds, drops or reorders a digit; digits no format fits come back as they are.
 */
export function formatAsYouType(text: string, country?: CountryCode): string {
  // AsYouType throws on a few inputs (a `0` international prefix, as in CV, followed by too few
  // digits): the digits are then shown unformatted.
  try {
    const formatted = new AsYouType(country, metadata).input(text);
    return formatted.replace(/\D/g, '') === text.replace(/\D/g, '') ? formatted : text;
  } catch {
    return text;
  }
}

/** Digits that start with the international prefix `idd`, formatted as `00 44 7400 123456`. */
export function formatAfterIdd(digits: string, idd: string): string {
  const rest = digits.slice(idd.length);
  return rest ? `${idd} ${formatAsYouType(`+${rest}`).slice(1)}` : idd;
}
