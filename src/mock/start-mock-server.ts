import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { corsHeaders } from './cors.js';
import { createGenAuthMockCore, type GenAuthMockCore, type GenAuthMockOptions } from './genauth-mock-core.js';
import { randomRequestId } from './random.js';
import type { MockFault, MockRoute } from './types.js';

/** Options of {@link startMockServer}: where to listen, plus every option of the mock. */
export interface StartMockServerOptions extends GenAuthMockOptions {
  /**
   * TCP port; `0` picks a free one (read it back from `port`).
   * @default 4010
   */
  port?: number;
  /**
   * Interface to listen on. Loopback by default: the mock has no real security.
   * @default '127.0.0.1'
   */
  host?: string;
}

/** A running mock server. */
export interface MockServer {
  /** Base URL, e.g. `http://127.0.0.1:4010`; use it as the client's `appHost`. */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  /** The mock behind the server: `lastCode`, `requests`, `fail`, `reset`, `state`. */
  readonly mock: GenAuthMockCore;
  /** Stops listening and drops open connections (parked `hang` requests included). */
  close(): Promise<void>;
}

/** Largest request body the server reads; the real endpoints take a few hundred bytes. */
const MAX_BODY_BYTES = 1_000_000;

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, so the client gets to read the 413; a body
      // ten times over the limit is not worth reading at all.
      if (size > MAX_BODY_BYTES * 10) req.destroy();
      else if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const origin = res.req.headers.origin ?? null;
  res.writeHead(status, { ...corsHeaders(origin), 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/**
 * The dev-only route `GET /__mock/last-code?phone=…`: the code "sent" to a phone, so a person at a
 * terminal can complete the flow. A `+` left unencoded in the query is read as `+`, not a space.
 */
function lastCodeRoute(mock: GenAuthMockCore, url: URL, res: ServerResponse): void {
  const params = new URLSearchParams(url.search.replace(/\+/g, '%2B'));
  const phone = params.get('phone') ?? '';
  const code = phone ? mock.lastCode(phone) : undefined;
  if (code === undefined) {
    sendJson(res, 404, { phone, message: 'No code was sent to this phone.' });
    return;
  }
  sendJson(res, 200, { phone, code });
}

/**
 * The dev-only routes `POST /__mock/fail` (body `{ route, fault, times? }`, the arguments of
 * `mock.fail`) and `POST /__mock/reset`, so faults can be injected into a running server from a
 * terminal while a page uses it.
 */
async function controlRoute(
  mock: GenAuthMockCore,
  pathname: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (pathname === '/__mock/reset') {
    mock.reset();
    sendJson(res, 200, { reset: true });
    return;
  }
  const body = await readBody(req);
  let input: unknown;
  try {
    input = JSON.parse(body?.toString('utf8') ?? '');
  } catch {
    sendJson(res, 400, { message: 'Send JSON: { "route": "send-sms", "fault": "hang", "times": 1 }' });
    return;
  }
  const { route, fault, times } = (input ?? {}) as {
    route?: MockRoute | '*';
    fault?: MockFault;
    times?: number;
  };
  try {
    if (typeof route !== 'string') throw new Error('`route` is required, e.g. "send-sms" or "*".');
    mock.fail(route, fault as MockFault, { times: times ?? 1 });
  } catch (error) {
    sendJson(res, 400, { message: error instanceof Error ? error.message : 'Invalid fault' });
    return;
  }
  sendJson(res, 200, { route, fault, times: times ?? 1 });
}

async function serve(
  mock: GenAuthMockCore,
  origin: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', origin);
  if (req.method === 'GET' && url.pathname === '/__mock/last-code') {
    lastCodeRoute(mock, url, res);
    return;
  }
  if (req.method === 'POST' && (url.pathname === '/__mock/fail' || url.pathname === '/__mock/reset')) {
    await controlRoute(mock, url.pathname, req, res);
    return;
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS';
  const body = hasBody ? await readBody(req) : undefined;
  if (hasBody && body === undefined) {
    sendJson(res, 413, { statusCode: 413, message: 'Payload too large', requestId: randomRequestId() });
    return;
  }

  // The parked ("hang") request is released when the client goes away.
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  const request = new Request(url, {
    method: req.method ?? 'GET',
    headers,
    body: body && body.length > 0 ? new Uint8Array(body) : undefined,
    signal: controller.signal,
  });

  const response = await mock.handle(request);
  if (response.type === 'error') {
    // A network error has no HTTP form: drop the connection so the client's fetch rejects.
    req.socket.destroy();
    return;
  }
  const outHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    outHeaders[name] = value;
  });
  const payload = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, outHeaders);
  res.end(response.status === 204 ? undefined : payload);
}

/**
 * The error `startMockServer` rejects with when it cannot listen: says which port and interface,
 * and keeps Node's `code` (`EADDRINUSE`, `EACCES`, …) and the original error as `cause`.
 */
function listenError(error: NodeJS.ErrnoException, port: number, host: string): Error & { code?: string } {
  const where = `port ${port} on ${host}`;
  const message =
    error.code === 'EADDRINUSE'
      ? `startMockServer: ${where} is already in use.`
      : error.code === 'EACCES'
        ? `startMockServer: no permission to listen on ${where}.`
        : `startMockServer: cannot listen on ${where}: ${error.message}`;
  return Object.assign(new Error(message, { cause: error }), { code: error.code });
}

/**
 * Serves a GenAuth mock over real HTTP (Node only), with CORS and preflight so a browser page on
 * another origin can call it, `GET /__mock/last-code?phone=…` to read the code it "sent", and
 * `POST /__mock/fail` / `POST /__mock/reset` to inject faults and start over.
 * `node:http` is imported when called, so importing the mock in a browser is safe; msw is not
 * needed (import it from `react-bind-phone/mock-server` where msw is not installed).
 */
export async function startMockServer(options: StartMockServerOptions = {}): Promise<MockServer> {
  const { port = 4010, host = '127.0.0.1', ...mockOptions } = options;
  const http = await import('node:http');
  // Filled in once the port is known (the mock's appHost is the server's own URL).
  const current: { mock?: GenAuthMockCore; origin: string } = { origin: '' };

  const server: Server = http.createServer((req, res) => {
    const mock = current.mock;
    if (!mock) {
      sendJson(res, 503, { statusCode: 503, message: 'Starting', requestId: randomRequestId() });
      return;
    }
    serve(mock, current.origin, req, res).catch(() => {
      // Anything unexpected becomes a 500 (never a log line: the mock stays silent).
      if (!res.headersSent)
        sendJson(res, 500, { statusCode: 500, message: 'Mock server error', requestId: randomRequestId() });
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException): void => reject(listenError(error, port, host));
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      resolve();
    });
  });

  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const hostInUrl = host.includes(':') ? `[${host}]` : host;
  const origin = `http://${hostInUrl}:${actualPort}`;
  const ready = createGenAuthMockCore({ appHost: origin, ...mockOptions });
  current.origin = origin;
  current.mock = ready;

  return {
    url: origin,
    port: actualPort,
    host,
    mock: ready,
    close: () =>
      new Promise<void>((resolve, reject) => {
        ready.reset();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
