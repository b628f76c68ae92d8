'use client';
import {
  forwardRef,
  Fragment,
  memo,
  useMemo,
  useSyncExternalStore,
  type HTMLAttributes,
  type ReactNode,
  type Ref,
} from 'react';
import type { CodeStepState, FormState } from '../../hooks/forms/use-form-submission.js';
import { useNumberSendable, type PhoneNumberField } from '../../hooks/phone-input/use-phone-number-field.js';
import { useMessages } from '../../hooks/shared/use-messages.js';
import { formatMessage } from '../../i18n/format-message.js';
import { LocaleContext } from '../../i18n/locale-context.js';
import { SendCodeButton } from '../fields/send-code-button.js';
import { SmsCodeInput } from '../fields/sms-code-input.js';
import { labelProps } from '../label-props.js';
import { cx, slotProps, type SlotStyleProps } from '../slot-props.js';
import { splitProps, useRootProps, type OwnKeys, type DomProps, type ThemeProp } from '../split-props.js';

type ClassNames<Slot extends string> = Partial<Record<Slot, string>>;

/**
 * Fills `{phone}` of a catalog sentence with the number (text is isolated left-to-right, so `+86`
 * stays in front on an RTL page) and the other placeholders with text, in the catalog's order.
 */
export function withPhone(template: string, phone: ReactNode): ReactNode[] {
  const node = typeof phone === 'string' ? <bdi dir="ltr">{phone}</bdi> : phone;
  return template
    .split('{phone}')
    .flatMap((part, index) =>
      index === 0 ? [formatMessage(part)] : [<Fragment key={index}>{node}</Fragment>, formatMessage(part)],
    );
}

/** The parts of a form's alert, named as in the form's own `classNames`. */
type FormAlertSlot = 'alert' | 'request-id' | 'retry';

/** The parts the frame of every form draws (its alert's too), named as in the form's own `classNames`. */
export type FrameSlot =
  'root' | 'header' | 'title' | 'description' | FormAlertSlot | 'actions' | 'submit' | 'status' | 'success';

/**
 * A form's alert: a failure that belongs to no field, with the request id to quote (small and
 * selectable), and "Try again" when a second try may work. Always in the tree, so a message put
 * into it is announced. Server text is rendered as text. Memoized: it changes with a failure only.
 */
