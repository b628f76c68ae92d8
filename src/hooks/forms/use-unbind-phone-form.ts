'use client';
import { useRef, useState } from 'react';
import type { GenAuthError } from '../../api/genauth-error.js';
import type { GenAuthPhone, SmsChannel } from '../../api/types.js';
import { profilePhoneText } from '../../phone/profile-phone-text.js';
import { useCurrentPhone } from '../account/use-profile.js';
import { useUnbindPhone } from '../account/use-unbind-phone.js';
import type { PhoneFormOptions } from '../shared/phone-form-options.js';
import { useStableCallback } from '../shared/use-stable-callback.js';
import { useFormEnvironment } from './use-form-environment.js';
import { useFormSubmission, useSendCodeStep, type PhoneResult } from './use-form-submission.js';

/** What `onSuccess` receives: the number that was removed. */
export type UnbindPhoneResult = PhoneResult;

export interface UseUnbindPhoneFormOptions extends PhoneFormOptions {
  /**
   * The number to remove (where the code is sent).
   * @default the number of the signed-in user's profile
   */
  phone?: GenAuthPhone;
  /**
   * SMS channel of the code.
   * @default 'CHANNEL_UNBIND_PHONE'
   */
  channel?: SmsChannel;
  /**
   * Open the step at once instead of showing the "Remove" button first.
   * @default false
   */
  defaultOpen?: boolean;
  /**
   * Remove as soon as the last code digit is entered. Off by default: removing is confirmed by hand.
   * @default false
   */
  autoSubmit?: boolean;
  /**
   * Called once the number is removed; an answer that arrives while an `<Activity>` hides the step,
   * when it is shown again; never after the step unmounted.
   */
  onSuccess?: (result: UnbindPhoneResult) => void;
  /** Called for every failed send or unbind, once it is shown (as `onSuccess`). */
  onError?: (error: GenAuthError) => void;
  /** Called when the step is closed with "Cancel". */
  onCancel?: () => void;
}

/**
 * Everything `UnbindPhoneButton` does, without markup: a "Remove" button opens a step that sends a
 * code to the current number, takes it and confirms with `unbind-phone`.
 */
export function useUnbindPhoneForm(options: UseUnbindPhoneFormOptions = {}) {
  const { autoSubmit = false, onCancel } = options;
  const env = useFormEnvironment(options);
  const sendStep = useSendCodeStep(env, options.channel ?? 'CHANNEL_UNBIND_PHONE');
  const unbindMutation = useUnbindPhone(env.mutationOptions);
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const sendButtonRef = useRef<HTMLButtonElement | null>(null);
  const sub = useFormSubmission<{ code: string }, 'send' | 'unbind', UnbindPhoneResult>(env, {
    // The code shows its own failures; everything else (2217 first of all) goes to the step's alert.
    defaultValues: { code: '' },
    sends: { send: sendStep },
    elements: { trigger: triggerRef, send: sendButtonRef },
    onSuccess: options.onSuccess,
    onError: options.onError,
  });
  const { requestFocus, result: removed, locked } = sub;
  const current = useCurrentPhone(env.profile.data);
  const phone = options.phone ?? current;
  const [open, setOpen] = useState(Boolean(options.defaultOpen));
  const step = sub.useCodeStep('send', 'code', () => phone, {
    active: !removed,
    onComplete: () => autoSubmit && submit(),
  });

  const openStep = useStableCallback(() => {
    setOpen(true);
    requestFocus('send');
  });
  const cancel = useStableCallback(() => {
    if (locked.current) return;
    sendStep.ignoreInFlight();
    setOpen(false);
    sub.clear();
    requestFocus('trigger');
    onCancel?.();
  });
  const submit = useStableCallback(() => {
    if (locked.current || removed || !phone) return;
    const code = step.completeCode();
    if (code === undefined) return requestFocus('code');
    const target = { ...phone, e164: `${phone.phoneCountryCode}${phone.phoneNumber}` };
    sub.submitWith(
      () => unbindMutation.mutateAsync({ passCode: code }).then(() => target),
      (raw, requestLang) => sub.refuse('unbind', raw, requestLang, sendStep),
    );
  });

  return {
    ...sub.useFormState(
      submit,
      { send: step.send },
      ['title', 'description', 'codeError', 'sendError'],
      sendStep.sentTo ? 'code-sent' : 'open',
    ),
    ...step,
    /** The code step as one object (its fields are also spread above). */
    codeStep: step,
    /** The step (send, code, confirm) is shown. */
    open,
    /** The number to remove, once known. */
    phone,
    /** The number formatted for reading, e.g. `+86 138 0013 8000`. */
    phoneText: phone ? profilePhoneText(phone) : undefined,
    /** Set once removed. */
    removed,
    triggerRef,
    sendButtonRef,
    openStep,
    cancel,
  };
}

export type UnbindPhoneFormState = ReturnType<typeof useUnbindPhoneForm>;
