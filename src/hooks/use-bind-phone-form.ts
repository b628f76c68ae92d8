import { useCallback, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useController, useForm } from 'react-hook-form';
import { describeError, type ErrorDescription } from '../api/error-map.js';
import { GenAuthError, isGenAuthError } from '../api/genauth-error.js';
import { sanitizeServerMessage } from '../api/sanitize-text.js';
import { toServerLang, type ServerLang } from '../api/server-lang.js';
import type { GenAuthPhone, PhoneBindingApi, SmsChannel, UserProfile } from '../api/types.js';
import { errorMessage } from '../i18n/error-message.js';
import { formatMessage } from '../i18n/format-message.js';
import type { Messages, MessagesOverride } from '../i18n/types.js';
import { countryName as localizedCountryName } from '../phone/country-options.js';
import { detectDefaultCountry } from '../phone/detect-default-country.js';
import { formatInternational } from '../phone/format-international.js';
import { parsePhone } from '../phone/parse-phone.js';
import { toGenAuthPhone } from '../phone/to-genauth-phone.js';
import type { CountryCode, PhoneInvalidReason, PhoneValue } from '../phone/types.js';
import { useBindingApi } from './bind-phone-context.js';
import type { UnauthorizedHandler } from './replay-after-reauth.js';
import { useAlreadyBound } from './use-already-bound.js';
import { useBindPhone } from './use-bind-phone.js';
import { useCooldown } from './use-cooldown.js';
import { useFocusRequest } from './use-focus-request.js';
import { useKitQueryClient } from './use-kit-query-client.js';
import { useMessages } from './use-messages.js';
import { useMountedRef } from './use-mounted-ref.js';
import { useProfile } from './use-profile.js';
import { usePublicConfig } from './use-public-config.js';
import { mayHaveSent, useSendSmsCode } from './use-send-sms-code.js';

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

/** A failure kept as data, so its text follows the locale when it changes. */
interface Failure {
  source: 'send' | 'bind';
  error: GenAuthError;
  description: ErrorDescription;
  /** The language the server wrote its message in (the lang header of the failed request). */
  lang: ServerLang;
}

type FocusField = 'phone' | 'code';

const REASON_KEY: Readonly<Record<PhoneInvalidReason, keyof Messages['phone']>> = {
  REQUIRED: 'required',
  TOO_SHORT: 'tooShort',
  TOO_LONG: 'tooLong',
  INVALID_COUNTRY: 'invalidCountry',
  NOT_A_NUMBER: 'notANumber',
  NOT_MOBILE: 'notMobile',
  INVALID: 'invalid',
};

/** The localized text for a number that does not validate. */
export function phoneReasonMessage(messages: Messages, value: PhoneValue, countryName: string): string {
  const key = REASON_KEY[value.reason ?? 'INVALID'];
  return formatMessage(messages.phone[key], { country: countryName });
}

function toGenAuthError(error: unknown): GenAuthError {
  if (isGenAuthError(error)) return error;
  return new GenAuthError({ kind: 'network', message: '' });
}

function isOnline(): boolean | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.onLine;
}

/**
 * The text of a failure in the current locale. The server's own message is in the language of
 * the request that failed; after a locale switch the catalog's class message replaces it, so an
 * error already on screen follows the new language. Every text is capped and stripped of control
 * and bidi characters (a `messages` override is host text, but shown in the same place).
 */
