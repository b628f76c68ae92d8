import { useCallback, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useController, useForm } from 'react-hook-form';
import { describeError, type ErrorDescription } from '../api/error-map.js';
import { GenAuthError, isGenAuthError } from '../api/genauth-error.js';
import { sanitizeServerMessage } from '../api/sanitize-text.js';
import { toServerLang, type ServerLang } from '../api/server-lang.js';
import type { GenAuthPhone, PhoneBindingApi, SmsChannel } from '../api/types.js';
import { errorMessage } from '../i18n/error-message.js';
import { formatMessage } from '../i18n/format-message.js';
import type { Messages, MessagesOverride } from '../i18n/types.js';
import { formatInternational } from '../phone/format-international.js';
import { useBindingApi } from './bind-phone-context.js';
import type { UnauthorizedHandler } from './replay-after-reauth.js';
import { useCooldown } from './use-cooldown.js';
import { useFocusRequest } from './use-focus-request.js';
import { useKitQueryClient } from './use-kit-query-client.js';
import { useMessages } from './use-messages.js';
import { useMountedRef } from './use-mounted-ref.js';
import { useProfile } from './use-profile.js';
import { usePublicConfig } from './use-public-config.js';
import { mayHaveSent, useSendSmsCode } from './use-send-sms-code.js';
import { useUnbindPhone } from './use-unbind-phone.js';

/** What `onSuccess` receives: the number that was removed. */
export interface UnbindPhoneResult extends GenAuthPhone {
  /** The removed number in E.164, e.g. `+8613800138000`. */
  e164: string;
}

export interface UseUnbindPhoneFormOptions {
  /**
   * The backend: `createGenAuthClient(...)`, the mock, or your own `PhoneBindingApi`.
   * @default the client of the nearest `BindPhoneProvider`
   */
  client?: PhoneBindingApi;
  /**
   * The number to remove (where the code is sent).
   * @default the number of the signed-in user's profile
   */
  phone?: GenAuthPhone;
  /**
   * Digits in the SMS code.
   * @default the tenant's `verifyCodeLength`, else 6
   */
  codeLength?: number;
  /**
   * Seconds before a new code can be asked for, unless the server's `Retry-After` says otherwise.
   * @default 60
   */
  resendSeconds?: number;
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
   * UI locale (any BCP 47 tag); also sent as the lang header so server messages match.
   * @default the nearest provider's locale, else 'en-US'
   */
  locale?: string;
  /**
   * Deep-partial override of the catalog.
   * @default undefined
   */
  messages?: MessagesOverride;
  /**
   * Called once the number is removed (not when the answer arrives after the step unmounted).
   * @default undefined
   */
  onSuccess?: (result: UnbindPhoneResult) => void;
  /**
   * Called for every failed send or unbind, after it is shown (not after unmount).
   * @default undefined
   */
  onError?: (error: GenAuthError) => void;
  /**
   * Called when the session is gone (401 or a session apiCode). Resolve to `true` once a fresh
   * token is in place to replay the request once.
   * @default undefined
   */
  onUnauthorized?: UnauthorizedHandler;
  /**
   * Called when the step is closed with "Cancel".
   * @default undefined
   */
  onCancel?: () => void;
}

/** A failure kept as data, so its text follows the locale when it changes. */
interface Failure {
  source: 'send' | 'unbind';
  error: GenAuthError;
  description: ErrorDescription;
  lang: ServerLang;
}

type FocusTarget = 'trigger' | 'send' | 'code';

function toGenAuthError(error: unknown): GenAuthError {
  if (isGenAuthError(error)) return error;
  return new GenAuthError({ kind: 'network', message: '' });
}

function isOnline(): boolean | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.onLine;
}

