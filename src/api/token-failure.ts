import { GenAuthError } from './genauth-error.js';

// Per client (keyed by its request config): the last token its provider gave, to scrub from what is
// logged, and whether the provider's current run of failures was logged already.
const watches = new WeakMap<object, { lastToken?: string; reported: boolean }>();

/**
 * True in a development build. Bundlers replace `process.env.NODE_ENV`; where nothing does and
 * there is no `process` (a page without a bundler), reading it throws: production, so no page logs.
 */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

/** `text` with every copy of the token cut out. */
export const redact = (text: string, token: string | undefined): string =>
  token ? text.split(token).join('[redacted]') : text;

function serialize(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

/**
 * The provider's error as logged: as it is, or, when it quotes the last token (a provider naming
 * the token it failed to refresh), a copy with the token cut out and nothing else of it.
 */
function loggable(cause: unknown, token: string | undefined): unknown {
  if (typeof cause === 'string') return redact(cause, token);
  const texts = cause instanceof Error ? [cause.message, cause.stack ?? ''] : [String(cause)];
  if (!token || ![...texts, serialize(cause)].some((text) => text.includes(token))) return cause;
  if (!(cause instanceof Error)) return '[a value holding the access token, not shown]';
  const copy = new Error(redact(cause.message, token));
  copy.name = cause.name;
  copy.stack = cause.stack && redact(cause.stack, token);
  return copy;
}

/** Notes a token the provider gave: its failures are logged again if it fails later. */
export function noteTokenRead(client: object, token: string | undefined): void {
  const lastToken = token ?? watches.get(client)?.lastToken;
  watches.set(client, { lastToken, reported: false });
}

/**
 * The error a call rejects with when `getAccessToken` threw or rejected: nothing was sent. In
 * development a failing provider is also logged, once until it gives a token again; never the token.
 */
export function tokenProviderError(client: object, cause: unknown): GenAuthError {
  const error = new GenAuthError({
    kind: 'token',
    message: 'getAccessToken threw or rejected, so the request was not sent (see `cause`).',
    cause,
  });
  const watch = watches.get(client) ?? { reported: false };
  if (watch.reported || !isDevelopment()) return error;
  watches.set(client, { ...watch, reported: true });
  console.error(
    'react-bind-phone: getAccessToken threw or rejected, so the request was not sent. ' +
      'Logged once until it returns a token again; onError receives the error with this as `cause`.',
    loggable(cause, watch.lastToken),
  );
  return error;
}
