'use client';
import { memo, type Ref } from 'react';
import { useMessages } from '../hooks/use-messages.js';
import { formatMessage } from '../i18n/format-message.js';
import type { MessagesOverride } from '../i18n/types.js';
import { slotProps } from './slot-props.js';
import { SmsCodeInput } from './sms-code-input.js';

/** The parts of a form's code row, named as in the form's own `classNames`. */
export type CodeStepRowSlot = 'code-row' | 'field-error' | 'new-code';

export interface CodeStepRowProps {
  /**
   * Name of the field (react-hook-form's).
   * @default (required)
   */
  name: string;
  /**
   * Digits in the code.
   * @default (required)
   */
  length: number;
  /**
   * The code entered.
   * @default (required)
   */
  value: string;
  /**
   * Called with the new code after every change.
   * @default (required)
   */
  onChange: (code: string) => void;
  /**
   * Called once the last digit is entered.
   * @default undefined
   */
  onComplete?: (code: string) => void;
  /**
   * What is wrong with the code, shown under it and tied to it.
   * @default undefined
   */
  error?: string;
  /**
   * Id of the message's element.
   * @default (required)
   */
  errorId: string;
  /**
   * Ref of the input (react-hook-form's `field.ref`, so `setFocus` reaches it).
   * @default undefined
   */
  inputRef?: Ref<HTMLInputElement>;
  /**
   * Catalog override for the field (e.g. its own label).
   * @default undefined
   */
  messages?: MessagesOverride;
  /**
   * The code is spent or expired: offer a new one right here.
   * @default false
   */
  offerNewCode?: boolean;
  /**
   * Sends a new code (with `offerNewCode`).
   * @default undefined
   */
  onSendNew?: () => void;
  /**
   * Whole seconds left before a new code may be asked for; 0 when none.
   * @default 0
   */
  cooldownSeconds?: number;
  /**
   * A send is in flight.
   * @default false
   */
  sending?: boolean;
  /**
   * Classes of the parts (the form's `classNames`).
   * @default undefined
   */
  classNames?: Partial<Record<CodeStepRowSlot, string>>;
  /**
   * Drops the kit's look of the code field (the form's `unstyled`).
   * @default false
   */
  unstyled?: boolean;
}

/**
 * The SMS code field of a form, its message, and — when the code is spent or expired — "Resend
 * code" / "Resend in {n}s" right at it. Memoized: the rest of the form re-rendering (a keystroke in
 * the number, a country picked) skips it.
 */
export const CodeStepRow = memo(function CodeStepRow(props: CodeStepRowProps) {
  const { error, errorId, inputRef, cooldownSeconds = 0, sending = false } = props;
  const { messages } = useMessages();
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
        messages={props.messages}
        unstyled={props.unstyled}
      />
      <p {...slotProps(props, 'field-error')} id={errorId} aria-live="polite">
        {error}
      </p>
      {props.offerNewCode ? (
        <button
          type="button"
          {...slotProps(props, 'new-code')}
          onClick={props.onSendNew}
          disabled={cooldownSeconds > 0 || sending}
        >
          {cooldownSeconds > 0
            ? formatMessage(messages.send.resendIn, { seconds: cooldownSeconds })
            : messages.send.resend}
        </button>
      ) : null}
    </div>
  );
});
