'use client';
import { useMutation } from '@tanstack/react-query';
import { GenAuthError } from '../../api/genauth-error.js';
import type { GenAuthPhone } from '../../api/types.js';
import type { PhoneMutationOptions } from './phone-mutation-options.js';
import { showPhoneInProfile } from './use-profile.js';
import { replayAfterReauth } from '../../api/replay-after-reauth.js';

/** What a phone change proves: the new number and its code, and the current number's when asked. */
export interface ChangePhoneVerifyInput {
  /** The number to change to. */
  newPhone: GenAuthPhone;
  /** The code sent to the new number. */
  newPassCode: string;
  /** The current number, when the tenant wants it proven too. */
  oldPhone?: GenAuthPhone;
  /** The code sent to the current number (with `oldPhone`). */
  oldPassCode?: string;
}

/** A verified change waiting for `update-phone`: the token, for which number, and until when. */
export interface PendingPhoneChange {
  /** `updatePhoneToken` of `verify-update-phone-request`. */
  token: string;
  /** The number the token changes to. */
  phone: GenAuthPhone;
  /** When the token stops working, in ms since the epoch (from `tokenExpiresIn`). */
  expiresAt: number;
  /** True when the current number was proven too (its code is spent as well). */
  verifiedOld: boolean;
}

/**
 * Thrown by the update mutation, without any request, when the token ran out before `update-phone`
 * could be called (or the service said the change was not made). The codes it was issued for are
 * spent: the change has to be verified again with new codes.
 */
export class PhoneChangeExpiredError extends Error {
  override readonly name = 'PhoneChangeExpiredError';
  /** `reason`: `expired` (`tokenExpiresIn` ran out) or `not-changed` (`update-phone` said `success: false`). */
  constructor(readonly reason: 'expired' | 'not-changed') {
    super(reason === 'expired' ? 'The update phone token expired.' : 'The phone number was not changed.');
  }
}

/** True once `pending`'s token can no longer be used (at `now`). */
export function isPhoneChangeExpired(pending: PendingPhoneChange, now: number = Date.now()): boolean {
  return now >= pending.expiresAt;
}

export type UseChangePhoneOptions = PhoneMutationOptions;

/**
 * The two mutations of a phone change: `verify` (`verify-update-phone-request`, which spends the
 * codes and returns a token valid for `tokenExpiresIn` seconds) and `update` (`update-phone` with
 * that token). `update` refuses an expired token without a request ({@link PhoneChangeExpiredError}),
 * so the form can ask for a new verification instead of sending a request bound to fail. Neither is
 * retried on its own; a 401 is replayed at most once per request, only when `onUnauthorized` says a
 * fresh token is in place. On success the profile query shows the new number at once (even when the
 * form has unmounted) and is then refetched.
 */
export function useChangePhone({ api, queryClient, lang, onUnauthorized }: UseChangePhoneOptions) {
  const replay = <T>(request: () => Promise<T>) => replayAfterReauth(request, onUnauthorized);
  const verify = useMutation<PendingPhoneChange, GenAuthError, ChangePhoneVerifyInput>(
    {
      mutationKey: ['react-bind-phone', 'verify-update-phone-request'],
      mutationFn: async ({ newPhone, newPassCode, oldPhone, oldPassCode }) => {
        const withOld = oldPhone !== undefined && oldPassCode !== undefined;
        const phonePassCodePayload = {
          newPhoneNumber: newPhone.phoneNumber,
          newPhoneCountryCode: newPhone.phoneCountryCode,
          newPhonePassCode: newPassCode,
          ...(withOld && {
            oldPhoneNumber: oldPhone.phoneNumber,
            oldPhoneCountryCode: oldPhone.phoneCountryCode,
            oldPhonePassCode: oldPassCode,
          }),
        };
        const data = await replay(() =>
          api.verifyUpdatePhoneRequest({ verifyMethod: 'PHONE_PASSCODE', phonePassCodePayload }, { lang }),
        );
        // Measured from the answer's arrival: the server's clock is not ours.
        const receivedAt = Date.now();
        const token: unknown = data?.updatePhoneToken;
        if (typeof token !== 'string' || !token)
          throw new GenAuthError({ kind: 'bad-response', message: '' });
        // A missing or nonsensical `tokenExpiresIn` is taken as no limit known.
        const seconds: unknown = data.tokenExpiresIn;
        const valid = typeof seconds === 'number' && !Number.isNaN(seconds);
        return {
          token,
          phone: { ...newPhone },
          expiresAt: valid ? receivedAt + Math.max(0, seconds) * 1000 : Number.POSITIVE_INFINITY,
          verifiedOld: withOld,
        };
      },
      retry: false,
    },
    queryClient,
  );

  const update = useMutation<GenAuthPhone, GenAuthError | PhoneChangeExpiredError, PendingPhoneChange>(
    {
      mutationKey: ['react-bind-phone', 'update-phone'],
      mutationFn: async (pending) => {
        if (isPhoneChangeExpired(pending)) throw new PhoneChangeExpiredError('expired');
        const data = await replay(() => api.updatePhone({ updatePhoneToken: pending.token }, { lang }));
        if (data && data.success === false) throw new PhoneChangeExpiredError('not-changed');
        return pending.phone;
      },
      retry: false,
      onSuccess: (phone) => showPhoneInProfile(queryClient, api, phone),
    },
    queryClient,
  );

  return { verify, update };
}
