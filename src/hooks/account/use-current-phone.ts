'use client';
import { useMemo } from 'react';
import type { GenAuthPhone, UserProfile } from '../../api/types.js';

/**
 * The number a profile holds (`+86` when it gives no country code), or undefined when none is
 * bound or the profile is not read.
 */
export function phoneOfProfile(profile: UserProfile | null | undefined): GenAuthPhone | undefined {
  const phoneNumber = profile?.phone;
  return phoneNumber ? { phoneNumber, phoneCountryCode: profile?.phoneCountryCode || '+86' } : undefined;
}

/**
 * The number the account has now, from its profile (see `phoneOfProfile`). Kept stable while it
 * is the same.
 */
export function useCurrentPhone(profile: UserProfile | undefined): GenAuthPhone | undefined {
  const phoneNumber = profile?.phone;
  const phoneCountryCode = profile?.phoneCountryCode;
  return useMemo(
    () => phoneOfProfile({ phone: phoneNumber, phoneCountryCode }),
    [phoneNumber, phoneCountryCode],
  );
}
