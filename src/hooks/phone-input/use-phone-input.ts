'use client';
import {
  useCallback,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type ClipboardEvent,
  type CompositionEvent,
  type KeyboardEvent,
  type Ref,
  type RefCallback,
  type SyntheticEvent,
} from 'react';
import { applyPhoneEdit } from '../../phone/apply-phone-edit.js';
import { getCountryCallingCode, isSupportedCountry } from '../../phone/metadata.js';
import { parsePhone } from '../../phone/parse-phone.js';
import { limitPhoneText } from '../../phone/phone-text-limit.js';
import { scanPhoneText } from '../../phone/scan-phone-text.js';
import { isImeKey } from '../shared/ime-key.js';
import type { CountryCode, PhoneValue } from '../../phone/types.js';
import { usePhoneInputBeforeInput, type EditIntent } from './use-phone-input-before-input.js';
import { usePhoneInputCaret, type PendingCaret } from './use-phone-input-caret.js';
import { usePhoneInputCountrySync } from './use-phone-input-country-sync.js';

export interface UsePhoneInputOptions {
  /**
   * The field's text when controlled: a string, or the last `PhoneValue` from `onChange`
   * (react-hook-form's `field.value`), whose `formatted` text is shown. `null` is empty.
   * @default undefined (uncontrolled)
   */
  value?: string | PhoneValue | null;
  /**
   * The starting text when uncontrolled; formatted, and an international number in it picks the
   * starting country.
   * @default ''
   */
  defaultValue?: string;
  /**
   * The chosen country when controlled (keep it in sync through `onCountryChange`).
   * @default undefined (the country of a `PhoneValue` value, else uncontrolled)
   */
  country?: CountryCode;
  /**
   * The starting country when uncontrolled.
   * @default 'CN'
   */
  defaultCountry?: CountryCode;
  /**
   * Accept mobile numbers only.
   * @default true
   */
  mobileOnly?: boolean;
  /**
   * Called with the parsed value after every edit the field accepts.
   * @default undefined
   */
  onChange?: (value: PhoneValue) => void;
  /**
   * Called when the number itself picks another country (a pasted or autofilled `+44 …`).
   * @default undefined
   */
  onCountryChange?: (country: CountryCode) => void;
  /**
   * A ref to the input, merged with the field's own.
   * @default undefined
   */
  ref?: Ref<HTMLInputElement>;
}

export interface PhoneInputState {
  /** What the input shows. */
  text: string;
  /** The country in force. */
  country: CountryCode;
  /** The parsed value of `text`. */
  value: PhoneValue;
  /** The country the last edit switched to, for a polite announcement; undefined otherwise. */
  switchedTo: CountryCode | undefined;
  /**
   * The last edit was cut at the most characters the field holds (`PHONE_TEXT_MAX_LENGTH`), so
   * the number is too long; for a polite announcement.
   */
  cut: boolean;
  /** True while an IME composes (nothing is formatted meanwhile). */
  composing: boolean;
  /** Ref callback for the input. */
  ref: RefCallback<HTMLInputElement>;
  /** Props for the input. */
  inputProps: {
    value: string;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
    onSelect: (event: SyntheticEvent<HTMLInputElement>) => void;
    onPaste: (event: ClipboardEvent<HTMLInputElement>) => void;
    onCompositionStart: (event: CompositionEvent<HTMLInputElement>) => void;
    onCompositionEnd: (event: CompositionEvent<HTMLInputElement>) => void;
  };
}

function textOf(value: string | PhoneValue | null | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return '';
  if (typeof value === 'string') return value;
  return typeof value.formatted === 'string' ? value.formatted : '';
}

