import { useCallback, type ComponentPropsWithRef, type Ref, type SyntheticEvent } from 'react';

type Handler<E> = (event: E) => void;

/** Your handler, then the kit's unless yours called `preventDefault()`. */
export function composeHandlers<E extends SyntheticEvent>(
  theirs: Handler<E> | undefined,
  ours: Handler<E>,
): Handler<E> {
  if (!theirs) return ours;
  return (event) => {
    theirs(event);
    if (!event.defaultPrevented) ours(event);
  };
}

/** Sets a ref, whichever kind it is. */
export function assignRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) (ref as { current: T | null }).current = value;
}

/** One callback ref that sets both refs, stable while they are (a new one would detach and reattach). */
export function useMergedRef<T>(a: Ref<T> | undefined, b: Ref<T> | undefined): (value: T | null) => void {
  return useCallback((value: T | null) => [a, b].forEach((ref) => assignRef(ref, value)), [a, b]);
}

/**
 * The props of a part: the user's, with the kit's on top, except that each event handler both
 * give is composed (the user's first). Refs are not merged here: pass one `useMergedRef`.
 */
export function mergeProps<T extends object, O extends object>(theirs: T, ours: O): T & O {
  const merged = { ...theirs, ...ours } as Record<string, unknown>;
  for (const [key, own] of Object.entries(ours)) {
    const their: unknown = (theirs as Record<string, unknown>)[key];
    if (/^on[A-Z]/.test(key) && typeof own === 'function' && typeof their === 'function')
      merged[key] = composeHandlers(their as Handler<SyntheticEvent>, own as Handler<SyntheticEvent>);
  }
  return merged as T & O;
}

/**
 * What a hook's props for a `tag` element must fit (`satisfies`): its attributes, ref and
 * `data-*`. The handlers then take their event types from the element.
 */
export type ElementProps<Tag extends 'div' | 'input' | 'button'> = ComponentPropsWithRef<Tag> & {
  [data: `data-${string}`]: string | undefined;
};
