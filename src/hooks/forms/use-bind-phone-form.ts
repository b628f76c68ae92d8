'use client';
import type { GenAuthError } from '../../api/genauth-error.js';
import type { SmsChannel, UserProfile } from '../../api/types.js';
import { formatInternational } from '../../phone/format-international.js';
import { profilePhoneText } from '../../phone/profile-phone-text.js';
import type { CountryCode } from '../../phone/types.js';
import { phoneOfProfile, useAlreadyBound } from '../account/use-profile.js';
import { useBindPhone } from '../account/use-bind-phone.js';
import { useWithTypedNumber } from '../phone-input/use-phone-number-field.js';
import type { PhoneFormOptions, PhoneNumberOptions } from '../shared/phone-form-options.js';
import { useStableCallback } from '../shared/use-stable-callback.js';
import { useFormEnvironment } from './use-form-environment.js';
import { useFormSubmission, useSendCodeStep, type PhoneResult } from './use-form-submission.js';
import { useNewNumberStep } from './use-new-number-step.js';

/** The values react-hook-form holds. `country` is empty until the user picks one. */
export interface BindPhoneFormValues {
  country: CountryCode | '';
  phone: string;
  code: string;
}

/** What `onSuccess` receives: the bound number. */
export type BindPhoneResult = PhoneResult;

export interface UseBindPhoneFormOptions extends PhoneFormOptions, PhoneNumberOptions {
  /**
   * SMS channel of the code.
   * @default 'CHANNEL_BIND_PHONE'
   */
  channel?: SmsChannel;
  /**
   * Submit as soon as the last code digit is entered (typed, pasted or autofilled).
   * @default true
   */
  autoSubmit?: boolean;
  /**
   * Called once the number is bound; an answer that arrives while an `<Activity>` hides the form,
   * when it is shown again; never after the form unmounted.
   */
  onSuccess?: (result: BindPhoneResult) => void;
  /** Called for every failed send or bind, once it is shown (as `onSuccess`). */
  onError?: (error: GenAuthError) => void;
  /** Called once when the profile shows the user already has a phone. */
  onAlreadyBound?: (profile: UserProfile) => void;
}

/**
 * Everything `BindPhoneForm` does, without markup: state, ids, handlers and prop objects for each
 * part. Its caller re-renders at every keystroke in the number, since it returns the text.
 */
export function useBindPhoneForm(options: UseBindPhoneFormOptions = {}) {
  return useWithTypedNumber(useBindPhoneFormCore(options));
}

/**
 * `useBindPhoneForm` without the number as typed, so its caller does not re-render at each
 * keystroke: the part that shows the number reads it with `useTypedNumber(state.number)`.
 */
export function useBindPhoneFormCore(options: UseBindPhoneFormOptions = {}) {
  const { channel = 'CHANNEL_BIND_PHONE', autoSubmit = true } = options;
  const env = useFormEnvironment(options);
  const sendStep = useSendCodeStep(env, channel);
  const bindMutation = useBindPhone(env.mutationOptions);
  const sub = useFormSubmission<BindPhoneFormValues, 'send' | 'bind', BindPhoneResult>(env, {
    defaultValues: { country: '', phone: '', code: '' },
    sends: { send: sendStep },
    onSuccess: options.onSuccess,
    onError: options.onError,
  });
  const { result: bound } = sub;
  const step = useNewNumberStep(env, sub, {
    ...options,
    source: 'send',
    active: !bound,
    onComplete: () => autoSubmit && submit(),
  });
  const alreadyBound = useAlreadyBound(env.profile.data, !bound, options.onAlreadyBound);
  const alreadyBoundPhone = phoneOfProfile(alreadyBound);

  // Of fixed identity: the parts they go to are memoized and skip the form's other re-renders.
  const submit = useStableCallback(() => {
    if (sub.locked.current || bound) return;
    const entered = step.entered();
    if (!entered) return;
    const { phone, passCode, e164 } = entered;
    sub.submitWith(
      () => bindMutation.mutateAsync({ ...phone, passCode }).then(() => ({ ...phone, e164 })),
      (raw, requestLang) => sub.refuse('bind', raw, requestLang, sendStep),
    );
  });

  return {
    ...sub.useFormState(
      submit,
      { send: step.send },
      ['title', 'phoneError', 'codeError', 'sendError'],
      sendStep.sentTo ? 'code-sent' : 'idle',
    ),
    ...step,
    /** The profile, when it shows a phone already bound. */
    alreadyBound,
    /** The bound number as shown, when the profile has one. */
    alreadyBoundPhone: alreadyBoundPhone ? profilePhoneText(alreadyBoundPhone) : undefined,
    /** Set once bound. */
    bound,
    /** The number just bound, as shown. */
    successPhone: bound ? formatInternational(bound.e164) : undefined,
  };
}

/** What `useBindPhoneFormCore` returns: the form's state without the number as typed. */
export type BindPhoneFormCoreState = ReturnType<typeof useBindPhoneFormCore>;

export type BindPhoneFormState = ReturnType<typeof useBindPhoneForm>;
