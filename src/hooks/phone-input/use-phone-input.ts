'use client';
import { useEffect, useRef, useState, type ChangeEvent, type Ref } from 'react';
import { applyPhoneEdit, type PhoneEdit } from '../../phone/typing/apply-phone-edit.js';
import { getCountryCallingCode, isSupportedCountry } from '../../phone/metadata.js';
import { parsePhone } from '../../phone/parse-phone.js';
import { limitPhoneText } from '../../phone/typing/phone-text-limit.js';
import { scanPhoneText } from '../../phone/typing/scan-phone-text.js';
import type { CountryCode, PhoneValue } from '../../phone/types.js';
import { useMergedRef, type ElementProps } from '../shared/compose.js';
import { hasFocus, imeOwnsKey } from '../shared/focus-and-keys.js';
import { useIsomorphicLayoutEffect } from '../shared/use-isomorphic-layout-effect.js';

export interface UsePhoneInputOptions {
  /**
   * The field's text when controlled: a string (store `value.formatted` from `onChange`), or the
   * `PhoneValue` itself (react-hook-form's `field.value` when `field.onChange` is passed as is).
   * `null` is an empty field.
   */
  value?: string | PhoneValue | null;
  /**
   * The starting text when uncontrolled. It is formatted, and an international number in it
   * picks the starting country.
   * @default ''
   */
  defaultValue?: string;
  /**
   * The chosen country when controlled, usually shared with a `<CountrySelect>` beside the field.
   * Update it from `onCountryChange`. Picking another country replaces the calling code of an
   * international number in the field.
   */
  country?: CountryCode;
  /**
   * The starting country when the country is uncontrolled.
   * @default 'CN'
   */
  defaultCountry?: CountryCode;
  /**
   * Called with the parsed number after every edit the field accepts; pass react-hook-form's
   * `field.onChange` as is.
   */
  onChange?: (value: PhoneValue) => void;
  /**
   * Called when the number picks its own country: a pasted or autofilled `+44 …`, `0044 …`, or a
   * number of another country sharing the calling code (+1, +44, +7 …).
   */
  onCountryChange?: (country: CountryCode) => void;
  /**
   * Accept mobile numbers only (SMS needs one); landlines are reported `NOT_MOBILE`. Countries
   * whose fixed and mobile numbers look alike (US, CA) accept every valid number.
   * @default true
   */
  mobileOnly?: boolean;
  /** A ref to the input, merged with the field's own. */
  ref?: Ref<HTMLInputElement>;
}

/** What `usePhoneInput` returns: the field's state, and the props of its root and its input. */
export type PhoneInputState = ReturnType<typeof usePhoneInput>;

/** The text and caret the browser left after an edit. */
const afterEdit = (input: HTMLInputElement) => ({ next: input.value, caret: selectionOf(input)[0] });

/** The `inputType` of Backspace and Delete, for browsers whose `beforeinput` did not say it. */
const DELETE_TYPES: Partial<Record<string, string>> = {
  Backspace: 'deleteContentBackward',
  Delete: 'deleteContentForward',
};

function selectionOf(input: HTMLInputElement): readonly [number, number] {
  const start = input.selectionStart ?? input.value.length;
  return [start, input.selectionEnd ?? start];
}

/**
 * Everything `<PhoneInput>` does, without markup: formats as you type and keeps the caret on its
 * digit, deletes the digit beside a deleted separator, refuses a typed digit past the country's
 * longest number, lets an IME compose undisturbed, takes a pasted or autofilled international
 * number whole and switches the country, and replaces the calling code of an international
 * number when another country is picked. It holds at most `PHONE_TEXT_MAX_LENGTH` (64)
 * characters: a longer paste is cut there, as `maxlength` would, and reads as `TOO_LONG`.
 */
