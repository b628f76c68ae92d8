'use client';
import type { Ref } from 'react';
import type { GenAuthPhone } from '../api/types.js';
import type { Messages } from '../i18n/types.js';
import type { CountryCode, PhoneValue } from '../phone/types.js';
import { CodeSentNotice } from './code-sent-notice.js';
import { CodeStepRow, type CodeStepRowSlot } from './code-step-row.js';
import { PhoneNumberRow, type PhoneNumberRowSlot } from './phone-number-row.js';
import { SendCodeRow, type SendCodeRowSlot } from './send-code-row.js';

/** The parts of the step, named as in the form's own `classNames`. */
export type NewNumberStepSlot = PhoneNumberRowSlot | SendCodeRowSlot | CodeStepRowSlot;

/** What the step shows and calls: the part of `useBindPhoneForm`'s (or `useChangePhoneForm`'s) state it uses. */
export interface NewNumberStepState {
  messages: Messages;
  ids: { phoneError: string; sendError: string; codeError: string };
  country: CountryCode;
  setCountry: (country: CountryCode) => void;
  countries?: CountryCode[] | undefined;
  preferredCountries?: CountryCode[] | undefined;
  internationalSmsOff: boolean;
  phoneText: string;
  setPhoneText: (text: string) => void;
  onPhoneBlur: () => void;
  phoneValue: PhoneValue;
  phoneError?: string | undefined;
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
  offerNewCode: boolean;
}

export interface NewNumberStepProps {
  /**
   * The form's state.
   * @default (required)
   */
  state: NewNumberStepState;
  /**
   * Sends a code to the number (and a new one from the code field).
   * @default (required)
   */
  onSend: () => void;
  /**
   * Accept only numbers that can receive SMS.
   * @default true
   */
  mobileOnly?: boolean;
  /**
   * Ref of the country picker (react-hook-form's `field.ref`).
   * @default undefined
   */
  countryRef?: Ref<HTMLButtonElement>;
  /**
   * Ref of the number's input (react-hook-form's `field.ref`).
   * @default undefined
   */
  phoneRef?: Ref<HTMLInputElement>;
  /**
   * Ref of the code's input (react-hook-form's `field.ref`).
   * @default undefined
   */
  codeRef?: Ref<HTMLInputElement>;
  /**
   * Classes of the parts (the form's `classNames`).
   * @default undefined
   */
  classNames?: Partial<Record<NewNumberStepSlot, string>>;
  /**
   * Drops the kit's look of every part (the form's `unstyled`).
   * @default false
   */
  unstyled?: boolean;
}

/**
 * A number and its code: the country and the number, "Send code", where the code went (with
 * "Change number"), and the code field. The body of `BindPhoneForm`, and the new-number step of
 * `ChangePhoneForm`.
 */
export function NewNumberStep(props: NewNumberStepProps) {
  const { state, onSend, classNames, unstyled } = props;
  const { ids, sentTo } = state;
  return (
    <>
      <PhoneNumberRow
        countryRef={props.countryRef}
        phoneRef={props.phoneRef}
        country={state.country}
        onCountryChange={state.setCountry}
        countries={state.countries}
        preferredCountries={state.preferredCountries}
        countryNotice={state.internationalSmsOff ? state.messages.country.onlyMainlandChina : undefined}
        phoneText={state.phoneText}
        onPhoneTextChange={state.setPhoneText}
        onPhoneBlur={state.onPhoneBlur}
        mobileOnly={props.mobileOnly}
        error={state.phoneError}
        errorId={ids.phoneError}
        locked={state.submitting}
        classNames={classNames}
        unstyled={unstyled}
      />

      <SendCodeRow
        onSend={onSend}
        cooldownSeconds={state.cooldownSeconds}
        sending={state.sending}
        sent={Boolean(sentTo)}
        maybeSent={state.maybeSent}
        disabled={!state.phoneValue.isValid || state.submitting}
        error={state.sendError}
        errorId={ids.sendError}
        classNames={classNames}
        unstyled={unstyled}
      />

      {sentTo ? (
        <CodeSentNotice phone={sentTo} onChangeNumber={state.changeNumber} unstyled={unstyled} />
      ) : null}

      <CodeStepRow
        inputRef={props.codeRef}
        name="code"
        length={state.codeLength}
        value={state.code}
        onChange={state.setCode}
        onComplete={state.onCodeComplete}
        error={state.codeError}
        errorId={ids.codeError}
        offerNewCode={state.offerNewCode}
        onSendNew={onSend}
        cooldownSeconds={state.cooldownSeconds}
        sending={state.sending}
        classNames={classNames}
        unstyled={unstyled}
      />
    </>
  );
}