function failureMessage(messages: Messages, failure: Failure, lang: ServerLang): string {
  const description =
    failure.lang === lang ? failure.description : { ...failure.description, useServerMessage: false };
  return sanitizeServerMessage(errorMessage(messages, description, failure.error)) || messages.errors.generic;
}

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
  const config = usePublicConfig(api, queryClient, locale);
  const profile = useProfile(api, queryClient, locale);
  const mounted = useMountedRef();
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
  const countryField = useController({ control: form.control, name: 'country' });
  const phoneField = useController({ control: form.control, name: 'phone' });
  const codeField = useController({ control: form.control, name: 'code' });
  const requestFocus = useFocusRequest<FocusField>(form.setFocus);

  // Tenant settings, when they could be read; defaults otherwise (and nothing said about it).
  const internationalSmsOff = config.data?.internationalSmsConfig?.enabled === false;
  const countries = useMemo(
    () => (internationalSmsOff ? (['CN'] as CountryCode[]) : options.countries),
    [internationalSmsOff, options.countries],
  );
  const tenantLength = config.data?.verifyCodeLength;
  const codeLength =
    options.codeLength ??
    (typeof tenantLength === 'number' &&
    Number.isInteger(tenantLength) &&
    tenantLength > 0 &&
    tenantLength <= 12
      ? tenantLength
      : 6);
  const fallbackCountry = useMemo(() => detectDefaultCountry({ locale, fallback: 'CN' }), [locale]);
  const tenantCountry = config.data?.internationalSmsConfig?.defaultISOType as CountryCode | undefined;
  const preferredDefault = options.defaultCountry ?? tenantCountry ?? fallbackCountry;
  const wanted: CountryCode = countryField.field.value || preferredDefault;
  // A country picked (or defaulted) before the tenant's settings arrived may not be offered now.
  const country: CountryCode = countries && !countries.includes(wanted) ? (countries[0] ?? 'CN') : wanted;

  const phoneValue = useMemo(
    () => parsePhone(phoneField.field.value, country, { mobileOnly }),
    [phoneField.field.value, country, mobileOnly],
  );

  const sendMutation = useSendSmsCode({ api, channel, lang: locale, queryClient, onUnauthorized });
  const bindMutation = useBindPhone({ api, queryClient, lang: locale, onUnauthorized });
  const cooldown = useCooldown({ key: channel, defaultSeconds: resendSeconds });

  const [failure, setFailure] = useState<Failure | null>(null);
  const [showPhoneValidation, setShowPhoneValidation] = useState(false);
  const [maybeSent, setMaybeSent] = useState(false);
  const [sentTo, setSentTo] = useState<GenAuthPhone | null>(null);
  const [bound, setBound] = useState<BindPhoneResult | null>(null);
  // Refs, not state: two gestures in one task must both see the first one's effect.
  const submitting = useRef(false);
  /** Bumped by every send, "change number" and a bind: a send answered later than that is stale. */
  const sendGeneration = useRef(0);

  const alreadyBound = useAlreadyBound({ profile: profile.data, enabled: !bound, onAlreadyBound });

  const fail = useCallback(
    (source: Failure['source'], raw: unknown, requestLang: ServerLang) => {
      const error = toGenAuthError(raw);
      const description = describeError(error, { online: isOnline() });
      setFailure({ source, error, description, lang: requestLang });
      if (description.field === 'phone') requestFocus('phone');
      if (description.field === 'code') requestFocus('code', true);
      onError?.(error);
      return { error, description };
    },
    [onError, requestFocus],
  );

  const send = useCallback(() => {
    if (sendMutation.isPending || cooldown.running || submitting.current) return;
    if (!phoneValue.isValid) {
      setShowPhoneValidation(true);
      requestFocus('phone');
      return;
    }
    const phone = toGenAuthPhone(phoneValue);
    const generation = (sendGeneration.current += 1);
    const current = () => mounted.current && generation === sendGeneration.current;
    setFailure(null);
    setMaybeSent(false);
    sendMutation
      .send(phone)
      .then(() => {
        // The SMS went out: the server throttles the next one whatever happened here meanwhile.
        cooldown.start();
        if (!current()) return;
        setSentTo(phone);
        requestFocus('code');
      })
      .catch((raw: unknown) => {
        const error = toGenAuthError(raw);
        const throttled = describeError(error).action === 'cooldown';
        const unsure = !throttled && mayHaveSent(error);
        // Timeouts, 5xx and unreadable answers may have sent the SMS: wait before resending.
        if (throttled) cooldown.start(error.retryAfterMs);
        else if (unsure) cooldown.start();
        if (!current()) return;
        fail('send', error, lang);
        // Not "code sent": the notice would claim what nobody knows. The button says it instead.
        if (unsure) setMaybeSent(true);
      });
  }, [cooldown, fail, lang, mounted, phoneValue, requestFocus, sendMutation]);

  const submit = useCallback(() => {
    if (submitting.current || bound) return;
    if (!phoneValue.isValid) {
      setShowPhoneValidation(true);
      requestFocus('phone');
      return;
    }
    // Read from the form, not the render's closure: autofill completes the code and submits in one go.
    const code = form.getValues('code');
    if (code.length !== codeLength) {
      form.setError('code', { type: 'incomplete' });
      requestFocus('code');
      return;
    }
    const phone = toGenAuthPhone(phoneValue);
    const e164 = phoneValue.e164 ?? `${phone.phoneCountryCode}${phone.phoneNumber}`;
    const requestLang = lang;
    submitting.current = true;
    setFailure(null);
    // TanStack Query calls these per-call callbacks only while the form is mounted; the profile is
    // invalidated by the mutation itself, so that part happens after an unmount too.
    bindMutation.mutate(
      { ...phone, passCode: code },
      {
        onSuccess: () => {
          const result = { ...phone, e164 };
          sendGeneration.current += 1;
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
  }, [bindMutation, bound, codeLength, cooldown, fail, form, lang, onSuccess, phoneValue, requestFocus]);

  const onSubmit = useCallback(
    (event?: FormEvent) => {
      event?.preventDefault();
      submit();
    },
    [submit],
  );

  // Texts are derived at render time, so a locale switch re-words errors already on screen.
  const failureText = failure ? failureMessage(messages, failure, lang) : undefined;
  const countryName = useMemo(() => localizedCountryName(country, locale), [locale, country]);

  const phoneServerError = failure?.description.field === 'phone' ? failureText : undefined;
  const phoneError =
    phoneServerError ??
    (showPhoneValidation && !phoneValue.isValid
      ? phoneReasonMessage(messages, phoneValue, countryName)
      : undefined);
  const codeServerError = failure?.description.field === 'code' ? failureText : undefined;
  const codeIncomplete =
    form.formState.errors.code?.type === 'incomplete' && codeField.field.value.length !== codeLength;
  const codeError =
    codeServerError ??
    (codeIncomplete ? formatMessage(messages.code.incomplete, { length: codeLength }) : undefined);
  const throttled = failure?.source === 'send' && failure.description.action === 'cooldown';
  const sendError = throttled ? failureText : undefined;
  const formError =
    failure && !throttled && (failure.description.field === 'form' || failure.description.field === 'oldCode')
      ? {
          message: failureText ?? messages.errors.generic,
          requestId: failure.error.requestId,
          action: failure.description.action,
        }
      : undefined;
  // 5xx, 6xx, timeouts, offline, unreadable answers: offer to try again, by hand only. Not for a
  // send that may have gone out: its cooldown says when a new one may be asked for.
  const failedSource = failure?.source;
  const canRetry =
    formError?.action === 'retry' &&
    !(failedSource === 'send' && cooldown.running) &&
    !sendMutation.isPending;
  const retry = useCallback(() => {
    if (failedSource === 'send') send();
    else if (failedSource === 'bind') submit();
  }, [failedSource, send, submit]);

  // SendCodeButton takes no aria-describedby: the throttle message is tied to it here.

  const { onChange: setCountryValue } = countryField.field;
  const { onChange: setPhoneValue } = phoneField.field;
  const { onChange: setCodeValue } = codeField.field;
  const phoneFailure = failure?.description.field === 'phone';
  const codeFailure = failure?.description.field === 'code';

  const setCountry = useCallback(
    (next: CountryCode) => {
      // A pasted "+44 …" may pick a country the tenant cannot text: the number then shows as invalid.
      if (countries && !countries.includes(next)) return;
      setCountryValue(next);
      if (phoneFailure) setFailure(null);
    },
    [countries, phoneFailure, setCountryValue],
  );
  const setPhoneText = useCallback(
    (text: string) => {
      if (submitting.current) return;
      // Typing fixes the country, so tenant settings arriving later never re-read the number.
      // Read from the form: a pasted "+44 …" may have picked its country earlier in this event.
      if (!form.getValues('country')) setCountryValue(country);
      setPhoneValue(text);
      if (phoneFailure) setFailure(null);
    },
    [country, form, phoneFailure, setCountryValue, setPhoneValue],
  );
  const setCode = useCallback(
    (code: string) => {
      // The field stays focusable while binding (a disabled one would drop focus to the page);
      // changes are refused instead, so the code sent is the code shown.
      if (submitting.current) return;
      setCodeValue(code);
      form.clearErrors('code');
      if (codeFailure) setFailure(null);
    },
    [codeFailure, form, setCodeValue],
  );
  const onCodeComplete = useCallback(
    (code: string) => {
      if (!autoSubmit || code.length !== codeLength || !phoneValue.isValid) return;
      submit();
    },
    [autoSubmit, codeLength, phoneValue.isValid, submit],
  );
  const changeNumber = useCallback(() => {
    sendGeneration.current += 1;
    setSentTo(null);
    setMaybeSent(false);
    requestFocus('phone');
  }, [requestFocus]);
  const onPhoneBlur = useCallback(() => {
    phoneField.field.onBlur();
    if (phoneField.field.value) setShowPhoneValidation(true);
  }, [phoneField.field]);

  return {
    locale,
    messages,
    /** Locale and catalog in force, for a `LocaleContext.Provider` around the parts. */
    localeValue,
    form,
    /** Ids of the error texts, for `aria-describedby`. */
    ids,
    /** The effective country (chosen, or the default). */
    country,
    phoneValue,
    codeLength,
    /** Countries offered, when restricted by the prop or the tenant. */
    countries,
    preferredCountries: options.preferredCountries,
    /** True when the tenant has international SMS off and only mainland China is offered. */
    internationalSmsOff,
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
    sentTo,
    maybeSent,
    cooldownSeconds: cooldown.remainingSeconds,
    sending: sendMutation.isPending,
    submitting: bindMutation.isPending,
    phoneError,
    codeError,
    sendError,
    formError,
    /** The last failure may go away on a second try: offer a "Try again" button calling `retry`. */
    canRetry,
    retry,
    /** Expired code: the UI offers a new one right at the code field. */
    offerNewCode: failure?.description.action === 'new-code',
    setCountry,
    setPhoneText,
    setCode,
    onCodeComplete,
    onPhoneBlur,
    phoneRef: phoneField.field.ref,
    codeRef: codeField.field.ref,
    countryRef: countryField.field.ref,
    /** Callback ref for the send button, so its throttle message is tied to it. */
    phoneText: phoneField.field.value,
    code: codeField.field.value,
    send,
    onSubmit,
    changeNumber,
  };
}

export type BindPhoneFormState = ReturnType<typeof useBindPhoneForm>;
