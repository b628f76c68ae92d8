'use client';
import { QueryClientProvider } from '@tanstack/react-query';
import { Fragment, useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { describeError } from '../api/error-map.js';
import { GenAuthError, isGenAuthError } from '../api/genauth-error.js';
import { sanitizeServerMessage } from '../api/sanitize-text.js';
import type { GenAuthPhone, PhoneBindingApi, SmsChannel, UserProfile } from '../api/types.js';
import { useBindingApi } from '../hooks/bind-phone-context.js';
import { apiQueryKey } from '../hooks/query-keys.js';
import type { UnauthorizedHandler } from '../hooks/replay-after-reauth.js';
import type { BindPhoneResult } from '../hooks/use-bind-phone-form.js';
import type { ChangePhoneResult } from '../hooks/use-change-phone-form.js';
import { useFocusRequest } from '../hooks/use-focus-request.js';
import { useKitQueryClient } from '../hooks/use-kit-query-client.js';
import { useMessages } from '../hooks/use-messages.js';
import { useProfile } from '../hooks/use-profile.js';
import type { UnbindPhoneResult } from '../hooks/use-unbind-phone-form.js';
import { errorMessage } from '../i18n/error-message.js';
import { formatMessage } from '../i18n/format-message.js';
import { LocaleContext } from '../i18n/locale-context.js';
import type { MessagesOverride } from '../i18n/types.js';
import { formatInternational } from '../phone/format-international.js';
import type { CountryCode } from '../phone/types.js';
import { themeStyle, type BindPhoneTheme } from '../theme/theme.js';
import { BindPhoneForm } from './bind-phone-form.js';
import { ChangePhoneForm } from './change-phone-form.js';
import { rootClassName, slotProps, type SlotStyleProps } from './slot-props.js';
import { UnbindPhoneButton } from './unbind-phone-button.js';

/** Parts of `PhoneBinding` that take a class through `classNames`. */
export type PhoneBindingSlot =
  | 'root'
  | 'view'
  | 'announcement'
  | 'bound'
  | 'title'
  | 'current'
  | 'actions'
  | 'change'
  | 'loading'
  | 'alert'
  | 'retry';

export interface PhoneBindingProps extends SlotStyleProps<PhoneBindingSlot> {
  /**
   * The backend: `createGenAuthClient(...)`, the mock, or your own `PhoneBindingApi`.
   * @default the client of the nearest `BindPhoneProvider`
   */
  client?: PhoneBindingApi;
  /**
   * Country selected at first when binding or changing.
   * @default the tenant's `internationalSmsConfig.defaultISOType`, else the locale's region, else `CN`
   */
  defaultCountry?: CountryCode;
  /**
   * Countries offered in the pickers.
   * @default every country, or only `CN` when the tenant has international SMS off
   */
  countries?: CountryCode[];
  /**
   * Countries listed first in the pickers.
   * @default []
   */
  preferredCountries?: CountryCode[];
  /**
   * Digits in the SMS codes.
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
   * The change asks for a code sent to the current number first (also turned on by a 2228 answer).
   * @default false
   */
  requireOldPhoneVerification?: boolean;
  /**
   * SMS channel of the code sent to a new number when changing.
   * @default 'CHANNEL_BIND_PHONE'
   */
  newPhoneChannel?: SmsChannel;
  /**
   * SMS channel of the code sent to the current number when changing.
   * @default 'CHANNEL_UNBIND_PHONE'
   */
  oldPhoneChannel?: SmsChannel;
  /**
   * SMS channel of the code that confirms removing the number.
   * @default 'CHANNEL_UNBIND_PHONE'
   */
  unbindChannel?: SmsChannel;
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
   * Token values (sets `--bp-*` variables on the root, so every nested form gets them).
   * @default undefined
   */
  theme?: BindPhoneTheme;
  /**
   * Called once a number is bound.
   * @default undefined
   */
  onBound?: (result: BindPhoneResult) => void;
  /**
   * Called once the number is changed.
   * @default undefined
   */
  onChanged?: (result: ChangePhoneResult) => void;
  /**
   * Called once the number is removed.
   * @default undefined
   */
  onRemoved?: (result: UnbindPhoneResult) => void;
  /**
   * Called for every failed request of the nested forms, after it is shown.
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

/** What the last success said, kept as data so its text follows the locale. */
type Notice = { kind: 'bound' | 'changed'; e164: string } | { kind: 'removed' };

type FocusTarget = 'view' | 'change';

function e164Of(phone: GenAuthPhone): string {
  return `${phone.phoneCountryCode}${phone.phoneNumber}`;
}

/** Fills `{phone}` with a node, keeping the rest of the sentence in the catalog's order. */
function withPhone(template: string, phone: ReactNode): ReactNode[] {
  return template
    .split('{phone}')
    .flatMap((part, index) =>
      index === 0 ? [formatMessage(part)] : [<Fragment key={index}>{phone}</Fragment>, formatMessage(part)],
    );
}

/**
 * The phone part of an account page: reads the profile and shows the bound number with "Change" and
 * "Remove", or `BindPhoneForm` when there is none, and moves between them after each success without
 * a reload (the profile query is updated and refetched). The nested forms share its client, its
 * QueryClient (the host's, else a private one) and its locale.
 */
export function PhoneBinding(props: PhoneBindingProps) {
  const api = useBindingApi(props.client);
  const localeValue = useMessages(props.locale, props.messages);
  const queryClient = useKitQueryClient();
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleContext.Provider value={localeValue}>
        <PhoneBindingView {...props} client={api} />
      </LocaleContext.Provider>
    </QueryClientProvider>
  );
}

function PhoneBindingView(props: PhoneBindingProps & { client: PhoneBindingApi }) {
  const { client: api, theme, unstyled, onBound, onChanged, onRemoved, onError, onUnauthorized } = props;
  const { locale, messages } = useMessages();
  const queryClient = useKitQueryClient();
  const profile = useProfile(api, queryClient, locale);
  const [changing, setChanging] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const viewRef = useRef<HTMLDivElement | null>(null);
  const changeRef = useRef<HTMLButtonElement | null>(null);
  const focus = useCallback((target: FocusTarget) => {
    (target === 'change' ? changeRef.current : viewRef.current)?.focus();
  }, []);
  const requestFocus = useFocusRequest<FocusTarget>(focus);
  const titleId = `${useId()}-title`;

  const profileKey = apiQueryKey(api, 'profile');
  const showPhone = useCallback(
    (phone: GenAuthPhone | null) => {
      // The new state at once (no flash of the old view), then the service's own word on it.
      queryClient.setQueryData<UserProfile>(profileKey, (current) => ({
        ...current,
        phone: phone?.phoneNumber ?? null,
        phoneCountryCode: phone?.phoneCountryCode ?? null,
        phoneVerified: Boolean(phone),
      }));
      void queryClient.invalidateQueries({ queryKey: profileKey });
    },
    [profileKey, queryClient],
  );

  const onBindSuccess = useCallback(
    (result: BindPhoneResult) => {
      showPhone(result);
      setNotice({ kind: 'bound', e164: result.e164 });
      requestFocus('view');
      onBound?.(result);
    },
    [onBound, requestFocus, showPhone],
  );
  const onChangeSuccess = useCallback(
    (result: ChangePhoneResult) => {
      showPhone(result);
      setChanging(false);
      setNotice({ kind: 'changed', e164: result.e164 });
      requestFocus('view');
      onChanged?.(result);
    },
    [onChanged, requestFocus, showPhone],
  );
  const onRemoveSuccess = useCallback(
    (result: UnbindPhoneResult) => {
      showPhone(null);
      setNotice({ kind: 'removed' });
      requestFocus('view');
      onRemoved?.(result);
    },
    [onRemoved, requestFocus, showPhone],
  );
  const startChange = useCallback(() => {
    setNotice(null);
    setChanging(true);
    requestFocus('view');
  }, [requestFocus]);
  const cancelChange = useCallback(() => {
    setChanging(false);
    requestFocus('change');
  }, [requestFocus]);

  const data = profile.data;
  const current: GenAuthPhone | null = data?.phone
    ? { phoneNumber: data.phone, phoneCountryCode: data.phoneCountryCode || '+86' }
    : null;
  const view = !data
    ? profile.isError
      ? 'error'
      : 'loading'
    : current
      ? changing
        ? 'changing'
        : 'bound'
      : 'unbound';

  const noticeText = !notice
    ? ''
    : notice.kind === 'removed'
      ? messages.change.removeSuccess
      : formatMessage(notice.kind === 'bound' ? messages.form.success : messages.change.success, {
          phone: formatInternational(notice.e164),
        });

  const shared = {
    client: api,
    locale,
    unstyled,
    codeLength: props.codeLength,
    resendSeconds: props.resendSeconds,
    onError,
    onUnauthorized,
  };
  const phoneFields = {
    defaultCountry: props.defaultCountry,
    countries: props.countries,
    preferredCountries: props.preferredCountries,
    mobileOnly: props.mobileOnly,
  };

  let body: ReactNode;
  if (view === 'loading') {
    body = (
      <p {...slotProps(props, 'loading')} role="status">
        {messages.change.loading}
      </p>
    );
  } else if (view === 'error') {
    const error = isGenAuthError(profile.error)
      ? profile.error
      : new GenAuthError({ kind: 'network', message: '' });
    const text =
      sanitizeServerMessage(errorMessage(messages, describeError(error), error)) || messages.errors.generic;
    body = (
      <>
        <div {...slotProps(props, 'alert')} role="alert" data-state="open">
          <p>{text}</p>
        </div>
        <button type="button" {...slotProps(props, 'retry')} onClick={() => void profile.refetch()}>
          {messages.form.retry}
        </button>
      </>
    );
  } else if (view === 'unbound') {
    body = <BindPhoneForm {...shared} {...phoneFields} onSuccess={onBindSuccess} />;
  } else if (view === 'changing') {
    body = (
      <ChangePhoneForm
        {...shared}
        {...phoneFields}
        requireOldPhoneVerification={props.requireOldPhoneVerification}
        newPhoneChannel={props.newPhoneChannel}
        oldPhoneChannel={props.oldPhoneChannel}
        onSuccess={onChangeSuccess}
        onCancel={cancelChange}
      />
    );
  } else if (current) {
    body = (
      <section {...slotProps(props, 'bound')} aria-labelledby={titleId}>
        <h2 {...slotProps(props, 'title')} id={titleId}>
          {messages.change.heading}
        </h2>
        <p {...slotProps(props, 'current')}>
          {withPhone(messages.change.current, <bdi dir="ltr">{formatInternational(e164Of(current))}</bdi>)}
        </p>
        <div {...slotProps(props, 'actions')}>
          <button type="button" {...slotProps(props, 'change')} ref={changeRef} onClick={startChange}>
            {messages.change.change}
          </button>
          <UnbindPhoneButton
            {...shared}
            phone={current}
            channel={props.unbindChannel}
            onSuccess={onRemoveSuccess}
          />
        </div>
      </section>
    );
  }

  return (
    <div
      className={rootClassName(props, 'root')}
      style={themeStyle(theme)}
      data-slot="root"
      data-state={view}
    >
      <div {...slotProps(props, 'view')} ref={viewRef} tabIndex={-1}>
        {/* Always in the tree, so what the last success did is announced. */}
        <p {...slotProps(props, 'announcement')} role="status">
          {noticeText}
        </p>
        {body}
      </div>
    </div>
  );
}
