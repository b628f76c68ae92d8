import { normalizeDigits } from '../normalize-digits.js';
import { parsePhone, type ParsePhoneOptions } from '../parse-phone.js';
import { caretAfterSignificant, countSignificant, SIGNIFICANT_CHARS } from './phone-caret.js';
import { limitPhoneText, PHONE_TEXT_MAX_LENGTH } from './phone-text-limit.js';
import type { CountryCode, PhoneValue } from '../types.js';

/** One edit of a phone field, as the browser made it. */
export interface PhoneEdit {
  /** The field's text before the edit. */
  previous: string;
  /** The selection before the edit, `[start, end]`. */
  selection: readonly [number, number];
  /** The field's text after the browser applied the edit. */
  next: string;
  /** The caret after the browser applied the edit. */
  caret: number;
  /** The `inputType` of the edit's `beforeinput` event, when known (`deleteContentBackward` …). */
  inputType?: string;
}

// Edits that bring a whole text at once (paste, drop, autofill): never refused by the length
// guard, so nothing pasted is lost unseen; the value says TOO_LONG instead (only text past the
// field's bound is cut, and that too reads as TOO_LONG).
const WHOLE_TEXT_INPUT = /paste|drop|replacement|yank/i;

/**
 * Backspace or Delete that removed only separators (a space, a dash, a bracket) would change
 * nothing once the text is formatted again; the user meant the digit on the other side, so remove
 * that one instead.
 */
function deleteAcrossSeparator(edit: PhoneEdit): Pick<PhoneEdit, 'next' | 'caret'> {
  const { previous, next, caret, selection, inputType } = edit;
  const removed = previous.length - next.length;
  const [start, end] = selection;
  const unchanged = { next, caret };
  if (removed <= 0 || start !== end) return unchanged;
  if (next !== previous.slice(0, caret) + previous.slice(caret + removed)) return unchanged;
  if (countSignificant(previous.slice(caret, caret + removed)) > 0) return unchanged;
  const forward = inputType ? inputType === 'deleteContentForward' : start === caret;
  const marks = [...next.matchAll(SIGNIFICANT_CHARS)];
  const mark = forward ? marks.find((m) => m.index >= caret) : marks.findLast((m) => m.index < caret);
  if (!mark) return unchanged;
  return {
    next: next.slice(0, mark.index) + next.slice(mark.index + mark[0].length),
    caret: forward ? caret : mark.index,
  };
}

/**
 * Keeps the text of an edit within `PHONE_TEXT_MAX_LENGTH`, as `maxlength` would: what was before
 * and after the selection stays, and the inserted text is cut to the room left. An edit that is
 * not an insertion over the selection (or text already too long) is cut at the end.
 */
function limitEdit(edit: PhoneEdit, { next, caret }: Pick<PhoneEdit, 'next' | 'caret'>) {
  const text = normalizeDigits(next);
  if (text.length <= PHONE_TEXT_MAX_LENGTH) return { next, caret, cut: false };
  const { previous } = edit;
  const [start, end] = edit.selection;
  const head = previous.slice(0, start);
  const tail = previous.slice(end);
  if (
    start <= end &&
    end <= previous.length &&
    next.length >= head.length + tail.length &&
    next.startsWith(head) &&
    next.endsWith(tail)
  ) {
    const before = normalizeDigits(head);
    const after = normalizeDigits(tail);
    const room = PHONE_TEXT_MAX_LENGTH - before.length - after.length;
    if (room >= 0) {
      const inserted = normalizeDigits(next.slice(head.length, next.length - tail.length));
      const fits = limitPhoneText(inserted, room);
      return { next: before + fits + after, caret: before.length + fits.length, cut: true };
    }
  }
  const cut = limitPhoneText(text);
  return { next: cut, caret: Math.min(normalizeDigits(next.slice(0, caret)).length, cut.length), cut: true };
}

/**
 * Applies one edit to a phone field: parses the new text, formats it as you type, and puts the
 * caret after the same digit it followed. Deleting a separator deletes the digit beside it; a
 * typed digit that would make the number longer than any of the country's numbers is refused
 * (`rejected`: the text stays `previous`; a paste is kept whole, and reported TOO_LONG, so nothing
 * pasted is lost unseen). Text past `PHONE_TEXT_MAX_LENGTH` characters is cut (`cut`), and the value
 * is then TOO_LONG too.
 */
export function applyPhoneEdit(edit: PhoneEdit, country: CountryCode, options: ParsePhoneOptions = {}) {
  const { next, caret, cut } = limitEdit(edit, deleteAcrossSeparator(edit));
  const value = parsePhone(next, country, options);
  const refuse = (kept: PhoneValue) => {
    return { text: edit.previous, caret: edit.selection[0], value: kept, rejected: true, cut };
  };
  // The field is full: nothing of the edit fits.
  if (cut && next === edit.previous) return refuse(value);

  const added = countSignificant(next) - countSignificant(edit.previous);
  if (added === 1 && value.reason === 'TOO_LONG' && !WHOLE_TEXT_INPUT.test(edit.inputType ?? '')) {
    const before = parsePhone(edit.previous, country, options);
    if (before.reason !== 'TOO_LONG') return refuse(before);
  }

  const text = value.formatted;
  if (text === normalizeDigits(next)) {
    // Not reformatted (not a number, or far too long): the caret stays where it was.
    return { text, caret: normalizeDigits(next.slice(0, caret)).length, value, rejected: false, cut };
  }
  let count = countSignificant(next, caret);
  // An international prefix shown as `+` (see parsePhone) removes digits in front of the caret.
  const lost = countSignificant(next) - countSignificant(text);
  if (lost > 0) count = Math.max(count > 0 ? 1 : 0, count - lost);
  return { text, caret: caretAfterSignificant(text, count), value, rejected: false, cut };
}
