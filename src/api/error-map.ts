import type { GenAuthError } from './genauth-error.js';

/** Where an error is shown: on the phone field, the code field, the old number's code, or the form. */
export type ErrorField = 'phone' | 'code' | 'oldCode' | 'form';

/** What the UI should offer besides the message. */
export type ErrorAction = 'none' | 'cooldown' | 'reauth' | 'retry' | 'new-code';

// The statusCode classes the catalogs word, with what the UI offers for them.
const STATUS_CLASS = {
  400: ['invalidArgument', 'none'],
  401: ['unauthorized', 'reauth'],
  402: ['upgradeRequired', 'none'],
  403: ['forbidden', 'none'],
  404: ['notFound', 'none'],
  409: ['conflict', 'none'],
  413: ['payloadTooLarge', 'none'],
  422: ['invalidOperation', 'none'],
  429: ['throttled', 'cooldown'],
} as const satisfies Record<number, readonly [string, ErrorAction]>;

/** Keys of the `errors` section of every message catalog. */
export type ErrorMessageKey =
  | (typeof STATUS_CLASS)[keyof typeof STATUS_CLASS][0]
  | (typeof KIND_CLASS)[keyof typeof KIND_CLASS][0]
  | 'generic'
  | 'clientError'
  | 'server'
  | 'thirdParty'
  | 'offline';

// The apiCodes that have their own message in every catalog (`apiCodes` section): the field each
// concerns, and the action where it is not its statusCode class's.
const API_CODES = {
  1000: ['form', 'retry'],
  2000: ['form'],
  2001: ['code'],
  2020: ['form', 'reauth'],
  2028: ['phone'],
  2035: ['phone'],
  2038: ['oldCode'],
  2206: ['form', 'reauth'],
  2207: ['form', 'reauth'],
  2217: ['form'],
  2228: ['oldCode'],
  2230: ['phone'],
  2300: ['code', 'new-code'],
} as const satisfies Record<number, readonly [ErrorField, ErrorAction?]>;

export type KnownApiCode = keyof typeof API_CODES;

/** The apiCodes that have their own message in every catalog (`apiCodes` section). */
export const KNOWN_API_CODES = Object.keys(API_CODES).map(Number) as readonly KnownApiCode[];

/** The field each known apiCode concerns. */
export const API_CODE_FIELD = Object.fromEntries(
  Object.entries(API_CODES).map(([code, [field]]) => [code, field]),
) as Readonly<Record<KnownApiCode, ErrorField>>;

/** A classified failure: everything the UI needs to place and word it, with no display text. */
export interface ErrorDescription {
  field: ErrorField;
  action: ErrorAction;
  /** Set when the catalog has a message for this apiCode; it wins over every other text. */
  apiCode?: KnownApiCode;
  /** The class message, used when neither the apiCode nor the server gives a text. */
  messageKey: ErrorMessageKey;
  /** The server's own message comes before the class message: never for a throttle or a 5xx/6xx. */
  useServerMessage: boolean;
}

/** The statusCode class of an `api` error, as a message key and an action. */
function classOf(status: number | undefined): readonly [ErrorMessageKey, ErrorAction] {
  if (status === undefined) return ['generic', 'none'];
  if (status in STATUS_CLASS) return STATUS_CLASS[status as keyof typeof STATUS_CLASS];
  if (status >= 600 && status < 700) return ['thirdParty', 'retry'];
  if (status >= 500) return ['server', 'retry'];
  return [status >= 400 ? 'clientError' : 'generic', 'none'];
}

/** What failures other than `api` mean: nothing reached a server that could word them. */
const KIND_CLASS = {
  network: ['network', 'retry'],
  timeout: ['timeout', 'retry'],
  'bad-response': ['badResponse', 'retry'],
  aborted: ['aborted', 'none'],
  // The app's token provider failed: nothing was sent, and the session may be fine.
  token: ['token', 'retry'],
} as const;

/**
 * Classifies a failure for display. Class behaviour (throttle, re-auth, retry) applies whatever the
 * text; the apiCode decides the field and, when the catalog knows it, the message.
 */
export function describeError(error: GenAuthError, options: { online?: boolean } = {}): ErrorDescription {
  if (error.kind !== 'api') {
    const [key, action] = KIND_CLASS[error.kind];
    const messageKey = key === 'network' && options.online === false ? 'offline' : key;
    return { field: 'form', action, messageKey, useServerMessage: false };
  }
  const [classKey, classAction] = classOf(error.statusCode ?? error.httpStatus);
  // The service throttled the call: HTTP 429 or a body statusCode 429.
  const throttled = error.statusCode === 429 || error.httpStatus === 429;
  const apiCode = error.apiCode as KnownApiCode;
  const known = Object.hasOwn(API_CODES, apiCode);
  const [field, own]: readonly [ErrorField, ErrorAction?] = known ? API_CODES[apiCode] : ['form'];
  const action = throttled ? 'cooldown' : (own ?? classAction);
  if (known) return { field, action, apiCode, messageKey: classKey, useServerMessage: true };
  const messageKey = throttled ? 'throttled' : classKey;
  // The kit's words say what a throttle or a server failure means, in the user's language; a
  // server's "Internal server error" or "Too many requests" adds nothing but its own language.
  const kitWords = messageKey === 'throttled' || messageKey === 'server' || messageKey === 'thirdParty';
  return { field, action, messageKey, useServerMessage: !kitWords };
}
