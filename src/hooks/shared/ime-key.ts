import type { KeyboardEvent } from 'react';

/**
 * Whether a key belongs to an IME composition (Enter committing it, arrows choosing a candidate):
 * `isComposing`, or the 229 key code some browsers send instead while an IME has the keys.
 */
export function isImeKey(event: KeyboardEvent): boolean {
  return event.nativeEvent.isComposing || event.keyCode === 229;
}
