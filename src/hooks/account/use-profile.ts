'use client';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { PhoneBindingApi, UserProfile } from '../../api/types.js';
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
