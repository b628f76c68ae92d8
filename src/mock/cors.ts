/** The `<prefix>-…` headers the kit and the official Authing / GenAuth SDKs send from a browser. */
const SDK_HEADERS = [
  'app-id',
  'app-tenant-id',
  'userpool-id',
  'request-from',
  'sdk-version',
  'lang',
  'device-id',
] as const;

/**
 * Request headers a browser may send to the mock cross-origin: `authorization`, `content-type`,
 * `accept`, and the SDK headers under both prefixes. A preflight also allows any other
 * `x-authing-*` / `x-genauth-*` header it asks for.
 */
export const MOCK_CORS_ALLOWED_HEADERS: readonly string[] = [
  'authorization',
  'content-type',
  'accept',
  ...['x-authing', 'x-genauth'].flatMap((prefix) => SDK_HEADERS.map((name) => `${prefix}-${name}`)),
];

const PREFIXED_HEADER = /^x-(?:authing|genauth)-[a-z0-9-]+$/;

/**
 * CORS headers for an answer to a request from `origin` (its `Origin` header). A request with an
 * Origin gets it echoed with `Access-Control-Allow-Credentials: true`, because the official SDKs
 * send credentialed requests (`withCredentials`) and a browser refuses `*` for those; a request
 * without one (curl, a server) gets `*`. `Retry-After` is exposed, or a browser hides it.
 */
export function corsHeaders(origin: string | null): Record<string, string> {
  const common = { 'access-control-expose-headers': 'retry-after, content-type', vary: 'Origin' };
  if (!origin) return { ...common, 'access-control-allow-origin': '*' };
  return { ...common, 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' };
}

/**
 * Adds the CORS headers to an answer, keeping any the answer already set (an `http` fault may set
 * its own). A network error has no headers to add.
 */
export function withCors(response: Response, origin: string | null): Response {
  if (response.type === 'error') return response;
  for (const [name, value] of Object.entries(corsHeaders(origin))) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  return response;
}

/** The answer to a CORS preflight (`OPTIONS`). */
export function preflightResponse(request: Request): Response {
  const asked = (request.headers.get('access-control-request-headers') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => PREFIXED_HEADER.test(name));
  const allowed = [...new Set([...MOCK_CORS_ALLOWED_HEADERS, ...asked])];
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(request.headers.get('origin')),
      vary: 'Origin, Access-Control-Request-Headers',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': allowed.join(', '),
      'access-control-max-age': '600',
    },
  });
}
