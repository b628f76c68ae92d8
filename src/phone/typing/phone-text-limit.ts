/**
 * The most characters the phone field holds. The longest valid way to write a number is 56: an
 * 8-digit international prefix (CX), 15 digits of E.164, a trunk `(0)`, 8 separators of up to 3
 * characters, `tel:` and a space at each end. Text that fills the field is no number anyone meant.
 */
export const PHONE_TEXT_MAX_LENGTH = 64;

/**
 * `text` cut to at most `max` UTF-16 units (64 by default), never between the two halves of a
 * surrogate pair.
 */
export function limitPhoneText(text: string, max: number = PHONE_TEXT_MAX_LENGTH): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  // A high surrogate (0xd800…0xdbff) at the cut would be half a character.
  return text.slice(0, max > 0 && code >= 0xd800 && code <= 0xdbff ? max - 1 : Math.max(max, 0));
}
