'use client';
import { forwardRef, type ReactNode } from 'react';
import {
  useUnbindPhoneForm,
  type UseUnbindPhoneFormOptions,
} from '../../hooks/forms/use-unbind-phone-form.js';
import { LocaleContext } from '../../i18n/locale-context.js';
import { CodeSentNotice } from './code-sent-notice.js';
import { CodeStepRow, type CodeStepRowSlot } from './code-step-row.js';
import { FormAlert, type FormAlertSlot } from './form-alert.js';
import { FormOutcome } from './form-outcome.js';
import { labelProps } from '../label-props.js';
import { rootProps, type ThemeProp } from '../root-props.js';
import { SendCodeRow, type SendCodeRowSlot } from './send-code-row.js';
import { slotProps, type SlotStyleProps } from '../slot-props.js';
import {
  PHONE_FORM_KEYS,
  splitProps,
  STYLE_KEYS,
  useRootRef,
  type OwnKeys,
  type RootDomProps,
} from '../split-props.js';
import { SubmitButton } from './submit-button.js';
import { withPhone } from './with-phone.js';

/** Parts of `UnbindPhoneButton` that take a class through `classNames`. */
export type UnbindPhoneButtonSlot =
  | 'root'
  | 'remove'
  | 'header'
  | 'title'
  | 'description'
  | SendCodeRowSlot
  | CodeStepRowSlot
  | FormAlertSlot
  | 'actions'
  | 'submit'
  | 'cancel'
  | 'status'
  | 'success';

/** The button's own props: its options and its styling. */
export interface UnbindPhoneButtonOwnProps
  extends UseUnbindPhoneFormOptions, SlotStyleProps<UnbindPhoneButtonSlot>, ThemeProp {}

/**
 * The button's props: its own, and any DOM prop of its root element (`id`, `style`, `data-*`,
 * `aria-*`, handlers), which gets them all; `onError` is its callback, not the DOM event.
 */
export interface UnbindPhoneButtonProps
  extends UnbindPhoneButtonOwnProps, RootDomProps<UnbindPhoneButtonOwnProps> {}

const OWN_KEYS = {
  ...PHONE_FORM_KEYS,
  ...STYLE_KEYS,
  phone: true,
  channel: true,
  defaultOpen: true,
  autoSubmit: true,
  onSuccess: true,
  onError: true,
  onCancel: true,
} as const satisfies OwnKeys<UnbindPhoneButtonOwnProps>;

/**
 * A "Remove" button that opens an inline step: send a code to the current number, enter it, confirm.
 * When the service refuses because the phone is the account's only way to sign in (apiCode 2217),
 * the step says so and keeps everything as it was. All behaviour lives in `useUnbindPhoneForm`.
 * Give it a `client`, or `appHost` / `appId` / `accessToken` (plain data, so a server component
 * can render it), or put it under a `BindPhoneProvider`. The ref is its root element: a `<div>`
 * around the button, the `<form>` of the open step, or the `<div>` of the outcome.
 */
export const UnbindPhoneButton = forwardRef<HTMLElement, UnbindPhoneButtonProps>(
  function UnbindPhoneButton(allProps, ref) {
    const [props, dom] = splitProps(allProps, OWN_KEYS);
    const state = useUnbindPhoneForm(props);
    const { classNames } = props;
    const { messages, ids, triggerRef, sendButtonRef, codeRef } = state;
    const root = { ...rootProps(props, dom), ref: useRootRef(ref) };
    let body: ReactNode;

    if (state.removed) {
      body = (
        <FormOutcome
          root={root}
          state="success"
          callout={slotProps(props, 'success', 'bp-callout')}
          title={messages.change.removeSuccessTitle}
        >
          {messages.change.removeSuccess}
        </FormOutcome>
      );
    } else if (!state.open) {
      body = (
        <div {...root} data-state="closed">
          <button type="button" {...slotProps(props, 'remove')} ref={triggerRef} onClick={state.openStep}>
            {messages.change.remove}
          </button>
        </div>
      );
    } else {
      body = (
        <form
          {...root}
          {...state.formProps}
          {...labelProps(dom, { labelledBy: ids.title })}
          aria-describedby={[ids.description, dom['aria-describedby']].filter(Boolean).join(' ')}
        >
          <div {...slotProps(props, 'header')}>
            <h2 {...slotProps(props, 'title')} id={ids.title}>
              {messages.change.removeTitle}
            </h2>
            <p {...slotProps(props, 'description')} id={ids.description}>
              {withPhone(messages.change.removeDescription, state.phoneText)}
            </p>
          </div>

          {state.sentTo ? <CodeSentNotice phone={state.sentTo} /> : null}

          <CodeStepRow
            inputRef={codeRef}
            name="code"
            length={state.codeLength}
            value={state.code}
            onChange={state.setCode}
            onComplete={state.onCodeComplete}
            error={state.codeError}
            errorId={ids.codeError}
            label={messages.change.oldCodeLabel}
            classNames={classNames}
          >
            <SendCodeRow
              buttonRef={sendButtonRef}
              onSend={state.send}
              cooldownSeconds={state.cooldownSeconds}
              sending={state.sending}
              sent={Boolean(state.sentTo)}
              maybeSent={state.maybeSent}
              disabled={!state.phone || state.submitting}
              error={state.sendError}
              errorId={ids.sendError}
              classNames={classNames}
            />
          </CodeStepRow>

          <FormAlert
            alert={state.formError}
            onRetry={state.canRetry ? state.retry : undefined}
            classNames={classNames}
          />

          <div {...slotProps(props, 'actions')}>
            <SubmitButton {...state.submitProps} tone="danger" classNames={classNames}>
              {state.submitting ? messages.change.removing : messages.change.removeSubmit}
            </SubmitButton>
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
    return <LocaleContext.Provider value={state.localeValue}>{body}</LocaleContext.Provider>;
  },
);
