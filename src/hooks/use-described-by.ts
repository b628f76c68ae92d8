import { useEffect, useState } from 'react';

/**
 * Points `aria-describedby` of an element the form does not render itself (a part that takes no
 * such prop) at `id`, or removes it when `id` is undefined. Returns the callback ref to put on
 * that element. React does not manage the attribute there, so setting it cannot conflict with a
 * render.
 */
export function useDescribedBy(id: string | undefined): (element: HTMLElement | null) => void {
  const [element, setElement] = useState<HTMLElement | null>(null);

  useEffect(() => {
    if (!element) return;
    if (id) element.setAttribute('aria-describedby', id);
    else element.removeAttribute('aria-describedby');
  }, [element, id]);

  return setElement;
}
