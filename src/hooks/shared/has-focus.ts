/**
 * Whether `element` has the focus, inside a shadow root too. In the custom element the document's
 * `activeElement` is the host element, never the input inside it, so the shadow root is asked.
 */
export function hasFocus(element: Element): boolean {
  const root = element.getRootNode() as Partial<DocumentOrShadowRoot>;
  return root.activeElement === element;
}
