// The caret in a phone field is kept by counting what matters, not characters: digits (any
// script) and the plus. Formatting only adds or moves separators, so "after the 5th digit" before
// formatting is "after the 5th digit" after it.

const SIGNIFICANT = /[\p{Nd}+\uff0b]/u;
/** Every digit or plus of a text, for `matchAll`. */
export const SIGNIFICANT_CHARS = /[\p{Nd}+\uff0b]/gu;

/** Whether a text holds a digit of any script or a plus. */
export function isSignificant(char: string): boolean {
  return SIGNIFICANT.test(char);
}

/** How many digits and plus signs `text` has before index `end` (UTF-16). */
export function countSignificant(text: string, end: number = text.length): number {
  let count = 0;
  let index = 0;
  for (const char of text) {
    if (index >= end) break;
    if (SIGNIFICANT.test(char)) count += 1;
    index += char.length;
  }
  return count;
}

/**
 * The caret index in `text` just after its `count`-th digit or plus (0 for none, the end when
 * there are fewer). Separators that follow stay after the caret, so typing goes on in place.
 */
export function caretAfterSignificant(text: string, count: number): number {
  if (count <= 0) return 0;
  let seen = 0;
  let index = 0;
  for (const char of text) {
    index += char.length;
    if (SIGNIFICANT.test(char)) {
      seen += 1;
      if (seen === count) return index;
    }
  }
  return text.length;
}
