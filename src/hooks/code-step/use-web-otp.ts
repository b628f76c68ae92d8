'use client';
import { useCallback, useEffect, useRef } from 'react';
import { useLatestRef } from '../shared/use-latest-ref.js';

export interface UseWebOtpOptions {
  /**
   * Ask the browser for the code while true (after a code was sent, until it is submitted). Turning
   * it false aborts the pending request.
   */
  enabled: boolean;
  /**
   * Receives the code the browser read from the SMS (`@host #code` as its last line).
   */
  onCode: (code: string) => void;
  /**
   * What the request waits for: a new value (a code sent again) aborts the pending request and
   * asks anew, so a late SMS with the old code fills nothing.
   */
  requestKey?: unknown;
}

export interface WebOtp {
  /** Aborts the pending request (call it on submit and on resend); nothing arrives after it. */
  abort: () => void;
}

/**
 * Asks the browser for the SMS code through the WebOTP API, where it exists (Chrome on Android).
 * Elsewhere it does nothing: `autocomplete="one-time-code"` on the field covers iOS and desktop.
 * The request is aborted on unmount, when `enabled` turns false and on `abort()`, and a result that
 * arrives after that is dropped, so a late code never fills a field the user has moved on from.
 */
export function useWebOtp({ enabled, onCode, requestKey }: UseWebOtpOptions): WebOtp {
  const onCodeRef = useLatestRef(onCode);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    // Effects run only in a browser; one without WebOTP (all but Chrome on Android) asks nothing.
    if (!enabled || !('OTPCredential' in window)) return undefined;
    const { signal } = (controller.current = new AbortController());
    navigator.credentials
      .get({ otp: { transport: ['sms'] }, signal } as CredentialRequestOptions)
      .then((credential) => {
        // The OTP credential is not in TypeScript's DOM types yet.
        const code = (credential as { code?: unknown } | null)?.code;
        if (!signal.aborted && typeof code === 'string') onCodeRef.current(code);
      })
      // Rejections are the abort itself, or the user dismissing the prompt: nothing to report.
      .catch(() => undefined);
    return () => controller.current?.abort();
    // requestKey is a dependency only: a new one restarts the request.
  }, [enabled, requestKey, onCodeRef]);

  return { abort: useCallback(() => controller.current?.abort(), []) };
}
