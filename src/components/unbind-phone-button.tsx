'use client';
import { Fragment, useMemo, type ReactNode } from 'react';
import {
  useUnbindPhoneForm,
  type UnbindPhoneFormState,
  type UseUnbindPhoneFormOptions,
} from '../hooks/use-unbind-phone-form.js';
import { formatMessage } from '../i18n/format-message.js';
import { LocaleContext } from '../i18n/locale-context.js';
import type { MessagesOverride } from '../i18n/types.js';
import { themeStyle, type BindPhoneTheme } from '../theme/theme.js';
import { CodeSentNotice } from './code-sent-notice.js';
import { SendCodeButton } from './send-code-button.js';
import { SmsCodeInput } from './sms-code-input.js';
import { rootClassName, slotProps, type SlotStyleProps } from './slot-props.js';

/** Parts of `UnbindPhoneButton` that take a class through `classNames`. */
export type UnbindPhoneButtonSlot =
  | 'root'
  | 'remove'
  | 'header'
  | 'title'
  | 'description'
  | 'send-row'
  | 'send-error'
  | 'code-row'
  | 'field-error'
  | 'new-code'
  | 'alert'
  | 'request-id'
  | 'retry'
  | 'actions'
  | 'submit'
  | 'cancel'
  | 'status'
  | 'success';

export interface UnbindPhoneButtonProps
  extends UseUnbindPhoneFormOptions, SlotStyleProps<UnbindPhoneButtonSlot> {
  /**
   * Token values for this part (sets `--bp-*` variables on its root).
   * @default undefined
   */
  theme?: BindPhoneTheme;
}

/**
 * A "Remove" button that opens an inline step: send a code to the current number, enter it, confirm.
 * When the service refuses because the phone is the account's only way to sign in (apiCode 2217),
 * the step says so and keeps everything as it was. All behaviour lives in `useUnbindPhoneForm`.
 */
export function UnbindPhoneButton(props: UnbindPhoneButtonProps) {
  const state = useUnbindPhoneForm(props);
  return (
    <LocaleContext.Provider value={state.localeValue}>
      <UnbindPhoneButtonView {...props} state={state} />
    </LocaleContext.Provider>
  );
}

function UnbindPhoneButtonView(props: UnbindPhoneButtonProps & { state: UnbindPhoneFormState }) {
  const { theme, state } = props;
  const { messages, ids, triggerRef, sendButtonRef, codeRef } = state;
  const codeMessages = useMemo<MessagesOverride>(
    () => ({ code: { label: messages.change.oldCodeLabel } }),
    [messages.change.oldCodeLabel],
  );
  const root = {
    className: rootClassName(props, 'root'),
    style: themeStyle(theme),
    'data-slot': 'root' as const,
  };

  if (state.removed) {
    return (
      <div {...root} data-state="success">
        <p {...slotProps(props, 'success')} role="status">
          {messages.change.removeSuccess}
        </p>
      </div>
    );
  }

  if (!state.open) {
    return (
      <div {...root} data-state="closed">
        <button type="button" {...slotProps(props, 'remove')} ref={triggerRef} onClick={state.openStep}>
          {messages.change.remove}
        </button>
      </div>
    );
  }

  return (
    <form
      {...root}
      noValidate
      onSubmit={state.onSubmit}
      aria-labelledby={ids.title}
      aria-describedby={ids.description}
      aria-busy={state.submitting || undefined}
      data-state={state.submitting ? 'submitting' : state.sentTo ? 'code-sent' : 'open'}
    >
      <div {...slotProps(props, 'header')}>
        <h2 {...slotProps(props, 'title')} id={ids.title}>
          {messages.change.removeTitle}
        </h2>
        <p {...slotProps(props, 'description')} id={ids.description}>
          {withPhone(
            messages.change.removeDescription,
            state.phoneText ? <bdi dir="ltr">{state.phoneText}</bdi> : null,
          )}
        </p>
      </div>

      <div {...slotProps(props, 'send-row')}>
        <SendCodeButton
          ref={sendButtonRef}
          onSend={state.send}
          cooldownSeconds={state.cooldownSeconds}
          sending={state.sending}
          sentBefore={Boolean(state.sentTo) || state.cooldownSeconds > 0}
          maybeSent={state.maybeSent}
          disabled={!state.phone || state.submitting}
          aria-describedby={state.sendError ? ids.sendError : undefined}
        />
        <p {...slotProps(props, 'send-error')} id={ids.sendError} aria-live="polite">
          {state.sendError}
        </p>
      </div>

      {state.sentTo ? <CodeSentNotice phone={state.sentTo} /> : null}

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
          messages={codeMessages}
        />
        <p {...slotProps(props, 'field-error')} id={ids.codeError} aria-live="polite">
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
        <button
          type="submit"
          {...slotProps(props, 'submit')}
          aria-disabled={state.submitting || undefined}
          data-state={state.submitting ? 'pending' : 'idle'}
        >
          {state.submitting ? messages.change.removing : messages.change.removeSubmit}
        </button>
        <button
          type="button"
          {...slotProps(props, 'cancel')}
          onClick={state.cancel}
          aria-disabled={state.submitting || undefined}
        >
          {messages.change.cancel}
        </button>
      </div>
      <p {...slotProps(props, 'status')} role="status">
        {state.submitting ? messages.change.removing : ''}
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
