/** Request headers a browser may send to the mock cross-origin: the kit's, under either prefix. */
export const MOCK_CORS_ALLOWED_HEADERS: readonly string[] = [
  'authorization',
  'content-type',
  'accept',
  ...['x-authing', 'x-genauth'].flatMap((prefix) =>
    ['app-id', 'lang', 'request-from', 'sdk-version', 'userpool-id'].map((name) => `${prefix}-${name}`),
  ),
];

/**
 * CORS headers on every mock answer. `*` is enough because the kit sends its token in a header,
 * never in a cookie. `Retry-After` must be exposed, or a browser hides it from the client.
 */
export function corsHeaders(): Record<string, string> {
  return {
    'access-control-allow-origin': '*',
    'access-control-expose-headers': 'retry-after, content-type',
  };
}

/** The answer to a CORS preflight (`OPTIONS`). */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(),
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': MOCK_CORS_ALLOWED_HEADERS.join(', '),
      'access-control-max-age': '600',
    },
  });
}
