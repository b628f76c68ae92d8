'use client';
import { forwardRef, type ReactNode } from 'react';
import {
  useChangePhoneFormCore,
  type UseChangePhoneFormOptions,
} from '../../hooks/forms/use-change-phone-form.js';
import { LocaleContext } from '../../i18n/locale-context.js';
import { CodeSentNotice } from './code-sent-notice.js';
import { CodeStepRow } from './code-step-row.js';
import { FormAlert, type FormAlertSlot } from './form-alert.js';
import { FormOutcome } from './form-outcome.js';
import { NewNumberStep, type NewNumberStepSlot } from './new-number-step.js';
import { labelProps } from '../label-props.js';
import { rootProps, type ThemeProp } from '../root-props.js';
import { SendCodeRow } from './send-code-row.js';
import { slotProps, type SlotStyleProps } from '../slot-props.js';
import {
  PHONE_FORM_KEYS,
  PHONE_NUMBER_KEYS,
  splitProps,
  STYLE_KEYS,
  useRootRef,
  type OwnKeys,
  type RootDomProps,
} from '../split-props.js';
import { SubmitButton } from './submit-button.js';
import { withPhone } from './with-phone.js';

/** Parts of the form that take a class through `classNames` (the slot names of `BindPhoneForm`, and a few more). */
export type ChangePhoneFormSlot =
  | 'root'
  | 'header'
  | 'title'
  | 'description'
  | 'current'
  | 'step'
  | 'step-text'
  | NewNumberStepSlot
  | FormAlertSlot
  | 'actions'
  | 'submit'
  | 'back'
  | 'cancel'
  | 'status'
  | 'success';

/** The form's own props: its options, its styling, `showHeader` and `onCancel`. */
export interface ChangePhoneFormOwnProps
  extends UseChangePhoneFormOptions, SlotStyleProps<ChangePhoneFormSlot>, ThemeProp {
  /**
   * Show the heading, the one-line description and the current number.
   * @default true
   */
  showHeader?: boolean;
  /** Called by a "Cancel" button next to submit; the button is left out when not given. */
  onCancel?: () => void;
}

/**
 * The form's props: its own, and any DOM prop of its root element (`id`, `style`, `data-*`,
 * `aria-*`, handlers), which gets them all; `onError` is the form's callback, not the DOM event.
 */
export interface ChangePhoneFormProps
  extends ChangePhoneFormOwnProps, RootDomProps<ChangePhoneFormOwnProps> {}

const OWN_KEYS = {
  ...PHONE_FORM_KEYS,
  ...PHONE_NUMBER_KEYS,
  ...STYLE_KEYS,
  requireOldPhoneVerification: true,
  newPhoneChannel: true,
  oldPhoneChannel: true,
  autoSubmit: true,
  onSuccess: true,
  onError: true,
  showHeader: true,
  onCancel: true,
} as const satisfies OwnKeys<ChangePhoneFormOwnProps>;

/**
 * Changes the signed-in user's mobile number: (when the tenant wants it) a code sent to the current
 * number, then the new number and its code. All behaviour lives in `useChangePhoneForm`.
 * Give it a `client`, or `appHost` / `appId` / `accessToken` (plain data, so a server component
 * can render it), or put it under a `BindPhoneProvider`. The ref is its root element: the
 * `<form>`, or the `<div>` that replaces it once the number is changed.
 */
export const ChangePhoneForm = forwardRef<HTMLElement, ChangePhoneFormProps>(
  function ChangePhoneForm(allProps, ref) {
    const [props, dom] = splitProps(allProps, OWN_KEYS);
    const state = useChangePhoneFormCore(props);
    const { showHeader = true, onCancel, classNames } = props;
    const { messages, ids } = state;
    const root = { ...rootProps(props, dom), ref: useRootRef(ref) };
    const oldStep = state.step === 'old';
    let body: ReactNode;

    if (state.changed) {
      body = (
        <FormOutcome
          root={root}
          state="success"
          callout={slotProps(props, 'success', 'bp-callout')}
          title={messages.change.successTitle}
        >
          {withPhone(messages.change.success, state.successPhone)}
        </FormOutcome>
      );
    } else {
      body = (
        <form
          {...root}
          {...state.formProps}
          {...labelProps(dom, showHeader ? { labelledBy: ids.title } : { label: messages.change.title })}
          aria-describedby={
            [state.stepText ? ids.step : undefined, dom['aria-describedby']].filter(Boolean).join(' ') ||
            undefined
          }
        >
          {showHeader ? (
            <div {...slotProps(props, 'header')}>
              <h2 {...slotProps(props, 'title')} id={ids.title}>
                {messages.change.title}
              </h2>
              <p {...slotProps(props, 'description')}>
                {state.hasOldStep ? messages.change.descriptionBoth : messages.change.description}
              </p>
              {state.currentText ? (
                <p {...slotProps(props, 'current')}>
                  {withPhone(messages.change.current, state.currentText)}
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
                {withPhone(messages.change.oldCodeStep, state.currentText)}
              </p>

              {state.oldSentTo ? <CodeSentNotice phone={state.oldSentTo} /> : null}

              <CodeStepRow
                inputRef={state.oldCodeRef}
                name="oldCode"
                length={state.codeLength}
                value={state.oldCode}
                onChange={state.setOldCode}
                onComplete={state.onOldCodeComplete}
                error={state.oldCodeError}
                errorId={ids.oldCodeError}
                label={messages.change.oldCodeLabel}
                classNames={classNames}
              >
                <SendCodeRow
                  onSend={state.sendOld}
                  cooldownSeconds={state.oldCooldownSeconds}
                  sending={state.oldSending}
                  sent={Boolean(state.oldSentTo)}
                  maybeSent={state.oldMaybeSent}
                  disabled={!state.currentPhone || state.submitting}
                  error={state.oldSendError}
                  errorId={ids.oldSendError}
                  classNames={classNames}
                />
              </CodeStepRow>
            </>
          ) : (
            <>
              {state.hasOldStep ? (
                <p {...slotProps(props, 'step-text')}>{messages.change.newNumberStep}</p>
              ) : null}

              <NewNumberStep state={state} onSend={state.sendNew} classNames={classNames} />
            </>
          )}

          <FormAlert
            alert={state.formError}
            onRetry={state.canRetry ? state.retry : undefined}
            classNames={classNames}
          />

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
            <SubmitButton {...state.submitProps} classNames={classNames}>
              {oldStep
                ? messages.change.continue
                : state.submitting
                  ? messages.change.submitting
                  : messages.change.submit}
            </SubmitButton>
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
    return <LocaleContext.Provider value={state.localeValue}>{body}</LocaleContext.Provider>;
  },
);
