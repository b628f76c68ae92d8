'use client';
import { memo, useMemo, type ReactNode, type Ref } from 'react';
import type { GenAuthPhone } from '../../api/types.js';
import type { PhoneNumberField } from '../../hooks/phone-input/use-phone-number-field.js';
import { useNumberSendable } from '../../hooks/phone-input/use-number-sendable.js';
import { useTypedNumber } from '../../hooks/phone-input/use-typed-number.js';
import type { Messages } from '../../i18n/types.js';
import type { CountryCode } from '../../phone/types.js';
import { CodeSentNotice } from './code-sent-notice.js';
import { CodeStepRow, SendCodeRow, type CodeStepSlot, type SendCodeRowProps } from './form-parts.js';
import { PhoneNumberRow, type PhoneNumberRowSlot } from '../fields/phone-number-row.js';

/** The parts of the step, named as in the form's own `classNames`. */
export type NewNumberStepSlot = PhoneNumberRowSlot | CodeStepSlot;

/** A code step's state, as the form hooks return it: where the code went, its send and its field. */
export interface CodeStepState {
  cooldownSeconds: number;
  sending: boolean;
  sentTo: GenAuthPhone | null;
  maybeSent: boolean;
  sendError?: string | undefined;
  code: string;
  setCode: (code: string) => void;
  onCodeComplete: (code: string) => void;
  codeError?: string | undefined;
  /** Ref of the code's input (react-hook-form's `field.ref`). */
  codeRef: Ref<HTMLInputElement>;
}

export interface CodeStepProps {
  step: CodeStepState;
  /** The code field's name and its length. */
  name: string;
  length: number;
  /** Ids of the code's and the send's messages. */
  codeErrorId: string;
  sendErrorId: string;
  /** The code field's label, over the form's catalog. */
  label?: string;
  onSend: () => void;
  /** The send is unavailable (no number, a request running). */
  sendDisabled?: boolean;
  sendButtonRef?: Ref<HTMLButtonElement>;
  /** Offers "Change number" beside where the code went. */
  onChangeNumber?: () => void;
  /** Drawn instead of the plain send row. */
  send?: ReactNode;
  classNames?: Partial<Record<CodeStepSlot, string>> | undefined;
}

/** Where the code went (once sent), and the code field with its send button. */
export function CodeStep(props: CodeStepProps) {
  const { step, classNames } = props;
  return (
    <>
      {step.sentTo ? <CodeSentNotice phone={step.sentTo} onChangeNumber={props.onChangeNumber} /> : null}

      <CodeStepRow
        inputRef={step.codeRef}
        name={props.name}
        length={props.length}
        value={step.code}
        onChange={step.setCode}
        onComplete={step.onCodeComplete}
        error={step.codeError}
        errorId={props.codeErrorId}
        label={props.label}
        classNames={classNames}
      >
        {props.send ?? (
          <SendCodeRow
            buttonRef={props.sendButtonRef}
            onSend={props.onSend}
            cooldownSeconds={step.cooldownSeconds}
            sending={step.sending}
            sent={Boolean(step.sentTo)}
            maybeSent={step.maybeSent}
            disabled={props.sendDisabled}
            error={step.sendError}
            errorId={props.sendErrorId}
            classNames={classNames}
          />
        )}
      </CodeStepRow>
    </>
  );
}

/**
 * What the step shows and calls: the part of `useBindPhoneFormCore`'s (or
 * `useChangePhoneFormCore`'s) state it uses. The number as typed is not in it: the step reads it
 * from `number` in the one part that shows it.
 */
export interface NewNumberStepState extends CodeStepState {
  messages: Messages;
  ids: { phoneError: string; sendError: string; codeError: string };
  number: PhoneNumberField;
  countries?: CountryCode[] | undefined;
  preferredCountries?: CountryCode[] | undefined;
  internationalSmsOff: boolean;
  phoneFailure?: string | undefined;
  submitting: boolean;
  changeNumber: () => void;
  codeLength: number;
}

export interface NewNumberStepProps {
  state: NewNumberStepState;
  /** Sends a code to the number (and a new one from the code field). */
  onSend: () => void;
  classNames?: Partial<Record<NewNumberStepSlot, string>> | undefined;
}

/**
 * A number and its code: the country and the number, "Send code", where the code went (with
 * "Change number"), and the code field. The body of `BindPhoneForm`, and the new-number step of
 * `ChangePhoneForm`.
 */
export function NewNumberStep(props: NewNumberStepProps) {
  const { state, onSend, classNames } = props;
  const { ids, sentTo, number } = state;
  const { control, country, mobileOnly, readNumber } = number;
  // One element while nothing it shows changes, so the memoized code row skips the number's renders.
  const send = useMemo(
    () => (
      <SendForNumber
        number={{ control, country, mobileOnly, readNumber }}
        submitting={state.submitting}
        onSend={onSend}
        cooldownSeconds={state.cooldownSeconds}
        sending={state.sending}
        sent={Boolean(sentTo)}
        maybeSent={state.maybeSent}
        error={state.sendError}
        errorId={ids.sendError}
        classNames={classNames}
      />
    ),
    [
      control,
      country,
      mobileOnly,
      readNumber,
      state.submitting,
      onSend,
      state.cooldownSeconds,
      state.sending,
      sentTo,
      state.maybeSent,
      state.sendError,
      ids.sendError,
      classNames,
    ],
  );
  return (
    <>
      <NumberRow state={state} classNames={classNames} />
      <CodeStep
        step={state}
        name="code"
        length={state.codeLength}
        codeErrorId={ids.codeError}
        sendErrorId={ids.sendError}
        onSend={onSend}
        onChangeNumber={state.changeNumber}
        send={send}
        classNames={classNames}
      />
    </>
  );
}

/** The number's row: the one part that reads the number as typed, so a keystroke re-renders it alone. */
function NumberRow(props: Pick<NewNumberStepProps, 'state' | 'classNames'>) {
  const { state, classNames } = props;
  const { ids, number } = state;
  const typed = useTypedNumber(number);
  return (
    <PhoneNumberRow
      countryRef={number.countryRef}
      phoneRef={typed.phoneRef}
      country={number.country}
      onCountryChange={number.setCountry}
      countries={state.countries}
      preferredCountries={state.preferredCountries}
      countryNotice={state.internationalSmsOff ? state.messages.country.onlyMainlandChina : undefined}
      phoneText={typed.phoneText}
      onPhoneTextChange={number.setPhoneText}
      onPhoneBlur={typed.onPhoneBlur}
      mobileOnly={number.mobileOnly}
      error={state.phoneFailure ?? typed.validationError}
      errorId={ids.phoneError}
      locked={state.submitting}
      classNames={classNames}
    />
  );
}

/** The send button of the number, beside the code field: enabled once the number is valid. */
const SendForNumber = memo(function SendForNumber(
  props: Omit<SendCodeRowProps, 'disabled'> & {
    number: Pick<PhoneNumberField, 'control' | 'country' | 'mobileOnly' | 'readNumber'>;
    submitting: boolean;
  },
) {
  const { number, submitting, ...send } = props;
  const sendable = useNumberSendable(number.control, number.country, number.mobileOnly, number.readNumber);
  return <SendCodeRow {...send} disabled={!sendable || submitting} />;
});
