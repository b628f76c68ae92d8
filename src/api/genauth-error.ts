/**
 * How a call failed. `api`: the service answered with a statusCode other than 200. `network`: no
 * answer (offline, DNS, CORS). `timeout`: no answer within the client timeout. `aborted`: the
 * caller's signal fired. `bad-response`: an answer that is not the V3 envelope (HTML, truncated or
 * empty body, statusCode not a number).
 */
export type GenAuthErrorKind = 'api' | 'network' | 'timeout' | 'aborted' | 'bad-response';

export interface GenAuthErrorInit {
  kind: GenAuthErrorKind;
  /** Sanitized text: for `api`, the server's own (localized) message, capped and stripped. */
  message: string;
  httpStatus?: number;
  statusCode?: number;
  apiCode?: number;
  requestId?: string;
  retryAfterMs?: number;
}

/** The one error every client call rejects with. It never carries the access token. */
export class GenAuthError extends Error {
  override readonly name = 'GenAuthError';
  readonly kind: GenAuthErrorKind;
  readonly httpStatus?: number;
  readonly statusCode?: number;
  readonly apiCode?: number;
  readonly requestId?: string;
  /** Set for throttling (HTTP or body 429): how long to wait, from `Retry-After`, 1 s … 1 h. */
  readonly retryAfterMs?: number;

  constructor(init: GenAuthErrorInit) {
    super(init.message);
    this.kind = init.kind;
    this.httpStatus = init.httpStatus;
    this.statusCode = init.statusCode;
    this.apiCode = init.apiCode;
    this.requestId = init.requestId;
    this.retryAfterMs = init.retryAfterMs;
  }
}

export function isGenAuthError(value: unknown): value is GenAuthError {
  return value instanceof GenAuthError;
}