export const FormAlert = memo(function FormAlert(props: {
  alert?: { message: string; detail?: string | undefined; requestId?: string | undefined } | undefined;
  onRetry?: (() => void) | undefined;
  classNames?: ClassNames<FormAlertSlot> | undefined;
}) {
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

const noSubscription = () => () => undefined;

/**
 * A form's submit button. `aria-disabled`, not `disabled`, while pending: a disabled button would
 * drop focus to the page while the request runs. Memoized: only `pending` and its text change it.
 *
 * Really `disabled` in the server's HTML, until the form hydrates: Enter in a field of a form whose
 * default button is disabled submits nothing, so a user quicker than the page's script does not
 * send the browser's own GET with the number and the code in the address (and its history).
 */
const SubmitButton = memo(function SubmitButton(props: {
  pending: boolean;
  tone?: 'danger' | undefined;
  children: ReactNode;
  classNames?: ClassNames<'submit'> | undefined;
}) {
  const { pending } = props;
  // False on the server and while hydrating (so nothing mismatches), true from then on.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <button
      type="submit"
      {...slotProps(props, 'submit')}
      disabled={!hydrated || undefined}
      aria-disabled={pending || undefined}
      data-state={pending ? 'pending' : 'idle'}
      data-tone={props.tone}
    >
      {props.children}
    </button>
  );
});

/** The parts of a form's send row and code row, named as in the form's own `classNames`. */
export type CodeStepSlot = 'send-row' | 'send-error' | 'code-row' | 'field-error';

/** A field's message under it, tied to the field by `id`; always in the tree, so it is announced. */
export function FieldError(props: {
  id: string;
  error?: string | undefined;
  classNames?: ClassNames<'field-error'> | undefined;
}) {
  return (
    <p {...slotProps(props, 'field-error')} id={props.id} aria-live="polite">
      {props.error}
    </p>
  );
}

/** The send row's props: the code step's send, and where its message goes. */
type SendCodeRowProps = Pick<
  CodeStepState,
  'send' | 'cooldownSeconds' | 'sending' | 'sentTo' | 'maybeSent' | 'sendError'
> & {
  disabled?: boolean | undefined;
  sendErrorId: string;
  sendButtonRef?: Ref<HTMLButtonElement> | undefined;
  classNames?: ClassNames<CodeStepSlot> | undefined;
};

/**
 * "Send code" with its countdown, and the throttle message of the last send next to it.
 * Memoized: a keystroke in the number re-renders it only when the number turns valid or invalid.
 */
const SendCodeRow = memo(function SendCodeRow(props: SendCodeRowProps) {
  const { cooldownSeconds, sendError: error, sendErrorId, sendButtonRef } = props;
  return (
    <div {...slotProps(props, 'send-row')}>
      <SendCodeButton
        ref={sendButtonRef}
        onSend={props.send}
        cooldownSeconds={cooldownSeconds}
        sending={props.sending}
        sentBefore={Boolean(props.sentTo) || cooldownSeconds > 0}
        maybeSent={props.maybeSent}
        // `error` is set exactly when this row's last send was refused (throttled).
        outcome={error ? 'refused' : props.maybeSent ? 'maybe-sent' : props.sentTo ? 'sent' : 'none'}
        disabled={props.disabled}
        aria-describedby={error ? sendErrorId : undefined}
      />
      <p {...slotProps(props, 'send-error')} id={sendErrorId} aria-live="polite">
        {error}
      </p>
    </div>
  );
});

/** The send button of a number typed in the form: enabled once the number is valid. */
function SendForNumber({ number, ...send }: SendCodeRowProps & { number: PhoneNumberField }) {
  const sendable = useNumberSendable(number);
  return <SendCodeRow {...send} disabled={!sendable || send.disabled} />;
}

/**
 * The code field with its send button on the same row, where most SMS forms put "get code", and
 * the code's message under them. The send button of a `number` typed in the form is enabled once
 * that number is valid. Memoized: its props are plain values and stable callbacks.
 */
export const CodeStepRow = memo(function CodeStepRow(
  props: SendCodeRowProps &
    Pick<CodeStepState, 'code' | 'setCode' | 'onCodeComplete' | 'codeError' | 'codeRef'> & {
      name: string;
      length: number;
      codeErrorId: string;
      /** The code field's label, over the form's catalog. */
      label?: string | undefined;
      number?: PhoneNumberField | undefined;
    },
) {
  // What changes as the code is typed stays out of the send row, which is memoized.
  const { code, codeError, codeErrorId, codeRef, number, label, ...send } = props;
  const messages = useMemo(() => (label ? { code: { label } } : undefined), [label]);
  return (
    <div {...slotProps(props, 'code-row')} data-invalid={codeError ? '' : undefined}>
      <SmsCodeInput
        ref={codeRef}
        name={props.name}
        length={props.length}
        value={code}
        onChange={props.setCode}
        onComplete={props.onCodeComplete}
        invalid={Boolean(codeError)}
        aria-describedby={codeError ? codeErrorId : undefined}
        messages={messages}
      />
      {number ? <SendForNumber {...send} number={number} /> : <SendCodeRow {...send} />}
      <FieldError id={codeErrorId} error={codeError} classNames={props.classNames} />
    </div>
  );
});

function focusIfLost(element: HTMLElement | null) {
  if (!element) return;
  const active = element.ownerDocument.activeElement;
  if (!active || active === element.ownerDocument.body) element.focus();
}

/** The end of a flow, drawn in place of the form. */
interface FormOutcome {
  /** `success` (after the user's own submit) moves focus to the heading; `already-bound` informs. */
  state: 'success' | 'already-bound';
  title: ReactNode;
  /** What happened, in a sentence. */
  text: ReactNode;
  /** The next step the user can take from here. */
  action?: ReactNode;
}

/** What the frame reads of a form hook's state: what every form returns alike. */
type FrameState = Omit<FormState, 'form' | 'ids'> & { ids: { title: string; description?: string } };

/** A secondary button of the actions row. */
type SideAction = { label: string; onClick: (() => void) | undefined };

/** What the frame around a form's fields draws. */
interface FrameSettings {
  /** Drawn instead of the form once the flow is over. */
  outcome?: FormOutcome | null | false;
  /** Drawn in a `<div>` instead of the form while it is closed. */
  closed?: ReactNode;
  title: string;
  description: ReactNode;
  /** The header's last line (the current number). */
  current?: ReactNode;
  /** Ids describing the form besides the user's `aria-describedby`. */
  describedBy?: string | undefined;
  submitLabel: ReactNode;
  tone?: 'danger';
  /** The status line while submitting. */
  busyText: string;
  back?: SideAction | false;
  cancel?: SideAction | false;
  children: ReactNode;
}

/**
 * A form component named `name`: its own props (the keys of `keys`) go to its hook, the others to
 * its root. Around its fields (`frame` says what they are, from the hook's state) it draws, in the
 * form's locale: the root (`<form>`, or the `<div>` of its outcome or closed state), the header,
 * the alert, the actions (back, submit, cancel) and the status line that announces a submit.
 */
export function phoneForm<
  Own extends SlotStyleProps<string> & ThemeProp & { showHeader?: boolean },
  State extends FrameState,
>(
  name: string,
  keys: OwnKeys<Own>,
  useFormState: (own: Own) => State,
  frame: (state: State, own: Own) => FrameSettings,
) {
  const Form = forwardRef<HTMLElement, Own & DomProps<Own>>(function Form(all, ref) {
    const [own, dom] = splitProps(all as Own, keys) as [Own, HTMLAttributes<HTMLElement>];
    const state = useFormState(own);
    const props = frame(state, own);
    const { outcome, title, back, cancel } = props;
    const root = useRootProps(own, dom, ref);
    const showHeader = own.showHeader ?? true;
    const side = (slot: 'back' | 'cancel', action: SideAction | false | undefined) =>
      action ? (
        <button
          type="button"
          {...slotProps(own, slot)}
          onClick={action.onClick}
          aria-disabled={state.submitting || undefined}
        >
          {action.label}
        </button>
      ) : null;
    let body: ReactNode;

    if (outcome) {
      const success = outcome.state === 'success';
      body = (
        <div {...root} data-state={outcome.state}>
          <div
            {...slotProps(own, success ? 'success' : 'notice', 'bp-callout')}
            role="status"
            data-tone={success ? 'success' : 'info'}
          >
            {/* A check (done) or an "i" (for your information), in the text color so forced colors keep it. */}
            <svg
              className="bp-callout-icon"
              data-slot="callout-icon"
              viewBox="0 0 20 20"
              aria-hidden="true"
              focusable="false"
            >
              <circle cx="10" cy="10" r="8.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
              <path
                d={success ? 'M6.25 10.25l2.5 2.5 5-5.25' : 'M10 9v5M10 6.25v.5'}
                fill="none"
                stroke="currentColor"
                strokeWidth="1.75"
                strokeLinecap="round"
                strokeLinejoin={success ? 'round' : undefined}
              />
            </svg>
            <div className="bp-callout-body" data-slot="callout-body">
              <h2
                className="bp-callout-title"
                data-slot="callout-title"
                tabIndex={success ? -1 : undefined}
                ref={success ? focusIfLost : undefined}
              >
                {outcome.title}
              </h2>
              <p className="bp-callout-text" data-slot="callout-text">
                {outcome.text}
              </p>
              {outcome.action}
            </div>
          </div>
        </div>
      );
    } else if (props.closed) {
      body = (
        <div {...root} data-state="closed">
          {props.closed}
        </div>
      );
    } else {
      body = (
        <form
          {...root}
          {...state.formProps}
          {...labelProps(dom, showHeader ? { labelledBy: state.ids.title } : { label: title })}
          aria-describedby={cx(props.describedBy, dom['aria-describedby'])}
        >
          {showHeader ? (
            <div {...slotProps(own, 'header')}>
              <h2 {...slotProps(own, 'title')} id={state.ids.title}>
                {title}
              </h2>
              <p {...slotProps(own, 'description')} id={state.ids.description}>
                {props.description}
              </p>
              {props.current}
            </div>
          ) : null}

          {props.children}

          <FormAlert
            alert={state.formError}
            onRetry={state.canRetry ? state.retry : undefined}
            classNames={own.classNames}
          />

          <div {...slotProps(own, 'actions')}>
            {side('back', back)}
            <SubmitButton pending={state.submitting} tone={props.tone} classNames={own.classNames}>
              {props.submitLabel}
            </SubmitButton>
            {side('cancel', cancel)}
          </div>
          <p {...slotProps(own, 'status')} role="status">
            {state.submitting ? props.busyText : ''}
          </p>
        </form>
      );
    }
    return <LocaleContext.Provider value={state.localeValue}>{body}</LocaleContext.Provider>;
  });
  Form.displayName = name;
  return Form;
}
