/** Host names that may be reached over plain `http:` (a developer's own machine, never the network). */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Turns the `appHost` option into the origin every request goes to, the way the official SDKs do:
 * `https://` is prepended when the scheme is missing, the result must parse with `new URL()`, and
 * any path, query or trailing slash is dropped. Plain `http:` is refused except for localhost,
 * because the access token would otherwise cross the network in clear text.
 *
 * @throws Error with a message naming the problem when the host is empty, unparsable, uses another
 *   scheme, carries credentials, or uses `http:` on a non-loopback host.
 */
export function normalizeAppHost(appHost: string): string {
  if (typeof appHost !== 'string' || appHost.trim() === '') {
    throw new Error('react-bind-phone: `appHost` is required, e.g. "https://your-app.example.test".');
  }
  const trimmed = appHost.trim();
  // A scheme is letters followed by "://"; "localhost:4010" has no scheme even though it has a colon.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new Error(`react-bind-phone: \`appHost\` "${trimmed}" is not a valid URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`react-bind-phone: \`appHost\` must use https (got "${url.protocol}").`);
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new Error(
      `react-bind-phone: \`appHost\` must use https; plain http is only allowed for localhost, 127.0.0.1 and [::1] (got "${url.hostname}").`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    // Credentials in the URL would end up in every request line and in logs.
    throw new Error('react-bind-phone: `appHost` must not contain a user name or password.');
  }
  return url.origin;
}