/** The text of a failure in the current locale (the server's own text only in its language). */
function failureMessage(messages: Messages, failure: Failure, lang: ServerLang): string {
  const description =
    failure.lang === lang ? failure.description : { ...failure.description, useServerMessage: false };
  return sanitizeServerMessage(errorMessage(messages, description, failure.error)) || messages.errors.generic;
}

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
  const api = useBindingApi(options.client);
  const localeValue = useMessages(options.locale, options.messages);
  const { locale, messages } = localeValue;
  const lang = toServerLang(locale);
  const queryClient = useKitQueryClient();
  const config = usePublicConfig(api, queryClient, locale);
  const profile = useProfile(api, queryClient, locale);
  const mounted = useMountedRef();
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
  const codeField = useController({ control: form.control, name: 'code' });
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

  const tenantLength = config.data?.verifyCodeLength;
  const codeLength =
    options.codeLength ??
    (typeof tenantLength === 'number' &&
    Number.isInteger(tenantLength) &&
    tenantLength > 0 &&
    tenantLength <= 12
      ? tenantLength
      : 6);

  const profilePhone = profile.data?.phone;
  const profileCountryCode = profile.data?.phoneCountryCode;
  const givenPhone = options.phone;
  const phone = useMemo<GenAuthPhone | undefined>(() => {
    if (givenPhone) return givenPhone;
    return profilePhone
      ? { phoneNumber: profilePhone, phoneCountryCode: profileCountryCode || '+86' }
      : undefined;
  }, [givenPhone, profilePhone, profileCountryCode]);

  const sendMutation = useSendSmsCode({ api, channel, lang: locale, queryClient, onUnauthorized });
  const unbindMutation = useUnbindPhone({ api, queryClient, lang: locale, onUnauthorized });
  const cooldown = useCooldown({ key: channel, defaultSeconds: resendSeconds });

  const [open, setOpen] = useState(Boolean(options.defaultOpen));
  const [failure, setFailure] = useState<Failure | null>(null);
  const [maybeSent, setMaybeSent] = useState(false);
  const [sentTo, setSentTo] = useState<GenAuthPhone | null>(null);
  const [busy, setBusy] = useState(false);
  const [removed, setRemoved] = useState<UnbindPhoneResult | null>(null);
  const submitting = useRef(false);
  const sendGeneration = useRef(0);

  const fail = useCallback(
    (source: Failure['source'], raw: unknown, requestLang: ServerLang) => {
      const error = toGenAuthError(raw);
      const description = describeError(error, { online: isOnline() });
      setFailure({ source, error, description, lang: requestLang });
      if (description.field === 'code') requestFocus('code', true);
      onError?.(error);
      return { error, description };
    },
    [onError, requestFocus],
  );

  const openStep = useCallback(() => {
    setOpen(true);
    requestFocus('send');
  }, [requestFocus]);

  const cancel = useCallback(() => {
    if (submitting.current) return;
    sendGeneration.current += 1;
    setOpen(false);
    setFailure(null);
    requestFocus('trigger');
    onCancel?.();
  }, [onCancel, requestFocus]);

  const send = useCallback(() => {
    if (sendMutation.isPending || cooldown.running || submitting.current || !phone) return;
    const target = phone;
    const generation = (sendGeneration.current += 1);
    const current = () => mounted.current && generation === sendGeneration.current;
    const requestLang = lang;
    setFailure(null);
    setMaybeSent(false);
    sendMutation
      .send(target)
      .then(() => {
        cooldown.start();
        if (!current()) return;
        setSentTo(target);
        requestFocus('code');
      })
      .catch((raw: unknown) => {
        const error = toGenAuthError(raw);
        const throttled = describeError(error).action === 'cooldown';
        const unsure = !throttled && mayHaveSent(error);
        if (throttled) cooldown.start(error.retryAfterMs);
        else if (unsure) cooldown.start();
        if (!current()) return;
        fail('send', error, requestLang);
        if (unsure) setMaybeSent(true);
      });
  }, [cooldown, fail, lang, mounted, phone, requestFocus, sendMutation]);

  const submit = useCallback(() => {
    if (submitting.current || removed || !phone) return;
    const code = form.getValues('code');
    if (code.length !== codeLength) {
      form.setError('code', { type: 'incomplete' });
      requestFocus('code');
      return;
    }
    const target = phone;
    const requestLang = lang;
    submitting.current = true;
    setBusy(true);
    setFailure(null);
    unbindMutation
      .mutateAsync({ passCode: code })
      .then(
        () => {
          cooldown.clear();
          if (!mounted.current) return;
          const result = { ...target, e164: `${target.phoneCountryCode}${target.phoneNumber}` };
          sendGeneration.current += 1;
          setRemoved(result);
          onSuccess?.(result);
        },
        (raw: unknown) => {
          if (!mounted.current) return;
          const { error, description } = fail('unbind', raw, requestLang);
          if (description.action === 'cooldown' && error.retryAfterMs !== undefined) {
            cooldown.start(error.retryAfterMs);
          }
        },
      )
      .finally(() => {
        submitting.current = false;
        if (mounted.current) setBusy(false);
      });
  }, [
    codeLength,
    cooldown,
    fail,
    form,
    lang,
    mounted,
    onSuccess,
    phone,
    removed,
    requestFocus,
    unbindMutation,
  ]);

  const onSubmit = useCallback(
    (event?: FormEvent) => {
      event?.preventDefault();
      submit();
    },
    [submit],
  );

  const failureText = failure ? failureMessage(messages, failure, lang) : undefined;
  const throttled = failure?.source === 'send' && failure.description.action === 'cooldown';
  const codeIncomplete =
    form.formState.errors.code?.type === 'incomplete' && codeField.field.value.length !== codeLength;
  const codeError =
    (failure?.description.field === 'code' ? failureText : undefined) ??
    (codeIncomplete ? formatMessage(messages.code.incomplete, { length: codeLength }) : undefined);
  const sendError = throttled ? failureText : undefined;
  // Everything else (2217 "only sign-in method" first of all) is said in the step's alert.
  const formError =
    failure && !throttled && failure.description.field !== 'code'
      ? {
          message: failureText ?? messages.errors.generic,
          requestId: failure.error.requestId,
          action: failure.description.action,
        }
      : undefined;
  const failedSource = failure?.source;
  const canRetry =
    formError?.action === 'retry' &&
    !(failedSource === 'send' && cooldown.running) &&
    !sendMutation.isPending;
  const retry = useCallback(() => {
    if (failedSource === 'send') send();
    else if (failedSource === 'unbind') submit();
  }, [failedSource, send, submit]);

  const { onChange: setCodeValue } = codeField.field;
  const codeFailure = failure?.description.field === 'code';
  const setCode = useCallback(
    (code: string) => {
      if (submitting.current) return;
      setCodeValue(code);
      form.clearErrors('code');
      if (codeFailure) setFailure(null);
    },
    [codeFailure, form, setCodeValue],
  );
  const onCodeComplete = useCallback(
    (code: string) => {
      if (!autoSubmit || code.length !== codeLength) return;
      submit();
    },
    [autoSubmit, codeLength, submit],
  );

  const phoneText = phone ? formatInternational(`${phone.phoneCountryCode}${phone.phoneNumber}`) : undefined;

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
    sentTo,
    maybeSent,
    cooldownSeconds: cooldown.remainingSeconds,
    sending: sendMutation.isPending,
    submitting: busy,
    codeError,
    sendError,
    formError,
    canRetry,
    retry,
    /** Expired code: the UI offers a new one right at the code field. */
    offerNewCode: failure?.description.action === 'new-code',
    triggerRef,
    sendButtonRef,
    codeRef: codeField.field.ref,
    code: codeField.field.value,
    openStep,
    cancel,
    send,
    setCode,
    onCodeComplete,
    onSubmit,
  };
}

export type UnbindPhoneFormState = ReturnType<typeof useUnbindPhoneForm>;
