import { extractCode } from '../../phone/extract-code.js';
import { useWebOtp } from './use-web-otp.js';

export interface UseSmsCodeAutofillOptions {
  /**
   * A code was sent to the step's number and its field is on screen: wait for the SMS. False while
   * a send runs (a resend asks anew for the new SMS), while the code is submitted, and once done.
   */
  enabled: boolean;
  /** The last send (a new object for each code sent): a resend aborts the request and asks anew. */
  sent: unknown;
  /** Digits in a code. */
  codeLength: number;
  /** Puts the code in the field, as if typed. */
  setCode: (code: string) => void;
  /** What the field does with a complete code (submits it when `autoSubmit` is on). */
  onComplete: (code: string) => void;
}

/**
 * One code step's WebOTP (Chrome on Android): the code the browser reads from the SMS fills the
 * field and completes it, as a code typed or autofilled would. The request is aborted when
 * `enabled` turns off (a submit, a send), on a resend and on unmount, so a late SMS fills nothing
 * and sends nothing.
 */
export function useSmsCodeAutofill({
  enabled,
  sent,
  codeLength,
  setCode,
  onComplete,
}: UseSmsCodeAutofillOptions) {
  useWebOtp({
    enabled,
    requestKey: sent,
    onCode: (text) => {
      // The API hands over what follows '#' in the SMS: taken like a paste, digits of the right length only.
      const found = extractCode(text, codeLength);
      if (!found.ok) return;
      setCode(found.code);
      onComplete(found.code);
    },
  });
}
