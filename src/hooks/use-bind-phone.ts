import { useMutation, type QueryClient } from '@tanstack/react-query';
import type { GenAuthError } from '../api/genauth-error.js';
import type { BindPhoneInput, PhoneBindingApi } from '../api/types.js';
import { apiQueryKey } from './query-keys.js';
import { replayAfterReauth, type UnauthorizedHandler } from './replay-after-reauth.js';

export interface UseBindPhoneOptions {
  api: PhoneBindingApi;
  queryClient: QueryClient;
  lang: string;
  onUnauthorized?: UnauthorizedHandler;
}

/**
 * The `bind-phone` mutation. Never retried on its own; a 401 is replayed at most once, and only
 * when `onUnauthorized` says a fresh token is in place. The profile query is invalidated on
 * success even when the form has unmounted, so other views show the new number.
 */
export function useBindPhone({ api, queryClient, lang, onUnauthorized }: UseBindPhoneOptions) {
  return useMutation<void, GenAuthError, BindPhoneInput>(
    {
      mutationKey: ['react-bind-phone', 'bind-phone'],
      mutationFn: (input) => replayAfterReauth(() => api.bindPhone(input, { lang }), onUnauthorized),
      retry: false,
      onSuccess: () => queryClient.invalidateQueries({ queryKey: apiQueryKey(api, 'profile') }),
    },
    queryClient,
  );
}
