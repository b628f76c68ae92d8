'use client';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { toGenAuthError, type GenAuthError } from '../../api/genauth-error.js';
import type { ServerLang } from '../../api/server-lang.js';
import type { GenAuthPhone, SmsChannel } from '../../api/types.js';
import { formatMessage } from '../../i18n/format-message.js';
import { formatInternational } from '../../phone/format-international.js';
import { toGenAuthPhone } from '../../phone/to-genauth-phone.js';
import type { CountryCode } from '../../phone/types.js';
import {
  canOfferRetry,
  describeFailure,
  formAlertOf,
  type FormFailure,
  type LocalFailure,
} from '../../i18n/form-failure.js';
import type { PhoneFormOptions, PhoneNumberOptions } from '../shared/phone-form-options.js';
import { profilePhoneText } from '../../phone/profile-phone-text.js';
import {
  PhoneChangeExpiredError,
  useChangePhone,
  type PendingPhoneChange,
} from '../account/use-change-phone.js';
import { useCurrentPhone } from '../account/use-current-phone.js';
import { useEnteredCode } from '../code-step/use-entered-code.js';
import { useFocusRequest } from '../shared/use-focus-request.js';
import { useFormEnvironment } from './use-form-environment.js';
import { useFormFailure } from './use-form-failure.js';
import { usePhoneNumberField } from '../phone-input/use-phone-number-field.js';
import { useSendCodeStep } from '../code-step/use-send-code-step.js';
import { useSmsCodeAutofill } from '../code-step/use-sms-code-autofill.js';
import { useStableCallback } from '../shared/use-stable-callback.js';
import { useSubmitHandler } from './use-submit-handler.js';
import { useWhenShown } from '../shared/use-when-shown.js';
import { useWithTypedNumber } from '../phone-input/use-typed-number.js';

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
export interface ChangePhoneResult extends GenAuthPhone {
  /** The new number in E.164, e.g. `+8613700137000`. */
  e164: string;
}

/** The step the form is on: proving the current number, or entering the new one. */
export type ChangePhoneStep = 'old' | 'new';

export interface UseChangePhoneFormOptions extends PhoneFormOptions, PhoneNumberOptions {
  /**
   * Ask for a code sent to the current number first. The form also turns this on by itself when
   * the service answers apiCode 2228 (the tenant requires it).
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
   * Go on as soon as the last code digit is entered: the current number's code moves to the next
   * step, the new number's code submits.
   * @default true
   */
  autoSubmit?: boolean;
  /**
   * Called once the number is changed. An answer that arrives while an `<Activity>` hides the form
   * is reported when the form is shown again; one that arrives after the form unmounted, never.
   * @default undefined
   */
  onSuccess?: (result: ChangePhoneResult) => void;
  /**
   * Called for every failed request (send, verify, update), once it is shown: while an `<Activity>`
   * hides the form, when it is shown again; never after the form unmounted. A token that ran out
   * before `update-phone` sends no request and is not reported.
   * @default undefined
   */
  onError?: (error: GenAuthError) => void;
}

type FailureSource = 'send-new' | 'send-old' | 'verify' | 'update' | 'profile';
type FocusField = 'phone' | 'code' | 'oldCode';

/** The fields that show their own failures; the rest go to the form alert. */
const FAILURE_FIELDS: readonly FocusField[] = ['phone', 'code', 'oldCode'];
const SEND_SOURCES: readonly FailureSource[] = ['send-new', 'send-old'];

function samePhone(a: GenAuthPhone, b: GenAuthPhone): boolean {
  return a.phoneNumber === b.phoneNumber && a.phoneCountryCode === b.phoneCountryCode;
}

/**
 * Everything `ChangePhoneForm` does, without markup: the one place where react-hook-form, the send
 * and change mutations, the two cooldowns (one per channel) and the apiCode mapping meet. Returns
 * state, ids and handlers for each part, so any markup can be built on it.
 *
 * The flow: (when the tenant wants it) a code sent to the current number → the new number and its
 * code → `verify-update-phone-request` → `update-phone` with the token it returned. A token that
 * ran out first is not sent: the form asks to verify again (`change.tokenExpired`).
 *
 * The component calling it re-renders at every keystroke in the new number, since it returns
 * the text. `ChangePhoneForm` runs the form without the text at its top and reads the text only in the
 * part that shows it, so a keystroke re-renders that part alone.
 */
