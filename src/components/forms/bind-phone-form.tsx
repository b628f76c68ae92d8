'use client';
import {
  useBindPhoneFormCore,
  type BindPhoneFormCoreState,
  type UseBindPhoneFormOptions,
} from '../../hooks/forms/use-bind-phone-form.js';
import { phoneForm, withPhone, type FrameSlot } from './form-parts.js';
import { NewNumberStep, type NewNumberStepSlot } from './new-number-step.js';
import { slotProps, type SlotStyleProps } from '../slot-props.js';
import { FORM_KEYS, PHONE_NUMBER_KEYS, type DomProps, type ThemeProp } from '../split-props.js';

/** Parts of the form that take a class through `classNames`. */
export type BindPhoneFormSlot = FrameSlot | NewNumberStepSlot | 'notice' | 'change';

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
export interface BindPhoneFormProps extends BindPhoneFormOwnProps, DomProps<BindPhoneFormOwnProps> {}

/**
 * Binds a mobile number to the signed-in user's account: country, number, SMS code, submit.
 * All behaviour lives in `useBindPhoneForm`. The number as typed is read in the part that shows
 * it, so a keystroke re-renders that part and not the whole form. The ref is its root element:
 * the `<form>`, or the `<div>` that replaces it once the number is bound.
 */
export const BindPhoneForm = phoneForm<BindPhoneFormOwnProps, BindPhoneFormCoreState>(
  'BindPhoneForm',
  {
    ...FORM_KEYS,
    ...PHONE_NUMBER_KEYS,
    channel: true,
    onAlreadyBound: true,
    onChangeNumber: true,
    showHeader: true,
  },
  useBindPhoneFormCore,
  (state, props) => {
    const { form, code } = state.messages;
    return {
      outcome: state.bound
        ? { state: 'success', title: form.successTitle, text: withPhone(form.success, state.successPhone) }
        : state.alreadyBound && {
            state: 'already-bound',
            title: form.alreadyBoundTitle,
            text: withPhone(form.alreadyBound, state.alreadyBoundPhone),
            action: props.onChangeNumber ? (
              <button
                type="button"
                {...slotProps(props, 'change', 'bp-button')}
                onClick={props.onChangeNumber}
              >
                {code.changeNumber}
              </button>
            ) : null,
          },
      title: form.title,
      description: form.description,
      submitLabel: state.submitting ? form.submitting : form.submit,
      busyText: form.submitting,
      children: <NewNumberStep state={state} classNames={props.classNames} />,
    };
  },
);
