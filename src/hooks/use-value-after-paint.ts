import { useEffect, useState } from 'react';

/**
 * `value`, but catching up only after the browser has painted the render that changed it. A key
 * in a search field is echoed in the very next frame, and the costly part it drives (re-ranking
 * and re-mounting a list) runs in a task of its own right after, instead of holding that frame
 * back. Several changes before a paint collapse into one update. The first render, and the server,
 * see `value` itself.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);

  useEffect(() => {
    if (Object.is(shown, value)) return undefined;
    let task: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before the paint; the task it posts runs just after it.
    const frame = requestAnimationFrame(() => {
      task = setTimeout(() => setShown(value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (task !== undefined) clearTimeout(task);
    };
  }, [value, shown]);

  return shown;
}