export function useChangePhoneForm(options: UseChangePhoneFormOptions = {}) {
  return useWithTypedNumber(useChangePhoneFormCore(options));
}

/**
 * `useChangePhoneForm` without the new number as typed (its text, parsed value and validation
 * message), so the component calling it does not re-render at each keystroke: the part that shows
 * the number reads it with `useTypedNumber(state.number)`. Handlers parse the number when they run.
 */
export function useChangePhoneFormCore(options: UseChangePhoneFormOptions = {}) {
  const {
    resendSeconds = 60,
    mobileOnly = true,
    newPhoneChannel = 'CHANNEL_BIND_PHONE',
    oldPhoneChannel = 'CHANNEL_UNBIND_PHONE',
    autoSubmit = true,
    onSuccess,
    onError,
    onUnauthorized,
  } = options;
  const { api, localeValue, locale, messages, lang, queryClient, settings, profile } =
    useFormEnvironment(options);
  const { codeLength, countries } = settings;
  const whenShown = useWhenShown();
  const baseId = useId();
  const ids = useMemo(
    () => ({
      title: `${baseId}-title`,
      step: `${baseId}-step`,
      phoneError: `${baseId}-phone-error`,
      codeError: `${baseId}-code-error`,
      oldCodeError: `${baseId}-old-code-error`,
      sendError: `${baseId}-send-error`,
      oldSendError: `${baseId}-old-send-error`,
    }),
    [baseId],
  );

  const form = useForm<ChangePhoneFormValues>({
    defaultValues: { country: '', phone: '', code: '', oldCode: '' },
  });
  const requestFocus = useFocusRequest<FocusField>(form.setFocus);
  const failures = useFormFailure({
    messages,
    lang,
    fields: FAILURE_FIELDS,
    sendSources: SEND_SOURCES,
    requestFocus,
    onError,
  });
  const { clear: clearFailure, dismiss, show: showFailure } = failures;
  // Refs, not state: two gestures in one task must both see the first one's effect.
  const submitting = useRef(false);
  /** What every field of the form needs to take an edit. */
  const edits = { messages, locked: submitting, onEdit: dismiss };
  /** A verified change whose `update-phone` did not go through yet (kept for "Try again"). */
  const pending = useRef<PendingPhoneChange | null>(null);
  const number = usePhoneNumberField(form, {
    ...edits,
    countries,
    defaultCountry: settings.defaultCountry,
    mobileOnly,
    locale,
    requestFocus,
  });
  const { validNumber, readNumber } = number;
  const entered = useEnteredCode(form, 'code', { ...edits, codeLength });
  const enteredOld = useEnteredCode(form, 'oldCode', { ...edits, codeLength });
  const { completeCode } = entered;
  const { completeCode: completeOldCode } = enteredOld;

  const currentPhone = useCurrentPhone(profile.data);

  const newStep = useSendCodeStep({
    api,
    channel: newPhoneChannel,
    locale,
    queryClient,
    resendSeconds,
    onUnauthorized,
  });
  const oldStep = useSendCodeStep({
    api,
    channel: oldPhoneChannel,
    locale,
    queryClient,
    resendSeconds,
    onUnauthorized,
  });
  const change = useChangePhone({ api, queryClient, lang: locale, onUnauthorized });
  const { cooldown: newCooldown } = newStep;
  const { cooldown: oldCooldown } = oldStep;

  /** Set by a 2228 answer: the tenant requires the current number's code. */
  const [serverRequiresOld, setServerRequiresOld] = useState(false);
  /** The current number's code was entered and the user moved on to the new number. */
  const [oldConfirmed, setOldConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [changed, setChanged] = useState<ChangePhoneResult | null>(null);

  const wantsOld = Boolean(options.requireOldPhoneVerification) || serverRequiresOld;
  // Without a current number there is nothing to prove (the profile says so once it is read).
  const noCurrentPhone = profile.isSuccess && !currentPhone;
  const hasOldStep = wantsOld && !noCurrentPhone;
  const step: ChangePhoneStep = hasOldStep && !oldConfirmed ? 'old' : 'new';

  /** Shows a failure at its field (back on the current number's step for its code), and reports it. */
  const show = useCallback(
    (next: FormFailure<FailureSource>) => {
      if (next.field === 'oldCode') setOldConfirmed(false);
      showFailure(next);
    },
    [showFailure],
  );

  /** A failed request, placed by its description. */
  const fail = useCallback(
    (source: FailureSource, raw: unknown, requestLang: ServerLang) => {
      const next = describeFailure(source, raw, requestLang);
      // The current number is not a field of this form: what concerns it goes to the form alert.
      if (source === 'send-old' && next.field !== 'form') next.field = 'form';
      // Without a current number (profile not read) there is no step to show it on.
      if (next.field === 'oldCode' && !currentPhone) next.field = 'form';
      show(next);
      return next;
    },
    [currentPhone, show],
  );

  // Handlers of fixed identity: the parts they are handed to are memoized and skip the form's
  // re-renders (a cooldown tick, a country picked) unless their own props change.
  const sendNew = useStableCallback(() => {
    if (newStep.blocked || submitting.current) return;
    const phoneValue = validNumber();
    if (!phoneValue) return;
    const requestLang = lang;
    clearFailure();
    newStep.send(toGenAuthPhone(phoneValue), {
      onSent: () => requestFocus('code'),
      onFailed: (error) => fail('send-new', error, requestLang),
    });
  });

  const sendOld = useStableCallback(() => {
    if (oldStep.blocked || submitting.current || !currentPhone) return;
    const requestLang = lang;
    clearFailure();
    oldStep.send(currentPhone, {
      onSent: () => requestFocus('oldCode'),
      onFailed: (error) => fail('send-old', error, requestLang),
    });
  });

  const failedField = failures.failure?.field;
  const sentTo = newStep.sentTo;
  /** Leaves the current number's step once its code is complete (no request: it is checked with the change). */
  const confirmOld = useStableCallback(() => {
    if (submitting.current) return;
    // The code on screen was just refused (or spent): going on with it again cannot work, and a
    // second click of a double click landing here after a quick answer must not undo the step.
    if (failedField === 'oldCode') {
      requestFocus('oldCode', true);
      return;
    }
    if (completeOldCode() === undefined) {
      requestFocus('oldCode');
      return;
    }
    setOldConfirmed(true);
    requestFocus(readNumber().isValid && sentTo ? 'code' : 'phone');
  });

  const back = useCallback(() => {
    if (submitting.current) return;
    setOldConfirmed(false);
    requestFocus('oldCode');
  }, [requestFocus]);

  /** After the token ran out or the change was refused: verify again, with new codes. */
  const verifyAgain = useCallback(
    (spent: PendingPhoneChange, reason: 'expired' | 'not-changed', error?: GenAuthError) => {
      pending.current = null;
      const local: LocalFailure =
        reason === 'not-changed' ? 'notChanged' : spent.verifiedOld ? 'tokenExpiredOld' : 'tokenExpired';
      show({
        source: 'update',
        field: spent.verifiedOld && reason === 'expired' ? 'oldCode' : 'code',
        action: 'new-code',
        local,
        error,
        lang,
      });
    },
    [lang, show],
  );

  const submit = useStableCallback(() => {
    if (submitting.current || changed) return;
    if (step === 'old') {
      confirmOld();
      return;
    }
    const phoneValue = validNumber();
    if (!phoneValue) return;
    const code = completeCode();
    if (code === undefined) {
      requestFocus('code');
      return;
    }
    const withOld = hasOldStep && currentPhone !== undefined;
    const oldCode = withOld ? completeOldCode() : undefined;
    if (withOld && oldCode === undefined) {
      setOldConfirmed(false);
      requestFocus('oldCode');
      return;
    }
    const phone = toGenAuthPhone(phoneValue);
    const e164 = phoneValue.e164 ?? `${phone.phoneCountryCode}${phone.phoneNumber}`;
    const requestLang = lang;
    const reusable = pending.current && samePhone(pending.current.phone, phone) ? pending.current : null;
    if (!reusable) pending.current = null;

    submitting.current = true;
    setBusy(true);
    clearFailure();
    let stage: 'verify' | 'update' = 'verify';
    let verified: PendingPhoneChange | null = reusable;
    const run = async () => {
      if (!verified) {
        verified = await change.verify.mutateAsync({
          newPhone: phone,
          newPassCode: code,
          ...(withOld ? { oldPhone: currentPhone, oldPassCode: oldCode } : {}),
        });
        pending.current = verified;
      }
      stage = 'update';
      await change.update.mutateAsync(verified);
      pending.current = null;
    };
    run()
      .then(
        () => {
          // The number changed: the cooldowns were for numbers and a flow that are done.
          newCooldown.clear();
          oldCooldown.clear();
          newStep.ignoreInFlight();
          oldStep.ignoreInFlight();
          whenShown(() => {
            const result = { ...phone, e164 };
            setChanged(result);
            onSuccess?.(result);
          });
        },
        (raw: unknown) => {
          if (stage === 'verify' && !(raw instanceof PhoneChangeExpiredError)) {
            // A Retry-After on the verify holds the next code back as long as the server asks, from its answer.
            const { action, error } = describeFailure('verify', raw, requestLang);
            if (action === 'cooldown' && error.retryAfterMs !== undefined)
              newCooldown.start(error.retryAfterMs);
          }
          whenShown(() => applyFailure(raw));
        },
      )
      .finally(() => {
        submitting.current = false;
        whenShown(() => setBusy(false));
      });

    /** What a failed verify or update shows, and what it keeps for the next try. */
    function applyFailure(raw: unknown) {
      if (raw instanceof PhoneChangeExpiredError && verified) {
        verifyAgain(verified, raw.reason);
        return;
      }
      const error = toGenAuthError(raw);
      if (stage === 'verify') {
        if ((error.apiCode === 2228 || error.apiCode === 2038) && currentPhone) {
          // The tenant wants the current number proven (first): that step comes back, values kept.
          setServerRequiresOld(true);
        }
        fail('verify', error, requestLang);
        return;
      }
      // update-phone failed. A request that may go through on a second try keeps its token.
      const { description } = describeFailure('update', error, requestLang);
      const keepsToken =
        description.action === 'retry' ||
        description.action === 'reauth' ||
        description.action === 'cooldown';
      if (keepsToken || description.apiCode !== undefined || error.kind !== 'api') {
        if (!keepsToken) pending.current = null;
        fail('update', error, requestLang);
        return;
      }
      // Any other refusal means the token is spent or ran out on the server's clock.
      if (verified) verifyAgain(verified, 'expired', error);
    }
  });

  const onSubmit = useSubmitHandler(submit);

  // Texts are derived at render time, so a locale switch re-words errors already on screen.
  const codeError = failures.fieldError('code') ?? entered.incompleteError;
  const oldCodeError = failures.fieldError('oldCode') ?? enteredOld.incompleteError;
  const sendError = failures.sendError('send-new');
  const oldSendError = failures.sendError('send-old');

  // The current number could not be read, so its code cannot be sent: say why, offer to try again.
  const profileFailure: FormFailure<FailureSource> | null =
    step === 'old' && !currentPhone && profile.isError
      ? { ...describeFailure('profile', profile.error, lang), field: 'form', action: 'retry' }
      : null;
  const alertFailure = failures.alertFailure ?? profileFailure;
  const formError =
    failures.formError ?? (profileFailure ? formAlertOf(messages, profileFailure, lang) : undefined);

  const failedSource = alertFailure?.source;
  const canRetry = canOfferRetry(formError, failedSource, {
    'send-new': { running: newCooldown.running, sending: newStep.sending },
    'send-old': { running: oldCooldown.running, sending: oldStep.sending },
  });
  const { refetch: refetchProfile } = profile;
  const retry = useStableCallback(() => {
    if (failedSource === 'send-new') sendNew();
    else if (failedSource === 'send-old') sendOld();
    else if (failedSource === 'profile') void refetchProfile();
    else if (failedSource === 'verify' || failedSource === 'update') submit();
  });

  const onCodeComplete = useStableCallback((code: string) => {
    if (!autoSubmit || code.length !== codeLength || !readNumber().isValid) return;
    submit();
  });
  const onOldCodeComplete = useStableCallback((code: string) => {
    if (!autoSubmit || code.length !== codeLength) return;
    confirmOld();
  });
  // WebOTP (Chrome on Android), for the step on screen: its SMS's code fills its field once sent.
  const waiting = !busy && !changed;
  useSmsCodeAutofill({
    enabled: waiting && step === 'old' && oldStep.sentTo !== null && !oldStep.sending,
    sent: oldStep.sentTo,
    codeLength,
    setCode: enteredOld.setCode,
    onComplete: onOldCodeComplete,
  });
  useSmsCodeAutofill({
    enabled: waiting && step === 'new' && newStep.sentTo !== null && !newStep.sending,
    sent: newStep.sentTo,
    codeLength,
    setCode: entered.setCode,
    onComplete: onCodeComplete,
  });
  const { reset: resetNewStep } = newStep;
  const changeNumber = useCallback(() => {
    resetNewStep();
    requestFocus('phone');
  }, [requestFocus, resetNewStep]);

  const currentText = currentPhone ? profilePhoneText(currentPhone) : undefined;
  const { failure } = failures;

  return {
    locale,
    messages,
    /** Locale and catalog in force, for a `LocaleContext.Provider` around the parts. */
    localeValue,
    form,
    /** Ids of the error texts and the step line, for `aria-describedby`. */
    ids,
    /** `old`: the current number's code; `new`: the new number and its code. */
    step,
    /** True when the current number's code is part of the change (by prop, or after a 2228). */
    hasOldStep,
    /** The current number, once the profile is read. */
    currentPhone,
    /** The current number formatted for reading, e.g. `+86 138 0013 8000`. */
    currentText,
    /** "Step 1 of 2", when there are two steps. */
    stepText: hasOldStep
      ? formatMessage(messages.change.step, { step: step === 'old' ? 1 : 2, total: 2 })
      : undefined,
    /** The effective country of the new number (chosen, or the default). */
    country: number.country,
    /** The new number without its text, for `useTypedNumber` in the part that shows it. */
    number,
    codeLength,
    countries,
    preferredCountries: options.preferredCountries,
    internationalSmsOff: settings.internationalSmsOff,
    /** Set once changed. */
    changed,
    /** The new number, as shown, once changed. */
    successPhone: changed ? formatInternational(changed.e164) : undefined,
    sentTo,
    oldSentTo: oldStep.sentTo,
    maybeSent: newStep.maybeSent,
    oldMaybeSent: oldStep.maybeSent,
    cooldownSeconds: newStep.cooldownSeconds,
    oldCooldownSeconds: oldStep.cooldownSeconds,
    sending: newStep.sending,
    oldSending: oldStep.sending,
    submitting: busy,
    /** The last failure at the new number, if any (its validation message comes from `useTypedNumber`). */
    phoneFailure: failures.fieldError('phone'),
    codeError,
    oldCodeError,
    sendError,
    oldSendError,
    formError,
    canRetry,
    retry,
    /** The new number's code must be asked for again (expired code, spent token). */
    offerNewCode: failure?.field === 'code' && failure.action === 'new-code',
    /** The current number's code must be asked for again (spent token). */
    offerNewOldCode: failure?.field === 'oldCode' && failure.action === 'new-code',
    setCountry: number.setCountry,
    setCode: entered.setCode,
    setOldCode: enteredOld.setCode,
    onCodeComplete,
    onOldCodeComplete,
    codeRef: entered.codeRef,
    oldCodeRef: enteredOld.codeRef,
    countryRef: number.countryRef,
    code: entered.code,
    oldCode: enteredOld.code,
    sendNew,
    sendOld,
    confirmOld,
    back,
    onSubmit,
    changeNumber,
  };
}

export type ChangePhoneFormState = ReturnType<typeof useChangePhoneForm>;

/** What `useChangePhoneFormCore` returns: the form's state without the new number as typed. */
export type ChangePhoneFormCoreState = ReturnType<typeof useChangePhoneFormCore>;
