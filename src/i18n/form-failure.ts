import { describeError, type ErrorAction, type ErrorDescription, type ErrorField } from '../api/error-map.js';
import { toGenAuthError, type GenAuthError } from '../api/genauth-error.js';
import { sanitizeServerMessage } from '../api/sanitize-text.js';
import type { ServerLang } from '../api/server-lang.js';
import type { Messages } from './types.js';

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
  /** A failure of the form's own (no request behind it): its message in the catalog's `change` section. */
  local?: 'tokenExpired' | 'tokenExpiredOld' | 'notChanged';
  /** The language the server wrote its message in (the lang header of the failed request). */
  lang: ServerLang;
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
