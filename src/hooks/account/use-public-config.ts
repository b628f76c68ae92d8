'use client';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { PhoneBindingApi, PublicConfig } from '../../api/types.js';
import { apiQueryKey } from './query-keys.js';

/**
 * The tenant's public config (code length, international SMS). A failure (CORS, 404, offline)
 * leaves `data` undefined and the form runs on its defaults, without telling the user.
 */
export function usePublicConfig(api: PhoneBindingApi, queryClient: QueryClient, lang: string) {
  return useQuery<PublicConfig>(
    {
      queryKey: apiQueryKey(api, 'public-config'),
      queryFn: ({ signal }) => api.getPublicConfig({ signal, lang }),
      staleTime: 5 * 60_000,
      retry: false,
    },
    queryClient,
  );
}
