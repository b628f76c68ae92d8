'use client';
import { useCallback, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import {
  useController,
  useForm,
  type DefaultValues,
  type FieldPathByValue,
  type FieldValues,
  type Path,
} from 'react-hook-form';
import { describeError, type ErrorField } from '../../api/error-map.js';
import { mayHaveSent, toGenAuthError, type GenAuthError } from '../../api/genauth-error.js';
import { sanitizeServerMessage } from '../../api/sanitize-text.js';
import type { ServerLang } from '../../api/server-lang.js';
import type { GenAuthPhone, SmsChannel } from '../../api/types.js';
import { formatMessage } from '../../i18n/format-message.js';
import { describeFailure, failureMessage, type FormFailure } from '../../i18n/form-failure.js';
import { extractCode } from '../../phone/extract-code.js';
import { useCooldown } from '../code-step/use-cooldown.js';
import { useSendSmsCode } from '../code-step/use-send-sms-code.js';
import { useWebOtp } from '../code-step/use-web-otp.js';
import { useFocusRequest } from '../shared/use-focus-request.js';
import { useLatestRef } from '../shared/use-latest-ref.js';
import { useStableCallback } from '../shared/use-stable-callback.js';
import { useWhenShown } from '../shared/use-when-shown.js';
import type { FormEnvironment } from './use-form-environment.js';

/**
 * One "send a code" step of a form on `channel`: the send itself (one request per gesture), the
 * resend cooldown of its channel, where the last code went, and whether a failed send may have
 * gone out anyway.
 *
 * The cooldown starts whenever the server will throttle the next send: after a sent code, after a
 * throttled send (for its `Retry-After`), and after a failure that may have sent the SMS (timeout,
 * 5xx, unreadable answer). An answer that arrives while an `<Activity>` hides the form is shown
 * when the form is (`useWhenShown`). One that arrives after the form unmounted, or after
 * `ignoreInFlight` (a newer send, "change number", a finished flow), only moves the cooldown.
 */
export function useSendCodeStep(env: FormEnvironment, channel: SmsChannel) {
  const mutation = useSendSmsCode({ ...env.mutationOptions, channel });
  const cooldown = useCooldown({ key: channel, defaultSeconds: env.resendSeconds });
  const whenShown = useWhenShown();
  const [sentTo, setSentTo] = useState<GenAuthPhone | null>(null);
  const [maybeSent, setMaybeSent] = useState(false);
  /** Bumped by every send and by `ignoreInFlight`: a send answered later than that is stale. */
  const generation = useRef(0);
  const { send: sendSms } = mutation;

  const send = useCallback(
    (phone: GenAuthPhone, onSent: () => void, onFailed: (error: GenAuthError) => void) => {
      const sent = (generation.current += 1);
      const answer = (then: () => void) => whenShown(() => sent === generation.current && then());
      setMaybeSent(false);
      sendSms(phone)
        .then(() => {
          // The SMS went out: the server throttles the next one whatever happened here meanwhile.
          cooldown.start();
          answer(() => {
            setSentTo(phone);
            onSent();
          });
        })
        .catch((raw: unknown) => {
          const error = toGenAuthError(raw);
          const throttled = describeError(error).action === 'cooldown';
          // Timeouts, 5xx and unreadable answers may have sent the SMS: wait before resending.
          const unsure = !throttled && mayHaveSent(error);
          if (throttled || unsure) cooldown.start(throttled ? error.retryAfterMs : undefined);
          answer(() => {
            onFailed(error);
            // Not "code sent": the notice would claim what nobody knows. The button says it instead.
            if (unsure) setMaybeSent(true);
          });
        });
    },
    [cooldown, sendSms, whenShown],
  );

  /** Answers to sends in flight are no longer wanted (they still move the cooldown). */
  const ignoreInFlight = useCallback(() => {
    generation.current += 1;
  }, []);

  return {
    send,
    ignoreInFlight,
    /** "Change number": forget where the last code went, and any send in flight. */
    reset: useCallback(() => {
      ignoreInFlight();
      setSentTo(null);
      setMaybeSent(false);
    }, [ignoreInFlight]),
    /** Where the last code went, until `reset`. */
    sentTo,
    /** The last send failed in a way that may still have sent the SMS. */
    maybeSent,
    /** A send is in flight. */
    sending: mutation.isPending,
    cooldown,
  };
}

export type SendStep = ReturnType<typeof useSendCodeStep>;

/** What a finished flow hands `onSuccess`: its number. */
export interface PhoneResult extends GenAuthPhone {
  /** The number in E.164, e.g. `+8613800138000`. */
  e164: string;
}

/** A field that can show a failure of its own (everything else is said in the form alert). */
export type FailureField = Exclude<ErrorField, 'form'>;

export interface FormSubmissionSetup<Values, Source extends string, Result> {
  /** The form's values: a failure at one of them shows there, any other goes to the form alert. */
  defaultValues: DefaultValues<Values>;
  /** The form's send steps, by the failure source of their sends. */
  sends: Partial<Record<Source, SendStep>>;
  /** Elements focused by name, besides the form's fields. */
  elements?: Record<string, RefObject<HTMLElement | null>>;
  /** Adjusts a failure before it is shown (where it goes, what the form does about it). */
  place?: (failure: FormFailure<Source>) => void;
  /** What the alert shows when no failure of the form's own is there. */
  fallbackAlert?: FormFailure<Source> | null;
  onSuccess?: ((result: Result) => void) | undefined;
  onError?: ((error: GenAuthError) => void) | undefined;
}

/**
 * What bind, change and unbind share: the react-hook-form, its failure kept as data (texts derived
 * at render time, so a locale switch re-words errors already on screen), the sends, and the submit
 * (fields locked while it runs, its answer applied once the form is shown, a success ending the
 * flow's cooldowns, a Retry-After starting one).
 */
export function useFormSubmission<Values extends FieldValues, Source extends string, Result>(
  env: FormEnvironment,
  setup: FormSubmissionSetup<Values, Source, Result>,
) {
  const { messages, lang } = env;
  const { sends } = setup;
  const latest = useLatestRef(setup);
  const baseId = useId();
  const form = useForm<Values>({ defaultValues: setup.defaultValues });
  const { setFocus } = form;
  const requestFocus = useFocusRequest<string>(
    useStableCallback((target: string, options: { shouldSelect: boolean }) => {
      const element = setup.elements?.[target];
      if (element) element.current?.focus();
      else setFocus(target as Path<Values>, options);
    }),
  );
  const whenShown = useWhenShown();
  const [failure, setFailure] = useState<FormFailure<Source> | null>(null);
  // A ref, not state: two gestures in one task must both see the first one's effect.
  const locked = useRef(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const isField = (field: ErrorField): field is FailureField => Object.hasOwn(setup.defaultValues, field);

  /** Shows a failure at its field (focused, its text selected to be typed again), and reports it. */
  const show = useStableCallback((next: FormFailure<Source>) => {
    latest.current.place?.(next);
    setFailure(next);
    if (isField(next.field)) requestFocus(next.field, next.field !== 'phone');
    if (next.error) latest.current.onError?.(next.error);
  });
  const clear = useCallback(() => setFailure(null), []);
  /** Clears the failure when it is at `field` (the user is fixing it). */
  const dismiss = useCallback(
    (field: FailureField) => setFailure((current) => (current?.field === field ? null : current)),
    [],
  );

  /** Runs the submit's request; `failed` places a refusal (see `refuse`). */
  const submitWith = (
    request: () => Promise<Result>,
    failed: (raw: unknown, requestLang: ServerLang) => void,
  ) => {
    const requestLang = lang;
    locked.current = true;
    setBusy(true);
    clear();
    // The promise, not `mutate`'s callbacks: TanStack Query skips those while nothing subscribes
    // to the mutation, as when an <Activity> hides the form, and the form would stay busy.
    request()
      .then(
        (done) => {
          // The flow is over: its cooldowns and any send still in flight were for it.
          for (const step of Object.values<SendStep | undefined>(sends)) {
            step?.cooldown.clear();
            step?.ignoreInFlight();
          }
          whenShown(() => {
            setResult(done);
            latest.current.onSuccess?.(done);
          });
        },
        (raw: unknown) => failed(raw, requestLang),
      )
      .finally(() => {
        locked.current = false;
        whenShown(() => setBusy(false));
      });
  };

  /** A refused submit, shown; its Retry-After holds `step`'s next code back as long as the server asks. */
  const refuse = (source: Source, raw: unknown, requestLang: ServerLang, step?: SendStep) => {
    const next = describeFailure(source, raw, requestLang);
    if (step && next.action === 'cooldown' && next.error.retryAfterMs !== undefined) {
      step.cooldown.start(next.error.retryAfterMs);
    }
    whenShown(() => show(next));
  };

  const text = failure ? failureMessage(messages, failure, lang) : undefined;
  const isSend = failure !== null && sends[failure.source] !== undefined;
  const throttled = isSend && failure.action === 'cooldown';
  const alertFailure =
    (failure && !throttled && !isField(failure.field) ? failure : null) ?? setup.fallbackAlert ?? null;
  /** What the alert shows; for a send's failure, also whether its SMS may have gone out anyway. */
  const formError = alertFailure
    ? {
        message: failureMessage(messages, alertFailure, lang),
        detail:
          isSend && alertFailure === failure && failure.error
            ? sanitizeServerMessage(
                mayHaveSent(failure.error) ? messages.send.unconfirmed : messages.send.notSent,
              )
            : undefined,
        requestId: alertFailure.error?.requestId,
        action: alertFailure.action,
      }
    : undefined;

  const fieldError = (field: FailureField) => (failure?.field === field ? text : undefined);
  const sendError = (source: Source) =>
    throttled && failure.source === source ? sanitizeServerMessage(messages.send.throttled) : undefined;

  /**
   * A code sent by the send step of `source` to `to()` and typed in the field `name`: its send, its
   * texts, the SMS's code filled in (WebOTP, while `active`), and `onComplete` once every digit is in.
   */
  const useCodeStep = (
    source: Source,
    name: FailureField & FieldPathByValue<Values, string>,
    to: () => GenAuthPhone | undefined,
    { active, onComplete }: { active: boolean; onComplete: () => void },
  ) => {
    const step = sends[source] as SendStep;
    const { codeLength } = env.settings;
    const { value: code, onChange, ref: codeRef } = useController({ control: form.control, name }).field;
    const setCode = useStableCallback((next: string) => {
      // The field stays focusable while a request runs (a disabled one would drop focus to the
      // page); changes are refused instead, so the code sent is the code shown.
      if (locked.current) return;
      onChange(next);
      form.clearErrors(name);
      dismiss(name);
    });
    /** The code in the form when it is complete; otherwise marks the field incomplete. */
    const completeCode = useStableCallback((): string | undefined => {
      // Read from the form, not the render's closure: autofill completes the code and submits in one go.
      const current = form.getValues(name) as string;
      if (current.length === codeLength) return current;
      form.setError(name, { type: 'incomplete' });
      return undefined;
    });
    const incomplete = form.formState.errors[name]?.type === 'incomplete' && code.length !== codeLength;
    /** Sends a code to `to()`; focus goes to the field once sent. */
    const send = useStableCallback(() => {
      // Not while a send is in flight, its cooldown runs or a submit is under way.
      if (step.sending || step.cooldown.running || locked.current) return;
      const phone = to();
      if (!phone) return;
      const requestLang = lang;
      clear();
      step.send(
        phone,
        () => requestFocus(name),
        (error) => show(describeFailure(source, error, requestLang)),
      );
    });
    const onCodeComplete = useStableCallback((complete: string) => {
      if (complete.length === codeLength) onComplete();
    });
    // WebOTP (Chrome on Android): the SMS's code fills the field and completes it, as a code typed
    // would. A resend asks anew; a send, a submit or the end of the flow aborts it, so a late SMS
    // fills nothing and sends nothing.
    useWebOtp({
      enabled: active && step.sentTo !== null && !step.sending && !busy,
      requestKey: step.sentTo,
      onCode: (text) => {
        // What follows '#' in the SMS, taken like a paste: digits of the right length only.
        const found = extractCode(text, codeLength);
        if (!found.ok) return;
        setCode(found.code);
        onCodeComplete(found.code);
      },
    });
    return {
      sentTo: step.sentTo,
      maybeSent: step.maybeSent,
      cooldownSeconds: step.cooldown.remainingSeconds,
      sending: step.sending,
      code: code as string,
      setCode,
      /** Ref of the code's input (react-hook-form's `field.ref`). */
      codeRef,
      completeCode,
      onCodeComplete,
      codeError:
        fieldError(name) ??
        (incomplete ? formatMessage(messages.code.incomplete, { length: codeLength }) : undefined),
      sendError: sendError(source),
      send,
    };
  };

  return {
    form,
    sends,
    requestFocus,
    whenShown,
    locked,
    result,
    failure,
    show,
    clear,
    submitWith,
    refuse,
    /** What every field of the form needs to take an edit. */
    edits: { messages, locked, onEdit: dismiss },
    /** The failure's text when it is at `field`. */
    fieldError,
    useCodeStep,
    /**
     * What every form returns alike: its state, the ids of the parts in `ids`, "Try again" (by the
     * source of the alert's failure in `retries`, else `submit`), and the submit with the `<form>`'s
     * props (no page load, busy while a submit runs). `state` and `step` go to its `data-*`.
     */
    useFormState: <Name extends string>(
      submit: () => void,
      retries: Partial<Record<Source, () => void>>,
      ids: Name[],
      state: string,
      step?: string,
    ) => {
      const retry = useStableCallback(() => {
        if (alertFailure) (retries[alertFailure.source] ?? submit)();
      });
      const onSubmit = (event?: FormEvent) => {
        event?.preventDefault();
        submit();
      };
      return {
        ...env.localeValue,
        /** Locale and catalog in force, for a `LocaleContext.Provider` around the parts. */
        localeValue: env.localeValue,
        /** The code's length (the prop, else the tenant's). */
        codeLength: env.settings.codeLength,
        form,
        submitting: busy,
        formError,
        /** The alert's failure may go away on a second try: offer "Try again" (calling `retry`). */
        // Never while a send is in flight, nor for a send whose cooldown runs: it may have gone out,
        // and the cooldown already says when a new one may be asked for.
        canRetry:
          alertFailure?.action === 'retry' &&
          !Object.values<SendStep | undefined>(sends).some((send) => send?.sending) &&
          !sends[alertFailure.source]?.cooldown.running,
        /** Ids of the parts named (`phoneError` → `…-phone-error`), for ARIA and for tests to find. */
        ids: Object.fromEntries(
          ids.map((name) => [name, `${baseId}-${name.replace(/[A-Z]/g, '-$&').toLowerCase()}`]),
        ) as Record<Name, string>,
        retry,
        onSubmit,
        /** Props of the `<form>`. */
        formProps: {
          noValidate: true,
          onSubmit,
          'aria-busy': busy || undefined,
          'data-state': busy ? 'submitting' : state,
          'data-step': step,
        },
      };
    },
  };
}

/** What `useFormSubmission` returns. */
export type FormSubmission<Values extends FieldValues, Source extends string, Result = unknown> = ReturnType<
  typeof useFormSubmission<Values, Source, Result>
>;

/** A code step's state, as `useCodeStep` returns it: where the code went, its send and its field. */
export type CodeStepState = ReturnType<FormSubmission<FieldValues, string>['useCodeStep']>;

/** What `useFormState` returns: the state every form returns alike. */
export type FormState = ReturnType<FormSubmission<FieldValues, string>['useFormState']>;
