import { useMemo } from 'react';
import type { GenAuthPhone, UserProfile } from '../api/types.js';

/**
 * The number the account has now, from its profile (`+86` when the profile gives no country code),
 * or undefined when none is bound or the profile is not read yet. Kept stable while it is the same.
 */
export function useCurrentPhone(profile: UserProfile | undefined): GenAuthPhone | undefined {
  const phoneNumber = profile?.phone;
  const phoneCountryCode = profile?.phoneCountryCode;
  return useMemo<GenAuthPhone | undefined>(
    () => (phoneNumber ? { phoneNumber, phoneCountryCode: phoneCountryCode || '+86' } : undefined),
    [phoneNumber, phoneCountryCode],
  );
}
