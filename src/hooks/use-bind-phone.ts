import { useMutation, type QueryClient } from '@tanstack/react-query';
import { GenAuthError } from '../api/genauth-error.js';
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
 * A refusal that may only mean the account already has this very number: "the account has a
 * phone" (422, an invalid operation) or "the number is bound" (2035).
 */
function mayBeBoundAlready(error: unknown): boolean {
  return error instanceof GenAuthError && (error.statusCode === 422 || error.apiCode === 2035);
}

/** Whether the signed-in account has `input`'s number; false when the profile cannot be read. */
async function hasNumber(api: PhoneBindingApi, input: BindPhoneInput, lang: string): Promise<boolean> {
  try {
    const profile = await api.getProfile({ lang });
    return (
      profile.phone === input.phoneNumber && (profile.phoneCountryCode ?? '+86') === input.phoneCountryCode
    );
  } catch {
    return false;
  }
}

/**
 * The `bind-phone` mutation. Never retried on its own; a 401 is replayed at most once, and only
 * when `onUnauthorized` says a fresh token is in place. The profile query is invalidated on
 * success even when the form has unmounted, so other views show the new number.
 *
 * A bind refused because the account already has a phone succeeds when that phone is the one
 * being bound: an earlier try went through and its answer was lost (a timeout, a dropped
 * connection), and "Try again" must not tell the user to use the change flow for the number they
 * just bound.
 */
export function useBindPhone({ api, queryClient, lang, onUnauthorized }: UseBindPhoneOptions) {
  return useMutation<void, GenAuthError, BindPhoneInput>(
    {
      mutationKey: ['react-bind-phone', 'bind-phone'],
      mutationFn: async (input) => {
        try {
          await replayAfterReauth(() => api.bindPhone(input, { lang }), onUnauthorized);
        } catch (error) {
          if (mayBeBoundAlready(error) && (await hasNumber(api, input, lang))) return;
          throw error;
        }
      },
      retry: false,
      onSuccess: () => queryClient.invalidateQueries({ queryKey: apiQueryKey(api, 'profile') }),
    },
    queryClient,
  );
}
