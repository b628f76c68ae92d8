'use client';
import { useId, type ComponentProps } from 'react';
import type { BindPhoneFormCoreState } from '../../hooks/forms/use-bind-phone-form.js';
import type { ChangePhoneFormCoreState } from '../../hooks/forms/use-change-phone-form.js';
import type { CodeStepState } from '../../hooks/forms/use-form-submission.js';
import { useTypedNumber } from '../../hooks/phone-input/use-phone-number-field.js';
import { CodeSentNotice } from './code-sent-notice.js';
import { CodeStepRow, FieldError, type CodeStepSlot } from './form-parts.js';
import { CountrySelect } from '../fields/country-select.js';
import { PhoneInput } from '../fields/phone-input.js';
import { slotProps } from '../slot-props.js';

/** The parts of the step, named as in the form's own `classNames`. */
export type NewNumberStepSlot = 'phone-group' | 'phone-label' | 'phone-row' | CodeStepSlot;

type CodeStepProps = Omit<
  ComponentProps<typeof CodeStepRow>,
  keyof CodeStepState | 'length' | 'codeErrorId' | 'sendErrorId'
> & {
  /** The form's state: the code's length, a submit running, the ids of the code's and the send's messages. */
  form: { codeLength: number; submitting: boolean; ids: { codeError: string; sendError: string } };
  step: CodeStepState;
  /** Offers "Change number" beside where the code went. */
  onChangeNumber?: () => void;
};

/** Where the code went (once sent), and the code field with its send button (off while submitting). */
export function CodeStep({ form, step, onChangeNumber, disabled, ...row }: CodeStepProps) {
  return (
    <>
      {step.sentTo ? <CodeSentNotice phone={step.sentTo} onChangeNumber={onChangeNumber} /> : null}
      <CodeStepRow
        {...row}
        {...step}
        length={form.codeLength}
        codeErrorId={form.ids.codeError}
        sendErrorId={form.ids.sendError}
        disabled={disabled || form.submitting}
      />
    </>
  );
}

interface NewNumberStepProps {
  /** The state of the form whose step it is (it reads the number as typed in the one part that shows it). */
  state: BindPhoneFormCoreState | ChangePhoneFormCoreState;
  classNames?: Partial<Record<NewNumberStepSlot, string>> | undefined;
}

/**
 * A number and its code: the country and the number, "Send code", where the code went (with
 * "Change number"), and the code field. The body of `BindPhoneForm`, and the new-number step of
 * `ChangePhoneForm`.
 */
export function NewNumberStep({ state, classNames }: NewNumberStepProps) {
  return (
    <>
      <NumberRow state={state} classNames={classNames} />
      <CodeStep
        form={state}
        step={state.codeStep}
        name="code"
        number={state.number}
        onChangeNumber={state.changeNumber}
        classNames={classNames}
      />
    </>
  );
}

/**
 * The number's row, the one part that reads the number as typed, so a keystroke re-renders it
 * alone: one labelled group, the label over the country picker and the number side by side, and
 * the number's message under them. The label names the input and, through the group, the picker.
 */
function NumberRow({ state, classNames }: NewNumberStepProps) {
  const { ids, number, messages, submitting } = state;
  const { countryRef, country, setCountry, mobileOnly, setPhoneText } = number;
  const { phoneRef, phoneText, onPhoneBlur, validationError } = useTypedNumber(number);
  const id = useId();
  const error = state.phoneFailure ?? validationError;
  const own = { classNames };
  return (
    <div {...slotProps(own, 'phone-group')} role="group" aria-labelledby={`${id}label`}>
      <label {...slotProps(own, 'phone-label', 'bp-label')} id={`${id}label`} htmlFor={`${id}input`}>
        {messages.phone.label}
      </label>
      <div {...slotProps(own, 'phone-row')} data-invalid={error ? '' : undefined}>
        <CountrySelect
          ref={countryRef}
          value={country}
          onChange={setCountry}
          countries={state.countries}
          preferredCountries={state.preferredCountries}
          notice={state.internationalSmsOff ? messages.country.onlyMainlandChina : undefined}
          disabled={submitting}
        />
        <PhoneInput
          ref={phoneRef}
          name="phone"
          id={`${id}input`}
          hideLabel
          aria-labelledby={`${id}label`}
          value={phoneText}
          country={country}
          onChange={(value) => setPhoneText(value.formatted)}
          onCountryChange={setCountry}
          onBlur={onPhoneBlur}
          mobileOnly={mobileOnly}
          invalid={Boolean(error)}
          aria-describedby={error ? ids.phoneError : undefined}
          readOnly={submitting}
        />
      </div>
      <FieldError id={ids.phoneError} error={error} classNames={classNames} />
    </div>
  );
}
