// The caret in a phone field is kept by counting what matters, not characters: digits (any
// script) and the plus. Formatting only adds or moves separators, so "after the 5th digit" before
// formatting is "after the 5th digit" after it.

/** Every digit or plus of a text, for `matchAll`. */
export const SIGNIFICANT_CHARS = /[\p{Nd}+\uff0b]/gu;

/** How many digits and plus signs `text` has before index `end` (UTF-16). */
export function countSignificant(text: string, end: number = text.length): number {
  return [...text.matchAll(SIGNIFICANT_CHARS)].filter((mark) => mark.index < end).length;
}

/**
 * The caret index in `text` just after its `count`-th digit or plus (0 for none, the end when
 * there are fewer). Separators that follow stay after the caret, so typing goes on in place.
 */
export function caretAfterSignificant(text: string, count: number): number {
  if (count <= 0) return 0;
  const mark = [...text.matchAll(SIGNIFICANT_CHARS)][count - 1];
  return mark ? mark.index + mark[0].length : text.length;
}
