'use client';
import { useId, type Ref } from 'react';
import { useMessages } from '../../hooks/shared/use-messages.js';
import type { CountryCode } from '../../phone/types.js';
import { CountrySelect } from './country-select.js';
import { PhoneInput } from './phone-input.js';
import { slotProps } from '../slot-props.js';

/** The parts of a form's number row, named as in the form's own `classNames`. */
export type PhoneNumberRowSlot = 'phone-group' | 'phone-label' | 'phone-row' | 'field-error';

export interface PhoneNumberRowProps {
  /** The effective country. */
  country: CountryCode;
  /** Called when the user picks a country, or the number picks its own. */
  onCountryChange: (country: CountryCode) => void;
  /**
   * Countries offered, when restricted.
   * @default every country
   */
  countries?: CountryCode[];
  /**
   * Countries listed first.
   * @default []
   */
  preferredCountries?: CountryCode[];
  /** A note in the country picker (e.g. only mainland China can be texted). */
  countryNotice?: string;
  /** The number as typed. */
  phoneText: string;
  /** Called with the number's text after every change. */
  onPhoneTextChange: (text: string) => void;
  /** Called when the number field loses focus. */
  onPhoneBlur?: () => void;
  /**
   * Accept only numbers that can receive SMS.
   * @default true
   */
  mobileOnly?: boolean;
  /** What is wrong with the number, shown under the row and tied to the field. */
  error?: string;
  /** Id of the message's element. */
  errorId: string;
  /**
   * A request runs with the number: the picker is disabled and the field read-only.
   * @default false
   */
  locked?: boolean;
  /** Ref of the country picker's button (react-hook-form's `field.ref`). */
  countryRef?: Ref<HTMLButtonElement>;
  /** Ref of the number's input (react-hook-form's `field.ref`, so `setFocus` reaches it). */
  phoneRef?: Ref<HTMLInputElement>;
  /** Classes of the parts (the form's `classNames`). */
  classNames?: Partial<Record<PhoneNumberRowSlot, string>>;
  /**
   * Drops the kit's look of the picker and the field (the form's `unstyled`).
   * @default false
   */
  unstyled?: boolean;
}

/**
 * One labelled group: the label over the country picker and the number side by side, and the
 * number's message under them. The label names the input and, through the group, the picker too.
 */
export function PhoneNumberRow(props: PhoneNumberRowProps) {
  const { error, errorId, locked, countryRef, phoneRef, onPhoneTextChange } = props;
  const { messages } = useMessages();
  const id = useId();
  const labelId = `${id}label`;
  const inputId = `${id}input`;
  return (
    <div {...slotProps(props, 'phone-group')} role="group" aria-labelledby={labelId}>
      <label {...slotProps(props, 'phone-label', 'bp-label')} id={labelId} htmlFor={inputId}>
        {messages.phone.label}
      </label>
      <div {...slotProps(props, 'phone-row')} data-invalid={error ? '' : undefined}>
        <CountrySelect
          ref={countryRef}
          value={props.country}
          onChange={props.onCountryChange}
          countries={props.countries}
          preferredCountries={props.preferredCountries}
          notice={props.countryNotice}
          disabled={locked}
          unstyled={props.unstyled}
        />
        <PhoneInput
          ref={phoneRef}
          name="phone"
          id={inputId}
          hideLabel
          aria-labelledby={labelId}
          value={props.phoneText}
          country={props.country}
          onChange={(value) => onPhoneTextChange(value.formatted)}
          onCountryChange={props.onCountryChange}
          onBlur={props.onPhoneBlur}
          mobileOnly={props.mobileOnly ?? true}
          invalid={Boolean(error)}
          aria-describedby={error ? errorId : undefined}
          readOnly={locked}
          unstyled={props.unstyled}
        />
      </div>
      <p {...slotProps(props, 'field-error')} id={errorId} aria-live="polite">
        {error}
      </p>
    </div>
  );
}
