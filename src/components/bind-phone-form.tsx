'use client';
import {
  useBindPhoneForm,
  type BindPhoneFormState,
  type UseBindPhoneFormOptions,
} from '../hooks/use-bind-phone-form.js';
import { formatMessage } from '../i18n/format-message.js';
import { LocaleContext } from '../i18n/locale-context.js';
import { themeStyle, type BindPhoneTheme } from '../theme/theme.js';
import { CodeSentNotice } from './code-sent-notice.js';
import { CountrySelect } from './country-select.js';
import { PhoneInput } from './phone-input.js';
import { SendCodeButton } from './send-code-button.js';
import { SmsCodeInput } from './sms-code-input.js';
import { rootClassName, slotProps, type SlotStyleProps } from './slot-props.js';

/** Parts of the form that take a class through `classNames`. */
export type BindPhoneFormSlot =
  | 'root'
  | 'header'
  | 'title'
  | 'description'
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
  | 'status'
  | 'success'
  | 'notice';

export interface BindPhoneFormProps extends UseBindPhoneFormOptions, SlotStyleProps<BindPhoneFormSlot> {
  /**
   * Token values for this form (sets `--bp-*` variables on its root).
   * @default undefined
   */
  theme?: BindPhoneTheme;
  /**
   * Show the heading and the one-line description.
   * @default true
   */
  showHeader?: boolean;
}

/**
 * Binds a mobile number to the signed-in user's account: country, number, SMS code, submit.
 * All behaviour lives in `useBindPhoneForm`; this component only renders it, and hands its locale
 * and catalog (the `locale` and `messages` props) down to the parts.
 */
export function BindPhoneForm(props: BindPhoneFormProps) {
  const state = useBindPhoneForm(props);
  return (
    <LocaleContext.Provider value={state.localeValue}>
      <BindPhoneFormView {...props} state={state} />
    </LocaleContext.Provider>
  );
}

function BindPhoneFormView(props: BindPhoneFormProps & { state: BindPhoneFormState }) {
  const { theme, showHeader = true, state } = props;
  const { messages, ids, countryRef, phoneRef, codeRef } = state;
  const phoneErrorId = ids.phoneError;
  const codeErrorId = ids.codeError;
  const sendErrorId = ids.sendError;
  const titleId = ids.title;
  const root = {
    className: rootClassName(props, 'root'),
    style: themeStyle(theme),
    'data-slot': 'root' as const,
  };

  if (state.bound) {
    return (
      <div {...root} data-state="success">
        <p {...slotProps(props, 'success')} role="status">
          {state.successText}
        </p>
      </div>
    );
  }

  if (state.alreadyBound) {
    return (
      <div {...root} data-state="already-bound">
        <p {...slotProps(props, 'notice')} role="status">
          {state.alreadyBoundText}
        </p>
      </div>
    );
  }

  return (
    <form
      {...root}
      noValidate
      onSubmit={state.onSubmit}
      aria-labelledby={showHeader ? titleId : undefined}
      aria-label={showHeader ? undefined : messages.form.title}
      aria-busy={state.submitting || undefined}
      data-state={state.submitting ? 'submitting' : state.sentTo ? 'code-sent' : 'idle'}
    >
      {showHeader ? (
        <div {...slotProps(props, 'header')}>
          <h2 {...slotProps(props, 'title')} id={titleId}>
            {messages.form.title}
          </h2>
          <p {...slotProps(props, 'description')}>{messages.form.description}</p>
        </div>
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
          aria-describedby={state.phoneError ? phoneErrorId : undefined}
          readOnly={state.submitting}
        />
      </div>
      <p {...slotProps(props, 'field-error')} id={phoneErrorId} aria-live="polite">
        {state.phoneError}
      </p>

      <div {...slotProps(props, 'send-row')}>
        <SendCodeButton
          onSend={state.send}
          cooldownSeconds={state.cooldownSeconds}
          sending={state.sending}
          sentBefore={Boolean(state.sentTo) || state.cooldownSeconds > 0}
          maybeSent={state.maybeSent}
          disabled={!state.phoneValue.isValid || state.submitting}
          aria-describedby={state.sendError ? sendErrorId : undefined}
        />
        <p {...slotProps(props, 'send-error')} id={sendErrorId} aria-live="polite">
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
          aria-describedby={state.codeError ? codeErrorId : undefined}
        />
        <p {...slotProps(props, 'field-error')} id={codeErrorId} aria-live="polite">
          {state.codeError}
        </p>
        {state.offerNewCode ? (
          <button
            type="button"
            {...slotProps(props, 'new-code')}
            onClick={state.send}
            disabled={state.cooldownSeconds > 0 || state.sending}
          >
            {state.cooldownSeconds > 0
              ? formatMessage(messages.send.resendIn, { seconds: state.cooldownSeconds })
              : messages.send.resend}
          </button>
        ) : null}
      </div>

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
        {/* aria-disabled, not disabled: a disabled button would drop focus to the page while binding. */}
        <button
          type="submit"
          {...slotProps(props, 'submit')}
          aria-disabled={state.submitting || undefined}
          data-state={state.submitting ? 'pending' : 'idle'}
        >
          {state.submitting ? messages.form.submitting : messages.form.submit}
        </button>
      </div>
      <p {...slotProps(props, 'status')} role="status">
        {state.submitting ? messages.form.submitting : ''}
      </p>
    </form>
  );
}
