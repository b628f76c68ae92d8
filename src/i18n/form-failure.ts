import { describeError, type ErrorAction, type ErrorDescription, type ErrorField } from '../api/error-map.js';
import { mayHaveSent, toGenAuthError, type GenAuthError } from '../api/genauth-error.js';
import { sanitizeServerMessage } from '../api/sanitize-text.js';
import type { ServerLang } from '../api/server-lang.js';
import type { Messages } from './types.js';

/** Messages of a form's own failures (no request behind them), in the `change` section of the catalog. */
export type LocalFailure = 'tokenExpired' | 'tokenExpiredOld' | 'notChanged';

/**
 * A failure kept as data, so its text follows the locale when it changes: a server failure (its
 * error and description), or one the form found itself (`local`). `source` says which request
 * failed, so "Try again" repeats that one.
 */
export interface FormFailure<Source extends string = string> {
  source: Source;
  /** Where it is shown: a field of the form, or the form alert. */
  field: ErrorField;
  /** What the form offers besides the message. */
  action: ErrorAction;
  error?: GenAuthError;
  description?: ErrorDescription;
  local?: LocalFailure;
  /** The language the server wrote its message in (the lang header of the failed request). */
  lang: ServerLang;
}

/** What the form alert shows: the text, the request id to quote, and what the form offers. */
export interface FormAlertContent {
  message: string;
  /** A second line: for a failed send, whether the code went out ("No code was sent."). */
  detail?: string | undefined;
  requestId: string | undefined;
  action: ErrorAction;
}

/** Where and how a failed request is shown (an offline browser is told so). */
export function describeFailure<Source extends string>(
  source: Source,
  raw: unknown,
  lang: ServerLang,
): FormFailure<Source> & { error: GenAuthError; description: ErrorDescription } {
  const error = toGenAuthError(raw);
  const description = describeError(error, { online: globalThis.navigator?.onLine });
  return { source, field: description.field, action: description.action, error, description, lang };
}

/**
 * The text for a failure, in this order: the catalog's apiCode message, the server's own message
 * (already localized through the lang header; never for throttling or a 5xx/6xx, which the kit
 * words itself), the class message (e.g. `errors.token` for a failing token provider), a generic one.
 */
export function errorMessage(messages: Messages, description: ErrorDescription, error: GenAuthError): string {
  if (description.apiCode !== undefined) return messages.apiCodes[description.apiCode];
  if (description.useServerMessage && error.message.trim()) return error.message;
  return messages.errors[description.messageKey] ?? messages.errors.generic;
}

/** The text of an error as described, capped and stripped of control and bidi characters. */
export function errorText(messages: Messages, description: ErrorDescription, error: GenAuthError): string {
  return sanitizeServerMessage(errorMessage(messages, description, error)) || messages.errors.generic;
}

/**
 * The text of a failure in the current locale. The server's own message is in the language of the
 * request that failed; after a locale switch the catalog's class message replaces it, so an error
 * already on screen follows the new language. Every text is capped and stripped of control and
 * bidi characters (a `messages` override is host text, but shown in the same place).
 */
export function failureMessage(messages: Messages, failure: FormFailure, lang: ServerLang): string {
  if (failure.local) return messages.change[failure.local];
  if (!failure.error || !failure.description) return messages.errors.generic;
  const description =
    failure.lang === lang ? failure.description : { ...failure.description, useServerMessage: false };
  return errorText(messages, description, failure.error);
}

/**
 * What the form alert shows for `failure`; with `send`, the failure is a send's, and the alert
 * also says whether a code went out: it may have (a timeout, a 5xx, an unreadable answer: wait for
 * the countdown before asking again), or none was sent.
 */
export function formAlertOf(
  messages: Messages,
  failure: FormFailure,
  lang: ServerLang,
  { send = false }: { send?: boolean } = {},
): FormAlertContent {
  return {
    message: failureMessage(messages, failure, lang),
    detail:
      send && failure.error
        ? sanitizeServerMessage(
            mayHaveSent(failure.error) ? messages.send.unconfirmed : messages.send.notSent,
          )
        : undefined,
    requestId: failure.error?.requestId,
    action: failure.action,
  };
}

/**
 * Whether the alert offers "Try again": only for a retryable failure (5xx, 6xx, timeout, offline,
 * unreadable), never while a send is in flight, and not for a send whose cooldown runs — that
 * send may have gone out, and the cooldown already says when a new one may be asked for.
 */
export function canOfferRetry(
  alert: FormAlertContent | undefined,
  failedSource: string | undefined,
  sends: Readonly<Record<string, { sending: boolean; cooldown: { running: boolean } } | undefined>>,
): boolean {
  if (alert?.action !== 'retry') return false;
  if (Object.values(sends).some((step) => step?.sending)) return false;
  return !(failedSource !== undefined && sends[failedSource]?.cooldown.running);
}
