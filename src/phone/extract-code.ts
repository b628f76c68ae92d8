import { normalizeDigits } from './normalize-digits.js';

/** Why a pasted or autofilled text gave no code. */
export type CodeRejectReason = 'empty' | 'too-short' | 'too-long' | 'ambiguous';

/** What {@link extractCode} makes of a text: the code, or why none could be picked. */
export type ExtractCodeResult = { ok: true; code: string } | { ok: false; reason: CodeRejectReason };

// Runs of digits joined by at most three characters that may split one code into groups ("123 456",
// "123-456", "123·456"): spaces (NBSP and the thin spaces SMS apps insert), dashes, dots and middle
// dots. So "123 - 456" is one code, but two codes in separate sentences are not.
const GROUP = /\d+(?:[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\-\u2010-\u2015\u2212.\u00b7\u30fb]{1,3}\d+)*/gu;

/**
 * Picks the one-time code out of a pasted or autofilled text, without guessing: "123456", "123 456",
 * other-script digits, or a whole SMS ("Your code is 123456. It expires in 5 minutes."). A group of
 * exactly `length` digits is a candidate; in a longer group only a run of exactly `length` digits is
 * ("123456 5" from "code 123456 5 min"), never a slice of a longer number. No candidate, or two
 * different ones, is refused with the reason, so the field can say why instead of filling in wrong digits.
 */
export function extractCode(text: string, length: number): ExtractCodeResult {
  const groups = normalizeDigits(text).match(GROUP);
  if (!groups) return { ok: false, reason: 'empty' };
  const candidates = new Set<string>();
  let longest = 0;
  for (const group of groups) {
    const runs = group.match(/\d+/g) as string[];
    const joined = runs.join('');
    longest = Math.max(longest, joined.length);
    if (joined.length === length) candidates.add(joined);
    else for (const run of runs) if (run.length === length) candidates.add(run);
  }
  const [code] = candidates;
  if (candidates.size === 1 && code !== undefined) return { ok: true, code };
  if (candidates.size > 1) return { ok: false, reason: 'ambiguous' };
  return { ok: false, reason: longest > length ? 'too-long' : 'too-short' };
}
