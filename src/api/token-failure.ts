import { GenAuthError } from './genauth-error.js';

/** What one client remembers of its token provider: enough to log a failure once, never a token. */
interface TokenWatch {
  /** The last token the provider gave, scrubbed from anything logged. */
  lastToken: string | undefined;
  /** The provider's current run of failures was logged already. */
  reported: boolean;
}

// Keyed by the client's request config, so each client logs its own provider's failure.
const watches = new WeakMap<object, TokenWatch>();

function watchOf(client: object): TokenWatch {
  let watch = watches.get(client);
  if (!watch) {
    watch = { lastToken: undefined, reported: false };
    watches.set(client, watch);
  }
  return watch;
}

/**
 * True in a development build. Bundlers replace `process.env.NODE_ENV` with a string; where nothing
 * does and there is no `process` (a page without a bundler), reading it throws: that counts as
 * production, so no page logs by surprise.
 */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

/** The error a call rejects with when `getAccessToken` threw or rejected: nothing was sent. */
export function tokenProviderError(cause: unknown): GenAuthError {
  return new GenAuthError({
    kind: 'token',
    message: 'getAccessToken threw or rejected, so the request was not sent (see `cause`).',
    cause,
  });
}

function serialize(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

/**
 * What is logged for the provider's error: the error itself, or, when its text holds the last token
 * the provider gave (a provider that quotes the token it failed to refresh), a copy with the token
 * cut out and nothing else of it.
 */
function loggable(cause: unknown, token: string | undefined): unknown {
  if (!token) return cause;
  const scrub = (text: string): string => text.split(token).join('[redacted]');
  if (cause instanceof Error) {
    const texts = [cause.message, cause.stack ?? '', serialize(cause)];
    if (!texts.some((text) => text.includes(token))) return cause;
    const copy = new Error(scrub(cause.message));
    copy.name = cause.name;
    copy.stack = cause.stack === undefined ? undefined : scrub(cause.stack);
    return copy;
  }
  if (typeof cause === 'string') return scrub(cause);
  return `${String(cause)} ${serialize(cause)}`.includes(token)
    ? '[a value holding the access token, not shown]'
    : cause;
}

/** Notes a token the provider gave: its failures are logged again if it fails later. */
export function noteTokenRead(client: object, token: string | undefined): void {
  const watch = watchOf(client);
  watch.reported = false;
  if (token !== undefined) watch.lastToken = token;
}

/**
 * In development, logs a failing provider once (until it gives a token again) with what it threw,
 * so the cause of "could not get a sign-in token" can be found. The token is never logged.
 */
export function reportTokenFailure(client: object, error: GenAuthError): void {
  const watch = watchOf(client);
  if (watch.reported || !isDevelopment()) return;
  watch.reported = true;
  console.error(
    'react-bind-phone: getAccessToken threw or rejected, so the request was not sent. ' +
      'Logged once until it returns a token again; onError receives the error with this as `cause`.',
    loggable(error.cause, watch.lastToken),
  );
}
