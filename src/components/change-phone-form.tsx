'use client';
import { Fragment, useMemo, type ReactNode } from 'react';
import {
  useChangePhoneForm,
  type ChangePhoneFormState,
  type UseChangePhoneFormOptions,
} from '../hooks/use-change-phone-form.js';
import { formatMessage } from '../i18n/format-message.js';
import { LocaleContext } from '../i18n/locale-context.js';
import type { MessagesOverride } from '../i18n/types.js';
import { themeStyle, type BindPhoneTheme } from '../theme/theme.js';
import { CodeSentNotice } from './code-sent-notice.js';
import { CountrySelect } from './country-select.js';
import { PhoneInput } from './phone-input.js';
import { SendCodeButton } from './send-code-button.js';
import { SmsCodeInput } from './sms-code-input.js';
import { rootClassName, slotProps, type SlotStyleProps } from './slot-props.js';

/** Parts of the form that take a class through `classNames` (the slot names of `BindPhoneForm`, and a few more). */
export type ChangePhoneFormSlot =
  | 'root'
  | 'header'
  | 'title'
  | 'description'
  | 'current'
  | 'step'
  | 'step-text'
  | 'phone-row'
  | 'field-error'
  | 'send-row'
  | 'send-error'
  | 'code-row'
  | 'new-code'
  | 'alert'
  | 'request-id'
  | 'retry'
  | 'actions'
  | 'submit'
  | 'back'
  | 'cancel'
  | 'status'
  | 'success';

export interface ChangePhoneFormProps extends UseChangePhoneFormOptions, SlotStyleProps<ChangePhoneFormSlot> {
  /**
   * Token values for this form (sets `--bp-*` variables on its root).
   * @default undefined
   */
  theme?: BindPhoneTheme;
  /**
   * Show the heading, the one-line description and the current number.
   * @default true
   */
  showHeader?: boolean;
  /**
   * Called by a "Cancel" button next to submit; the button is left out when not given.
   * @default undefined
   */
  onCancel?: () => void;
}

/**
 * Changes the signed-in user's mobile number: (when the tenant wants it) a code sent to the current
 * number, then the new number and its code. All behaviour lives in `useChangePhoneForm`; this
 * component only renders it, and hands its locale and catalog down to the parts.
 */
export function ChangePhoneForm(props: ChangePhoneFormProps) {
  const state = useChangePhoneForm(props);
  return (
    <LocaleContext.Provider value={state.localeValue}>
      <ChangePhoneFormView {...props} state={state} />
    </LocaleContext.Provider>
  );
}

