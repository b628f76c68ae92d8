// Answers "could these digits still become a number this pattern matches?", so a half-typed number
// is TOO_SHORT and not INVALID. RegExp cannot match a prefix, so the pattern is rewritten: every atom
// that takes one digit (`5`, `\d`, `[2-9]`) may instead meet the end of the text, `(?:5|$)`. The end
// is met only once every typed digit is used, and every class of the metadata matches some digit,
// so a text matches the rewrite exactly when digits appended to it could match the pattern.

// One token at a time: an escape, a class, a quantifier's braces, a group opening, a metacharacter,
// or one plain character.
const TOKEN = /\\.|\[(?:\\.|[^\]\\])+\]|\{[\d,]*\}|\(\?:?|[()|?*+^$]|./g;
const ATOM = /^(?:\\.|\[.+\]|[^(){}|?*+])$/s;
// Lookarounds, named groups, anchors, backreferences and non-digit classes: not in the metadata.
const UNSUPPORTED = /^(?:\(\?|\^|\$|\\[1-9DSWsbBw])$/;

const rewrites = new Map<string, RegExp | null>();

function prefixRegExp(pattern: string): RegExp | null {
  let rewritten = '';
  for (const [token] of pattern.matchAll(TOKEN)) {
    if (UNSUPPORTED.test(token)) return null;
    rewritten += ATOM.test(token) ? `(?:${token}|$)` : token;
  }
  try {
    return new RegExp(`^(?:${rewritten})$`);
  } catch {
    return null;
  }
}

/**
 * True when `digits` (ASCII) is the start of, or all of, some string `pattern` matches in full.
 * Unknown syntax answers true, so an unexpected pattern never marks a number invalid early.
 * More than 30 digits answer false (no number is that long).
 */
export function canBeginPattern(pattern: string, digits: string): boolean {
  if (!rewrites.has(pattern)) rewrites.set(pattern, prefixRegExp(pattern));
  const regexp = rewrites.get(pattern);
  return !regexp || (digits.length <= 30 && regexp.test(digits));
}
