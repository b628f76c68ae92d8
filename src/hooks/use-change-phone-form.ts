import { useCallback, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useController, useForm } from 'react-hook-form';
import { describeError, type ErrorAction, type ErrorDescription, type ErrorField } from '../api/error-map.js';
import { GenAuthError, isGenAuthError } from '../api/genauth-error.js';
import { sanitizeServerMessage } from '../api/sanitize-text.js';
import { toServerLang, type ServerLang } from '../api/server-lang.js';
import type { GenAuthPhone, PhoneBindingApi, SmsChannel } from '../api/types.js';
import { errorMessage } from '../i18n/error-message.js';
import { formatMessage } from '../i18n/format-message.js';
import type { Messages, MessagesOverride } from '../i18n/types.js';
import { countryName as localizedCountryName } from '../phone/country-options.js';
import { detectDefaultCountry } from '../phone/detect-default-country.js';
import { formatInternational } from '../phone/format-international.js';
import { parsePhone } from '../phone/parse-phone.js';
import { toGenAuthPhone } from '../phone/to-genauth-phone.js';
import type { CountryCode } from '../phone/types.js';
import { useBindingApi } from './bind-phone-context.js';
import type { UnauthorizedHandler } from './replay-after-reauth.js';
import { phoneReasonMessage } from './use-bind-phone-form.js';
import { PhoneChangeExpiredError, useChangePhone, type PendingPhoneChange } from './use-change-phone.js';
import { useCooldown } from './use-cooldown.js';
import { useFocusRequest } from './use-focus-request.js';
import { useKitQueryClient } from './use-kit-query-client.js';
import { useMessages } from './use-messages.js';
import { useMountedRef } from './use-mounted-ref.js';
import { useProfile } from './use-profile.js';
import { usePublicConfig } from './use-public-config.js';
import { mayHaveSent, useSendSmsCode } from './use-send-sms-code.js';

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

export interface UseChangePhoneFormOptions {
  /**
   * The backend: `createGenAuthClient(...)`, the mock, or your own `PhoneBindingApi`.
   * @default the client of the nearest `BindPhoneProvider`
   */
  client?: PhoneBindingApi;
  /**
   * Country selected at first for the new number.
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
   * Digits in the SMS codes.
   * @default the tenant's `verifyCodeLength`, else 6
   */
  codeLength?: number;
  /**
   * Seconds before a new code can be asked for (per channel), unless the server's `Retry-After`
   * says otherwise.
   * @default 60
   */
  resendSeconds?: number;
  /**
   * Accept only new numbers that can receive SMS.
   * @default true
   */
  mobileOnly?: boolean;
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
   * Go on as soon as the last code digit is entered: the current number's code moves to the next
   * step, the new number's code submits.
   * @default true
   */
  autoSubmit?: boolean;
  /**
   * Called once the number is changed (not when the answer arrives after the form unmounted).
   * @default undefined
   */
  onSuccess?: (result: ChangePhoneResult) => void;
  /**
   * Called for every failed request (send, verify, update), after it is shown (not after the form
   * unmounted). A token that ran out before `update-phone` sends no request and is not reported.
   * @default undefined
   */
  onError?: (error: GenAuthError) => void;
  /**
   * Called when the session is gone (401 or a session apiCode). Resolve to `true` once a fresh
   * token is in place to replay the request once.
   * @default undefined
   */
  onUnauthorized?: UnauthorizedHandler;
}

type FailureSource = 'send-new' | 'send-old' | 'verify' | 'update' | 'profile';

/** Messages of the form's own failures, in the `change` section of the catalog. */
type LocalFailure = 'tokenExpired' | 'tokenExpiredOld' | 'notChanged';

/**
 * A failure kept as data, so its text follows the locale when it changes: a server failure (its
 * error and description), or one the form found itself (`local`).
 */
interface Failure {
  source: FailureSource;
  field: ErrorField;
  action: ErrorAction;
  error?: GenAuthError;
  description?: ErrorDescription;
  local?: LocalFailure;
  /** The language the server wrote its message in (the lang header of the failed request). */
  lang: ServerLang;
}

type FocusField = 'phone' | 'code' | 'oldCode';

