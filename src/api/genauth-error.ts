/**
 * How a call failed. `api`: the service answered with a statusCode other than 200. `network`: no
 * answer (offline, DNS, CORS). `timeout`: no answer within the client timeout. `aborted`: the
 * caller's signal fired. `bad-response`: an answer that is not the V3 envelope (HTML, truncated or
 * empty body, statusCode not a number). `token`: the app's `getAccessToken` threw or rejected, so
 * nothing was sent; what it threw is the error's `cause`.
 */
export type GenAuthErrorKind = 'api' | 'network' | 'timeout' | 'aborted' | 'bad-response' | 'token';

/** What a `GenAuthError` is made of (the fields are described on the class); `message` is sanitized text. */
export type GenAuthErrorInit = Pick<GenAuthError, 'kind' | 'message'> &
  Partial<Pick<GenAuthError, 'httpStatus' | 'statusCode' | 'apiCode' | 'requestId' | 'retryAfterMs'>> & {
    /** What caused the failure, for developers: for `token`, what `getAccessToken` threw. */
    cause?: unknown;
  };

/** The one error every client call rejects with. It never carries the access token. */
export class GenAuthError extends Error {
  override readonly name = 'GenAuthError';
  declare readonly kind: GenAuthErrorKind;
  /** The HTTP status of the answer, when one came. */
  declare readonly httpStatus?: number;
  /** The envelope's statusCode (or the HTTP status of an answer without an envelope). */
  declare readonly statusCode?: number;
  /** The envelope's apiCode, as a number. */
  declare readonly apiCode?: number;
  /** The envelope's requestId, to quote to support. */
  declare readonly requestId?: string;
  /** Set for throttling (HTTP or body 429): how long to wait, from `Retry-After`, 1 s … 1 h. */
  declare readonly retryAfterMs?: number;

  constructor({ message, ...init }: GenAuthErrorInit) {
    // `cause` only when given, so errors without one show no `cause: undefined`.
    super(message, 'cause' in init ? { cause: init.cause } : undefined);
    const { kind, httpStatus, statusCode, apiCode, requestId, retryAfterMs } = init;
    Object.assign(this, { kind, httpStatus, statusCode, apiCode, requestId, retryAfterMs });
  }
}

export function isGenAuthError(value: unknown): value is GenAuthError {
  return value instanceof GenAuthError;
}

/** Anything a request rejected with, as a `GenAuthError` (an unknown throw counts as a network failure). */
export function toGenAuthError(error: unknown): GenAuthError {
  return isGenAuthError(error) ? error : new GenAuthError({ kind: 'network', message: '' });
}

/**
 * Whether a failed send may still have sent the SMS: the server or the network failed after the
 * request left (timeout, 5xx/6xx, an unreadable answer). The form then starts the cooldown anyway
 * and says "if no SMS arrives, you can resend in N s", instead of inviting a second paid SMS.
 * A fetch that failed outright (offline, DNS) or a refusal (4xx) sent nothing.
 */
export function mayHaveSent(error: GenAuthError): boolean {
  if (error.kind === 'timeout' || error.kind === 'bad-response') return true;
  if (error.kind !== 'api') return false;
  return (error.statusCode ?? error.httpStatus ?? 0) >= 500;
}
