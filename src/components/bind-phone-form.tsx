'use client';
import {
  useBindPhoneFormCore,
  type BindPhoneFormCoreState,
  type UseBindPhoneFormOptions,
} from '../hooks/use-bind-phone-form.js';
import { LocaleContext } from '../i18n/locale-context.js';
import { FormAlert, type FormAlertSlot } from './form-alert.js';
import { FormOutcome } from './form-outcome.js';
import { NewNumberStep, type NewNumberStepSlot } from './new-number-step.js';
import { rootProps, type ThemeProp } from './root-props.js';
import { slotProps, type SlotStyleProps } from './slot-props.js';
import { SubmitButton } from './submit-button.js';

/** Parts of the form that take a class through `classNames`. */
export type BindPhoneFormSlot =
  | 'root'
  | 'header'
  | 'title'
  | 'description'
  | NewNumberStepSlot
  | FormAlertSlot
  | 'actions'
  | 'submit'
  | 'status'
  | 'success'
  | 'notice';

export interface BindPhoneFormProps
  extends UseBindPhoneFormOptions, SlotStyleProps<BindPhoneFormSlot>, ThemeProp {
  /**
   * Show the heading and the one-line description.
   * @default true
   */
  showHeader?: boolean;
}

/**
 * Binds a mobile number to the signed-in user's account: country, number, SMS code, submit.
 * All behaviour lives in `useBindPhoneForm`; this component only renders it, and hands its locale
 * and catalog (the `locale` and `messages` props) down to the parts. The number as typed is read
 * in the part that shows it, so a keystroke re-renders that part and not the whole form.
 */
export function BindPhoneForm(props: BindPhoneFormProps) {
  const state = useBindPhoneFormCore(props);
  return (
    <LocaleContext.Provider value={state.localeValue}>
      <BindPhoneFormView {...props} state={state} />
    </LocaleContext.Provider>
  );
}

function BindPhoneFormView(props: BindPhoneFormProps & { state: BindPhoneFormCoreState }) {
  const { showHeader = true, classNames, unstyled, state } = props;
  const { messages, ids, codeRef } = state;
  const titleId = ids.title;
  const root = rootProps(props);

  if (state.bound) {
    return (
      <FormOutcome root={root} state="success" line={slotProps(props, 'success')} takeFocus>
        {state.successText}
      </FormOutcome>
    );
  }

  if (state.alreadyBound) {
    return (
      <FormOutcome root={root} state="already-bound" line={slotProps(props, 'notice')}>
        {state.alreadyBoundText}
      </FormOutcome>
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

      <NewNumberStep
        state={state}
        onSend={state.send}
        codeRef={codeRef}
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
          {state.submitting ? messages.form.submitting : messages.form.submit}
        </SubmitButton>
      </div>
      <p {...slotProps(props, 'status')} role="status">
        {state.submitting ? messages.form.submitting : ''}
      </p>
    </form>
  );
}
