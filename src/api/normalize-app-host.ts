/** Host names that may be reached over plain `http:` (a developer's own machine, never the network). */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function fail(problem: string): never {
  throw new Error(`react-bind-phone: \`appHost\` ${problem}`);
}

/**
 * Turns the `appHost` option into the origin every request goes to, as the official SDKs do:
 * `https://` is prepended when the scheme is missing and any path, query or trailing slash is
 * dropped. Throws when it is empty or unparsable, uses another scheme, carries credentials (they
 * would end up in every request line and log), or uses `http:` on a host other than loopback (the
 * token would cross the network in clear text).
 */
export function normalizeAppHost(appHost: string): string {
  const trimmed = typeof appHost === 'string' ? appHost.trim() : '';
  if (!trimmed) fail('is required, e.g. "https://your-app.example.test".');
  let url: URL;
  try {
    // A scheme is letters followed by "://"; "localhost:4010" has no scheme even though it has a colon.
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return fail(`"${trimmed}" is not a valid URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail(`must use https (got "${url.protocol}").`);
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    fail(
      `must use https; plain http is only allowed for localhost, 127.0.0.1 and [::1] (got "${url.hostname}").`,
    );
  }
  if (url.username !== '' || url.password !== '') fail('must not contain a user name or password.');
  return url.origin;
}
