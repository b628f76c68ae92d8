import type { GenAuthError } from './genauth-error.js';

/** Where an error is shown: on the phone field, the code field, the old number's code, or the form. */
export type ErrorField = 'phone' | 'code' | 'oldCode' | 'form';

/** What the UI should offer besides the message. */
export type ErrorAction = 'none' | 'cooldown' | 'reauth' | 'retry' | 'new-code';

/** Keys of the `errors` section of every message catalog. */
export type ErrorMessageKey =
  | 'generic'
  | 'invalidArgument'
  | 'unauthorized'
  | 'upgradeRequired'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'payloadTooLarge'
  | 'invalidOperation'
  | 'throttled'
  | 'clientError'
  | 'server'
  | 'thirdParty'
  | 'network'
  | 'offline'
  | 'timeout'
  | 'badResponse'
  | 'aborted'
  | 'token';

/** The apiCodes that have their own message in every catalog (`apiCodes` section). */
export const KNOWN_API_CODES = [
  1000, 2000, 2001, 2020, 2028, 2035, 2038, 2206, 2207, 2217, 2228, 2230, 2300,
] as const;
export type KnownApiCode = (typeof KNOWN_API_CODES)[number];

/** The field each known apiCode concerns; codes not listed go to the form. */
export const API_CODE_FIELD: Readonly<Record<KnownApiCode, ErrorField>> = {
  1000: 'form',
  2000: 'form',
  2001: 'code',
  2020: 'form',
  2028: 'phone',
  2035: 'phone',
  2038: 'oldCode',
  2206: 'form',
  2207: 'form',
  2217: 'form',
  2228: 'oldCode',
  2230: 'phone',
  2300: 'code',
};

const API_CODE_ACTION: Partial<Readonly<Record<KnownApiCode, ErrorAction>>> = {
  1000: 'retry',
  2020: 'reauth',
  2206: 'reauth',
  2207: 'reauth',
  2300: 'new-code',
};

/** A classified failure: everything the UI needs to place and word it, with no display text. */
export interface ErrorDescription {
  field: ErrorField;
  action: ErrorAction;
  /** Set when the catalog has a message for this apiCode; it wins over every other text. */
  apiCode?: KnownApiCode;
  /** The class message, used when neither the apiCode nor the server gives a text. */
  messageKey: ErrorMessageKey;
  /**
   * True when the server's own message should be shown before the class message: never for
   * throttling or a server failure (5xx, 6xx), which the kit words itself in the user's language.
   */
  useServerMessage: boolean;
}

function isKnownApiCode(code: number | undefined): code is KnownApiCode {
  return code !== undefined && Object.prototype.hasOwnProperty.call(API_CODE_FIELD, code);
}

/** The statusCode class of an `api` error, as a message key and an action. */
function classOf(statusCode: number | undefined): { key: ErrorMessageKey; action: ErrorAction } {
  if (statusCode === undefined) return { key: 'generic', action: 'none' };
  if (statusCode === 400) return { key: 'invalidArgument', action: 'none' };
  if (statusCode === 401) return { key: 'unauthorized', action: 'reauth' };
  if (statusCode === 402) return { key: 'upgradeRequired', action: 'none' };
  if (statusCode === 403) return { key: 'forbidden', action: 'none' };
  if (statusCode === 404) return { key: 'notFound', action: 'none' };
  if (statusCode === 409) return { key: 'conflict', action: 'none' };
  if (statusCode === 413) return { key: 'payloadTooLarge', action: 'none' };
  if (statusCode === 422) return { key: 'invalidOperation', action: 'none' };
  if (statusCode === 429) return { key: 'throttled', action: 'cooldown' };
  if (statusCode >= 600 && statusCode < 700) return { key: 'thirdParty', action: 'retry' };
  if (statusCode >= 500) return { key: 'server', action: 'retry' };
  if (statusCode >= 400) return { key: 'clientError', action: 'none' };
  return { key: 'generic', action: 'none' };
}

/** Whether the service throttled the call: HTTP 429 or a body statusCode 429. */
export function isThrottled(error: GenAuthError): boolean {
  return error.kind === 'api' && (error.statusCode === 429 || error.httpStatus === 429);
}

/**
 * Classifies a failure for display. Class behaviour (throttle, re-auth, retry) applies whatever the
 * text; the apiCode decides the field and, when the catalog knows it, the message.
 */
export function describeError(error: GenAuthError, options: { online?: boolean } = {}): ErrorDescription {
  switch (error.kind) {
    case 'network':
      return {
        field: 'form',
        action: 'retry',
        messageKey: options.online === false ? 'offline' : 'network',
        useServerMessage: false,
      };
    case 'timeout':
      return { field: 'form', action: 'retry', messageKey: 'timeout', useServerMessage: false };
    case 'bad-response':
      return { field: 'form', action: 'retry', messageKey: 'badResponse', useServerMessage: false };
    case 'aborted':
      return { field: 'form', action: 'none', messageKey: 'aborted', useServerMessage: false };
    case 'token':
      // The app's token provider failed: nothing was sent, and the session may be fine.
      return { field: 'form', action: 'retry', messageKey: 'token', useServerMessage: false };
    case 'api': {
      const cls = classOf(error.statusCode ?? error.httpStatus);
      const throttled = isThrottled(error);
      if (isKnownApiCode(error.apiCode)) {
        return {
          field: API_CODE_FIELD[error.apiCode],
          action: throttled ? 'cooldown' : (API_CODE_ACTION[error.apiCode] ?? cls.action),
          apiCode: error.apiCode,
          messageKey: cls.key,
          useServerMessage: true,
        };
      }
      const messageKey = throttled ? 'throttled' : cls.key;
      // The kit's words say what a throttle or a server failure means, in the user's language; a
      // server's "Internal server error" or "Too many requests" adds nothing but its own language.
      const kitWords = messageKey === 'throttled' || messageKey === 'server' || messageKey === 'thirdParty';
      return {
        field: 'form',
        action: throttled ? 'cooldown' : cls.action,
        messageKey,
        useServerMessage: !kitWords,
      };
    }
  }
}
