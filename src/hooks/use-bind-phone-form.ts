import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useController, useForm } from 'react-hook-form';
import { describeError, type ErrorDescription } from '../api/error-map.js';
import { GenAuthError, isGenAuthError } from '../api/genauth-error.js';
import type { GenAuthPhone, PhoneBindingApi, SmsChannel, UserProfile } from '../api/types.js';
import { errorMessage } from '../i18n/error-message.js';
import { formatMessage } from '../i18n/format-message.js';
import type { Messages, MessagesOverride } from '../i18n/types.js';
import { detectDefaultCountry } from '../phone/detect-default-country.js';
import { formatInternational } from '../phone/format-international.js';
import { parsePhone } from '../phone/parse-phone.js';
import { toGenAuthPhone } from '../phone/to-genauth-phone.js';
import type { CountryCode, PhoneInvalidReason, PhoneValue } from '../phone/types.js';
import { useBindingApi } from './bind-phone-context.js';
import { useBindPhone } from './use-bind-phone.js';
import { useCooldown } from './use-cooldown.js';
import { useKitQueryClient } from './use-kit-query-client.js';
import { useMessages } from './use-messages.js';
import { useProfile } from './use-profile.js';
import { usePublicConfig } from './use-public-config.js';
import { mayHaveSent, useSendSmsCode } from './use-send-sms-code.js';
import type { UnauthorizedHandler } from './replay-after-reauth.js';

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
   * Called once the number is bound.
   * @default undefined
   */
  onSuccess?: (result: BindPhoneResult) => void;
  /**
   * Called for every failed send or bind, after it is shown.
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
}

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
  return formatMessage(messages.phone[key], { country: countryName, example: '' });
}

function toGenAuthError(error: unknown): GenAuthError {
  if (isGenAuthError(error)) return error;
  return new GenAuthError({ kind: 'network', message: '' });
}

function isOnline(): boolean | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.onLine;
}

/**
 * Everything `BindPhoneForm` does, without markup: the one place where react-hook-form, the two
 * mutations, the cooldown and the apiCode mapping meet. Returns state and prop objects for each
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
  const { locale, messages } = useMessages(options.locale, options.messages);
  const queryClient = useKitQueryClient();
  const config = usePublicConfig(api, queryClient, locale);
  const profile = useProfile(api, queryClient, locale);

  const form = useForm<BindPhoneFormValues>({ defaultValues: { country: '', phone: '', code: '' } });
  const countryField = useController({ control: form.control, name: 'country' });
  const phoneField = useController({ control: form.control, name: 'phone' });
  const codeField = useController({ control: form.control, name: 'code' });

  // Tenant settings, when they could be read; defaults otherwise.
  const internationalSmsOff = config.data?.internationalSmsConfig?.enabled === false;
  const countries = internationalSmsOff ? (['CN'] as CountryCode[]) : options.countries;
  const tenantLength = config.data?.verifyCodeLength;
  const codeLength = options.codeLength ?? (tenantLength && tenantLength > 0 ? tenantLength : 6);
  const fallbackCountry = useMemo(
    () => detectDefaultCountry({ locale, fallback: 'CN' }),
    [locale],
  );
  const tenantCountry = config.data?.internationalSmsConfig?.defaultISOType as CountryCode | undefined;
  const preferredDefault = options.defaultCountry ?? tenantCountry ?? fallbackCountry;
  const country: CountryCode =
    countryField.field.value ||
    (countries && !countries.includes(preferredDefault) ? (countries[0] ?? 'CN') : preferredDefault);

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
  const [focusTarget, setFocusTarget] = useState<{ field: 'phone' | 'code'; select: boolean } | null>(null);
  const submitting = useRef(false);
  const alreadyBoundReported = useRef(false);

  const alreadyBoundProfile = profile.data?.phone ? profile.data : null;
  useEffect(() => {
    if (!alreadyBoundProfile || alreadyBoundReported.current) return;
    alreadyBoundReported.current = true;
    onAlreadyBound?.(alreadyBoundProfile);
  }, [alreadyBoundProfile, onAlreadyBound]);

  // Focus follows errors and the code step; done after render so the target is in the DOM.
  useEffect(() => {
    if (!focusTarget) return;
    form.setFocus(focusTarget.field, { shouldSelect: focusTarget.select });
    setFocusTarget(null);
  }, [focusTarget, form]);

  const fail = useCallback(
    (source: Failure['source'], raw: unknown) => {
      const error = toGenAuthError(raw);
      const description = describeError(error, { online: isOnline() });
      setFailure({ source, error, description });
      if (description.field === 'phone') setFocusTarget({ field: 'phone', select: false });
      if (description.field === 'code') setFocusTarget({ field: 'code', select: true });
      onError?.(error);
      return { error, description };
    },
    [onError],
  );

  const send = useCallback(() => {
    if (sendMutation.isPending || cooldown.running) return;
    if (!phoneValue.isValid) {
      setShowPhoneValidation(true);
      setFocusTarget({ field: 'phone', select: false });
      return;
    }
    const phone = toGenAuthPhone(phoneValue);
    setFailure(null);
    setMaybeSent(false);
    sendMutation
      .send(phone)
      .then(() => {
        cooldown.start();
        setSentTo(phone);
        setFocusTarget({ field: 'code', select: false });
      })
      .catch((raw: unknown) => {
        const { error, description } = fail('send', raw);
        if (description.action === 'cooldown') {
          cooldown.start(error.retryAfterMs);
        } else if (mayHaveSent(error)) {
          // Timeouts, 5xx and unreadable answers may have sent the SMS: wait before resending.
          cooldown.start();
          setMaybeSent(true);
          setSentTo(phone);
        }
      });
  }, [cooldown, fail, phoneValue, sendMutation]);

  const submit = useCallback(() => {
    if (submitting.current || bound) return;
    if (!phoneValue.isValid) {
      setShowPhoneValidation(true);
      setFocusTarget({ field: 'phone', select: false });
      return;
    }
    // Read from the form, not the render's closure: autofill completes the code and submits in one go.
    const code = form.getValues('code');
    if (code.length !== codeLength) {
      form.setError('code', { type: 'incomplete' });
      setFocusTarget({ field: 'code', select: false });
      return;
    }
    const phone = toGenAuthPhone(phoneValue);
    const e164 = phoneValue.e164 ?? `${phone.phoneCountryCode}${phone.phoneNumber}`;
    submitting.current = true;
    setFailure(null);
    bindMutation.mutate(
      { ...phone, passCode: code },
      {
        onSuccess: () => {
          const result = { ...phone, e164 };
          setBound(result);
          cooldown.clear();
          onSuccess?.(result);
        },
        onError: (raw) => {
          fail('bind', raw);
        },
        onSettled: () => {
          submitting.current = false;
        },
      },
    );
  }, [bindMutation, bound, codeLength, cooldown, fail, form, onSuccess, phoneValue]);

  const onSubmit = useCallback(
    (event?: FormEvent) => {
      event?.preventDefault();
      submit();
    },
    [submit],
  );

  // Texts are derived at render time, so a locale switch re-words errors already on screen.
  const failureText = failure ? errorMessage(messages, failure.description, failure.error) : undefined;
  const countryName = useMemo(() => {
    try {
      return new Intl.DisplayNames([locale], { type: 'region' }).of(country) ?? country;
    } catch {
      return country;
    }
  }, [locale, country]);

  const phoneServerError = failure?.description.field === 'phone' ? failureText : undefined;
  const phoneError =
    phoneServerError ??
    (showPhoneValidation && !phoneValue.isValid ? phoneReasonMessage(messages, phoneValue, countryName) : undefined);
  const codeServerError = failure?.description.field === 'code' ? failureText : undefined;
  const codeIncomplete = form.formState.errors.code?.type === 'incomplete' && codeField.field.value.length !== codeLength;
  const codeError =
    codeServerError ?? (codeIncomplete ? formatMessage(messages.code.incomplete, { length: codeLength }) : undefined);
  const throttled = failure?.source === 'send' && failure.description.action === 'cooldown';
  const sendError = throttled ? failureText : undefined;
  const formError =
    failure && !throttled && (failure.description.field === 'form' || failure.description.field === 'oldCode')
      ? { message: failureText ?? messages.errors.generic, requestId: failure.error.requestId, action: failure.description.action }
      : undefined;

  const setCountry = useCallback(
    (next: CountryCode) => {
      countryField.field.onChange(next);
      if (failure?.description.field === 'phone') setFailure(null);
    },
    [countryField.field, failure],
  );
  const setPhoneText = useCallback(
    (text: string) => {
      phoneField.field.onChange(text);
      if (failure?.description.field === 'phone') setFailure(null);
    },
    [phoneField.field, failure],
  );
  const setCode = useCallback(
    (code: string) => {
      codeField.field.onChange(code);
      form.clearErrors('code');
      if (failure?.description.field === 'code') setFailure(null);
    },
    [codeField.field, failure, form],
  );
  const onCodeComplete = useCallback(
    (code: string) => {
      if (!autoSubmit || code.length !== codeLength || !phoneValue.isValid) return;
      submit();
    },
    [autoSubmit, codeLength, phoneValue.isValid, submit],
  );
  const changeNumber = useCallback(() => {
    setSentTo(null);
    setFocusTarget({ field: 'phone', select: false });
  }, []);

  return {
    locale,
    messages,
    form,
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
    alreadyBound: alreadyBoundProfile,
    alreadyBoundText: alreadyBoundProfile
      ? formatMessage(messages.form.alreadyBound, {
          phone: formatInternational(`${alreadyBoundProfile.phoneCountryCode ?? '+86'}${alreadyBoundProfile.phone}`),
        })
      : undefined,
    /** Set once bound. */
    bound,
    successText: bound ? formatMessage(messages.form.success, { phone: formatInternational(bound.e164) }) : undefined,
    sentTo,
    maybeSent,
    cooldownSeconds: cooldown.remainingSeconds,
    sending: sendMutation.isPending,
    submitting: bindMutation.isPending,
    phoneError,
    codeError,
    sendError,
    formError,
    /** Expired code: the UI offers a new one right at the code field. */
    offerNewCode: failure?.description.action === 'new-code',
    setCountry,
    setPhoneText,
    setCode,
    onCodeComplete,
    onPhoneBlur: () => {
      phoneField.field.onBlur();
      if (phoneField.field.value) setShowPhoneValidation(true);
    },
    phoneRef: phoneField.field.ref,
    codeRef: codeField.field.ref,
    countryRef: countryField.field.ref,
    phoneText: phoneField.field.value,
    code: codeField.field.value,
    send,
    onSubmit,
    changeNumber,
  };
}

export type BindPhoneFormState = ReturnType<typeof useBindPhoneForm>;