function ChangePhoneFormView(props: ChangePhoneFormProps & { state: ChangePhoneFormState }) {
  const { theme, showHeader = true, onCancel, state } = props;
  const { messages, ids, phoneRef, codeRef, oldCodeRef, countryRef } = state;
  // The current number's code field is the same part with its own label.
  const oldCodeMessages = useMemo<MessagesOverride>(
    () => ({ code: { label: messages.change.oldCodeLabel } }),
    [messages.change.oldCodeLabel],
  );
  const root = {
    className: rootClassName(props, 'root'),
    style: themeStyle(theme),
    'data-slot': 'root' as const,
  };

  if (state.changed) {
    return (
      <div {...root} data-state="success">
        <p {...slotProps(props, 'success')} role="status">
          {state.successText}
        </p>
      </div>
    );
  }

  const oldStep = state.step === 'old';
  const formState = state.submitting
    ? 'submitting'
    : oldStep
      ? 'old-code'
      : state.sentTo
        ? 'code-sent'
        : 'idle';

  return (
    <form
      {...root}
      noValidate
      onSubmit={state.onSubmit}
      aria-labelledby={showHeader ? ids.title : undefined}
      aria-label={showHeader ? undefined : messages.change.title}
      aria-describedby={state.stepText ? ids.step : undefined}
      aria-busy={state.submitting || undefined}
      data-state={formState}
      data-step={state.step}
    >
      {showHeader ? (
        <div {...slotProps(props, 'header')}>
          <h2 {...slotProps(props, 'title')} id={ids.title}>
            {messages.change.title}
          </h2>
          <p {...slotProps(props, 'description')}>{messages.change.description}</p>
          {state.currentText ? (
            <p {...slotProps(props, 'current')}>
              {withPhone(messages.change.current, <bdi dir="ltr">{state.currentText}</bdi>)}
            </p>
          ) : null}
        </div>
      ) : null}

      {state.stepText ? (
        <p {...slotProps(props, 'step')} id={ids.step}>
          {state.stepText}
        </p>
      ) : null}

      {oldStep ? (
        <>
          <p {...slotProps(props, 'step-text')}>
            {withPhone(
              messages.change.oldCodeStep,
              state.currentText ? <bdi dir="ltr">{state.currentText}</bdi> : null,
            )}
          </p>

          <div {...slotProps(props, 'send-row')}>
            <SendCodeButton
              onSend={state.sendOld}
              cooldownSeconds={state.oldCooldownSeconds}
              sending={state.oldSending}
              sentBefore={Boolean(state.oldSentTo) || state.oldCooldownSeconds > 0}
              maybeSent={state.oldMaybeSent}
              disabled={!state.currentPhone || state.submitting}
              aria-describedby={state.oldSendError ? ids.oldSendError : undefined}
            />
            <p {...slotProps(props, 'send-error')} id={ids.oldSendError} aria-live="polite">
              {state.oldSendError}
            </p>
          </div>

          {state.oldSentTo ? <CodeSentNotice phone={state.oldSentTo} /> : null}

          <div {...slotProps(props, 'code-row')} data-invalid={state.oldCodeError ? '' : undefined}>
            <SmsCodeInput
              ref={oldCodeRef}
              name="oldCode"
              length={state.codeLength}
              value={state.oldCode}
              onChange={state.setOldCode}
              onComplete={state.onOldCodeComplete}
              invalid={Boolean(state.oldCodeError)}
              aria-describedby={state.oldCodeError ? ids.oldCodeError : undefined}
              messages={oldCodeMessages}
            />
            <p {...slotProps(props, 'field-error')} id={ids.oldCodeError} aria-live="polite">
              {state.oldCodeError}
            </p>
            {state.offerNewOldCode ? (
              <NewCodeButton
                props={props}
                onSend={state.sendOld}
                seconds={state.oldCooldownSeconds}
                sending={state.oldSending}
                text={messages.send}
              />
            ) : null}
          </div>
        </>
      ) : (
        <>
          {state.hasOldStep ? (
            <p {...slotProps(props, 'step-text')}>{messages.change.newNumberStep}</p>
          ) : null}

          <div {...slotProps(props, 'phone-row')} data-invalid={state.phoneError ? '' : undefined}>
            <CountrySelect
              ref={countryRef}
              value={state.country}
              onChange={state.setCountry}
              countries={state.countries}
              preferredCountries={state.preferredCountries}
              notice={state.internationalSmsOff ? messages.country.onlyMainlandChina : undefined}
              disabled={state.submitting}
            />
            <PhoneInput
              ref={phoneRef}
              name="phone"
              value={state.phoneText}
              country={state.country}
              onChange={(value) => state.setPhoneText(value.formatted)}
              onCountryChange={state.setCountry}
              onBlur={state.onPhoneBlur}
              mobileOnly={props.mobileOnly ?? true}
              invalid={Boolean(state.phoneError)}
              aria-describedby={state.phoneError ? ids.phoneError : undefined}
              readOnly={state.submitting}
            />
          </div>
          <p {...slotProps(props, 'field-error')} id={ids.phoneError} aria-live="polite">
            {state.phoneError}
          </p>

          <div {...slotProps(props, 'send-row')}>
            <SendCodeButton
              onSend={state.sendNew}
              cooldownSeconds={state.cooldownSeconds}
              sending={state.sending}
              sentBefore={Boolean(state.sentTo) || state.cooldownSeconds > 0}
              maybeSent={state.maybeSent}
              disabled={!state.phoneValue.isValid || state.submitting}
              aria-describedby={state.sendError ? ids.sendError : undefined}
            />
            <p {...slotProps(props, 'send-error')} id={ids.sendError} aria-live="polite">
              {state.sendError}
            </p>
          </div>

          {state.sentTo ? <CodeSentNotice phone={state.sentTo} onChangeNumber={state.changeNumber} /> : null}

          <div {...slotProps(props, 'code-row')} data-invalid={state.codeError ? '' : undefined}>
            <SmsCodeInput
              ref={codeRef}
              name="code"
              length={state.codeLength}
              value={state.code}
              onChange={state.setCode}
              onComplete={state.onCodeComplete}
              invalid={Boolean(state.codeError)}
              aria-describedby={state.codeError ? ids.codeError : undefined}
            />
            <p {...slotProps(props, 'field-error')} id={ids.codeError} aria-live="polite">
              {state.codeError}
            </p>
            {state.offerNewCode ? (
              <NewCodeButton
                props={props}
                onSend={state.sendNew}
                seconds={state.cooldownSeconds}
                sending={state.sending}
                text={messages.send}
              />
            ) : null}
          </div>
        </>
      )}

      {/* Always in the tree, so a message put into it is announced. Server text is rendered as text. */}
      <div {...slotProps(props, 'alert')} role="alert" data-state={state.formError ? 'open' : 'closed'}>
        {state.formError ? (
          <>
            <p>{state.formError.message}</p>
            {state.formError.requestId ? (
              <small {...slotProps(props, 'request-id')}>
                {messages.form.requestId}: <code>{state.formError.requestId}</code>
              </small>
            ) : null}
          </>
        ) : null}
      </div>

      {state.canRetry ? (
        <button type="button" {...slotProps(props, 'retry')} onClick={state.retry}>
          {messages.form.retry}
        </button>
      ) : null}

      <div {...slotProps(props, 'actions')}>
        {!oldStep && state.hasOldStep ? (
          <button
            type="button"
            {...slotProps(props, 'back')}
            onClick={state.back}
            aria-disabled={state.submitting || undefined}
          >
            {messages.change.back}
          </button>
        ) : null}
        {/* aria-disabled, not disabled: a disabled button would drop focus to the page while changing. */}
        <button
          type="submit"
          {...slotProps(props, 'submit')}
          aria-disabled={state.submitting || undefined}
          data-state={state.submitting ? 'pending' : 'idle'}
        >
          {oldStep
            ? messages.change.continue
            : state.submitting
              ? messages.change.submitting
              : messages.change.submit}
        </button>
        {onCancel ? (
          <button
            type="button"
            {...slotProps(props, 'cancel')}
            onClick={state.submitting ? undefined : onCancel}
            aria-disabled={state.submitting || undefined}
          >
            {messages.change.cancel}
          </button>
        ) : null}
      </div>
      <p {...slotProps(props, 'status')} role="status">
        {state.submitting ? messages.change.submitting : ''}
      </p>
    </form>
  );
}

/**
 * Fills `{phone}` with a node (the number isolated left-to-right, so `+86` stays in front on an
 * RTL page) and keeps the rest of the sentence in the catalog's order.
 */
function withPhone(template: string, phone: ReactNode): ReactNode[] {
  return template
    .split('{phone}')
    .flatMap((part, index) =>
      index === 0 ? [formatMessage(part)] : [<Fragment key={index}>{phone}</Fragment>, formatMessage(part)],
    );
}

/** "Resend code" / "Resend in {n}s" right at a code field whose code is spent or expired. */
function NewCodeButton(options: {
  props: ChangePhoneFormProps;
  onSend: () => void;
  seconds: number;
  sending: boolean;
  text: { resend: string; resendIn: string };
}) {
  const { props, onSend, seconds, sending, text } = options;
  return (
    <button
      type="button"
      {...slotProps(props, 'new-code')}
      onClick={onSend}
      disabled={seconds > 0 || sending}
    >
      {seconds > 0 ? formatMessage(text.resendIn, { seconds }) : text.resend}
    </button>
  );
}