export function usePhoneInput(options: UsePhoneInputOptions) {
  const { value, country: countryProp, mobileOnly = true, onChange, onCountryChange } = options;

  const [initial] = useState(() => {
    const fallback =
      options.defaultCountry && isSupportedCountry(options.defaultCountry) ? options.defaultCountry : 'CN';
    return parsePhone(limitPhoneText(options.defaultValue ?? ''), fallback, { mobileOnly });
  });
  const [innerCountry, setInnerCountry] = useState<CountryCode>(initial.country);
  const [innerText, setInnerText] = useState(initial.formatted);
  const [composingText, setComposingText] = useState<string | null>(null);
  // What the last edit did, for the status region: switched the country, or was cut.
  const [notice, setNotice] = useState<{ switchedTo?: CountryCode; cut: boolean }>({ cut: false });

  const valueCountry = typeof value === 'object' ? value?.country : undefined;
  const country = countryProp ?? valueCountry ?? innerCountry;
  // A PhoneValue shows its own text; null is an empty field.
  const controlledText = value === null ? '' : typeof value === 'object' ? (value.formatted ?? '') : value;
  const sourceText = controlledText ?? innerText;
  // parsePhone answers a repeat from its recent results: the same object while the text stays.
  const phone = parsePhone(sourceText, country, { mobileOnly });
  // A controlled text longer than the field holds (it reads as TOO_LONG) is shown cut too.
  const text = composingText ?? limitPhoneText(phone.formatted);

  const inputRef = useRef<HTMLInputElement | null>(null);
  const pendingCaret = useRef<{ text: string; caret: number } | null>(null);
  // The selection and kind of the edit about to happen.
  const intentRef = useRef<Pick<PhoneEdit, 'selection' | 'inputType'>>({ selection: [0, 0] });
  /** The country the field switched to itself, so the country sync below leaves the text alone. */
  const ownSwitch = useRef<CountryCode | null>(null);
  const composingRef = useRef<{ previous: string; selection: readonly [number, number] } | null>(null);
  const previousCountry = useRef(country);

  // React's onBeforeInput carries no `inputType`, and Android keyboards send no useful keydown:
  // the native event is the one reliable way to tell Backspace from Delete.
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return undefined;
    const record = (event: Event) => {
      intentRef.current = { selection: selectionOf(input), inputType: (event as InputEvent).inputType };
    };
    input.addEventListener('beforeinput', record);
    return () => input.removeEventListener('beforeinput', record);
  }, []);

  // Puts the caret where the last edit asked once the input shows its text (a controlled parent
  // may answer a render later), before the paint, so it never flashes at the end.
  useIsomorphicLayoutEffect(() => {
    const input = inputRef.current;
    const pending = pendingCaret.current;
    if (!input || !pending || input.value !== pending.text) return;
    pendingCaret.current = null;
    if (!hasFocus(input)) return;
    if (input.selectionStart !== pending.caret || input.selectionEnd !== pending.caret) {
      input.setSelectionRange(pending.caret, pending.caret);
    }
    intentRef.current = { selection: [pending.caret, pending.caret] };
  });

  // Another country picked outside (not the field's own switch): an international number gets
  // the new calling code in place of its own; a national number is simply read anew.
  useEffect(() => {
    const previous = previousCountry.current;
    if (previous === country) return;
    previousCountry.current = country;
    if (ownSwitch.current === country) {
      ownSwitch.current = null;
      return;
    }
    if (!sourceText || composingRef.current) return;
    let next = phone;
    const pickedCode = isSupportedCountry(country) ? `+${getCountryCallingCode(country)}` : '';
    if (pickedCode && phone.callingCode !== pickedCode && phone.country !== country) {
      const before = parsePhone(sourceText, previous, { mobileOnly });
      next = parsePhone(`${pickedCode}${before.nationalNumber}`, country, { mobileOnly });
    }
    if (controlledText === undefined) setInnerText(limitPhoneText(next.formatted));
    // The same object when nothing is announced, so an outside country change renders once.
    setNotice((notice) => (notice.cut || notice.switchedTo ? { cut: false } : notice));
    onChange?.(next);
  }, [country, controlledText, mobileOnly, onChange, phone, sourceText]);

  const commit = (edit: PhoneEdit) => {
    ownSwitch.current = null;
    const result = applyPhoneEdit(edit, country, { mobileOnly });
    pendingCaret.current = { text: result.text, caret: result.caret };
    intentRef.current = { selection: [result.caret, result.caret] };
    const switched = result.value.country !== country ? result.value.country : undefined;
    // A new object even for a refused edit: the re-render puts the text back in the input.
    setNotice((last) => ({ switchedTo: result.rejected ? last.switchedTo : switched, cut: result.cut }));
    if (result.rejected) return;
    if (controlledText === undefined) setInnerText(result.text);
    if (switched) {
      ownSwitch.current = switched;
      if (countryProp === undefined && valueCountry === undefined) setInnerCountry(switched);
      onCountryChange?.(switched);
    }
    onChange?.(result.value);
  };

  return {
    /** What the input shows. */
    text,
    /** The country in force. */
    country,
    /** The parsed value of `text`. */
    value: phone,
    /** The country the last edit switched to, for a polite announcement. */
    switchedTo: notice.switchedTo,
    /** The last edit was cut at `PHONE_TEXT_MAX_LENGTH` characters, for a polite announcement. */
    cut: notice.cut,
    /** True while an IME composes (nothing is formatted meanwhile). */
    composing: composingText !== null,
    rootProps: {
      'data-state': text === '' ? 'empty' : phone.isValid ? 'valid' : 'not-valid',
    } satisfies ElementProps<'div'>,
    inputProps: {
      ref: useMergedRef(inputRef, options.ref),
      type: 'tel',
      value: text,
      'data-country': country,
      'data-state': composingText !== null ? 'composing' : undefined,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        const input = event.currentTarget;
        if (composingRef.current) setComposingText(input.value);
        else commit({ ...intentRef.current, previous: text, ...afterEdit(input) });
      },
      onKeyDown: (event) => {
        if (imeOwnsKey(event, composingRef.current !== null)) return;
        const inputType = DELETE_TYPES[event.key];
        intentRef.current = { selection: selectionOf(event.currentTarget), inputType };
      },
      onSelect: (event) => {
        if (!composingRef.current) intentRef.current = { selection: selectionOf(event.currentTarget) };
      },
      onPaste: (event) => {
        const data = event.clipboardData;
        const pasted = data?.getData('text/plain') || data?.getData('text') || '';
        if (!pasted || composingRef.current) return;
        const [start, end] = selectionOf(event.currentTarget);
        // A whole number (international, or valid on its own) replaces what is there instead of
        // landing in the middle of it; so does any paste over all of the text.
        const whole = scanPhoneText(pasted).plus || parsePhone(pasted, country, { mobileOnly }).isValid;
        if (!whole && (start !== 0 || end !== event.currentTarget.value.length)) return;
        event.preventDefault();
        const edit = { selection: [0, text.length], inputType: 'insertFromPaste' } as const;
        commit({ ...edit, previous: text, next: pasted, caret: pasted.length });
      },
      onCompositionStart: (event) => {
        composingRef.current = { previous: text, selection: selectionOf(event.currentTarget) };
        setComposingText(event.currentTarget.value);
      },
      onCompositionEnd: (event) => {
        const started = composingRef.current;
        composingRef.current = null;
        setComposingText(null);
        if (started)
          commit({ ...started, inputType: 'insertCompositionText', ...afterEdit(event.currentTarget) });
      },
    } satisfies ElementProps<'input'>,
  };
}
