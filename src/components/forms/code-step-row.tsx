'use client';
import { memo, useMemo, type ReactNode, type Ref } from 'react';
import { slotProps } from '../slot-props.js';
import { SmsCodeInput } from '../fields/sms-code-input.js';

/** The parts of a form's code row, named as in the form's own `classNames`. */
export type CodeStepRowSlot = 'code-row' | 'field-error';

export interface CodeStepRowProps {
  /** The code field's `name`. */
  name: string;
  /** Digits in the code. */
  length: number;
  /** The code as typed. */
  value: string;
  /** Called with the code after every change. */
  onChange: (code: string) => void;
  /** Called once every digit is in. */
  onComplete?: (code: string) => void;
  /** What is wrong with the code, shown under the row and tied to the field. */
  error?: string;
  /** Id of the message's element. */
  errorId: string;
  /** Ref of the code's input (react-hook-form's `field.ref`). */
  inputRef?: Ref<HTMLInputElement>;
  /** The code field's label, over the form's catalog. */
  label?: string;
  /** The send / resend control, drawn at the end of the field's row. */
  children?: ReactNode;
  /** Classes of the parts (the form's `classNames`). */
  classNames?: Partial<Record<CodeStepRowSlot, string>>;
}

/**
 * The code field with its send button on the same row (where most SMS forms put "get code"), and
 * the code's message under them.
 */
export const CodeStepRow = memo(function CodeStepRow(props: CodeStepRowProps) {
  const { error, errorId, inputRef, label } = props;
  const messages = useMemo(() => (label ? { code: { label } } : undefined), [label]);
  return (
    <div {...slotProps(props, 'code-row')} data-invalid={error ? '' : undefined}>
      <SmsCodeInput
        ref={inputRef}
        name={props.name}
        length={props.length}
        value={props.value}
        onChange={props.onChange}
        onComplete={props.onComplete}
        invalid={Boolean(error)}
        aria-describedby={error ? errorId : undefined}
        messages={messages}
      />
      {props.children}
      <p {...slotProps(props, 'field-error')} id={errorId} aria-live="polite">
        {error}
      </p>
    </div>
  );
});
