'use client';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { GenAuthError } from '../../api/genauth-error.js';
import type { GenAuthPhone, SmsChannel, UserProfile } from '../../api/types.js';
import { formatInternational } from '../../phone/format-international.js';
import { toGenAuthPhone } from '../../phone/to-genauth-phone.js';
import type { CountryCode } from '../../phone/types.js';
import type { PhoneFormOptions, PhoneNumberOptions } from '../shared/phone-form-options.js';
import { profilePhoneText } from '../../phone/profile-phone-text.js';
import { useAlreadyBound } from '../account/use-already-bound.js';
import { useBindPhone } from '../account/use-bind-phone.js';
import { phoneOfProfile } from '../account/use-current-phone.js';
import { useEnteredCode } from '../code-step/use-entered-code.js';
import { useFocusRequest } from '../shared/use-focus-request.js';
import { useFormEnvironment } from './use-form-environment.js';
import { canOfferRetry, describeFailure } from '../../i18n/form-failure.js';
import { useFormFailure } from './use-form-failure.js';
import { usePhoneNumberField } from '../phone-input/use-phone-number-field.js';
import { useSendCodeStep } from '../code-step/use-send-code-step.js';
import { useSmsCodeAutofill } from '../code-step/use-sms-code-autofill.js';
import { useStableCallback } from '../shared/use-stable-callback.js';
import { useSubmitHandler } from './use-submit-handler.js';
import { useWithTypedNumber } from '../phone-input/use-typed-number.js';
import { useWhenShown } from '../shared/use-when-shown.js';

export { phoneReasonMessage } from '../../i18n/phone-reason-message.js';

/** The values react-hook-form holds. `country` is empty until the user picks one. */
export interface BindPhoneFormValues {
  country: CountryCode | '';
  phone: string;
  code: string;
}

/** What `onSuccess` receives. */
export interface BindPhoneResult extends GenAuthPhone {
  /** The bound number in E.164, e.g. `+8613800138000`. */
  e164: string;
}

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
   * Called once the number is bound. An answer that arrives while an `<Activity>` hides the form
   * is reported when the form is shown again; one that arrives after the form unmounted, never.
   * @default undefined
   */
  onSuccess?: (result: BindPhoneResult) => void;
  /**
   * Called for every failed send or bind, once it is shown: while an `<Activity>` hides the form,
   * when it is shown again; never after the form unmounted.
   * @default undefined
   */
  onError?: (error: GenAuthError) => void;
  /**
   * Called once when the profile shows the user already has a phone.
   * @default undefined
   */
  onAlreadyBound?: (profile: UserProfile) => void;
}

type FailureSource = 'send' | 'bind';
type FocusField = 'phone' | 'code';

/** The fields that show their own failures; the rest go to the form alert. */
const FAILURE_FIELDS: readonly FocusField[] = ['phone', 'code'];
const SEND_SOURCES: readonly FailureSource[] = ['send'];

/**
 * Everything `BindPhoneForm` does, without markup: the one place where react-hook-form, the two
 * mutations, the cooldown and the apiCode mapping meet. Returns state, ids and handlers for each
 * part, so any markup can be built on it.
 *
 * The component calling it re-renders at every keystroke in the number, since it returns
 * the text. `BindPhoneForm` runs the form without the text at its top and reads the text only in the
 * part that shows it, so a keystroke re-renders that part alone.
 */
export function useBindPhoneForm(options: UseBindPhoneFormOptions = {}) {
  return useWithTypedNumber(useBindPhoneFormCore(options));
}

/**
 * `useBindPhoneForm` without the number as typed (its text, parsed value and validation message),
 * so the component calling it does not re-render at each keystroke: the part that shows the
 * number reads it with `useTypedNumber(state.number)`. Handlers parse the number when they run.
 */
