'use client';
import { memo, type Ref } from 'react';
import { SendCodeButton } from '../fields/send-code-button.js';
import { slotProps } from '../slot-props.js';

/** The parts of a form's send row, named as in the form's own `classNames`. */
export type SendCodeRowSlot = 'send-row' | 'send-error';

export interface SendCodeRowProps {
  /** Called once per accepted press. */
  onSend: () => void;
  /** Whole seconds left before a new code may be asked for; 0 when none. */
  cooldownSeconds: number;
  /** A send is in flight. */
  sending: boolean;
  /** A code was sent in this form (the button then offers to resend). */
  sent: boolean;
  /** The last send may have gone out although it failed. */
  maybeSent?: boolean;
  /** Unavailable for another reason (no valid number, a request running). */
  disabled?: boolean;
  /** The throttle message of the last send ("too many attempts"), tied to the button. */
  error?: string;
  /** Id of the message's element. */
  errorId: string;
  /** Ref of the button, to move focus to it. */
  buttonRef?: Ref<HTMLButtonElement>;
  /** Classes of the parts (the form's `classNames`). */
  classNames?: Partial<Record<SendCodeRowSlot, string>>;
}

/**
 * "Send code" with its countdown, and the throttle message of the last send next to it.
 * Memoized: a keystroke in the number re-renders it only when the number turns valid or invalid.
 */
export const SendCodeRow = memo(function SendCodeRow(props: SendCodeRowProps) {
  const { cooldownSeconds, error, errorId, buttonRef } = props;
  return (
    <div {...slotProps(props, 'send-row')}>
      <SendCodeButton
        ref={buttonRef}
        onSend={props.onSend}
        cooldownSeconds={cooldownSeconds}
        sending={props.sending}
        sentBefore={props.sent || cooldownSeconds > 0}
        maybeSent={props.maybeSent}
        // `error` is set exactly when this row's last send was refused (throttled).
        outcome={error ? 'refused' : props.maybeSent ? 'maybe-sent' : props.sent ? 'sent' : 'none'}
        disabled={props.disabled}
        aria-describedby={error ? errorId : undefined}
      />
      <p {...slotProps(props, 'send-error')} id={errorId} aria-live="polite">
        {error}
      </p>
    </div>
  );
});
