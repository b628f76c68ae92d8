'use client';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { GenAuthError } from '../../api/genauth-error.js';
import type { GenAuthPhone, SmsChannel } from '../../api/types.js';
import type { PhoneFormOptions } from '../shared/phone-form-options.js';
import { profilePhoneText } from '../../phone/profile-phone-text.js';
import { useCurrentPhone } from '../account/use-current-phone.js';
import { useEnteredCode } from '../code-step/use-entered-code.js';
import { useFocusRequest } from '../shared/use-focus-request.js';
import { useFormEnvironment } from './use-form-environment.js';
import { canOfferRetry, describeFailure } from '../../i18n/form-failure.js';
import { useFormFailure } from './use-form-failure.js';
import { useSendCodeStep } from '../code-step/use-send-code-step.js';
import { useSmsCodeAutofill } from '../code-step/use-sms-code-autofill.js';
import { useSubmitHandler } from './use-submit-handler.js';
import { useUnbindPhone } from '../account/use-unbind-phone.js';
import { useWhenShown } from '../shared/use-when-shown.js';

/** What `onSuccess` receives: the number that was removed. */
export interface UnbindPhoneResult extends GenAuthPhone {
  /** The removed number in E.164, e.g. `+8613800138000`. */
  e164: string;
}

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
   * Called once the number is removed. An answer that arrives while an `<Activity>` hides the step
   * is reported when the step is shown again; one that arrives after the step unmounted, never.
   * @default undefined
   */
  onSuccess?: (result: UnbindPhoneResult) => void;
  /**
   * Called for every failed send or unbind, once it is shown: while an `<Activity>` hides the step,
   * when it is shown again; never after unmount.
   * @default undefined
   */
  onError?: (error: GenAuthError) => void;
  /**
   * Called when the step is closed with "Cancel".
   * @default undefined
   */
  onCancel?: () => void;
}

type FailureSource = 'send' | 'unbind';
type FocusTarget = 'trigger' | 'send' | 'code';

/** The one field that shows its own failures; everything else (2217 first of all) goes to the step's alert. */
const FAILURE_FIELDS: readonly 'code'[] = ['code'];
const SEND_SOURCES: readonly FailureSource[] = ['send'];

/**
 * Everything `UnbindPhoneButton` does, without markup: a "Remove" button opens a step that sends a
 * code to the current number (`CHANNEL_UNBIND_PHONE`), takes it and confirms with `unbind-phone`.
 * A refusal because the phone is the only way to sign in (apiCode 2217) is explained in the step.
 */
