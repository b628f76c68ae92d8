'use client';
import { useCallback, useState } from 'react';
import type { ErrorField } from '../../api/error-map.js';
import type { GenAuthError } from '../../api/genauth-error.js';
import { sanitizeServerMessage } from '../../api/sanitize-text.js';
import type { ServerLang } from '../../api/server-lang.js';
import type { Messages } from '../../i18n/types.js';
import { describeFailure, failureMessage, formAlertOf, type FormFailure } from '../../i18n/form-failure.js';

/** A field that can show a failure of its own (everything else is said in the form alert). */
export type FailureField = Exclude<ErrorField, 'form'>;

export interface UseFormFailureOptions<Source extends string, Field extends FailureField> {
  /** The catalog in force. */
  messages: Messages;
  /** The lang header of the current locale: a server message in another language is re-worded. */
  lang: ServerLang;
  /**
   * The fields of this form that show their own failure; keep the array stable. A failure at any
   * other field goes to the form alert.
   */
  fields: readonly Field[];
  /**
   * The sends of this form whose throttling is said next to their button, not in the alert; keep
   * the array stable.
   */
  sendSources: readonly Source[];
  /** Moves focus to a field (a code field also selects its text, to be typed again); keep it stable. */
  requestFocus: (field: Field, select?: boolean) => void;
  /** Called with the error of every failed request, after it is shown. */
  onError?: (error: GenAuthError) => void;
}

/**
 * The form's last failure, kept as data, and the texts derived from it at render time (so a locale
 * switch re-words errors already on screen): the one at each field, the throttle message of each
 * send, and the failure the form alert shows. Showing a failure moves focus to its field and
 * reports its error.
 */
export function useFormFailure<Source extends string, Field extends FailureField>(
  options: UseFormFailureOptions<Source, Field>,
) {
  const { messages, lang, fields, sendSources, requestFocus, onError } = options;
  const [failure, setFailure] = useState<FormFailure<Source> | null>(null);
  const isShownField = useCallback(
    (field: ErrorField): field is Field => (fields as readonly ErrorField[]).includes(field),
    [fields],
  );

  /** Shows a failure at its field, moves focus there, and reports a request's error. */
  const show = useCallback(
    (next: FormFailure<Source>) => {
      setFailure(next);
      if (isShownField(next.field)) requestFocus(next.field, next.field !== 'phone');
      if (next.error) onError?.(next.error);
    },
    [isShownField, onError, requestFocus],
  );

  /** A failed request, placed by its description. */
  const fail = useCallback(
    (source: Source, raw: unknown, requestLang: ServerLang) => {
      const next = describeFailure(source, raw, requestLang);
      show(next);
      return next;
    },
    [show],
  );

  const clear = useCallback(() => setFailure(null), []);
  /** Clears the failure when it is at `field` (the user is fixing it). */
  const dismiss = useCallback(
    (field: Field) => setFailure((current) => (current?.field === field ? null : current)),
    [],
  );

  const text = failure ? failureMessage(messages, failure, lang) : undefined;
  const isSend = failure !== null && sendSources.includes(failure.source);
  const throttled = isSend && failure.action === 'cooldown';
  const alertFailure = failure && !throttled && !isShownField(failure.field) ? failure : null;

  return {
    failure,
    show,
    fail,
    clear,
    dismiss,
    /** The failure's text when it is at `field`. */
    fieldError: (field: Field) => (failure?.field === field ? text : undefined),
    /**
     * Set exactly when `source`'s last send was refused for throttling: the kit's words for it ("no
     * code was sent"), said next to its button, whatever the server wrote.
     */
    sendError: (source: Source) =>
      throttled && failure?.source === source ? sanitizeServerMessage(messages.send.throttled) : undefined,
    /** The failure the form alert shows, if any. */
    alertFailure,
    /** What the form alert shows, if anything; a send's failure also says whether a code went out. */
    formError: alertFailure ? formAlertOf(messages, alertFailure, lang, { send: isSend }) : undefined,
  };
}
