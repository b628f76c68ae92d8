import type { QueryClient } from '@tanstack/react-query';
import type { GenAuthPhone, PhoneBindingApi, UserProfile } from '../../api/types.js';
import { apiQueryKey } from './query-keys.js';

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
