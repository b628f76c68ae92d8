/**
 * The most characters the phone field holds. The longest way a valid number is written, read from
 * libphonenumber-js metadata (extensions are not accepted): an international prefix of up to 8
 * digits (CX dials abroad with `1411 0011`; most plans use `00` or `011`) in place of the `+`, at
 * most 15 digits of E.164, and a trunk `0` kept by mistake or written `(0)`: 24 digits and 2
 * brackets; in at most 9 groups (prefix 2, calling code 1, `(0)` 1, national number 5, as in
 * `01 95 12 34 56`), so 8 separators of up to 3 characters each (` - `, or a space and a bidi
 * mark): 24; then `tel:` and a space or line break at each end: 6. That is 56 characters; 64
 * leaves room to spare, and a text that fills the field is not a number anyone meant.
 */
export const PHONE_TEXT_MAX_LENGTH = 64;

/**
 * `text` cut to at most `max` UTF-16 units (64 by default), never between the two halves of a
 * surrogate pair.
 */
export function limitPhoneText(text: string, max: number = PHONE_TEXT_MAX_LENGTH): string {
  if (text.length <= max) return text;
  const end = max > 0 && isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : Math.max(max, 0);
  return text.slice(0, end);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
