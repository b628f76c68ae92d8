'use client';
import { QueryClientProvider } from '@tanstack/react-query';
import { forwardRef, type HTMLAttributes } from 'react';
import type { GenAuthError } from '../../api/genauth-error.js';
import type { SmsChannel } from '../../api/types.js';
import type { PhoneFormOptions, PhoneNumberOptions } from '../../hooks/shared/phone-form-options.js';
import type { BindPhoneResult } from '../../hooks/forms/use-bind-phone-form.js';
import type {
  ChangePhoneResult,
  UseChangePhoneFormOptions,
} from '../../hooks/forms/use-change-phone-form.js';
import { usePhoneBinding } from '../../hooks/forms/use-phone-binding.js';
import type { UnbindPhoneResult } from '../../hooks/forms/use-unbind-phone-form.js';
import { LocaleContext } from '../../i18n/locale-context.js';
import { BindPhoneForm } from './bind-phone-form.js';
import { ChangePhoneForm } from './change-phone-form.js';
import { FormAlert, withPhone } from './form-parts.js';
import { slotProps, type SlotStyleProps } from '../slot-props.js';
import {
  PHONE_FORM_KEYS,
  PHONE_NUMBER_KEYS,
  splitProps,
  useRootProps,
  type OwnKeys,
  type DomProps,
  type ThemeProp,
} from '../split-props.js';
import { UnbindPhoneButton } from './unbind-phone-button.js';

/** Parts of `PhoneBinding` that take a class through `classNames`. */
export type PhoneBindingSlot =
  | 'root'
  | 'view'
  | 'announcement'
  | 'bound'
  | 'title'
  | 'current'
  | 'verified'
  | 'actions'
  | 'change'
  | 'loading'
  | 'alert'
  | 'retry';

/** Its own props: the options of the nested forms, their callbacks and the styling. */
export interface PhoneBindingOwnProps
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
  /** Called once a number is bound. */
  onBound?: (result: BindPhoneResult) => void;
  /** Called once the number is changed. */
  onChanged?: (result: ChangePhoneResult) => void;
  /** Called once the number is removed. */
  onRemoved?: (result: UnbindPhoneResult) => void;
  /** Called for every failed request of the nested forms, after it is shown. */
  onError?: (error: GenAuthError) => void;
}

/**
 * Its props: its own, and any DOM prop of its root `<div>` (`id`, `style`, `data-*`, `aria-*`,
 * handlers), which gets them all; `onError` is its callback, not the DOM event.
 */
export interface PhoneBindingProps
  extends PhoneBindingOwnProps, DomProps<PhoneBindingOwnProps, HTMLAttributes<HTMLDivElement>> {}

const CHANGE_KEYS = {
  requireOldPhoneVerification: true,
  newPhoneChannel: true,
  oldPhoneChannel: true,
} as const;

const OWN_KEYS = {
  ...PHONE_FORM_KEYS,
  ...PHONE_NUMBER_KEYS,
  ...CHANGE_KEYS,
  unbindChannel: true,
  onBound: true,
  onChanged: true,
  onRemoved: true,
  onError: true,
} as const satisfies OwnKeys<PhoneBindingOwnProps>;

/**
 * The phone part of an account page: reads the profile and shows the bound number with "Change" and
 * "Remove", or `BindPhoneForm` when there is none, and moves between them after each success without
 * a reload (the profile query is updated and refetched). The nested forms share its client, its
 * QueryClient (the host's, else a private one) and its locale. Give it a `client`, or `appHost` /
 * `appId` / `accessToken` (plain data, so a server component can render it), or put it under a
 * `BindPhoneProvider`. The ref is its root `<div>`.
 */
export const PhoneBinding = forwardRef<HTMLDivElement, PhoneBindingProps>(
  function PhoneBinding(allProps, ref) {
    const [props, dom] = splitProps(allProps, OWN_KEYS);
    const root = useRootProps(props, dom, ref);
    const state = usePhoneBinding(props);
    const { messages, view, current } = state;
    const [phoneFields] = splitProps(props, PHONE_NUMBER_KEYS);
    const shared = {
      client: state.api,
      locale: state.locale,
      unstyled: props.unstyled,
      codeLength: props.codeLength,
      resendSeconds: props.resendSeconds,
      onError: props.onError,
      onUnauthorized: props.onUnauthorized,
    };

    const body = {
      loading: (
        <p {...slotProps(props, 'loading')} role="status">
          {messages.change.loading}
        </p>
      ),
      error: <FormAlert alert={state.errorAlert} onRetry={state.retry} classNames={props.classNames} />,
      unbound: <BindPhoneForm {...shared} {...phoneFields} onSuccess={state.succeed('bound')} />,
      changing: (
        <ChangePhoneForm
          {...shared}
          {...phoneFields}
          {...splitProps(props, CHANGE_KEYS)[0]}
          onSuccess={state.succeed('changed')}
          onCancel={state.cancelChange}
        />
      ),
      bound: current && (
        <section {...slotProps(props, 'bound')} aria-labelledby={state.titleId}>
          <h2 {...slotProps(props, 'title')} id={state.titleId}>
            {messages.change.heading}
          </h2>
          <p {...slotProps(props, 'current')}>
            {withPhone(messages.change.current, state.currentText)}
            {state.verified ? (
              <span {...slotProps(props, 'verified')}>
                <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                  <path
                    d="M3.5 8.5l3 3 6-6.5"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                  />
                </svg>
                {messages.change.verified}
              </span>
            ) : null}
          </p>
          <div {...slotProps(props, 'actions')}>
            <button
              type="button"
              {...slotProps(props, 'change')}
              ref={state.changeRef}
              onClick={state.startChange}
            >
              {messages.change.change}
            </button>
            <UnbindPhoneButton
              {...shared}
              phone={current}
              channel={props.unbindChannel}
              onSuccess={state.succeed('removed')}
            />
          </div>
        </section>
      ),
    }[view];

    // The nested forms share its QueryClient and its locale.
    return (
      <QueryClientProvider client={state.queryClient}>
        <LocaleContext.Provider value={state.localeValue}>
          <div {...root} data-state={view}>
            <div {...slotProps(props, 'view')} ref={state.viewRef} tabIndex={-1}>
              {/* Always in the tree, so what the last success did is announced. */}
              <p {...slotProps(props, 'announcement')} role="status">
                {state.noticeText}
              </p>
              {body}
            </div>
          </div>
        </LocaleContext.Provider>
      </QueryClientProvider>
    );
  },
);
