'use client';
import { useCallback, useEffect, useState } from 'react';

/**
 * Moves focus after the render that follows the request, so the target is in the DOM and enabled
 * (a field that was read-only or hidden while a request ran). `focus` is react-hook-form's
 * `setFocus`, or any function that focuses a field by name; keep it stable. Every request is a new
 * object, so asking twice for the same field focuses it twice.
 */
export function useFocusRequest<Field extends string>(
  focus: (field: Field, options: { shouldSelect: boolean }) => void,
): (field: Field, select?: boolean) => void {
  // Which field, and whether to select its text.
  const [request, setRequest] = useState<{ field: Field; select: boolean } | null>(null);

  useEffect(() => {
    if (request) focus(request.field, { shouldSelect: request.select });
  }, [request, focus]);

  return useCallback((field: Field, select = false) => setRequest({ field, select }), []);
}
