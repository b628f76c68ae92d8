import { classifyResponse, type ClassifiedSuccess, type EnvelopeKind } from './classify-response.js';
import { GenAuthError } from './genauth-error.js';
import { toServerLang } from './server-lang.js';
import { noteTokenRead, redact, tokenProviderError } from './token-failure.js';
import type { RequestOptions } from './types.js';

/**
 * The kit's version, sent in the `<prefix>-sdk-version` header. Kept as a constant (not read from
 * package.json) so the client has no JSON import; a unit test keeps it equal to package.json.
 */
export const SDK_VERSION = '0.1.0';

/** The `fetch` signature the client calls; any WHATWG-compatible implementation fits. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** The header prefix: Authing tenants use `x-authing`, GenAuth tenants `x-genauth`. */
export type HeaderPrefix = 'x-authing' | 'x-genauth';

/** How the token is written in `authorization`: `Bearer <token>`, or the bare token. */
export type AuthScheme = 'Bearer' | 'raw';

/** The client settings every request needs, already validated and normalized. */
export interface RequestConfig {
  /** Normalized origin, e.g. `https://your-app.example.test` (no trailing slash). */
  appHost: string;
  appId: string;
  headerPrefix: HeaderPrefix;
  authScheme: AuthScheme;
  lang: string | undefined;
  timeoutMs: number;
  fetch: FetchLike | undefined;
  getToken: () => Promise<string | undefined> | string | undefined;
}

/** One call: where, what, and the caller's per-call options. */
export interface RequestSpec extends RequestOptions {
  method: 'GET' | 'POST';
  /** Path below `appHost`, starting with `/`. */
  path: string;
  body?: unknown;
  envelope: EnvelopeKind;
}

// Printable ASCII only: JWTs and opaque tokens fit, and anything else would make `Headers.set`
// throw (or smuggle a second header through a line break).
const TOKEN_CHARS = /^[\x21-\x7e]+$/;

/** Resolves with the promise, or rejects as soon as the call's own signal aborts (the promise is left to settle). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  const abort = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  return Promise.race([promise, abort]);
}

/** A copy of `error` whose text cannot carry the token, even if a server echoed it back. */
function withoutToken(error: GenAuthError, token: string | undefined): GenAuthError {
  const message = redact(error.message, token);
  const requestId = error.requestId && redact(error.requestId, token);
  if (message === error.message && requestId === error.requestId) return error;
  return new GenAuthError({ ...error, message, requestId });
}

/**
 * Reads the token for one call. A provider that throws or rejects fails the call with kind `token`
 * (its error as `cause`, logged once in development): a bug or a failed refresh in the app, not an
 * expired session, so it is not reported as one.
 */
async function readToken(config: RequestConfig, signal: AbortSignal): Promise<string | undefined> {
  let token: unknown;
  try {
    token = await untilAborted(Promise.resolve().then(config.getToken), signal);
  } catch (cause) {
    if (signal.aborted) throw cause;
    throw tokenProviderError(config, cause);
  }
  // A provider that already returns "Bearer …" must not produce "Bearer Bearer …".
  const bare = typeof token === 'string' ? token.trim().replace(/^bearer\s+/i, '') : '';
  noteTokenRead(config, bare || undefined);
  return TOKEN_CHARS.test(bare) ? bare : undefined;
}

/**
 * Sends one request to the GenAuth API and classifies the answer. Resolves with the envelope's
 * data on success; rejects with a {@link GenAuthError} in every other case (never anything else).
 * The access token is attached only when the URL's origin is `appHost`'s origin.
 */
export async function sendRequest(config: RequestConfig, spec: RequestSpec): Promise<ClassifiedSuccess> {
  // Our own timer rather than `AbortSignal.timeout`, so it is cleared when the call settles.
  const timer = new AbortController();
  const timeout = Number.isFinite(config.timeoutMs)
    ? setTimeout(() => timer.abort(), config.timeoutMs)
    : undefined;
  const signal = AbortSignal.any(spec.signal ? [spec.signal, timer.signal] : [timer.signal]);
  const aborted = (): GenAuthError =>
    signal.reason === timer.signal.reason
      ? new GenAuthError({
          kind: 'timeout',
          message: `No answer from the server within ${config.timeoutMs} ms.`,
        })
      : new GenAuthError({ kind: 'aborted', message: 'The request was aborted.' });
  try {
    if (signal.aborted) throw aborted();
    const url = new URL(spec.path, `${config.appHost}/`);
    const prefix = config.headerPrefix;
    const headers = new Headers({
      accept: 'application/json',
      [`${prefix}-app-id`]: config.appId,
      [`${prefix}-request-from`]: 'react-bind-phone',
      [`${prefix}-sdk-version`]: SDK_VERSION,
    });
    const lang = spec.lang ?? config.lang;
    if (lang) headers.set(`${prefix}-lang`, toServerLang(lang));

    let token: string | undefined;
    // The one place the token is attached: only to the configured origin, checked on the final URL
    // so that no path (a "//other.host/…" one included) can send it anywhere else.
    if (url.origin === config.appHost) {
      token = await readToken(config, signal).catch((error: unknown) => {
        throw signal.aborted ? aborted() : error;
      });
      if (token !== undefined)
        headers.set('authorization', config.authScheme === 'raw' ? token : `Bearer ${token}`);
    }

    const body = spec.method === 'POST' ? JSON.stringify(spec.body ?? {}) : undefined;
    if (body) headers.set('content-type', 'application/json');

    let response: Response;
    let bodyText: string;
    try {
      const fetchImpl: FetchLike = config.fetch ?? ((input, init) => globalThis.fetch(input, init));
      response = await fetchImpl(url.href, {
        method: spec.method,
        headers,
        body,
        signal,
        // An API call never redirects; refusing redirects means the token can never follow one to
        // another origin, whatever the browser's redirect rules are.
        redirect: 'error',
      });
      // The timeout keeps running while the body streams in: a server can stall mid-body too.
      bodyText = await response.text();
    } catch {
      if (signal.aborted) throw aborted();
      // The fetch error's own text is dropped: it differs by engine and says nothing the kind does not.
      throw new GenAuthError({
        kind: 'network',
        message: 'Could not reach the server (offline, DNS, or blocked by CORS).',
      });
    }

    const result = classifyResponse({
      httpStatus: response.status,
      headers: response.headers,
      bodyText,
      envelope: spec.envelope,
    });
    if (result instanceof GenAuthError) throw withoutToken(result, token);
    return result;
  } finally {
    clearTimeout(timeout);
  }
}
