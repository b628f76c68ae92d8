'use client';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { GenAuthError } from '../api/genauth-error.js';
import type { PhoneBindingApi, SmsChannel } from '../api/types.js';
import { useBindingApi } from '../hooks/bind-phone-context.js';
import type { PhoneFormOptions, PhoneNumberOptions } from '../hooks/phone-form-options.js';
import type { BindPhoneResult } from '../hooks/use-bind-phone-form.js';
import type { ChangePhoneResult, UseChangePhoneFormOptions } from '../hooks/use-change-phone-form.js';
import { useKitQueryClient } from '../hooks/use-kit-query-client.js';
import { useMessages } from '../hooks/use-messages.js';
import { usePhoneBinding } from '../hooks/use-phone-binding.js';
import type { UnbindPhoneResult } from '../hooks/use-unbind-phone-form.js';
import { LocaleContext } from '../i18n/locale-context.js';
import { BindPhoneForm } from './bind-phone-form.js';
import { ChangePhoneForm } from './change-phone-form.js';
import { FormAlert } from './form-alert.js';
import { rootProps, type ThemeProp } from './root-props.js';
import { slotProps, type SlotStyleProps } from './slot-props.js';
import { UnbindPhoneButton } from './unbind-phone-button.js';
import { withPhone } from './with-phone.js';

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

export interface PhoneBindingProps
  extends
    SlotStyleProps<PhoneBindingSlot>,
    ThemeProp,
    PhoneFormOptions,
    PhoneNumberOptions,
    Pick<UseChangePhoneFormOptions, 'requireOldPhoneVerification' | 'newPhoneChannel' | 'oldPhoneChannel'> {
  /**
   * SMS channel of the code that confirms removing the number.
   * @default 'CHANNEL_UNBIND_PHONE'
   */
  unbindChannel?: SmsChannel;
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
  const { client: api, unstyled, onError, onUnauthorized } = props;
  const state = usePhoneBinding(props);
  const { messages, view, current, viewRef, changeRef } = state;

  const shared = {
    client: api,
    locale: state.locale,
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
    body = <FormAlert alert={state.errorAlert} onRetry={state.retry} classNames={props.classNames} />;
  } else if (view === 'unbound') {
    body = <BindPhoneForm {...shared} {...phoneFields} onSuccess={state.onBindSuccess} />;
  } else if (view === 'changing') {
    body = (
      <ChangePhoneForm
        {...shared}
        {...phoneFields}
        requireOldPhoneVerification={props.requireOldPhoneVerification}
        newPhoneChannel={props.newPhoneChannel}
        oldPhoneChannel={props.oldPhoneChannel}
        onSuccess={state.onChangeSuccess}
        onCancel={state.cancelChange}
      />
    );
  } else if (current) {
    body = (
      <section {...slotProps(props, 'bound')} aria-labelledby={state.titleId}>
        <h2 {...slotProps(props, 'title')} id={state.titleId}>
          {messages.change.heading}
        </h2>
        <p {...slotProps(props, 'current')}>
          {withPhone(messages.change.current, <bdi dir="ltr">{state.currentText}</bdi>)}
        </p>
        <div {...slotProps(props, 'actions')}>
          <button type="button" {...slotProps(props, 'change')} ref={changeRef} onClick={state.startChange}>
            {messages.change.change}
          </button>
          <UnbindPhoneButton
            {...shared}
            phone={current}
            channel={props.unbindChannel}
            onSuccess={state.onRemoveSuccess}
          />
        </div>
      </section>
    );
  }

  return (
    <div {...rootProps(props)} data-state={view}>
      <div {...slotProps(props, 'view')} ref={viewRef} tabIndex={-1}>
        {/* Always in the tree, so what the last success did is announced. */}
        <p {...slotProps(props, 'announcement')} role="status">
          {state.noticeText}
        </p>
        {body}
      </div>
    </div>
  );
}
