import { normalizeDigits } from '../normalize-digits.js';

// Spaces of every kind (NBSP, narrow NBSP, ideographic …), dashes (\p{Pd}: - ‐ ‑ ‒ – — ― ﹣ －),
// the minus sign, dots, slashes, brackets and tildes people put between digit groups, and
// invisible format characters (\p{Cf}: bidi marks and isolates, zero-width spaces, soft hyphen).
const SEPARATORS =
  /[\s\p{Pd}\p{Cf}\u2212.\u00b7\u30fb\uff0e/\uff0f()\uff08\uff09[\]\uff3b\uff3d~\u2053\u223c\uff5e]/gu;
const TEL_URI = /^\s*tel:/i;

/**
 * Reads the text of a phone field: collects digits (of any script), notes a plus, skips separators
 * and a `tel:` prefix, and flags anything else (a plus after a digit or a second plus too). Linear
 * in the length of the text.
 */
export function scanPhoneText(text: string) {
  // The text with every decimal digit in ASCII, otherwise as typed.
  const normalized = normalizeDigits(text);
  const bare = normalized.replace(TEL_URI, '').replace(SEPARATORS, '');
  return {
    normalized,
    /** Every digit, in ASCII, in order. */
    digits: bare.replace(/\D/g, ''),
    /** A `+` (or full-width `＋`) came before the first digit. */
    plus: /[+\uff0b]/.test(bare),
    /** Something other than digits, one leading plus, `tel:` and separators was found. */
    notANumber: !/^[+\uff0b]?\d*$/.test(bare),
  };
}