function assignRef<T>(ref: Ref<T> | undefined, element: T | null): void {
  if (typeof ref === 'function') ref(element);
  else if (ref) (ref as { current: T | null }).current = element;
}

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
export function usePhoneInput(options: UsePhoneInputOptions): PhoneInputState {
  const {
    value,
    defaultValue = '',
    country: countryProp,
    mobileOnly = true,
    onChange,
    onCountryChange,
    ref,
  } = options;
  const parseOptions = useMemo(() => ({ mobileOnly }), [mobileOnly]);

  const [initial] = useState(() => {
    const fallback =
      options.defaultCountry && isSupportedCountry(options.defaultCountry) ? options.defaultCountry : 'CN';
    return parsePhone(limitPhoneText(defaultValue), fallback, { mobileOnly });
  });
  const [innerCountry, setInnerCountry] = useState<CountryCode>(initial.country);
  const [innerText, setInnerText] = useState(initial.formatted);
  const [composingText, setComposingText] = useState<string | null>(null);
  const [switchedTo, setSwitchedTo] = useState<CountryCode | undefined>(undefined);
  const [cut, setCut] = useState(false);
  const [, setRenders] = useState(0);

  const valueCountry = value && typeof value === 'object' ? value.country : undefined;
  const country = countryProp ?? valueCountry ?? innerCountry;
  const controlledText = textOf(value);
  const sourceText = controlledText ?? innerText;
  const phone = useMemo(
    () => parsePhone(sourceText, country, parseOptions),
    [sourceText, country, parseOptions],
  );
  // A controlled text longer than the field holds (it reads as TOO_LONG) is shown cut too.
  const text = composingText ?? limitPhoneText(phone.formatted);

  const inputRef = useRef<HTMLInputElement | null>(null);
  const pendingRef = useRef<PendingCaret | null>(null);
  const intentRef = useRef<EditIntent>({ selection: [0, 0] });
  const ownSwitchRef = useRef<CountryCode | null>(null);
  const composingRef = useRef<{ previous: string; intent: EditIntent } | null>(null);

  usePhoneInputBeforeInput(inputRef, intentRef);
  const onCaretPlaced = useCallback((caret: number) => {
    intentRef.current = { selection: [caret, caret] };
  }, []);
  usePhoneInputCaret(inputRef, pendingRef, onCaretPlaced);

  /** Shows `result` and tells the parent, switching the country when the number picked one. */
  const publish = useCallback(
    (next: PhoneValue, shown: string) => {
      if (controlledText === undefined) setInnerText(shown);
      setRenders((n) => n + 1);
      if (next.country !== country) {
        ownSwitchRef.current = next.country;
        if (countryProp === undefined && valueCountry === undefined) setInnerCountry(next.country);
        setSwitchedTo(next.country);
        onCountryChange?.(next.country);
      } else {
        setSwitchedTo(undefined);
      }
      onChange?.(next);
    },
    [controlledText, country, countryProp, valueCountry, onChange, onCountryChange],
  );

  const commit = useCallback(
    (next: string, caret: number, intent: EditIntent, previous: string) => {
      ownSwitchRef.current = null;
      const result = applyPhoneEdit(
        { previous, selection: intent.selection, next, caret, inputType: intent.inputType },
        country,
        parseOptions,
      );
      pendingRef.current = { text: result.text, caret: result.caret };
      intentRef.current = { selection: [result.caret, result.caret] };
      setCut(result.cut);
      if (result.rejected) {
        setRenders((n) => n + 1);
        return;
      }
      publish(result.value, result.text);
    },
    [country, parseOptions, publish],
  );

  const handleChange = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => {
      const input = event.currentTarget;
      if (composingRef.current) {
        setComposingText(input.value);
        return;
      }
      const intent = intentRef.current;
      commit(input.value, input.selectionStart ?? input.value.length, intent, text);
    },
    [commit, text],
  );

  const handleKeyDown = useCallback((event: KeyboardEvent<HTMLInputElement>) => {
    const composing = composingRef.current !== null || isImeKey(event);
    if (composing) {
      // Enter commits the IME's text; it must not submit the form as well.
      if (event.key === 'Enter') event.preventDefault();
      return;
    }
    const inputType =
      event.key === 'Backspace'
        ? 'deleteContentBackward'
        : event.key === 'Delete'
          ? 'deleteContentForward'
          : undefined;
    intentRef.current = { selection: selectionOf(event.currentTarget), inputType };
  }, []);

  const handleSelect = useCallback((event: SyntheticEvent<HTMLInputElement>) => {
    if (composingRef.current) return;
    intentRef.current = { selection: selectionOf(event.currentTarget) };
  }, []);

  const handlePaste = useCallback(
    (event: ClipboardEvent<HTMLInputElement>) => {
      const pasted = event.clipboardData?.getData('text/plain') || event.clipboardData?.getData('text') || '';
      if (!pasted || composingRef.current) return;
      const [start, end] = selectionOf(event.currentTarget);
      const replacesAll = start === 0 && end === event.currentTarget.value.length;
      // A whole number (international, or valid on its own) replaces what is there instead of
      // landing in the middle of it.
      if (replacesAll || scanPhoneText(pasted).plus || parsePhone(pasted, country, parseOptions).isValid) {
        event.preventDefault();
        commit(pasted, pasted.length, { selection: [0, text.length], inputType: 'insertFromPaste' }, text);
      }
    },
    [commit, country, parseOptions, text],
  );

  const handleCompositionStart = useCallback(
    (event: CompositionEvent<HTMLInputElement>) => {
      const input = event.currentTarget;
      composingRef.current = { previous: text, intent: { selection: selectionOf(input) } };
      setComposingText(input.value);
    },
    [text],
  );

  const handleCompositionEnd = useCallback(
    (event: CompositionEvent<HTMLInputElement>) => {
      const input = event.currentTarget;
      const started = composingRef.current;
      composingRef.current = null;
      setComposingText(null);
      if (!started) return;
      const intent: EditIntent = { selection: started.intent.selection, inputType: 'insertCompositionText' };
      commit(input.value, input.selectionStart ?? input.value.length, intent, started.previous);
    },
    [commit],
  );

  // Another country picked: an international number gets the new calling code in place of its
  // own (the picker is the calling-code chooser); a national number is simply read anew.
  const onCountryPicked = useCallback(
    (picked: CountryCode, previous: CountryCode) => {
      if (!sourceText || composingRef.current) return;
      const before = parsePhone(sourceText, previous, parseOptions);
      let next = phone;
      const pickedCode = isSupportedCountry(picked) ? `+${getCountryCallingCode(picked)}` : '';
      if (pickedCode && phone.callingCode !== pickedCode && phone.country !== picked) {
        next = parsePhone(`${pickedCode}${before.nationalNumber}`, picked, parseOptions);
      }
      if (controlledText === undefined) setInnerText(limitPhoneText(next.formatted));
      setSwitchedTo(undefined);
      setCut(false);
      onChange?.(next);
    },
    [controlledText, onChange, parseOptions, phone, sourceText],
  );
  usePhoneInputCountrySync(country, ownSwitchRef, onCountryPicked);

  const mergedRef = useCallback(
    (element: HTMLInputElement | null) => {
      inputRef.current = element;
      assignRef(ref, element);
    },
    [ref],
  );

  return {
    text,
    country,
    value: phone,
    switchedTo,
    cut,
    composing: composingText !== null,
    ref: mergedRef,
    inputProps: {
      value: text,
      onChange: handleChange,
      onKeyDown: handleKeyDown,
      onSelect: handleSelect,
      onPaste: handlePaste,
      onCompositionStart: handleCompositionStart,
      onCompositionEnd: handleCompositionEnd,
    },
  };
}
