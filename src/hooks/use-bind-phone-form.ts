import { useCallback, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import type { GenAuthError } from '../api/genauth-error.js';
import { sanitizeServerMessage } from '../api/sanitize-text.js';
import { toServerLang } from '../api/server-lang.js';
import type { GenAuthPhone, PhoneBindingApi, SmsChannel, UserProfile } from '../api/types.js';
import { formatMessage } from '../i18n/format-message.js';
import type { MessagesOverride } from '../i18n/types.js';
import { formatInternational } from '../phone/format-international.js';
import { toGenAuthPhone } from '../phone/to-genauth-phone.js';
import type { CountryCode } from '../phone/types.js';
import { useBindingApi } from './bind-phone-context.js';
import { formAlertOf } from './form-failure.js';
import type { UnauthorizedHandler } from './replay-after-reauth.js';
import { useAlreadyBound } from './use-already-bound.js';
import { useBindPhone } from './use-bind-phone.js';
import { useEnteredCode } from './use-entered-code.js';
import { useFocusRequest } from './use-focus-request.js';
import { useFormFailure } from './use-form-failure.js';
import { useKitQueryClient } from './use-kit-query-client.js';
import { useMessages } from './use-messages.js';
import { usePhoneNumberField } from './use-phone-number-field.js';
import { useProfile } from './use-profile.js';
import { useSendCodeStep } from './use-send-code-step.js';
import { useTenantSettings } from './use-tenant-settings.js';

export { phoneReasonMessage } from './phone-reason-message.js';

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

export interface UseBindPhoneFormOptions {
  /**
   * The backend: `createGenAuthClient(...)`, the mock, or your own `PhoneBindingApi`.
   * @default the client of the nearest `BindPhoneProvider`
   */
  client?: PhoneBindingApi;
  /**
   * Country selected at first.
   * @default the tenant's `internationalSmsConfig.defaultISOType`, else the locale's region, else `CN`
   */
  defaultCountry?: CountryCode;
  /**
   * Countries offered in the picker.
   * @default every country, or only `CN` when the tenant has international SMS off
   */
  countries?: CountryCode[];
  /**
   * Countries listed first in the picker.
   * @default []
   */
  preferredCountries?: CountryCode[];
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
   * Accept only numbers that can receive SMS.
   * @default true
   */
  mobileOnly?: boolean;
  /**
   * SMS channel of the code.
   * @default 'CHANNEL_BIND_PHONE'
   */
  channel?: SmsChannel;
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
   * Submit as soon as the last code digit is entered (typed, pasted or autofilled).
   * @default true
   */
  autoSubmit?: boolean;
  /**
   * Called once the number is bound (not when the answer arrives after the form unmounted).
   * @default undefined
   */
  onSuccess?: (result: BindPhoneResult) => void;
  /**
   * Called for every failed send or bind, after it is shown (not after the form unmounted).
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
 */
export function useBindPhoneForm(options: UseBindPhoneFormOptions = {}) {
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
  const api = useBindingApi(options.client);
  const localeValue = useMessages(options.locale, options.messages);
  const { locale, messages } = localeValue;
  const lang = toServerLang(locale);
  const queryClient = useKitQueryClient();
  const settings = useTenantSettings(api, queryClient, locale, options);
  const { codeLength, countries } = settings;
  const profile = useProfile(api, queryClient, locale);
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
  const onPhoneEdit = useCallback(() => dismiss('phone'), [dismiss]);
  const onCodeEdit = useCallback(() => dismiss('code'), [dismiss]);
  const number = usePhoneNumberField(form, {
    countries,
    defaultCountry: settings.defaultCountry,
    mobileOnly,
    locale,
    messages,
    locked: submitting,
    onEdit: onPhoneEdit,
    requestFocus,
  });
  const { phoneValue, checkValid } = number;
  const entered = useEnteredCode(form, 'code', {
    codeLength,
    messages,
    locked: submitting,
    onEdit: onCodeEdit,
  });
  const { completeCode } = entered;

  const sendStep = useSendCodeStep({ api, channel, locale, queryClient, resendSeconds, onUnauthorized });
  const bindMutation = useBindPhone({ api, queryClient, lang: locale, onUnauthorized });
  const { cooldown } = sendStep;

  const [bound, setBound] = useState<BindPhoneResult | null>(null);
  const alreadyBound = useAlreadyBound({ profile: profile.data, enabled: !bound, onAlreadyBound });

  const send = useCallback(() => {
    if (sendStep.blocked || submitting.current) return;
    if (!checkValid()) return;
    const requestLang = lang;
    clearFailure();
    sendStep.send(toGenAuthPhone(phoneValue), {
      onSent: () => requestFocus('code'),
      onFailed: (error) => fail('send', error, requestLang),
    });
  }, [checkValid, clearFailure, fail, lang, phoneValue, requestFocus, sendStep]);

  const submit = useCallback(() => {
    if (submitting.current || bound) return;
    if (!checkValid()) return;
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
    // TanStack Query calls these per-call callbacks only while the form is mounted; the profile is
    // invalidated by the mutation itself, so that part happens after an unmount too.
    bindMutation.mutate(
      { ...phone, passCode: code },
      {
        onSuccess: () => {
          const result = { ...phone, e164 };
          sendStep.ignoreInFlight();
          setBound(result);
          cooldown.clear();
          onSuccess?.(result);
        },
        onError: (raw) => {
          const { error, description } = fail('bind', raw, requestLang);
          // A Retry-After on the bind holds the next code back as long as the server asks.
          if (description.action === 'cooldown' && error.retryAfterMs !== undefined) {
            cooldown.start(error.retryAfterMs);
          }
        },
        onSettled: () => {
          submitting.current = false;
        },
      },
    );
  }, [
    bindMutation,
    bound,
    checkValid,
    clearFailure,
    completeCode,
    cooldown,
    fail,
    lang,
    onSuccess,
    phoneValue,
    requestFocus,
    sendStep,
  ]);

  const onSubmit = useCallback(
    (event?: FormEvent) => {
      event?.preventDefault();
      submit();
    },
    [submit],
  );

  // Texts are derived at render time, so a locale switch re-words errors already on screen.
  const phoneError = failures.fieldError('phone') ?? number.validationError;
  const codeError = failures.fieldError('code') ?? entered.incompleteError;
  const sendError = failures.sendError('send');
  const { alertFailure } = failures;
  const formError = alertFailure ? formAlertOf(messages, alertFailure, lang) : undefined;
  // 5xx, 6xx, timeouts, offline, unreadable answers: offer to try again, by hand only. Not for a
  // send that may have gone out: its cooldown says when a new one may be asked for.
  const failedSource = failures.failure?.source;
  const canRetry =
    formError?.action === 'retry' && !(failedSource === 'send' && cooldown.running) && !sendStep.sending;
  const retry = useCallback(() => {
    if (failedSource === 'send') send();
    else if (failedSource === 'bind') submit();
  }, [failedSource, send, submit]);

  const onCodeComplete = useCallback(
    (code: string) => {
      if (!autoSubmit || code.length !== codeLength || !phoneValue.isValid) return;
      submit();
    },
    [autoSubmit, codeLength, phoneValue.isValid, submit],
  );
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
    phoneValue,
    codeLength,
    /** Countries offered, when restricted by the prop or the tenant. */
    countries,
    preferredCountries: options.preferredCountries,
    /** True when the tenant has international SMS off and only mainland China is offered. */
    internationalSmsOff: settings.internationalSmsOff,
    /** The profile, when it shows a phone already bound. */
    alreadyBound,
    alreadyBoundText: alreadyBound
      ? formatMessage(messages.form.alreadyBound, {
          // Server data: shown as text, capped and stripped like a server message.
          phone: sanitizeServerMessage(
            formatInternational(`${alreadyBound.phoneCountryCode ?? '+86'}${alreadyBound.phone ?? ''}`),
          ),
        })
      : undefined,
    /** Set once bound. */
    bound,
    successText: bound
      ? formatMessage(messages.form.success, { phone: formatInternational(bound.e164) })
      : undefined,
    sentTo: sendStep.sentTo,
    maybeSent: sendStep.maybeSent,
    cooldownSeconds: sendStep.cooldownSeconds,
    sending: sendStep.sending,
    submitting: bindMutation.isPending,
    phoneError,
    codeError,
    sendError,
    formError,
    /** The last failure may go away on a second try: offer a "Try again" button calling `retry`. */
    canRetry,
    retry,
    /** Expired code: the UI offers a new one right at the code field. */
    offerNewCode: failures.failure?.action === 'new-code',
    setCountry: number.setCountry,
    setPhoneText: number.setPhoneText,
    setCode: entered.setCode,
    onCodeComplete,
    onPhoneBlur: number.onPhoneBlur,
    phoneRef: number.phoneRef,
    codeRef: entered.codeRef,
    countryRef: number.countryRef,
    phoneText: number.phoneText,
    code: entered.code,
    send,
    onSubmit,
    changeNumber,
  };
}

export type BindPhoneFormState = ReturnType<typeof useBindPhoneForm>;
