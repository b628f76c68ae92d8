'use client';
import { useMemo } from 'react';
import {
  useUnbindPhoneForm,
  type UnbindPhoneFormState,
  type UseUnbindPhoneFormOptions,
} from '../hooks/use-unbind-phone-form.js';
import { LocaleContext } from '../i18n/locale-context.js';
import type { MessagesOverride } from '../i18n/types.js';
import { CodeSentNotice } from './code-sent-notice.js';
import { CodeStepRow, type CodeStepRowSlot } from './code-step-row.js';
import { FormAlert, type FormAlertSlot } from './form-alert.js';
import { FormOutcome } from './form-outcome.js';
import { rootProps, type ThemeProp } from './root-props.js';
import { SendCodeRow, type SendCodeRowSlot } from './send-code-row.js';
import { slotProps, type SlotStyleProps } from './slot-props.js';
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

export interface UnbindPhoneButtonProps
  extends UseUnbindPhoneFormOptions, SlotStyleProps<UnbindPhoneButtonSlot>, ThemeProp {}

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
  const { classNames, unstyled, state } = props;
  const { messages, ids, triggerRef, sendButtonRef, codeRef } = state;
  const codeMessages = useMemo<MessagesOverride>(
    () => ({ code: { label: messages.change.oldCodeLabel } }),
    [messages.change.oldCodeLabel],
  );
  const root = rootProps(props);

  if (state.removed) {
    return (
      <FormOutcome root={root} state="success" line={slotProps(props, 'success')} takeFocus>
        {messages.change.removeSuccess}
      </FormOutcome>
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
        unstyled={unstyled}
      />

      {state.sentTo ? <CodeSentNotice phone={state.sentTo} unstyled={unstyled} /> : null}

      <CodeStepRow
        inputRef={codeRef}
        name="code"
        length={state.codeLength}
        value={state.code}
        onChange={state.setCode}
        onComplete={state.onCodeComplete}
        error={state.codeError}
        errorId={ids.codeError}
        messages={codeMessages}
        offerNewCode={state.offerNewCode}
        onSendNew={state.send}
        cooldownSeconds={state.cooldownSeconds}
        sending={state.sending}
        classNames={classNames}
        unstyled={unstyled}
      />

      <FormAlert
        alert={state.formError}
        onRetry={state.canRetry ? state.retry : undefined}
        classNames={classNames}
      />

      <div {...slotProps(props, 'actions')}>
        <SubmitButton pending={state.submitting} classNames={classNames}>
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
