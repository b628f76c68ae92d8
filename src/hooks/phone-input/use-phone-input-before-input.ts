'use client';
import { useEffect, type RefObject } from 'react';

/** The selection and kind of the edit about to happen, read from the native `beforeinput`. */
export interface EditIntent {
  selection: readonly [number, number];
  inputType?: string;
}

/**
 * Records, from the native `beforeinput` event, the selection before each edit and its
 * `inputType` (`deleteContentBackward`, `insertFromPaste` …). React's `onBeforeInput` does not
 * carry `inputType`, and Android keyboards send no useful `keydown`, so this is the one reliable
 * way to tell Backspace from Delete.
 */
export function usePhoneInputBeforeInput(
  inputRef: RefObject<HTMLInputElement | null>,
  intentRef: RefObject<EditIntent>,
): void {
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return undefined;
    const record = (event: Event) => {
      const start = input.selectionStart ?? input.value.length;
      const end = input.selectionEnd ?? start;
      intentRef.current = { selection: [start, end], inputType: (event as InputEvent).inputType };
    };
    input.addEventListener('beforeinput', record);
    return () => input.removeEventListener('beforeinput', record);
  }, [inputRef, intentRef]);
}
