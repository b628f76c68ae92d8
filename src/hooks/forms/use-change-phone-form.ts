'use client';
import { useReducer, useRef } from 'react';
import type { GenAuthError } from '../../api/genauth-error.js';
import type { ServerLang } from '../../api/server-lang.js';
import type { GenAuthPhone, SmsChannel } from '../../api/types.js';
import { formatMessage } from '../../i18n/format-message.js';
import { describeFailure } from '../../i18n/form-failure.js';
import { formatInternational } from '../../phone/format-international.js';
import { profilePhoneText } from '../../phone/profile-phone-text.js';
import type { CountryCode } from '../../phone/types.js';
import {
  PhoneChangeExpiredError,
  useChangePhone,
  type PendingPhoneChange,
} from '../account/use-change-phone.js';
import { useCurrentPhone } from '../account/use-profile.js';
import { useWithTypedNumber } from '../phone-input/use-phone-number-field.js';
import type { PhoneFormOptions, PhoneNumberOptions } from '../shared/phone-form-options.js';
import { useStableCallback } from '../shared/use-stable-callback.js';
import { changeSteps, initialChangeSteps } from './change-steps.js';
import { useFormEnvironment } from './use-form-environment.js';
import { useFormSubmission, useSendCodeStep, type PhoneResult } from './use-form-submission.js';
import { useNewNumberStep } from './use-new-number-step.js';

/** The values react-hook-form holds. `country` is empty until the user picks one. */
export interface ChangePhoneFormValues {
  country: CountryCode | '';
  /** The new number, as typed. */
  phone: string;
  /** The code sent to the new number. */
  code: string;
  /** The code sent to the current number (only asked for when the tenant wants it). */
  oldCode: string;
}

/** What `onSuccess` receives: the new number. */
export type ChangePhoneResult = PhoneResult;

/** The step the form is on: proving the current number, or entering the new one. */
export type ChangePhoneStep = 'old' | 'new';

export interface UseChangePhoneFormOptions extends PhoneFormOptions, PhoneNumberOptions {
  /**
   * Ask for a code sent to the current number first; also turned on by an apiCode 2228 answer.
   * @default false
   */
  requireOldPhoneVerification?: boolean;
  /**
   * SMS channel of the code sent to the new number.
   * @default 'CHANNEL_BIND_PHONE'
   */
  newPhoneChannel?: SmsChannel;
  /**
   * SMS channel of the code sent to the current number.
   * @default 'CHANNEL_UNBIND_PHONE'
   */
  oldPhoneChannel?: SmsChannel;
  /**
   * Go on once the last code digit is entered: the current number's code moves to the next step,
   * the new number's code submits.
   * @default true
   */
  autoSubmit?: boolean;
  /**
   * Called once the number is changed; an answer that arrives while an `<Activity>` hides the form,
   * when it is shown again; never after the form unmounted.
   */
  onSuccess?: (result: ChangePhoneResult) => void;
  /**
   * Called for every failed request (send, verify, update), once it is shown; a token that ran out
   * before `update-phone` sends no request and is not reported.
   */
  onError?: (error: GenAuthError) => void;
}

type FailureSource = 'send-new' | 'send-old' | 'verify' | 'update' | 'profile';

const samePhone = (a: GenAuthPhone, b: GenAuthPhone) =>
  a.phoneNumber === b.phoneNumber && a.phoneCountryCode === b.phoneCountryCode;

/**
 * Everything `ChangePhoneForm` does, without markup. The flow: (when the tenant wants it) a code
 * sent to the current number, then the new number and its code, `verify-update-phone-request`, and
 * `update-phone` with the token it returned; a token that ran out first is not sent (the form asks
 * to verify again). Its caller re-renders at every keystroke in the new number.
 */
export function useChangePhoneForm(options: UseChangePhoneFormOptions = {}) {
  return useWithTypedNumber(useChangePhoneFormCore(options));
}

