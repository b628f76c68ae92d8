'use client';
import { useEffect, useRef } from 'react';
import type { UserProfile } from '../../api/types.js';

export interface UseAlreadyBoundOptions {
  /**
   * The signed-in user's profile, once read; undefined while loading or when it could not be read.
   * @default (required)
   */
  profile: UserProfile | undefined;
  /**
   * False once this form bound a number itself: the profile read after that success shows the
   * new number, which is not "already bound".
   * @default (required)
   */
  enabled: boolean;
  /**
   * Called once, the first time the profile shows a phone.
   * @default undefined
   */
  onAlreadyBound?: (profile: UserProfile) => void;
}

/**
 * The profile when it shows a phone already bound (so the form can say so before anything is
 * typed), else null. Reports it to `onAlreadyBound` once per form, StrictMode included.
 */
export function useAlreadyBound({
  profile,
  enabled,
  onAlreadyBound,
}: UseAlreadyBoundOptions): UserProfile | null {
  const bound = enabled && profile?.phone ? profile : null;
  const reported = useRef(false);

  useEffect(() => {
    if (!bound || reported.current) return;
    reported.current = true;
    onAlreadyBound?.(bound);
  }, [bound, onAlreadyBound]);

  return bound;
}
