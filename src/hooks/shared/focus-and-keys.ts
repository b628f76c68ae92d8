import type { KeyboardEvent } from 'react';

/**
 * Whether `element` has the focus, inside a shadow root too. In the custom element the document's
 * `activeElement` is the host element, never the input inside it, so the shadow root is asked.
 */
export function hasFocus(element: Element): boolean {
  const root = element.getRootNode() as Partial<DocumentOrShadowRoot>;
  return root.activeElement === element;
}

/**
 * Whether a key belongs to an IME composition (Enter committing it, arrows choosing a candidate):
 * `isComposing`, or the 229 key code some browsers send instead while an IME has the keys.
 */
export function isImeKey(event: KeyboardEvent): boolean {
  return event.nativeEvent.isComposing || event.keyCode === 229;
}
