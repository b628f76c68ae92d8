import { useEffect, useRef, type RefObject } from 'react';

/**
 * True while the component is mounted. An answer that arrives after unmount still has effects
 * that outlive the form (the cooldown, the profile cache) but must not call the host's UI
 * callbacks: there is no UI left for them to update.
 */
export function useMountedRef(): RefObject<boolean> {
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return mounted;
}
