import { useMutation, type QueryClient } from '@tanstack/react-query';
import type { GenAuthError } from '../api/genauth-error.js';
import type { PhoneBindingApi, UnbindPhoneInput, UserProfile } from '../api/types.js';
import { apiQueryKey } from './query-keys.js';
import { replayAfterReauth, type UnauthorizedHandler } from './replay-after-reauth.js';

export interface UseUnbindPhoneOptions {
  /**
   * The backend whose `unbindPhone` is called.
   * @default (required)
   */
  api: PhoneBindingApi;
  /**
   * The QueryClient to run the mutation in; its profile query is updated on success.
   * @default (required)
   */
  queryClient: QueryClient;
  /**
   * UI locale, sent as the lang header so the server's messages match it.
   * @default (required)
   */
  lang: string;
  /**
   * Called when the session is gone; resolve to `true` once a fresh token is in place to replay
   * the request once.
   * @default undefined (the error is returned as is)
   */
  onUnauthorized?: UnauthorizedHandler;
}

/**
 * The `unbind-phone` mutation. Never retried on its own; a 401 is replayed at most once, and only
 * when `onUnauthorized` says a fresh token is in place. On success the profile query shows no phone
 * at once (even when the form has unmounted) and is then refetched.
 */
export function useUnbindPhone({ api, queryClient, lang, onUnauthorized }: UseUnbindPhoneOptions) {
  return useMutation<void, GenAuthError, UnbindPhoneInput>(
    {
      mutationKey: ['react-bind-phone', 'unbind-phone'],
      mutationFn: (input) => replayAfterReauth(() => api.unbindPhone(input, { lang }), onUnauthorized),
      retry: false,
      onSuccess: () => {
        const key = apiQueryKey(api, 'profile');
        queryClient.setQueryData<UserProfile>(key, (profile) =>
          profile ? { ...profile, phone: null, phoneCountryCode: null, phoneVerified: false } : profile,
        );
        // Not awaited: the caller hears of the success in this same task, before the view that reads
        // the profile (updated just above) re-renders and perhaps unmounts it.
        void queryClient.invalidateQueries({ queryKey: key });
      },
    },
    queryClient,
  );
}
