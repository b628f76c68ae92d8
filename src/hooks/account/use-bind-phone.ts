'use client';
import { useMutation, type QueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { GenAuthError, mayHaveSent, toGenAuthError } from '../../api/genauth-error.js';
import type { BindPhoneInput, GenAuthPhone, PhoneBindingApi } from '../../api/types.js';
import { apiQueryKey } from './query-keys.js';
import { replayAfterReauth, type UnauthorizedHandler } from '../../api/replay-after-reauth.js';
import { phoneOfProfile } from './use-current-phone.js';

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

/**
 * A failure that says nothing of whether the bind went through: it may have reached the server
 * and only its answer was lost (a timeout, 5xx, an unreadable answer, and, unlike a send whose
 * fetch failed outright, a dropped connection too).
 */
function outcomeUnknown(error: unknown): boolean {
  const failure = toGenAuthError(error);
  return failure.kind === 'network' || mayHaveSent(failure);
}

/** One key per number, to tell a retry of the same number. */
const numberOf = (phone: GenAuthPhone) => `${phone.phoneCountryCode}${phone.phoneNumber}`;

/** Whether the signed-in account has `input`'s number; false when the profile cannot be read. */
async function hasNumber(api: PhoneBindingApi, input: BindPhoneInput, lang: string): Promise<boolean> {
  try {
    const current = phoneOfProfile(await api.getProfile({ lang }));
    return current !== undefined && numberOf(current) === numberOf(input);
  } catch {
    return false;
  }
}

/**
 * The `bind-phone` mutation. Never retried on its own; a 401 is replayed at most once, and only
 * when `onUnauthorized` says a fresh token is in place. The profile query is invalidated on
 * success even when the form has unmounted, so other views show the new number.
 *
 * After a try whose outcome is unknown (its answer lost), a retry of the same number refused
 * because the account already has a phone succeeds when that phone is the one being bound: the
 * earlier try went through, and "Try again" must not send the user to the change flow for the
 * number they just bound. Only then: a first try refused that way is a refusal.
 */
export function useBindPhone({ api, queryClient, lang, onUnauthorized }: UseBindPhoneOptions) {
  /** The number of the last try whose answer was lost, if any. */
  const unsure = useRef<string | null>(null);
  return useMutation<void, GenAuthError, BindPhoneInput>(
    {
      mutationKey: ['react-bind-phone', 'bind-phone'],
      mutationFn: async (input) => {
        const retryOfUnsure = unsure.current === numberOf(input);
        try {
          await replayAfterReauth(() => api.bindPhone(input, { lang }), onUnauthorized);
          unsure.current = null;
        } catch (error) {
          if (retryOfUnsure && mayBeBoundAlready(error) && (await hasNumber(api, input, lang))) {
            unsure.current = null;
            return;
          }
          unsure.current = outcomeUnknown(error) ? numberOf(input) : null;
          throw error;
        }
      },
      retry: false,
      onSuccess: () => queryClient.invalidateQueries({ queryKey: apiQueryKey(api, 'profile') }),
    },
    queryClient,
  );
}