/** `useChangePhoneForm` without the new number as typed (see `useBindPhoneFormCore`). */
export function useChangePhoneFormCore(options: UseChangePhoneFormOptions = {}) {
  const { autoSubmit = true } = options;
  const env = useFormEnvironment(options);
  const { messages, lang, profile } = env;
  const newStep = useSendCodeStep(env, options.newPhoneChannel ?? 'CHANNEL_BIND_PHONE');
  const oldStep = useSendCodeStep(env, options.oldPhoneChannel ?? 'CHANNEL_UNBIND_PHONE');
  const change = useChangePhone(env.mutationOptions);
  const currentPhone = useCurrentPhone(profile.data);
  const [steps, dispatch] = useReducer(changeSteps, initialChangeSteps);
  // Without a current number there is nothing to prove (the profile says so once it is read).
  const hasOldStep =
    (Boolean(options.requireOldPhoneVerification) || steps.serverWantsOld) &&
    !(profile.isSuccess && !currentPhone);
  // The current number's step shows only when it is part of the change.
  const step: ChangePhoneStep = steps.step === 'old' && hasOldStep ? 'old' : 'new';

  const sub = useFormSubmission<ChangePhoneFormValues, FailureSource, ChangePhoneResult>(env, {
    defaultValues: { country: '', phone: '', code: '', oldCode: '' },
    sends: { 'send-new': newStep, 'send-old': oldStep },
    // The current number could not be read, so its code cannot be sent: say why, offer to try again.
    fallbackAlert:
      step === 'old' && !currentPhone && profile.isError
        ? { ...describeFailure('profile', profile.error, lang), field: 'form', action: 'retry' }
        : null,
    place: (failure) => {
      // The current number is not a field of this form, nor one there is a step for without it.
      if (failure.source === 'send-old' || (failure.field === 'oldCode' && !currentPhone))
        failure.field = 'form';
      const apiCode = failure.error?.apiCode;
      if (failure.source === 'verify' && currentPhone && (apiCode === 2228 || apiCode === 2038))
        dispatch('server-wants-old');
      if (failure.field === 'oldCode') dispatch('old-refused');
    },
    onSuccess: (result) => {
      dispatch('changed');
      options.onSuccess?.(result);
    },
    onError: options.onError,
  });
  const { requestFocus, result: changed, locked } = sub;
  /** A verified change whose `update-phone` did not go through yet (kept for "Try again"). */
  const pending = useRef<PendingPhoneChange | null>(null);
  const fresh = useNewNumberStep(env, sub, {
    ...options,
    source: 'send-new',
    active: !changed && step === 'new',
    onComplete: () => autoSubmit && submit(),
  });
  const old = sub.useCodeStep('send-old', 'oldCode', () => currentPhone, {
    active: !changed && step === 'old',
    onComplete: () => autoSubmit && confirmOld(),
  });

  /** Leaves the current number's step once its code is complete (it is checked with the change). */
  const confirmOld = useStableCallback(() => {
    if (locked.current) return;
    // The code on screen was just refused or spent: going on with it cannot work, and the second
    // click of a double click landing here after a quick answer must not undo the step.
    if (sub.failure?.field === 'oldCode') return requestFocus('oldCode', true);
    if (old.completeCode() === undefined) return requestFocus('oldCode');
    dispatch('confirm-old');
    requestFocus(fresh.number.readNumber().isValid && newStep.sentTo ? 'code' : 'phone');
  });
  const back = useStableCallback(() => {
    if (locked.current) return;
    dispatch('back');
    requestFocus('oldCode');
  });

  /** After the token ran out or the change was refused: verify again, with new codes. */
  const verifyAgain = (
    spent: PendingPhoneChange,
    reason: 'expired' | 'not-changed',
    error?: GenAuthError,
  ) => {
    pending.current = null;
    // Both codes the token was issued for are spent: the current number's step (shown again for
    // a failure at its field) takes a new one.
    const oldSpent = spent.verifiedOld && reason === 'expired';
    sub.show({
      source: 'update',
      field: oldSpent ? 'oldCode' : 'code',
      action: 'new-code',
      local: reason === 'not-changed' ? 'notChanged' : spent.verifiedOld ? 'tokenExpiredOld' : 'tokenExpired',
      error,
      lang,
    });
  };

  /** A refused `update-phone`: one that may go through on a second try keeps its token. */
  const updateRefused = (raw: unknown, requestLang: ServerLang, verified: PendingPhoneChange | null) => {
    const failure = describeFailure('update', raw, requestLang);
    const keepsToken = ['retry', 'reauth', 'cooldown'].includes(failure.action);
    if (keepsToken || failure.description.apiCode !== undefined || failure.error.kind !== 'api') {
      if (!keepsToken) pending.current = null;
      sub.show(failure);
    } else if (verified) {
      // Any other refusal means the token is spent or ran out on the server's clock.
      verifyAgain(verified, 'expired', failure.error);
    }
  };

  const submit = useStableCallback(() => {
    if (locked.current || changed) return;
    if (step === 'old') return confirmOld();
    const entered = fresh.entered();
    if (!entered) return;
    const { phone, passCode, e164 } = entered;
    const oldPhone = hasOldStep ? currentPhone : undefined;
    const oldPassCode = oldPhone && old.completeCode();
    if (oldPhone && oldPassCode === undefined) return back();
    if (pending.current && !samePhone(pending.current.phone, phone)) pending.current = null;
    let verified = pending.current;
    let stage: 'verify' | 'update' = 'verify';
    sub.submitWith(
      async () => {
        verified ??= pending.current = await change.verify.mutateAsync({
          newPhone: phone,
          newPassCode: passCode,
          ...(oldPhone ? { oldPhone, oldPassCode } : {}),
        });
        stage = 'update';
        await change.update.mutateAsync(verified);
        pending.current = null;
        return { ...phone, e164 };
      },
      (raw, requestLang) => {
        const spent = verified;
        if (raw instanceof PhoneChangeExpiredError && spent)
          sub.whenShown(() => verifyAgain(spent, raw.reason));
        else if (stage === 'verify') sub.refuse('verify', raw, requestLang, newStep);
        else sub.whenShown(() => updateRefused(raw, requestLang, spent));
      },
    );
  });

  return {
    ...sub.useFormState(
      submit,
      { 'send-new': fresh.send, 'send-old': old.send, profile: () => void profile.refetch() },
      ['title', 'step', 'phoneError', 'codeError', 'oldCodeError', 'sendError', 'oldSendError'],
      step === 'old' ? 'old-code' : newStep.sentTo ? 'code-sent' : 'idle',
      step,
    ),
    ...fresh,
    /** `old`: the current number's code; `new`: the new number and its code. */
    step,
    /** True when the current number's code is part of the change (by prop, or after a 2228). */
    hasOldStep,
    /** The current number, once the profile is read. */
    currentPhone,
    /** The current number formatted for reading, e.g. `+86 138 0013 8000`. */
    currentText: currentPhone ? profilePhoneText(currentPhone) : undefined,
    /** "Step 1 of 2", when there are two steps. */
    stepText: hasOldStep
      ? formatMessage(messages.change.step, { step: step === 'old' ? 1 : 2, total: 2 })
      : undefined,
    /** Set once changed. */
    changed,
    /** The new number, as shown, once changed. */
    successPhone: changed ? formatInternational(changed.e164) : undefined,
    /** The current number's code step: its send, its cooldown, its field. */
    oldCodeStep: old,
    confirmOld,
    back,
  };
}

export type ChangePhoneFormState = ReturnType<typeof useChangePhoneForm>;

/** What `useChangePhoneFormCore` returns: the form's state without the new number as typed. */
export type ChangePhoneFormCoreState = ReturnType<typeof useChangePhoneFormCore>;
