'use client';
import { forwardRef, useRef, useState, type ButtonHTMLAttributes, type MouseEvent } from 'react';
import { composeHandlers } from '../../hooks/shared/compose.js';
import { useMessages } from '../../hooks/shared/use-messages.js';
import { formatMessage } from '../../i18n/format-message.js';
import { cooldownMessage, type SendOutcome } from '../../i18n/send-status-message.js';
import { fieldRootProps, omitStyling, slotProps, type FieldStyleProps } from '../slot-props.js';
import type { DomProps } from '../split-props.js';

/** The parts of `SendCodeButton`, each rendered with `data-slot="…"` and styled by `classNames`. */
export type SendCodeButtonSlot = 'root' | 'button' | 'status';

/** The button's own props: the send state it shows, its strings, its styling. */
export interface SendCodeButtonOwnProps extends FieldStyleProps<SendCodeButtonSlot> {
  /**
   * Called once per accepted press. Not called while unavailable (invalid number, sending,
   * cooling down), nor a second time for a double click or Enter + click in the same task.
   */
  onSend: () => void;
  /** Whole seconds left before a new code may be asked for; 0 when none. */
  cooldownSeconds: number;
  /** A send is in flight. */
  sending: boolean;
  /** A code was sent before, so the button offers to resend. */
  sentBefore: boolean;
  /**
   * Unavailable for another reason, e.g. the number is not valid yet.
   * @default false
   */
  disabled?: boolean;
  /**
   * The last answer left it unknown whether the SMS went out (timeout, 5xx, unreadable answer):
   * the cooldown announcement says "If no SMS arrives, you can resend in N s".
   * @default false
   */
  maybeSent?: boolean;
  /**
   * What the last send did, said when a cooldown starts: `sent`, `maybe-sent` ("if no code
   * arrives…"), `refused` (throttled: nothing was sent), `none` (no send here started it). Without
   * it, `maybeSent` gives `maybe-sent`, else `sentBefore` gives `sent`, else `none`.
   */
  outcome?: SendOutcome;
}

/**
 * The button's props: its own, and any other attribute or handler of the `<button>` (`aria-*`,
 * `data-*`, `onClick` …), which gets them as the ref does; your `onClick` runs before the send.
 */
export interface SendCodeButtonProps
  extends
    SendCodeButtonOwnProps,
    DomProps<SendCodeButtonOwnProps, ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {}

/**
 * "Send code" → "Resend in {n}s" → "Resend code". Purely presentational: the form owns the send
 * and the cooldown and passes their state in.
 *
 * Unavailable is `aria-disabled`, not `disabled`: a disabled button drops keyboard focus to the
 * page the moment the send starts, so a keyboard or screen-reader user would lose their place right
 * after pressing it; an `aria-disabled` one keeps focus, stays in the tab order and is still
 * announced as unavailable, and presses are ignored here. The ref is the `<button>`, which takes
 * any other button attribute too; `className` and `style` style the root.
 */
export const SendCodeButton = forwardRef<HTMLButtonElement, SendCodeButtonProps>(
  function SendCodeButton(props, ref) {
    const {
      onSend,
      cooldownSeconds,
      sending,
      sentBefore,
      disabled = false,
      maybeSent = false,
      outcome: givenOutcome,
      locale,
      messages: override,
      onClick: theirClick,
      ...rest
    } = omitStyling(props);
    const { messages } = useMessages(locale, override);
    const text = messages.send;

    const cooling = cooldownSeconds > 0;
    const state = sending ? 'sending' : cooling ? 'cooldown' : sentBefore ? 'ready' : 'idle';
    const unavailable = disabled || sending || cooling;

    // The live region changes only when the state does (sending, cooldown start, cooldown end),
    // never with each second: the countdown lives in the button text, which is not live.
    // Derived during render (React's "adjust state on prop change" pattern) so it needs no effect.
    // The outcome is part of the phase, so one that arrives a render after the cooldown is said too.
    const outcome = givenOutcome ?? (maybeSent ? 'maybe-sent' : sentBefore ? 'sent' : 'none');
    const phase: string = state === 'cooldown' ? `cooldown:${outcome}` : state;
    const [announced, setAnnounced] = useState({ phase, text: '' });
    if (announced.phase !== phase) {
      const was = announced.phase;
      const said = {
        sending: text.sending,
        cooldown: cooldownMessage(text, outcome, cooldownSeconds),
        ready: was.startsWith('cooldown:') ? text.ready : undefined,
        idle: undefined,
      }[state];
      // A send that ended without a cooldown sent nothing: "Sending…" must not stay behind.
      setAnnounced({ phase, text: said ?? (was === 'sending' ? '' : announced.text) });
    }

    // Props only change after the parent re-renders, later than a second click or an Enter + click
    // dispatched in the same task; the ref closes that window. Reset in a microtask: the very next
    // task sees fresh props (or the hook's own in-flight guard).
    const pressed = useRef(false);
    // As on the primitives: a handler of yours that calls preventDefault() cancels the send.
    const onClick = composeHandlers(theirClick, (event: MouseEvent<HTMLButtonElement>) => {
      if (unavailable || pressed.current) {
        event.preventDefault();
        return;
      }
      pressed.current = true;
      queueMicrotask(() => {
        pressed.current = false;
      });
      onSend();
    });

    const label = {
      sending: text.sending,
      cooldown: formatMessage(text.resendIn, { seconds: cooldownSeconds }),
      ready: text.resend,
      idle: text.send,
    }[state];

    return (
      <div {...fieldRootProps(props)} data-state={state}>
        <button
          {...rest}
          {...slotProps(props, 'button')}
          ref={ref}
          type="button"
          aria-disabled={unavailable || undefined}
          data-state={state}
          data-disabled={unavailable ? '' : undefined}
          onClick={onClick}
        >
          {label}
        </button>
        {/* role=status is polite. Always rendered, so its first message is announced too. */}
        <span {...slotProps(props, 'status')} role="status">
          {announced.text}
        </span>
      </div>
    );
  },
);
