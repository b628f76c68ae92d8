import { normalizeDigits } from './normalize-digits.js';

/** Why a pasted or autofilled text gave no code. */
export type CodeRejectReason = 'empty' | 'too-short' | 'too-long' | 'ambiguous';

/** What {@link extractCode} makes of a text: the code, or why none could be picked. */
export type ExtractCodeResult = { ok: true; code: string } | { ok: false; reason: CodeRejectReason };

/**
 * Characters that may split one code into groups ("123 456", "123-456", "123·456"): spaces
 * (including NBSP and the thin spaces SMS apps insert), hyphens and dashes, dots and middle dots.
 * At most three in a row, so "123 - 456" is one code but two codes on separate sentences are not.
 */
const GROUP_SEPARATOR = /^[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\-\u2010-\u2015\u2212.\u00b7\u30fb]{1,3}$/u;

/** Maximal runs of ASCII digits with what lies between them. */
function digitRuns(text: string): Array<{ digits: string; gapBefore: string }> {
  const runs: Array<{ digits: string; gapBefore: string }> = [];
  const pattern = /\d+/g;
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    runs.push({ digits: match[0], gapBefore: text.slice(last, match.index) });
    last = match.index + match[0].length;
  }
  return runs;
}

/**
 * Picks the one-time code out of a pasted or autofilled text, without guessing. It accepts
 * "123456", "123 456", "123-456", full-width or other-script digits, and a whole SMS such as
 * "Your code is 123456. It expires in 5 minutes.". A text that holds no code of exactly `length`
 * digits, or two different ones, is refused with the reason, so the field can leave the value
 * unchanged and say why rather than fill in the wrong digits.
 *
 * Digit runs joined only by separators form a group. A group of exactly `length` digits is a
 * candidate ("123 456"); in a longer group only a run of exactly `length` digits is one ("123456 5"
 * from "code 123456 5 min"), never a slice of a longer number ("12 34 56 78" is too long).
 */
export function extractCode(text: string, length: number): ExtractCodeResult {
  const runs = digitRuns(normalizeDigits(text));
  if (runs.length === 0) return { ok: false, reason: 'empty' };

  const groups: string[][] = [];
  for (const run of runs) {
    const current = groups[groups.length - 1];
    if (current && GROUP_SEPARATOR.test(run.gapBefore)) current.push(run.digits);
    else groups.push([run.digits]);
  }

  const candidates = new Set<string>();
  let longest = 0;
  for (const group of groups) {
    const joined = group.join('');
    longest = Math.max(longest, joined.length);
    if (joined.length === length) candidates.add(joined);
    else for (const digits of group) if (digits.length === length) candidates.add(digits);
  }

  if (candidates.size === 1) return { ok: true, code: candidates.values().next().value as string };
  if (candidates.size > 1) return { ok: false, reason: 'ambiguous' };
  return { ok: false, reason: longest > length ? 'too-long' : 'too-short' };
}
