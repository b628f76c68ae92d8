'use client';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import type { GenAuthPhone, PhoneBindingApi, UserProfile } from '../../api/types.js';
import { apiQueryKey } from './query-keys.js';

/** The signed-in user's profile, to tell them before they type when a phone is already bound. */
export function useProfile(api: PhoneBindingApi, queryClient: QueryClient, lang: string) {
  return useQuery<UserProfile>(
    {
      queryKey: apiQueryKey(api, 'profile'),
      queryFn: ({ signal }) => api.getProfile({ signal, lang }),
      staleTime: 30_000,
      retry: false,
    },
    queryClient,
  );
}

/**
 * The number a profile holds (`+86` when it gives no country code), or undefined when none is
 * bound or the profile is not read.
 */
export function phoneOfProfile(profile: UserProfile | null | undefined): GenAuthPhone | undefined {
  const phoneNumber = profile?.phone;
  return phoneNumber ? { phoneNumber, phoneCountryCode: profile?.phoneCountryCode || '+86' } : undefined;
}

/** The number the account has now (see `phoneOfProfile`), kept stable while it is the same. */
export function useCurrentPhone(profile: UserProfile | undefined): GenAuthPhone | undefined {
  const phone = profile?.phone;
  const code = profile?.phoneCountryCode;
  return useMemo(() => phoneOfProfile({ phone, phoneCountryCode: code }), [phone, code]);
}

/**
 * The profile when it shows a phone already bound (so the form can say so before anything is
 * typed), else null. Reports it to `onAlreadyBound` once per form, StrictMode included. `enabled`
 * is false once this form bound a number itself: the profile read after that shows the new number.
 */
export function useAlreadyBound(
  profile: UserProfile | undefined,
  enabled: boolean,
  onAlreadyBound: ((profile: UserProfile) => void) | undefined,
): UserProfile | null {
  const bound = enabled && profile?.phone ? profile : null;
  const reported = useRef(false);
  useEffect(() => {
    if (!bound || reported.current) return;
    reported.current = true;
    onAlreadyBound?.(bound);
  }, [bound, onAlreadyBound]);
  return bound;
}

/**
 * Shows `phone` (or no phone) in the cached profile at once, so a view that reads it flips without
 * a flash of the old state, then refetches the profile for the service's own word on it. A profile
 * not read yet is left unread unless `evenUnread`.
 */
export function showPhoneInProfile(
  queryClient: QueryClient,
  api: PhoneBindingApi,
  phone: GenAuthPhone | null,
  { evenUnread = false }: { evenUnread?: boolean } = {},
): void {
  const key = apiQueryKey(api, 'profile');
  queryClient.setQueryData<UserProfile>(key, (profile) =>
    profile || evenUnread
      ? {
          ...profile,
          phone: phone?.phoneNumber ?? null,
          phoneCountryCode: phone?.phoneCountryCode ?? null,
          phoneVerified: Boolean(phone),
        }
      : profile,
  );
  // Not awaited: the caller hears of the success in this same task, before the view that reads
  // the profile (updated just above) re-renders and perhaps unmounts it.
  void queryClient.invalidateQueries({ queryKey: key });
}
