'use client';
import { forwardRef, useId, type InputHTMLAttributes } from 'react';
import {
  useCodeField,
  type CodeRejection,
  type UseCodeFieldOptions,
} from '../../hooks/code-step/use-code-field.js';
import { useMessages } from '../../hooks/shared/use-messages.js';
import { formatMessage } from '../../i18n/format-message.js';
import type { Messages } from '../../i18n/types.js';
import { CodeField, type CodeFieldRootProps } from '../../primitives/code-field.js';
import { cx, fieldRootProps, omitStyling, slotProps, type FieldStyleProps } from '../slot-props.js';
import type { DomProps } from '../split-props.js';

/** The parts of `SmsCodeInput`, each rendered with `data-slot="…"` and styled by `classNames`. */
export type SmsCodeInputSlot =
  'root' | 'label' | 'code-field' | 'input' | 'slots' | 'slot' | 'caret' | 'hint' | 'status';

/** The field's own props: what it does, how it is named, how it looks. */
export interface SmsCodeInputOwnProps
  extends
    FieldStyleProps<SmsCodeInputSlot>,
    UseCodeFieldOptions,
    Pick<CodeFieldRootProps, 'passwordManagerGap'> {
  /**
   * Marks the code wrong (`aria-invalid`, `data-invalid`); tie the message with `aria-describedby`.
   * @default false
   */
  invalid?: boolean;
  /** Ids of elements describing the field (an error message), added after the field's own hint. */
  'aria-describedby'?: string;
  /**
   * Id of the real input.
   * @default a generated id
   */
  id?: string;
}

/**
 * The field's props: its own, and any other attribute or handler of the real `<input>`
 * (`aria-label`, `data-*`, `onKeyDown` …), which gets them as the ref does; your handlers run first.
 */
export interface SmsCodeInputProps
  extends
    SmsCodeInputOwnProps,
    DomProps<
      SmsCodeInputOwnProps,
      InputHTMLAttributes<HTMLInputElement>,
      'type' | 'maxLength' | 'checked' | 'defaultChecked'
    > {}

const REJECTION_KEY: Readonly<Record<CodeRejection, keyof Messages['code']>> = {
  'too-short': 'pasteTooShort',
  'too-long': 'pasteTooLong',
  ambiguous: 'pasteAmbiguous',
};

/**
 * The SMS code field: one real input named "Verification code" drawn as `length` slots. Takes
 * typing, paste and autofill ("123456", "123 456", "123-456", full-width digits, "Your code is
 * 123456") in one event; an ambiguous paste leaves the code as it was and says why. The ref is the
 * real input, so react-hook-form's `Controller` can focus it; other input attributes go there too,
 * `className` and `style` to the root.
 */
export const SmsCodeInput = forwardRef<HTMLInputElement, SmsCodeInputProps>(
  function SmsCodeInput(props, ref) {
    const {
      length = 6,
      value,
      defaultValue,
      onChange,
      onComplete,
      invalid = false,
      'aria-describedby': describedBy,
      disabled = false,
      id,
      passwordManagerGap,
      locale,
      messages: override,
      ...rest
    } = omitStyling(props);
    const { messages } = useMessages(locale, override);
    const field = useCodeField({ length, value, defaultValue, onChange, onComplete, disabled });
    const baseId = useId();

    return (
      <div {...fieldRootProps(props, invalid, disabled)}>
        <label {...slotProps(props, 'label')} htmlFor={id ?? `${baseId}-input`}>
          {messages.code.label}
        </label>
        <CodeField.Root
          field={field}
          passwordManagerGap={passwordManagerGap}
          {...slotProps(props, 'code-field')}
        >
          <CodeField.Input
            {...rest}
            {...slotProps(props, 'input')}
            ref={ref}
            id={id ?? `${baseId}-input`}
            aria-invalid={invalid || undefined}
            aria-describedby={cx(`${baseId}-hint`, field.rejection && `${baseId}-status`, describedBy)}
          />
          <CodeField.Slots {...slotProps(props, 'slots')}>
            {Array.from({ length }, (_, index) => (
              <CodeField.Slot
                key={index}
                index={index}
                {...slotProps(props, 'slot')}
                data-invalid={invalid ? '' : undefined}
                caret={<CodeField.Caret {...slotProps(props, 'caret')} />}
              />
            ))}
          </CodeField.Slots>
        </CodeField.Root>
        <p {...slotProps(props, 'hint')} id={`${baseId}-hint`}>
          {formatMessage(messages.code.hint, { length })}
        </p>
        {/* Always in the DOM, so the refusal is announced when its text appears. */}
        <p {...slotProps(props, 'status')} id={`${baseId}-status`} role="status">
          {field.rejection ? formatMessage(messages.code[REJECTION_KEY[field.rejection]], { length }) : ''}
        </p>
      </div>
    );
  },
);