function toGenAuthError(error: unknown): GenAuthError {
  if (isGenAuthError(error)) return error;
  return new GenAuthError({ kind: 'network', message: '' });
}

function isOnline(): boolean | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.onLine;
}

function samePhone(a: GenAuthPhone, b: GenAuthPhone): boolean {
  return a.phoneNumber === b.phoneNumber && a.phoneCountryCode === b.phoneCountryCode;
}

/**
 * The text of a failure in the current locale. The server's own message is in the language of the
 * request that failed; after a locale switch the catalog's class message replaces it. Every text is
 * capped and stripped of control and bidi characters.
 */
function failureMessage(messages: Messages, failure: Failure, lang: ServerLang): string {
  if (failure.local) return messages.change[failure.local];
  if (!failure.error || !failure.description) return messages.errors.generic;
  const description =
    failure.lang === lang ? failure.description : { ...failure.description, useServerMessage: false };
  return sanitizeServerMessage(errorMessage(messages, description, failure.error)) || messages.errors.generic;
}

/**
 * Everything `ChangePhoneForm` does, without markup: the one place where react-hook-form, the send
 * and change mutations, the two cooldowns (one per channel) and the apiCode mapping meet. Returns
 * state, ids and handlers for each part, so any markup can be built on it.
 *
 * The flow: (when the tenant wants it) a code sent to the current number → the new number and its
 * code → `verify-update-phone-request` → `update-phone` with the token it returned. A token that
 * ran out first is not sent: the form asks to verify again (`change.tokenExpired`).
 */
