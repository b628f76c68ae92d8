import { GenAuthError } from './genauth-error.js';
import { parseRetryAfter } from './retry-after.js';
import { sanitizeRequestId, sanitizeServerMessage } from './sanitize-text.js';

/** Which envelope an endpoint answers with. */
export type EnvelopeKind =
  /** V3: `{ statusCode, message, apiCode?, requestId?, data? }`. */
  | 'v3'
  /** The older v2 endpoints: `{ code, message, data? }` (a `statusCode` is accepted too). */
  | 'v2';

/** Everything the classifier looks at: what came over the wire, nothing else. */
export interface RawResponse {
  /** The HTTP status of the answer. */
  httpStatus: number;
  /** Response headers; only `Retry-After` is read. */
  headers?: Headers | Readonly<Record<string, string | undefined>>;
  /** The body as text, exactly as received (possibly empty, HTML or cut short). */
  bodyText: string;
  /**
   * Which envelope to expect. Left out, both are accepted (`statusCode` wins over `code`).
   */
  envelope?: EnvelopeKind;
  /**
   * The current time in ms, used to turn a `Retry-After` date into a wait. Passed in so the
   * classifier stays a pure function of its input.
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

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readHeader(headers: RawResponse['headers'], name: string): string | undefined {
  if (!headers) return undefined;
  // Duck-typed rather than `instanceof Headers`: the Headers class of another realm (a test DOM, an
  // iframe, a fetch polyfill) would fail an instanceof check.
  if (typeof (headers as Partial<Headers>).get === 'function')
    return (headers as Headers).get(name) ?? undefined;
  const record = headers as Readonly<Record<string, string | undefined>>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : record[key];
}

/** `apiCode` as a number: older endpoints send it as a string such as `"2011"`. */
function readApiCode(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d{1,9}\s*$/.test(value)) return Number(value);
  return undefined;
}

function badResponse(httpStatus: number, why: string): GenAuthError {
  // The text names the problem for developers only; the body itself is never copied (it may be an
  // HTML page or contain anything).
  return new GenAuthError({
    kind: 'bad-response',
    httpStatus,
    message: `The server's answer could not be read (${why}).`,
  });
}

function isSuccessStatus(httpStatus: number): boolean {
  return httpStatus >= 200 && httpStatus < 300;
}

/**
 * Classifies one HTTP answer of the GenAuth API. Pure and total: it never throws, for any input.
 *
 * - An envelope with `statusCode === 200` (or v2 `code === 200`) is success, whatever the HTTP
 *   status (the service signals success in the body, never by HTTP status alone).
 * - Any other numeric status in the envelope is kind `api`, with `apiCode` read as a number,
 *   `requestId`, and the server `message` sanitized.
 * - A non-2xx answer without a readable envelope (a gateway's HTML page, an empty 502) is kind
 *   `api` with `statusCode` set to the HTTP status and an empty message.
 * - A 2xx answer without a readable envelope (HTML, truncated JSON, empty body, 204, `statusCode`
 *   missing or not a number, JSON that is not an object) is kind `bad-response`: never success.
 * - HTTP 429 or a body `statusCode` 429 sets `retryAfterMs` from `Retry-After` when present.
 */
export function classifyResponse(raw: RawResponse): ClassifiedResponse {
  try {
    return classify(raw);
  } catch {
    // Unreachable for well-typed input; kept so a hostile `headers` object cannot make a call throw
    // something other than a GenAuthError.
    return badResponse(Number.isInteger(raw.httpStatus) ? raw.httpStatus : 0, 'unreadable response');
  }
}

function classify(raw: RawResponse): ClassifiedResponse {
  const httpStatus = Number.isInteger(raw.httpStatus) ? raw.httpStatus : 0;
  const bodyText = typeof raw.bodyText === 'string' ? raw.bodyText : '';
  const retryAfter = (): number | undefined =>
    parseRetryAfter(readHeader(raw.headers, 'retry-after'), raw.now ?? Date.now());

  // Without an envelope, a non-2xx status is still a statement from some server (often a proxy):
  // the UI can act on its class (429 cooldown, 401 sign-in, 5xx retry).
  const fromHttpStatus = (why: string): GenAuthError => {
    if (isSuccessStatus(httpStatus)) return badResponse(httpStatus, why);
    return new GenAuthError({
      kind: 'api',
      httpStatus,
      statusCode: httpStatus,
      message: '',
      retryAfterMs: httpStatus === 429 ? retryAfter() : undefined,
    });
  };

  if (httpStatus === 204 || bodyText.trim() === '') return fromHttpStatus('empty body');

  let parsed: unknown;
  try {
    parsed = JSON.parse(bodyText);
  } catch {
    const looksLikeHtml = /^\s*</.test(bodyText);
    return fromHttpStatus(looksLikeHtml ? 'HTML instead of JSON' : 'invalid or truncated JSON');
  }
  if (!isObject(parsed)) return fromHttpStatus('JSON is not an object');

  const useV2Code = raw.envelope !== 'v3' && !('statusCode' in parsed) && 'code' in parsed;
  const status = useV2Code ? parsed.code : parsed.statusCode;
  if (status === undefined) return fromHttpStatus('no statusCode');
  if (typeof status !== 'number' || !Number.isInteger(status)) {
    return fromHttpStatus('statusCode is not a number');
  }

  const requestId = sanitizeRequestId(parsed.requestId);
  if (status === 200) {
    return requestId === undefined
      ? { ok: true, data: parsed.data }
      : { ok: true, data: parsed.data, requestId };
  }

  // The v2 `code` field holds either an HTTP-like class (< 1000) or a business code (the apiCode).
  const v2BusinessCode = useV2Code && status >= 1000;
  const statusCode = v2BusinessCode ? (isSuccessStatus(httpStatus) ? undefined : httpStatus) : status;
  const apiCode = readApiCode(parsed.apiCode) ?? (v2BusinessCode ? status : undefined);
  const throttled = statusCode === 429 || httpStatus === 429;
  return new GenAuthError({
    kind: 'api',
    httpStatus,
    statusCode,
    apiCode,
    requestId,
    message: sanitizeServerMessage(parsed.message),
    retryAfterMs: throttled ? retryAfter() : undefined,
  });
}