export function useUnbindPhoneForm(options: UseUnbindPhoneFormOptions = {}) {
  const {
    resendSeconds = 60,
    channel = 'CHANNEL_UNBIND_PHONE',
    autoSubmit = false,
    onSuccess,
    onError,
    onUnauthorized,
    onCancel,
  } = options;
  const { api, localeValue, locale, messages, lang, queryClient, settings, profile } =
    useFormEnvironment(options);
  const { codeLength } = settings;
  const whenShown = useWhenShown();
  const baseId = useId();
  const ids = useMemo(
    () => ({
      title: `${baseId}-title`,
      description: `${baseId}-description`,
      codeError: `${baseId}-code-error`,
      sendError: `${baseId}-send-error`,
    }),
    [baseId],
  );

  const form = useForm<{ code: string }>({ defaultValues: { code: '' } });
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const sendButtonRef = useRef<HTMLButtonElement | null>(null);
  const focusTarget = useCallback(
    (target: FocusTarget, focusOptions: { shouldSelect: boolean }) => {
      if (target === 'code') form.setFocus('code', focusOptions);
      else if (target === 'send') sendButtonRef.current?.focus();
      else triggerRef.current?.focus();
    },
    [form],
  );
  const requestFocus = useFocusRequest<FocusTarget>(focusTarget);
  const failures = useFormFailure({
    messages,
    lang,
    fields: FAILURE_FIELDS,
    sendSources: SEND_SOURCES,
    requestFocus,
    onError,
  });
  const { fail, show, clear: clearFailure, dismiss } = failures;
  const submitting = useRef(false);
  /** What every field of the form needs to take an edit. */
  const edits = { messages, locked: submitting, onEdit: dismiss };
  const entered = useEnteredCode(form, 'code', { ...edits, codeLength });
  const { completeCode } = entered;

  const current = useCurrentPhone(profile.data);
  const phone = options.phone ?? current;

  const sendStep = useSendCodeStep({ api, channel, locale, queryClient, resendSeconds, onUnauthorized });
  const unbindMutation = useUnbindPhone({ api, queryClient, lang: locale, onUnauthorized });
  const { cooldown } = sendStep;

  const [open, setOpen] = useState(Boolean(options.defaultOpen));
  const [busy, setBusy] = useState(false);
  const [removed, setRemoved] = useState<UnbindPhoneResult | null>(null);

  const openStep = useCallback(() => {
    setOpen(true);
    requestFocus('send');
  }, [requestFocus]);

  const { ignoreInFlight } = sendStep;
  const cancel = useCallback(() => {
    if (submitting.current) return;
    ignoreInFlight();
    setOpen(false);
    clearFailure();
    requestFocus('trigger');
    onCancel?.();
  }, [clearFailure, ignoreInFlight, onCancel, requestFocus]);

  const send = useCallback(() => {
    if (sendStep.blocked || submitting.current || !phone) return;
    const requestLang = lang;
    clearFailure();
    sendStep.send(phone, {
      onSent: () => requestFocus('code'),
      onFailed: (error) => fail('send', error, requestLang),
    });
  }, [clearFailure, fail, lang, phone, requestFocus, sendStep]);

  const submit = useCallback(() => {
    if (submitting.current || removed || !phone) return;
    const code = completeCode();
    if (code === undefined) {
      requestFocus('code');
      return;
    }
    const target = phone;
    const requestLang = lang;
    submitting.current = true;
    setBusy(true);
    clearFailure();
    unbindMutation
      .mutateAsync({ passCode: code })
      .then(
        () => {
          // Removed: the cooldown and any send still in flight were for a step that is done.
          cooldown.clear();
          ignoreInFlight();
          whenShown(() => {
            const result = { ...target, e164: `${target.phoneCountryCode}${target.phoneNumber}` };
            setRemoved(result);
            onSuccess?.(result);
          });
        },
        (raw: unknown) => {
          const failure = describeFailure('unbind', raw, requestLang);
          // A Retry-After holds the next code back as long as the server asks, from its answer.
          if (failure.action === 'cooldown' && failure.error.retryAfterMs !== undefined) {
            cooldown.start(failure.error.retryAfterMs);
          }
          whenShown(() => show(failure));
        },
      )
      .finally(() => {
        submitting.current = false;
        whenShown(() => setBusy(false));
      });
  }, [
    clearFailure,
    completeCode,
    cooldown,
    ignoreInFlight,
    lang,
    onSuccess,
    phone,
    removed,
    requestFocus,
    show,
    unbindMutation,
    whenShown,
  ]);

  const onSubmit = useSubmitHandler(submit);

  const codeError = failures.fieldError('code') ?? entered.incompleteError;
  const sendError = failures.sendError('send');
  const { formError } = failures;
  const failedSource = failures.failure?.source;
  const canRetry = canOfferRetry(formError, failedSource, {
    send: { running: cooldown.running, sending: sendStep.sending },
  });
  const retry = useCallback(() => {
    if (failedSource === 'send') send();
    else if (failedSource === 'unbind') submit();
  }, [failedSource, send, submit]);

  const onCodeComplete = useCallback(
    (code: string) => {
      if (!autoSubmit || code.length !== codeLength) return;
      submit();
    },
    [autoSubmit, codeLength, submit],
  );
  // WebOTP (Chrome on Android): the SMS's code fills the field once sent, until it is submitted.
  useSmsCodeAutofill({
    enabled: sendStep.sentTo !== null && !sendStep.sending && !busy && !removed,
    sent: sendStep.sentTo,
    codeLength,
    setCode: entered.setCode,
    onComplete: onCodeComplete,
  });

  const phoneText = phone ? profilePhoneText(phone) : undefined;

  return {
    locale,
    messages,
    /** Locale and catalog in force, for a `LocaleContext.Provider` around the parts. */
    localeValue,
    form,
    ids,
    /** The step (send, code, confirm) is shown. */
    open,
    /** The number to remove, once known. */
    phone,
    /** The number formatted for reading, e.g. `+86 138 0013 8000`. */
    phoneText,
    codeLength,
    /** Set once removed. */
    removed,
    sentTo: sendStep.sentTo,
    maybeSent: sendStep.maybeSent,
    cooldownSeconds: sendStep.cooldownSeconds,
    sending: sendStep.sending,
    submitting: busy,
    codeError,
    sendError,
    formError,
    canRetry,
    retry,
    /** Expired code: the UI offers a new one right at the code field. */
    offerNewCode: failures.failure?.action === 'new-code',
    triggerRef,
    sendButtonRef,
    codeRef: entered.codeRef,
    code: entered.code,
    openStep,
    cancel,
    send,
    setCode: entered.setCode,
    onCodeComplete,
    onSubmit,
  };
}

export type UnbindPhoneFormState = ReturnType<typeof useUnbindPhoneForm>;
