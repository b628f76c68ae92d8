import type { RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../shared/use-isomorphic-layout-effect.js';
import { hasFocus } from '../shared/has-focus.js';

/** Where the caret goes once the field shows `text`. */
export interface PendingCaret {
  text: string;
  caret: number;
}

/**
 * After every render, puts the caret where the last edit asked for it, once the input shows the
 * text that edit produced (a controlled parent may answer a render later), before the browser
 * paints, so the caret never flashes at the end.
 */
export function usePhoneInputCaret(
  inputRef: RefObject<HTMLInputElement | null>,
  pendingRef: RefObject<PendingCaret | null>,
  onPlaced: (caret: number) => void,
): void {
  useIsomorphicLayoutEffect(() => {
    const input = inputRef.current;
    const pending = pendingRef.current;
    if (!input || !pending || input.value !== pending.text) return;
    pendingRef.current = null;
    if (!hasFocus(input)) return;
    if (input.selectionStart !== pending.caret || input.selectionEnd !== pending.caret) {
      input.setSelectionRange(pending.caret, pending.caret);
    }
    onPlaced(pending.caret);
  });
}
