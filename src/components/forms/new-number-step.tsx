'use client';
import { memo, useMemo, type Ref } from 'react';
import type { GenAuthPhone } from '../../api/types.js';
import type { PhoneNumberField } from '../../hooks/phone-input/use-phone-number-field.js';
import { useNumberSendable } from '../../hooks/phone-input/use-number-sendable.js';
import { useTypedNumber } from '../../hooks/phone-input/use-typed-number.js';
import type { Messages } from '../../i18n/types.js';
import type { CountryCode } from '../../phone/types.js';
import { CodeSentNotice } from './code-sent-notice.js';
import { CodeStepRow, type CodeStepRowSlot } from './code-step-row.js';
import { PhoneNumberRow, type PhoneNumberRowSlot } from '../fields/phone-number-row.js';
import { SendCodeRow, type SendCodeRowProps, type SendCodeRowSlot } from './send-code-row.js';

/** The parts of the step, named as in the form's own `classNames`. */
export type NewNumberStepSlot = PhoneNumberRowSlot | SendCodeRowSlot | CodeStepRowSlot;

/**
 * What the step shows and calls: the part of `useBindPhoneFormCore`'s (or
 * `useChangePhoneFormCore`'s) state it uses. The number as typed is not in it: the step reads it
 * from `number` in the one part that shows it.
 */
export interface NewNumberStepState {
  messages: Messages;
  ids: { phoneError: string; sendError: string; codeError: string };
  number: PhoneNumberField;
  countries?: CountryCode[] | undefined;
  preferredCountries?: CountryCode[] | undefined;
  internationalSmsOff: boolean;
  phoneFailure?: string | undefined;
  submitting: boolean;
  cooldownSeconds: number;
  sending: boolean;
  sentTo: GenAuthPhone | null;
  maybeSent: boolean;
  sendError?: string | undefined;
  changeNumber: () => void;
  codeLength: number;
  code: string;
  setCode: (code: string) => void;
  onCodeComplete: (code: string) => void;
  codeError?: string | undefined;
  /** Ref of the code's input (react-hook-form's `field.ref`). */
  codeRef: Ref<HTMLInputElement>;
}

export interface NewNumberStepProps {
  /** The form's state. */
  state: NewNumberStepState;
  /** Sends a code to the number (and a new one from the code field). */
  onSend: () => void;
  /** Classes of the parts (the form's `classNames`). */
  classNames?: Partial<Record<NewNumberStepSlot, string>>;
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

      {sentTo ? <CodeSentNotice phone={sentTo} onChangeNumber={state.changeNumber} /> : null}

      <CodeStepRow
        inputRef={state.codeRef}
        name="code"
        length={state.codeLength}
        value={state.code}
        onChange={state.setCode}
        onComplete={state.onCodeComplete}
        error={state.codeError}
        errorId={ids.codeError}
        classNames={classNames}
      >
        {send}
      </CodeStepRow>
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
