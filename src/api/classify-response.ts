import { badResponse, isObject } from './bad-response.js';
import { GenAuthError } from './genauth-error.js';
import { sanitizeRequestId, sanitizeServerMessage } from './sanitize-text.js';

/** Shortest wait a `Retry-After` can ask for, in ms: a shorter one would let the user hammer the service. */
export const MIN_RETRY_AFTER_MS = 1_000;
/** Longest wait a `Retry-After` can ask for, in ms: a longer one is treated as a misconfigured proxy. */
export const MAX_RETRY_AFTER_MS = 3_600_000;

/**
 * Reads an HTTP `Retry-After` value (RFC 9110 §10.2.3): delta seconds or an HTTP date, turned into
 * milliseconds from `now` and clamped to 1 s … 1 h. Returns undefined when the value is absent or
 * unreadable, so the caller can fall back to its own default.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim() ?? '';
  // A date must name a month or weekday: Date.parse alone also reads "1.5" or "12" as dates in some engines.
  const dated = /[a-z]{3}/i.test(text) ? Date.parse(text) - now : Number.NaN;
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : dated;
  return Number.isNaN(ms) ? undefined : Math.min(MAX_RETRY_AFTER_MS, Math.max(MIN_RETRY_AFTER_MS, ms));
}

/**
 * Which envelope an endpoint answers with: `v3` is `{ statusCode, message, apiCode?, requestId?,
 * data? }`, the older `v2` is `{ code, message, data? }` (a `statusCode` is accepted too).
 */
export type EnvelopeKind = 'v3' | 'v2';

/** Everything the classifier looks at: what came over the wire, nothing else. */
export interface RawResponse {
  httpStatus: number;
  /** Response headers; only `Retry-After` is read. */
  headers?: Headers | Readonly<Record<string, string | undefined>>;
  /** The body as text, exactly as received (possibly empty, HTML or cut short). */
  bodyText: string;
  /** Which envelope to expect; left out, both are accepted (`statusCode` wins over `code`). */
  envelope?: EnvelopeKind;
  /**
   * The current time in ms, to turn a `Retry-After` date into a wait (passed in to keep this pure).
   * @default Date.now()
   */
  now?: number;
}

/** A successful answer: the envelope's `data` (undefined when the endpoint sends none). */
export interface ClassifiedSuccess {
  ok: true;
  data: unknown;
  requestId?: string;
}

/** The outcome of {@link classifyResponse}: success, or the error the call must reject with. */
export type ClassifiedResponse = ClassifiedSuccess | GenAuthError;

function readHeader(headers: RawResponse['headers'], name: string): string | undefined {
  // Duck-typed: the Headers class of another realm (a test DOM, an iframe, a polyfill) fails instanceof.
  if (typeof (headers as Partial<Headers> | undefined)?.get === 'function')
    return (headers as Headers).get(name) ?? undefined;
  return Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name)?.[1];
}

/** `apiCode` as a number: older endpoints send it as a string such as `"2011"`. */
function readApiCode(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d{1,9}\s*$/.test(value)) return Number(value);
  return undefined;
}

/**
 * Classifies one HTTP answer of the GenAuth API. Pure and total: it never throws, for any input.
 *
 * - `statusCode === 200` in the envelope (or v2 `code === 200`) is success, whatever the HTTP status.
 * - Any other numeric status in the envelope is kind `api`, with `apiCode`, `requestId` and the
 *   server `message` sanitized.
 * - Without a readable envelope, a non-2xx answer (a gateway's HTML page, an empty 502) is kind `api`
 *   with `statusCode` set to the HTTP status; a 2xx one is kind `bad-response`, never success.
 * - A 429 (HTTP or body) sets `retryAfterMs` from `Retry-After` when present.
 */
export function classifyResponse(raw: RawResponse): ClassifiedResponse {
  const httpStatus = Number.isInteger(raw.httpStatus) ? raw.httpStatus : 0;
  const success = httpStatus >= 200 && httpStatus < 300;
  try {
    const bodyText = typeof raw.bodyText === 'string' ? raw.bodyText : '';
    const retryAfter = (): number | undefined =>
      parseRetryAfter(readHeader(raw.headers, 'retry-after'), raw.now ?? Date.now());

    // Without an envelope, a non-2xx status is still a statement from some server (often a proxy):
    // the UI can act on its class (429 cooldown, 401 sign-in, 5xx retry).
    const fromHttpStatus = (why: string): GenAuthError =>
      success
        ? badResponse(httpStatus, why)
        : new GenAuthError({
            kind: 'api',
            httpStatus,
            statusCode: httpStatus,
            message: '',
            retryAfterMs: httpStatus === 429 ? retryAfter() : undefined,
          });

    if (httpStatus === 204 || bodyText.trim() === '') return fromHttpStatus('empty body');
    let parsed: unknown;
    try {
      parsed = JSON.parse(bodyText);
    } catch {
      return fromHttpStatus(/^\s*</.test(bodyText) ? 'HTML instead of JSON' : 'invalid or truncated JSON');
    }
    if (!isObject(parsed)) return fromHttpStatus('JSON is not an object');

    const useV2Code = raw.envelope !== 'v3' && !('statusCode' in parsed) && 'code' in parsed;
    const status = useV2Code ? parsed.code : parsed.statusCode;
    if (status === undefined) return fromHttpStatus('no statusCode');
    if (typeof status !== 'number' || !Number.isInteger(status))
      return fromHttpStatus('statusCode is not a number');

    const requestId = sanitizeRequestId(parsed.requestId);
    if (status === 200) return { ok: true, data: parsed.data, ...(requestId !== undefined && { requestId }) };
    // The v2 `code` field holds either an HTTP-like class (< 1000) or a business code (the apiCode).
    const v2BusinessCode = useV2Code && status >= 1000;
    const statusCode = v2BusinessCode ? (success ? undefined : httpStatus) : status;
    return new GenAuthError({
      kind: 'api',
      httpStatus,
      statusCode,
      apiCode: readApiCode(parsed.apiCode) ?? (v2BusinessCode ? status : undefined),
      requestId,
      message: sanitizeServerMessage(parsed.message),
      retryAfterMs: statusCode === 429 || httpStatus === 429 ? retryAfter() : undefined,
    });
  } catch {
    // Only a hostile `headers` object gets here: the call still rejects with a GenAuthError.
    return badResponse(httpStatus, 'unreadable response');
  }
}
