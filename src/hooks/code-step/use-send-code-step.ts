'use client';
import type { QueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { describeError } from '../../api/error-map.js';
import { mayHaveSent, toGenAuthError, type GenAuthError } from '../../api/genauth-error.js';
import type { GenAuthPhone, PhoneBindingApi, SmsChannel } from '../../api/types.js';
import type { UnauthorizedHandler } from '../../api/replay-after-reauth.js';
import { useCooldown } from './use-cooldown.js';
import { useSendSmsCode } from './use-send-sms-code.js';
import { useWhenShown } from '../shared/use-when-shown.js';

export interface UseSendCodeStepOptions {
  /** The backend whose `sendSms` is called. */
  api: PhoneBindingApi;
  /** What the code is for; also the key of the cooldown. */
  channel: SmsChannel;
  /** UI locale, sent as the lang header so the server's messages match it. */
  locale: string;
  /** The QueryClient to run the mutation in. */
  queryClient: QueryClient;
  /**
   * Seconds before a new code can be asked for, unless the server's `Retry-After` says otherwise.
   * @default 60
   */
  resendSeconds?: number;
  /**
   * Called when the session is gone; resolve to `true` once a fresh token is in place to replay
   * the send once.
   */
  onUnauthorized?: UnauthorizedHandler;
}

/** What the caller does with the outcome of one send, while its answer is still wanted. */
export interface SendCodeHandlers {
  /** The service accepted the send. */
  onSent: () => void;
  /** The send failed (a throttled one included): show it. */
  onFailed: (error: GenAuthError) => void;
}

/**
 * One "send a code" step of a form: the send itself (one request per gesture), the resend cooldown
 * of its channel, where the last code went, and whether a failed send may have gone out anyway.
 *
 * The cooldown starts whenever the server will throttle the next send: after a sent code, after a
 * throttled send (for its `Retry-After`), and after a failure that may have sent the SMS (timeout,
 * 5xx, unreadable answer). An answer that arrives while an `<Activity>` hides the form is shown
 * when the form is (`useWhenShown`). One that arrives after the form unmounted, or after
 * `ignoreInFlight` (a newer send, "change number", a finished flow), only moves the cooldown.
 */
export function useSendCodeStep(options: UseSendCodeStepOptions) {
  const { api, channel, locale, queryClient, resendSeconds = 60, onUnauthorized } = options;
  const mutation = useSendSmsCode({ api, channel, lang: locale, queryClient, onUnauthorized });
  const cooldown = useCooldown({ key: channel, defaultSeconds: resendSeconds });
  const whenShown = useWhenShown();
  const [sentTo, setSentTo] = useState<GenAuthPhone | null>(null);
  const [maybeSent, setMaybeSent] = useState(false);
  /** Bumped by every send and by `ignoreInFlight`: a send answered later than that is stale. */
  const generation = useRef(0);
  const { send: sendSms } = mutation;

  const send = useCallback(
    (phone: GenAuthPhone, handlers: SendCodeHandlers) => {
      const sent = (generation.current += 1);
      const answer = (then: () => void) => whenShown(() => sent === generation.current && then());
      setMaybeSent(false);
      sendSms(phone)
        .then(() => {
          // The SMS went out: the server throttles the next one whatever happened here meanwhile.
          cooldown.start();
          answer(() => {
            setSentTo(phone);
            handlers.onSent();
          });
        })
        .catch((raw: unknown) => {
          const error = toGenAuthError(raw);
          const throttled = describeError(error).action === 'cooldown';
          // Timeouts, 5xx and unreadable answers may have sent the SMS: wait before resending.
          const unsure = !throttled && mayHaveSent(error);
          if (throttled || unsure) cooldown.start(throttled ? error.retryAfterMs : undefined);
          answer(() => {
            handlers.onFailed(error);
            // Not "code sent": the notice would claim what nobody knows. The button says it instead.
            if (unsure) setMaybeSent(true);
          });
        });
    },
    [cooldown, sendSms, whenShown],
  );

  /** Answers to sends in flight are no longer wanted (they still move the cooldown). */
  const ignoreInFlight = useCallback(() => {
    generation.current += 1;
  }, []);

  /** "Change number": forget where the last code went, and any send in flight. */
  const reset = useCallback(() => {
    ignoreInFlight();
    setSentTo(null);
    setMaybeSent(false);
  }, [ignoreInFlight]);

  return {
    send,
    ignoreInFlight,
    reset,
    /** Where the last code went, until `reset`. */
    sentTo,
    /** The last send failed in a way that may still have sent the SMS. */
    maybeSent,
    /** A send is in flight. */
    sending: mutation.isPending,
    /** No send may start now: one is in flight, or the cooldown runs. */
    blocked: mutation.isPending || cooldown.running,
    cooldown,
    cooldownSeconds: cooldown.remainingSeconds,
  };
}
