import { useEffect, type RefObject } from 'react';

/**
 * Points `aria-describedby` of an element the form does not render itself (a part that takes no
 * such prop) at `id`, or removes it when `id` is undefined. React does not manage that attribute
 * on the element, so setting it here cannot conflict with a render.
 */
export function useDescribedBy(ref: RefObject<HTMLElement | null>, id: string | undefined): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (id) element.setAttribute('aria-describedby', id);
    else element.removeAttribute('aria-describedby');
  }, [ref, id]);
}
