'use client';
import {
  useUnbindPhoneForm,
  type UnbindPhoneFormState,
  type UseUnbindPhoneFormOptions,
} from '../../hooks/forms/use-unbind-phone-form.js';
import { phoneForm, withPhone, type CodeStepSlot, type FrameSlot } from './form-parts.js';
import { CodeStep } from './new-number-step.js';
import { slotProps, type SlotStyleProps } from '../slot-props.js';
import { FORM_KEYS, type DomProps, type ThemeProp } from '../split-props.js';

/** Parts of `UnbindPhoneButton` that take a class through `classNames`. */
export type UnbindPhoneButtonSlot = FrameSlot | CodeStepSlot | 'remove' | 'cancel';

/** The button's own props: its options and its styling. */
export interface UnbindPhoneButtonOwnProps
  extends UseUnbindPhoneFormOptions, SlotStyleProps<UnbindPhoneButtonSlot>, ThemeProp {}

/**
 * The button's props: its own, and any DOM prop of its root element (`id`, `style`, `data-*`,
 * `aria-*`, handlers), which gets them all; `onError` is its callback, not the DOM event.
 */
export interface UnbindPhoneButtonProps
  extends UnbindPhoneButtonOwnProps, DomProps<UnbindPhoneButtonOwnProps> {}

/**
 * A "Remove" button that opens an inline step: send a code to the current number, enter it, confirm.
 * When the service refuses because the phone is the account's only way to sign in (apiCode 2217),
 * the step says so and keeps everything as it was. All behaviour lives in `useUnbindPhoneForm`.
 * The ref is its root element: a `<div>` around the button, the `<form>` of the open step, or the
 * `<div>` of the outcome.
 */
export const UnbindPhoneButton = phoneForm<UnbindPhoneButtonOwnProps, UnbindPhoneFormState>(
  'UnbindPhoneButton',
  { ...FORM_KEYS, phone: true, channel: true, defaultOpen: true, onCancel: true },
  useUnbindPhoneForm,
  (state, props) => {
    const { change } = state.messages;
    return {
      outcome: state.removed && {
        state: 'success',
        title: change.removeSuccessTitle,
        text: change.removeSuccess,
      },
      closed: !state.open && (
        <button type="button" {...slotProps(props, 'remove')} ref={state.triggerRef} onClick={state.openStep}>
          {change.remove}
        </button>
      ),
      title: change.removeTitle,
      description: withPhone(change.removeDescription, state.phoneText),
      describedBy: state.ids.description,
      submitLabel: state.submitting ? change.removing : change.removeSubmit,
      tone: 'danger',
      busyText: change.removing,
      cancel: { label: change.cancel, onClick: state.cancel },
      children: (
        <CodeStep
          form={state}
          step={state.codeStep}
          name="code"
          label={change.oldCodeLabel}
          disabled={!state.phone}
          sendButtonRef={state.sendButtonRef}
          classNames={props.classNames}
        />
      ),
    };
  },
);
