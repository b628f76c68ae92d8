'use client';
import type { ReactNode } from 'react';
import {
  useChangePhoneFormCore,
  type ChangePhoneFormCoreState,
  type UseChangePhoneFormOptions,
} from '../../hooks/forms/use-change-phone-form.js';
import { phoneForm, withPhone, type FrameSlot } from './form-parts.js';
import { CodeStep, NewNumberStep, type NewNumberStepSlot } from './new-number-step.js';
import { slotProps, type SlotStyleProps } from '../slot-props.js';
import { FORM_KEYS, PHONE_NUMBER_KEYS, type DomProps, type ThemeProp } from '../split-props.js';

/** Parts of the form that take a class through `classNames` (the slot names of `BindPhoneForm`, and a few more). */
export type ChangePhoneFormSlot =
  FrameSlot | NewNumberStepSlot | 'current' | 'step' | 'step-text' | 'back' | 'cancel';

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
export interface ChangePhoneFormProps extends ChangePhoneFormOwnProps, DomProps<ChangePhoneFormOwnProps> {}

/**
 * Changes the signed-in user's mobile number: (when the tenant wants it) a code sent to the current
 * number, then the new number and its code. All behaviour lives in `useChangePhoneForm`.
 * The ref is its root element: the `<form>`, or the `<div>` that replaces it once the number is
 * changed.
 */
export const ChangePhoneForm = phoneForm<ChangePhoneFormOwnProps, ChangePhoneFormCoreState>(
  'ChangePhoneForm',
  {
    ...FORM_KEYS,
    ...PHONE_NUMBER_KEYS,
    requireOldPhoneVerification: true,
    newPhoneChannel: true,
    oldPhoneChannel: true,
    showHeader: true,
    onCancel: true,
  },
  useChangePhoneFormCore,
  (state, props) => {
    const { onCancel, classNames } = props;
    const { change } = state.messages;
    const { ids } = state;
    const oldStep = state.step === 'old';
    const stepText = (text: ReactNode) => <p {...slotProps(props, 'step-text')}>{text}</p>;
    return {
      outcome: state.changed && {
        state: 'success',
        title: change.successTitle,
        text: withPhone(change.success, state.successPhone),
      },
      title: change.title,
      description: state.hasOldStep ? change.descriptionBoth : change.description,
      current: state.currentText ? (
        <p {...slotProps(props, 'current')}>{withPhone(change.current, state.currentText)}</p>
      ) : null,
      describedBy: state.stepText ? ids.step : undefined,
      submitLabel: oldStep ? change.continue : state.submitting ? change.submitting : change.submit,
      busyText: change.submitting,
      back: !oldStep && state.hasOldStep && { label: change.back, onClick: state.back },
      cancel: onCancel && { label: change.cancel, onClick: state.submitting ? undefined : onCancel },
      children: (
        <>
          {state.stepText ? (
            <p {...slotProps(props, 'step')} id={ids.step}>
              {state.stepText}
            </p>
          ) : null}
          {oldStep ? (
            <>
              {stepText(withPhone(change.oldCodeStep, state.currentText))}
              <CodeStep
                form={{ ...state, ids: { codeError: ids.oldCodeError, sendError: ids.oldSendError } }}
                step={state.oldCodeStep}
                name="oldCode"
                label={change.oldCodeLabel}
                disabled={!state.currentPhone}
                classNames={classNames}
              />
            </>
          ) : (
            <>
              {state.hasOldStep ? stepText(change.newNumberStep) : null}
              <NewNumberStep state={state} classNames={classNames} />
            </>
          )}
        </>
      ),
    };
  },
);
