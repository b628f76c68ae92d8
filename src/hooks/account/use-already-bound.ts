'use client';
import { useEffect, useRef } from 'react';
import type { UserProfile } from '../../api/types.js';

/**
 * The profile when it shows a phone already bound (so the form can say so before anything is
 * typed), else null. Reports it to `onAlreadyBound` once per form, StrictMode included. `enabled`
 * is false once this form bound a number itself: the profile read after that shows the new number.
 */
export function useAlreadyBound({
  profile,
  enabled,
  onAlreadyBound,
}: {
  profile: UserProfile | undefined;
  enabled: boolean;
  onAlreadyBound?: (profile: UserProfile) => void;
}): UserProfile | null {
  const bound = enabled && profile?.phone ? profile : null;
  const reported = useRef(false);
  useEffect(() => {
    if (!bound || reported.current) return;
    reported.current = true;
    onAlreadyBound?.(bound);
  }, [bound, onAlreadyBound]);
  return bound;
}
