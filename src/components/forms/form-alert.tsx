'use client';
import { memo } from 'react';
import { useMessages } from '../../hooks/shared/use-messages.js';
import { slotProps } from '../slot-props.js';

/** The parts of a form's alert, named as in the form's own `classNames`. */
export type FormAlertSlot = 'alert' | 'request-id' | 'retry';

export interface FormAlertProps {
  /**
   * What to say: the message, a second line (`detail`, e.g. whether a code was sent) and the request
   * id; the alert stays in the tree, empty, when there is nothing.
   */
  alert?: { message: string; detail?: string | undefined; requestId?: string | undefined };
  /** Called by a "Try again" button; the button is left out when not given. */
  onRetry?: () => void;
  /** Classes of the parts (the form's `classNames`). */
  classNames?: Partial<Record<FormAlertSlot, string>>;
}

/**
 * A form's alert: a failure that belongs to no field, with the request id to quote (small and
 * selectable), and "Try again" when a second try may work. Always in the tree, so a message put
 * into it is announced. Server text is rendered as text. Memoized: it changes with a failure only.
 */
export const FormAlert = memo(function FormAlert(props: FormAlertProps) {
  const { alert, onRetry } = props;
  const { messages } = useMessages();
  return (
    <>
      <div {...slotProps(props, 'alert')} role="alert" data-state={alert ? 'open' : 'closed'}>
        {alert ? (
          <>
            <p>{alert.message}</p>
            {alert.detail ? <p>{alert.detail}</p> : null}
            {alert.requestId ? (
              <small {...slotProps(props, 'request-id')}>
                {messages.form.requestId}: <code>{alert.requestId}</code>
              </small>
            ) : null}
          </>
        ) : null}
      </div>
      {onRetry ? (
        <button type="button" {...slotProps(props, 'retry')} onClick={onRetry}>
          {messages.form.retry}
        </button>
      ) : null}
    </>
  );
});
