'use client';
import { forwardRef, type ReactNode } from 'react';
import { useBindPhoneFormCore, type UseBindPhoneFormOptions } from '../../hooks/forms/use-bind-phone-form.js';
import { LocaleContext } from '../../i18n/locale-context.js';
import { FormAlert, type FormAlertSlot } from './form-alert.js';
import { FormOutcome } from './form-outcome.js';
import { NewNumberStep, type NewNumberStepSlot } from './new-number-step.js';
import { labelProps } from '../label-props.js';
import { rootProps, type ThemeProp } from '../root-props.js';
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
  | 'notice'
  | 'change';

/** The form's own props: its options, its styling and `showHeader`. */
export interface BindPhoneFormOwnProps
  extends UseBindPhoneFormOptions, SlotStyleProps<BindPhoneFormSlot>, ThemeProp {
  /**
   * Show the heading and the one-line description.
   * @default true
   */
  showHeader?: boolean;
  /** Offers "Change number" on the already-bound notice, and is called when it is pressed. */
  onChangeNumber?: () => void;
}

/**
 * The form's props: its own, and any DOM prop of its root element (`id`, `style`, `data-*`,
 * `aria-*`, handlers), which gets them all; `onError` is the form's callback, not the DOM event.
 */
export interface BindPhoneFormProps extends BindPhoneFormOwnProps, RootDomProps<BindPhoneFormOwnProps> {}

const OWN_KEYS = {
  ...PHONE_FORM_KEYS,
  ...PHONE_NUMBER_KEYS,
  ...STYLE_KEYS,
  channel: true,
  autoSubmit: true,
  onSuccess: true,
  onError: true,
  onAlreadyBound: true,
  onChangeNumber: true,
  showHeader: true,
} as const satisfies OwnKeys<BindPhoneFormOwnProps>;

/**
 * Binds a mobile number to the signed-in user's account: country, number, SMS code, submit.
 * All behaviour lives in `useBindPhoneForm`. The number as typed is read in the part that shows
 * it, so a keystroke re-renders that part and not the whole form.
 * Give it a `client`, or `appHost` / `appId` / `accessToken` (plain data, so a server component
 * can render it), or put it under a `BindPhoneProvider`. The ref is its root element: the
 * `<form>`, or the `<div>` that replaces it once the number is bound.
 */
export const BindPhoneForm = forwardRef<HTMLElement, BindPhoneFormProps>(
  function BindPhoneForm(allProps, ref) {
    const [props, dom] = splitProps(allProps, OWN_KEYS);
    const state = useBindPhoneFormCore(props);
    const { showHeader = true, classNames } = props;
    const { messages } = state;
    const titleId = state.ids.title;
    const root = { ...rootProps(props, dom), ref: useRootRef(ref) };
    let body: ReactNode;

    if (state.bound) {
      body = (
        <FormOutcome
          root={root}
          state="success"
          callout={slotProps(props, 'success', 'bp-callout')}
          title={messages.form.successTitle}
        >
          {withPhone(messages.form.success, state.successPhone)}
        </FormOutcome>
      );
    } else if (state.alreadyBound) {
      body = (
        <FormOutcome
          root={root}
          state="already-bound"
          callout={slotProps(props, 'notice', 'bp-callout')}
          title={messages.form.alreadyBoundTitle}
          action={
            props.onChangeNumber ? (
              <button
                type="button"
                {...slotProps(props, 'change', 'bp-button')}
                onClick={props.onChangeNumber}
              >
                {messages.code.changeNumber}
              </button>
            ) : null
          }
        >
          {withPhone(messages.form.alreadyBound, state.alreadyBoundPhone)}
        </FormOutcome>
      );
    } else {
      body = (
        <form
          {...root}
          {...state.formProps}
          {...labelProps(dom, showHeader ? { labelledBy: titleId } : { label: messages.form.title })}
        >
          {showHeader ? (
            <div {...slotProps(props, 'header')}>
              <h2 {...slotProps(props, 'title')} id={titleId}>
                {messages.form.title}
              </h2>
              <p {...slotProps(props, 'description')}>{messages.form.description}</p>
            </div>
          ) : null}

          <NewNumberStep state={state} onSend={state.send} classNames={classNames} />

          <FormAlert
            alert={state.formError}
            onRetry={state.canRetry ? state.retry : undefined}
            classNames={classNames}
          />

          <div {...slotProps(props, 'actions')}>
            <SubmitButton {...state.submitProps} classNames={classNames}>
              {state.submitting ? messages.form.submitting : messages.form.submit}
            </SubmitButton>
          </div>
          <p {...slotProps(props, 'status')} role="status">
            {state.submitting ? messages.form.submitting : ''}
          </p>
        </form>
      );
    }
    return <LocaleContext.Provider value={state.localeValue}>{body}</LocaleContext.Provider>;
  },
);