export function useBindPhoneFormCore(options: UseBindPhoneFormOptions = {}) {
  const {
    resendSeconds = 60,
    mobileOnly = true,
    channel = 'CHANNEL_BIND_PHONE',
    autoSubmit = true,
    onSuccess,
    onError,
    onUnauthorized,
    onAlreadyBound,
  } = options;
  const { api, localeValue, locale, messages, lang, queryClient, settings, profile } =
    useFormEnvironment(options);
  const { codeLength, countries } = settings;
  const baseId = useId();
  const ids = useMemo(
    () => ({
      title: `${baseId}-title`,
      phoneError: `${baseId}-phone-error`,
      codeError: `${baseId}-code-error`,
      sendError: `${baseId}-send-error`,
    }),
    [baseId],
  );

  const form = useForm<BindPhoneFormValues>({ defaultValues: { country: '', phone: '', code: '' } });
  const requestFocus = useFocusRequest<FocusField>(form.setFocus);
  const failures = useFormFailure({
    messages,
    lang,
    fields: FAILURE_FIELDS,
    sendSources: SEND_SOURCES,
    requestFocus,
    onError,
  });
  const { fail, clear: clearFailure, dismiss } = failures;
  // A ref, not state: two gestures in one task must both see the first one's effect.
  const submitting = useRef(false);
  /** What every field of the form needs to take an edit. */
  const edits = { messages, locked: submitting, onEdit: dismiss };
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
  const { completeCode } = entered;

  const sendStep = useSendCodeStep({ api, channel, locale, queryClient, resendSeconds, onUnauthorized });
  const whenShown = useWhenShown();
  const bindMutation = useBindPhone({ api, queryClient, lang: locale, onUnauthorized });
  const { cooldown } = sendStep;

  const [bound, setBound] = useState<BindPhoneResult | null>(null);
  const alreadyBound = useAlreadyBound({ profile: profile.data, enabled: !bound, onAlreadyBound });
  const alreadyBoundPhone = phoneOfProfile(alreadyBound);

  // Handlers of fixed identity: the parts they are handed to are memoized and skip the form's
  // re-renders (a cooldown tick, a country picked) unless their own props change.
  const send = useStableCallback(() => {
    if (sendStep.blocked || submitting.current) return;
    const phoneValue = validNumber();
    if (!phoneValue) return;
    const requestLang = lang;
    clearFailure();
    sendStep.send(toGenAuthPhone(phoneValue), {
      onSent: () => requestFocus('code'),
      onFailed: (error) => fail('send', error, requestLang),
    });
  });

  const submit = useStableCallback(() => {
    if (submitting.current || bound) return;
    const phoneValue = validNumber();
    if (!phoneValue) return;
    const code = completeCode();
    if (code === undefined) {
      requestFocus('code');
      return;
    }
    const phone = toGenAuthPhone(phoneValue);
    const e164 = phoneValue.e164 ?? `${phone.phoneCountryCode}${phone.phoneNumber}`;
    const requestLang = lang;
    submitting.current = true;
    clearFailure();
    // The promise, not `mutate`'s per-call callbacks: TanStack Query skips those while nothing
    // subscribes to the mutation, as when an <Activity> hides the form, and the form would stay
    // submitting. The profile is invalidated by the mutation itself, so that happens in any case.
    bindMutation
      .mutateAsync({ ...phone, passCode: code })
      .then(
        () => {
          // The number is bound: the cooldown and any send still in flight were for a flow that is done.
          cooldown.clear();
          sendStep.ignoreInFlight();
          whenShown(() => {
            const result = { ...phone, e164 };
            setBound(result);
            onSuccess?.(result);
          });
        },
        (raw: unknown) => {
          const failure = describeFailure('bind', raw, requestLang);
          // A Retry-After on the bind holds the next code back as long as the server asks, from its answer.
          if (failure.action === 'cooldown' && failure.error.retryAfterMs !== undefined) {
            cooldown.start(failure.error.retryAfterMs);
          }
          whenShown(() => failures.show(failure));
        },
      )
      .finally(() => {
        submitting.current = false;
      });
  });

  const onSubmit = useSubmitHandler(submit);

  // Texts are derived at render time, so a locale switch re-words errors already on screen.
  const codeError = failures.fieldError('code') ?? entered.incompleteError;
  const sendError = failures.sendError('send');
  const { formError } = failures;
  const failedSource = failures.failure?.source;
  const canRetry = canOfferRetry(formError, failedSource, {
    send: { running: cooldown.running, sending: sendStep.sending },
  });
  const retry = useStableCallback(() => {
    if (failedSource === 'send') send();
    else if (failedSource === 'bind') submit();
  });

  const onCodeComplete = useStableCallback((code: string) => {
    if (!autoSubmit || code.length !== codeLength || !readNumber().isValid) return;
    submit();
  });
  // WebOTP (Chrome on Android): the SMS's code fills the field once sent, until it is submitted.
  useSmsCodeAutofill({
    enabled: sendStep.sentTo !== null && !sendStep.sending && !bindMutation.isPending && !bound,
    sent: sendStep.sentTo,
    codeLength,
    setCode: entered.setCode,
    onComplete: onCodeComplete,
  });
  const { reset: resetSendStep } = sendStep;
  const changeNumber = useCallback(() => {
    resetSendStep();
    requestFocus('phone');
  }, [requestFocus, resetSendStep]);

  return {
    locale,
    messages,
    /** Locale and catalog in force, for a `LocaleContext.Provider` around the parts. */
    localeValue,
    form,
    /** Ids of the error texts, for `aria-describedby`. */
    ids,
    /** The effective country (chosen, or the default). */
    country: number.country,
    /** The number without its text, for `useTypedNumber` in the part that shows it. */
    number,
    codeLength,
    /** Countries offered, when restricted by the prop or the tenant. */
    countries,
    preferredCountries: options.preferredCountries,
    /** True when the tenant has international SMS off and only mainland China is offered. */
    internationalSmsOff: settings.internationalSmsOff,
    /** The profile, when it shows a phone already bound. */
    alreadyBound,
    /** The bound number as shown, when the profile has one. */
    alreadyBoundPhone: alreadyBoundPhone ? profilePhoneText(alreadyBoundPhone) : undefined,
    /** Set once bound. */
    bound,
    /** The number just bound, as shown. */
    successPhone: bound ? formatInternational(bound.e164) : undefined,
    sentTo: sendStep.sentTo,
    maybeSent: sendStep.maybeSent,
    cooldownSeconds: sendStep.cooldownSeconds,
    sending: sendStep.sending,
    submitting: bindMutation.isPending,
    /** The last failure at the number, if any (its validation message comes from `useTypedNumber`). */
    phoneFailure: failures.fieldError('phone'),
    codeError,
    sendError,
    formError,
    /** The last failure may go away on a second try: offer a "Try again" button calling `retry`. */
    canRetry,
    retry,
    /** Expired code: the UI offers a new one right at the code field. */
    offerNewCode: failures.failure?.action === 'new-code',
    setCountry: number.setCountry,
    setCode: entered.setCode,
    onCodeComplete,
    codeRef: entered.codeRef,
    countryRef: number.countryRef,
    code: entered.code,
    send,
    onSubmit,
    changeNumber,
  };
}

/** What `useBindPhoneFormCore` returns: the form's state without the number as typed. */
export type BindPhoneFormCoreState = ReturnType<typeof useBindPhoneFormCore>;

export type BindPhoneFormState = ReturnType<typeof useBindPhoneForm>;
