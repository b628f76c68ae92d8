'use client';
import { useMutation } from '@tanstack/react-query';
import type { GenAuthError } from '../../api/genauth-error.js';
import type { UnbindPhoneInput } from '../../api/types.js';
import type { PhoneMutationOptions } from './phone-mutation-options.js';
import { showPhoneInProfile } from './use-profile.js';
import { replayAfterReauth } from '../../api/replay-after-reauth.js';

export type UseUnbindPhoneOptions = PhoneMutationOptions;

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
      onSuccess: () => showPhoneInProfile(queryClient, api, null),
    },
    queryClient,
  );
}
