'use client';
import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { type GenAuthError, mayHaveSent, toGenAuthError } from '../../api/genauth-error.js';
import type { BindPhoneInput, GenAuthPhone } from '../../api/types.js';
import { replayAfterReauth } from '../../api/replay-after-reauth.js';
import type { PhoneMutationOptions } from './phone-mutation-options.js';
import { apiQueryKey } from './query-keys.js';
import { phoneOfProfile } from './use-profile.js';

export type UseBindPhoneOptions = PhoneMutationOptions;

/** One key per number, to tell a retry of the same number. */
const numberOf = (phone: GenAuthPhone | undefined) =>
  phone && `${phone.phoneCountryCode}${phone.phoneNumber}`;

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
  const unsure = useRef<string | undefined>(undefined);
  return useMutation<void, GenAuthError, BindPhoneInput>(
    {
      mutationKey: ['react-bind-phone', 'bind-phone'],
      mutationFn: async (input) => {
        const number = numberOf(input);
        const retryOfUnsure = unsure.current === number;
        unsure.current = undefined;
        try {
          await replayAfterReauth(() => api.bindPhone(input, { lang }), onUnauthorized);
        } catch (error) {
          const failure = toGenAuthError(error);
          // "The account has a phone" (422) or "the number is bound" (2035): perhaps this very number.
          if (
            retryOfUnsure &&
            (failure.statusCode === 422 || failure.apiCode === 2035) &&
            numberOf(phoneOfProfile(await api.getProfile({ lang }).catch(() => undefined))) === number
          ) {
            return;
          }
          // A lost answer (timeout, 5xx, unreadable, or, unlike a send, a dropped connection).
          if (failure.kind === 'network' || mayHaveSent(failure)) unsure.current = number;
          throw error;
        }
      },
      retry: false,
      onSuccess: () => queryClient.invalidateQueries({ queryKey: apiQueryKey(api, 'profile') }),
    },
    queryClient,
  );
}
