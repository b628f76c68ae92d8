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
 * Whether an IME composition owns the key (Enter committing it, arrows choosing a candidate):
 * `composing` as the field tracks it, `isComposing`, or the 229 key code some browsers send instead.
 * Such an Enter commits the IME's text, so it is kept from submitting the form as well.
 */
export function imeOwnsKey(event: KeyboardEvent, composing = false): boolean {
  const owned = composing || event.nativeEvent.isComposing || event.keyCode === 229;
  if (owned && event.key === 'Enter') event.preventDefault();
  return owned;
}
