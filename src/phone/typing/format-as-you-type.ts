import { AsYouType, isSupportedCountry } from '../metadata.js';
import type { CountryCode } from '../types.js';

/** How the digits of a phone field are to be read when formatting them. */
export interface AsYouTypeReading {
  /** The digits follow a `+`. */
  plus?: boolean;
  /** The digits start with this international (IDD) prefix, e.g. `00` or `011`. */
  idd?: string;
  /** The country whose national format applies when there is neither a plus nor a prefix. */
  country?: CountryCode;
}

/**
 * Formats partial or complete phone digits the way they are being typed: `+44 7400 123456`,
 * `00 44 7400 123456`, `138 0013 8000`, `(201) 555-0123`. Never adds, drops or reorders a digit;
 * digits no format fits come back as they are.
 */
export function formatAsYouType(digits: string, reading: AsYouTypeReading): string {
  if (reading.plus) return format(`+${digits}`, undefined);
  if (reading.idd !== undefined && digits.startsWith(reading.idd)) {
    const rest = digits.slice(reading.idd.length);
    return rest ? `${reading.idd} ${format(`+${rest}`, undefined).slice(1)}` : reading.idd;
  }
  const country = reading.country && isSupportedCountry(reading.country) ? reading.country : undefined;
  return format(digits, country);
}

// AsYouType throws on a few inputs (a `0` international prefix, as in CV, followed by too few
// digits): the digits are then shown unformatted.
function format(text: string, country: CountryCode | undefined): string {
  try {
    const formatted = new AsYouType(country).input(text);
    return formatted.replace(/\D/g, '') === text.replace(/\D/g, '') ? formatted : text;
  } catch {
    return text;
  }
}