export function useChangePhoneForm(options: UseChangePhoneFormOptions = {}) {
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
  const countryField = useController({ control: form.control, name: 'country' });
  const phoneField = useController({ control: form.control, name: 'phone' });
  const codeField = useController({ control: form.control, name: 'code' });
  const oldCodeField = useController({ control: form.control, name: 'oldCode' });
  const requestFocus = useFocusRequest<FocusField>(form.setFocus);

  // Tenant settings, when they could be read; defaults otherwise.
  const internationalSmsOff = config.data?.internationalSmsConfig?.enabled === false;
  const countriesOption = options.countries;
  const countries = useMemo(
    () => (internationalSmsOff ? (['CN'] as CountryCode[]) : countriesOption),
    [internationalSmsOff, countriesOption],
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
  const country: CountryCode =
    countryField.field.value ||
    (countries && !countries.includes(preferredDefault) ? (countries[0] ?? 'CN') : preferredDefault);

  const phoneValue = useMemo(
    () => parsePhone(phoneField.field.value, country, { mobileOnly }),
    [phoneField.field.value, country, mobileOnly],
  );

  // The number the account has now, from the profile.
  const profilePhone = profile.data?.phone;
  const profileCountryCode = profile.data?.phoneCountryCode;
  const currentPhone = useMemo<GenAuthPhone | undefined>(
    () =>
      profilePhone ? { phoneNumber: profilePhone, phoneCountryCode: profileCountryCode || '+86' } : undefined,
    [profilePhone, profileCountryCode],
  );

  const newSend = useSendSmsCode({
    api,
    channel: newPhoneChannel,
    lang: locale,
    queryClient,
    onUnauthorized,
  });
  const oldSend = useSendSmsCode({
    api,
    channel: oldPhoneChannel,
    lang: locale,
    queryClient,
    onUnauthorized,
  });
  const change = useChangePhone({ api, queryClient, lang: locale, onUnauthorized });
  const newCooldown = useCooldown({ key: newPhoneChannel, defaultSeconds: resendSeconds });
  const oldCooldown = useCooldown({ key: oldPhoneChannel, defaultSeconds: resendSeconds });

  const [failure, setFailure] = useState<Failure | null>(null);
  const [showPhoneValidation, setShowPhoneValidation] = useState(false);
  const [maybeSent, setMaybeSent] = useState(false);
  const [oldMaybeSent, setOldMaybeSent] = useState(false);
  const [sentTo, setSentTo] = useState<GenAuthPhone | null>(null);
  const [oldSentTo, setOldSentTo] = useState<GenAuthPhone | null>(null);
  /** Set by a 2228 answer: the tenant requires the current number's code. */
  const [serverRequiresOld, setServerRequiresOld] = useState(false);
  /** The current number's code was entered and the user moved on to the new number. */
  const [oldConfirmed, setOldConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [changed, setChanged] = useState<ChangePhoneResult | null>(null);
  // Refs, not state: two gestures in one task must both see the first one's effect.
  const submitting = useRef(false);
  /** A verified change whose `update-phone` did not go through yet (kept for "Try again"). */
  const pending = useRef<PendingPhoneChange | null>(null);
  const sendGeneration = useRef(0);
  const oldSendGeneration = useRef(0);

  const wantsOld = Boolean(options.requireOldPhoneVerification) || serverRequiresOld;
  // Without a current number there is nothing to prove (the profile says so once it is read).
  const noCurrentPhone = profile.isSuccess && !currentPhone;
  const hasOldStep = wantsOld && !noCurrentPhone;
  const step: ChangePhoneStep = hasOldStep && !oldConfirmed ? 'old' : 'new';

  /** Shows a failure at its field, moves focus there, and reports a request's error. */
  const show = useCallback(
    (next: Failure) => {
      setFailure(next);
      if (next.field === 'oldCode') setOldConfirmed(false);
      if (next.field === 'phone') requestFocus('phone');
      if (next.field === 'code') requestFocus('code', true);
      if (next.field === 'oldCode') requestFocus('oldCode', true);
      if (next.error) onError?.(next.error);
    },
    [onError, requestFocus],
  );

  /** A failed request, placed by its description. */
  const fail = useCallback(
    (source: FailureSource, raw: unknown, requestLang: ServerLang) => {
      const error = toGenAuthError(raw);
      const description = describeError(error, { online: isOnline() });
      let field = description.field;
      // The current number is not a field of this form: what concerns it goes to the form alert.
      if (source === 'send-old' && field !== 'form') field = 'form';
      // Without a current number (profile not read) there is no step to show it on.
      if (field === 'oldCode' && !currentPhone) field = 'form';
      show({ source, field, action: description.action, error, description, lang: requestLang });
      return { error, description };
    },
    [currentPhone, show],
  );

  const sendNew = useCallback(() => {
    if (newSend.isPending || newCooldown.running || submitting.current) return;
    if (!phoneValue.isValid) {
      setShowPhoneValidation(true);
      requestFocus('phone');
      return;
    }
    const phone = toGenAuthPhone(phoneValue);
    const generation = (sendGeneration.current += 1);
    const current = () => mounted.current && generation === sendGeneration.current;
    const requestLang = lang;
    setFailure(null);
    setMaybeSent(false);
    newSend
      .send(phone)
      .then(() => {
        newCooldown.start();
        if (!current()) return;
        setSentTo(phone);
        requestFocus('code');
      })
      .catch((raw: unknown) => {
        const error = toGenAuthError(raw);
        const throttled = describeError(error).action === 'cooldown';
        const unsure = !throttled && mayHaveSent(error);
        if (throttled) newCooldown.start(error.retryAfterMs);
        else if (unsure) newCooldown.start();
        if (!current()) return;
        fail('send-new', error, requestLang);
        if (unsure) setMaybeSent(true);
      });
  }, [fail, lang, mounted, newCooldown, newSend, phoneValue, requestFocus]);

  const sendOld = useCallback(() => {
    if (oldSend.isPending || oldCooldown.running || submitting.current || !currentPhone) return;
    const phone = currentPhone;
    const generation = (oldSendGeneration.current += 1);
    const current = () => mounted.current && generation === oldSendGeneration.current;
    const requestLang = lang;
    setFailure(null);
    setOldMaybeSent(false);
    oldSend
      .send(phone)
      .then(() => {
        oldCooldown.start();
        if (!current()) return;
        setOldSentTo(phone);
        requestFocus('oldCode');
      })
      .catch((raw: unknown) => {
        const error = toGenAuthError(raw);
        const throttled = describeError(error).action === 'cooldown';
        const unsure = !throttled && mayHaveSent(error);
        if (throttled) oldCooldown.start(error.retryAfterMs);
        else if (unsure) oldCooldown.start();
        if (!current()) return;
        fail('send-old', error, requestLang);
        if (unsure) setOldMaybeSent(true);
      });
  }, [currentPhone, fail, lang, mounted, oldCooldown, oldSend, requestFocus]);

  /** Leaves the current number's step once its code is complete (no request: it is checked with the change). */
  const confirmOld = useCallback(() => {
    if (submitting.current) return;
    // The code on screen was just refused (or spent): going on with it again cannot work, and a
    // second click of a double click landing here after a quick answer must not undo the step.
    if (failure?.field === 'oldCode') {
      requestFocus('oldCode', true);
      return;
    }
    const oldCode = form.getValues('oldCode');
    if (oldCode.length !== codeLength) {
      form.setError('oldCode', { type: 'incomplete' });
      requestFocus('oldCode');
      return;
    }
    setOldConfirmed(true);
    requestFocus(phoneValue.isValid && sentTo ? 'code' : 'phone');
  }, [codeLength, failure?.field, form, phoneValue.isValid, requestFocus, sentTo]);

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

  const submit = useCallback(() => {
    if (submitting.current || changed) return;
    if (step === 'old') {
      confirmOld();
      return;
    }
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
    const oldCode = form.getValues('oldCode');
    const withOld = hasOldStep && currentPhone !== undefined;
    if (withOld && oldCode.length !== codeLength) {
      setOldConfirmed(false);
      form.setError('oldCode', { type: 'incomplete' });
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
    setFailure(null);
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
          if (!mounted.current) return;
          const result = { ...phone, e164 };
          sendGeneration.current += 1;
          oldSendGeneration.current += 1;
          setChanged(result);
          onSuccess?.(result);
        },
        (raw: unknown) => {
          if (!mounted.current) return;
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
            const { description } = fail('verify', error, requestLang);
            if (description.action === 'cooldown' && error.retryAfterMs !== undefined) {
              newCooldown.start(error.retryAfterMs);
            }
            return;
          }
          // update-phone failed. A request that may go through on a second try keeps its token.
          const description = describeError(error, { online: isOnline() });
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
        },
      )
      .finally(() => {
        submitting.current = false;
        if (mounted.current) setBusy(false);
      });
  }, [
    change.update,
    change.verify,
    changed,
    codeLength,
    confirmOld,
    currentPhone,
    fail,
    form,
    hasOldStep,
    lang,
    mounted,
    newCooldown,
    oldCooldown,
    onSuccess,
    phoneValue,
    requestFocus,
    step,
    verifyAgain,
  ]);

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

  const throttledSend =
    (failure?.source === 'send-new' || failure?.source === 'send-old') && failure.action === 'cooldown';
  const phoneError =
    (failure?.field === 'phone' ? failureText : undefined) ??
    (showPhoneValidation && !phoneValue.isValid
      ? phoneReasonMessage(messages, phoneValue, countryName)
      : undefined);
  const codeIncomplete =
    form.formState.errors.code?.type === 'incomplete' && codeField.field.value.length !== codeLength;
  const codeError =
    (failure?.field === 'code' ? failureText : undefined) ??
    (codeIncomplete ? formatMessage(messages.code.incomplete, { length: codeLength }) : undefined);
  const oldCodeIncomplete =
    form.formState.errors.oldCode?.type === 'incomplete' && oldCodeField.field.value.length !== codeLength;
  const oldCodeError =
    (failure?.field === 'oldCode' ? failureText : undefined) ??
    (oldCodeIncomplete ? formatMessage(messages.code.incomplete, { length: codeLength }) : undefined);
  const sendError = throttledSend && failure?.source === 'send-new' ? failureText : undefined;
  const oldSendError = throttledSend && failure?.source === 'send-old' ? failureText : undefined;

  // The current number could not be read, so its code cannot be sent: say why, offer to try again.
  const profileFailure: Failure | null =
    step === 'old' && !currentPhone && profile.isError
      ? {
          source: 'profile',
          field: 'form',
          action: 'retry',
          error: toGenAuthError(profile.error),
          description: describeError(toGenAuthError(profile.error), { online: isOnline() }),
          lang,
        }
      : null;
  const alertFailure = failure && failure.field === 'form' && !throttledSend ? failure : profileFailure;
  const formError = alertFailure
    ? {
        message: failureMessage(messages, alertFailure, lang),
        requestId: alertFailure.error?.requestId,
        action: alertFailure.action,
      }
    : undefined;

  const failedSource = alertFailure?.source;
  const canRetry =
    formError?.action === 'retry' &&
    !(failedSource === 'send-new' && newCooldown.running) &&
    !(failedSource === 'send-old' && oldCooldown.running) &&
    !newSend.isPending &&
    !oldSend.isPending;
  const { refetch: refetchProfile } = profile;
  const retry = useCallback(() => {
    if (failedSource === 'send-new') sendNew();
    else if (failedSource === 'send-old') sendOld();
    else if (failedSource === 'profile') void refetchProfile();
    else if (failedSource === 'verify' || failedSource === 'update') submit();
  }, [failedSource, refetchProfile, sendNew, sendOld, submit]);

  const { onChange: setCountryValue } = countryField.field;
  const { onChange: setPhoneValue } = phoneField.field;
  const { onChange: setCodeValue } = codeField.field;
  const { onChange: setOldCodeValue } = oldCodeField.field;
  const failedField = failure?.field;

  const setCountry = useCallback(
    (next: CountryCode) => {
      if (submitting.current) return;
      if (countries && !countries.includes(next)) return;
      setCountryValue(next);
      if (failedField === 'phone') setFailure(null);
    },
    [countries, failedField, setCountryValue],
  );
  const setPhoneText = useCallback(
    (text: string) => {
      if (submitting.current) return;
      if (!form.getValues('country')) setCountryValue(country);
      setPhoneValue(text);
      if (failedField === 'phone') setFailure(null);
    },
    [country, failedField, form, setCountryValue, setPhoneValue],
  );
  const setCode = useCallback(
    (code: string) => {
      if (submitting.current) return;
      setCodeValue(code);
      form.clearErrors('code');
      if (failedField === 'code') setFailure(null);
    },
    [failedField, form, setCodeValue],
  );
  const setOldCode = useCallback(
    (code: string) => {
      if (submitting.current) return;
      setOldCodeValue(code);
      form.clearErrors('oldCode');
      if (failedField === 'oldCode') setFailure(null);
    },
    [failedField, form, setOldCodeValue],
  );
  const onCodeComplete = useCallback(
    (code: string) => {
      if (!autoSubmit || code.length !== codeLength || !phoneValue.isValid) return;
      submit();
    },
    [autoSubmit, codeLength, phoneValue.isValid, submit],
  );
  const onOldCodeComplete = useCallback(
    (code: string) => {
      if (!autoSubmit || code.length !== codeLength) return;
      confirmOld();
    },
    [autoSubmit, codeLength, confirmOld],
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

  const currentText = currentPhone
    ? formatInternational(`${currentPhone.phoneCountryCode}${currentPhone.phoneNumber}`)
    : undefined;

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
    country,
    phoneValue,
    codeLength,
    countries,
    preferredCountries: options.preferredCountries,
    internationalSmsOff,
    /** Set once changed. */
    changed,
    successText: changed
      ? formatMessage(messages.change.success, { phone: formatInternational(changed.e164) })
      : undefined,
    sentTo,
    oldSentTo,
    maybeSent,
    oldMaybeSent,
    cooldownSeconds: newCooldown.remainingSeconds,
    oldCooldownSeconds: oldCooldown.remainingSeconds,
    sending: newSend.isPending,
    oldSending: oldSend.isPending,
    submitting: busy,
    phoneError,
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
    setCountry,
    setPhoneText,
    setCode,
    setOldCode,
    onCodeComplete,
    onOldCodeComplete,
    onPhoneBlur,
    phoneRef: phoneField.field.ref,
    codeRef: codeField.field.ref,
    oldCodeRef: oldCodeField.field.ref,
    countryRef: countryField.field.ref,
    phoneText: phoneField.field.value,
    code: codeField.field.value,
    oldCode: oldCodeField.field.value,
    sendNew,
    sendOld,
    confirmOld,
    back,
    onSubmit,
    changeNumber,
  };
}

export type ChangePhoneFormState = ReturnType<typeof useChangePhoneForm>;
