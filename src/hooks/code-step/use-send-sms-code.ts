'use client';
import { useMutation, type QueryClient, type UseMutationResult } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { GenAuthError } from '../../api/genauth-error.js';
import type { GenAuthPhone, PhoneBindingApi, SmsChannel } from '../../api/types.js';
import { replayAfterReauth, type UnauthorizedHandler } from '../../api/replay-after-reauth.js';

export interface UseSendSmsCodeOptions {
  /** The backend whose `sendSms` is called. */
  api: PhoneBindingApi;
  /**
   * What the code is for.
   * @default 'CHANNEL_BIND_PHONE'
   */
  channel?: SmsChannel;
  /**
   * UI locale, sent as the lang header so the server's messages match it; without it the
   * client's own `lang` applies.
   */
  lang?: string;
  /**
   * The QueryClient to run the mutation in.
   * @default the nearest `QueryClientProvider`'s
   */
  queryClient?: QueryClient;
  /**
   * Called when the session is gone; resolve to `true` once a fresh token is in place to replay
   * the send once. Without it the error is returned as is.
   */
  onUnauthorized?: UnauthorizedHandler;
}

export type SendSmsCodeResult = UseMutationResult<void, GenAuthError, GenAuthPhone> & {
  /**
   * Sends one code to `phone`. Resolves when the service accepted it, rejects with the
   * `GenAuthError` otherwise. While a send is in flight further calls are refused at once, even
   * within the same task (before `isPending` could update): they send nothing and return a promise
   * that never settles, since there is no outcome of theirs to report.
   */
  send: (phone: GenAuthPhone) => Promise<void>;
};

/**
 * The `send-sms` mutation. Never retried on its own (each attempt may cost an SMS); a 401 is
 * replayed at most once, and only when `onUnauthorized` says a fresh token is in place. Nothing is
 * sent on mount, so StrictMode's double effects cannot send twice.
 */
export function useSendSmsCode({
  api,
  channel = 'CHANNEL_BIND_PHONE',
  lang,
  queryClient,
  onUnauthorized,
}: UseSendSmsCodeOptions): SendSmsCodeResult {
  const mutation = useMutation<void, GenAuthError, GenAuthPhone>(
    {
      mutationKey: ['react-bind-phone', 'send-sms', channel],
      mutationFn: ({ phoneNumber, phoneCountryCode }) =>
        replayAfterReauth(
          () => api.sendSms({ phoneNumber, phoneCountryCode, channel }, lang ? { lang } : undefined),
          onUnauthorized,
        ),
      retry: false,
    },
    queryClient,
  );

  // A ref, not `isPending`: React state and the mutation observer update only after the current
  // task, so two clicks (or Enter and a click) dispatched in one task would both see "idle".
  const inFlight = useRef(false);
  const { mutateAsync } = mutation;
  const send = useCallback(
    (phone: GenAuthPhone): Promise<void> => {
      if (inFlight.current) return new Promise<void>(() => undefined);
      inFlight.current = true;
      // Attached first, so it runs before the caller's handlers: they may send again at once.
      return mutateAsync(phone).finally(() => {
        inFlight.current = false;
      });
    },
    [mutateAsync],
  );

  return { ...mutation, send };
}
