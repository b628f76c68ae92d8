// @vitest-environment node
// The mock's CORS headers, through the core (handle) and over real HTTP: a request with an Origin
// gets it echoed with credentials allowed (the official SDKs send withCredentials requests), one
// without gets `*`; the preflight allows every header the official Authing / GenAuth SDKs send.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createGenAuthMockCore,
  MOCK_CORS_ALLOWED_HEADERS,
  MOCK_PHONES,
  MOCK_TOKENS,
  startMockServer,
  type MockServer,
} from '../../../src/mock/mock-server.js';

const PAGE = 'http://localhost:5173';
const mock = createGenAuthMockCore();
const HOST = mock.appHost;

/** Every `<prefix>-…` header the official SDKs set on their requests (their HTTP clients' sources). */
const SDK_HEADERS = [
  'app-id',
  'app-tenant-id',
  'userpool-id',
  'request-from',
  'sdk-version',
  'lang',
  'device-id',
].flatMap((name) => [`x-authing-${name}`, `x-genauth-${name}`]);

function sendSms(headers: Record<string, string> = {}): Request {
  return new Request(`${HOST}/api/v3/send-sms`, {
    method: 'POST',
    headers: { 'x-authing-app-id': mock.appId, 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ channel: 'CHANNEL_BIND_PHONE', ...MOCK_PHONES.free }),
  });
}

function preflight(origin: string | undefined, asked: string): Request {
  return new Request(`${HOST}/api/v3/bind-phone`, {
    method: 'OPTIONS',
    headers: {
      ...(origin ? { origin } : {}),
      'access-control-request-method': 'POST',
      'access-control-request-headers': asked,
    },
  });
}

function allowedHeaders(response: Response): string[] {
  return (response.headers.get('access-control-allow-headers') ?? '').split(/,\s*/);
}

describe('CORS of the core', () => {
  it('echoes the Origin with credentials allowed, and varies on Origin', async () => {
    mock.reset();
    const response = await mock.handle(sendSms({ origin: PAGE }));
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(PAGE);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('vary')).toBe('Origin');
    expect(response.headers.get('access-control-expose-headers')).toContain('retry-after');
  });

  it('answers a request without an Origin with *, and no credentials', async () => {
    mock.reset();
    const response = await mock.handle(sendSms());
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.has('access-control-allow-credentials')).toBe(false);
    expect(response.headers.get('vary')).toBe('Origin');
  });

  it('puts the same headers on errors, unknown paths and injected faults', async () => {
    mock.reset();
    const answers = [
      await mock.handle(
        new Request(`${HOST}/api/v3/get-profile`, {
          headers: { origin: PAGE, 'x-authing-app-id': mock.appId, authorization: 'Bearer nobody' },
        }),
      ),
      await mock.handle(new Request(`${HOST}/api/v3/nothing-here`, { headers: { origin: PAGE } })),
    ];
    for (const fault of ['html', 'truncated-json', '204', { type: 'retry-after', seconds: 9 }] as const) {
      mock.fail('send-sms', fault);
      answers.push(await mock.handle(sendSms({ origin: PAGE })));
    }
    expect(answers.map((r) => r.status)).toEqual([200, 404, 200, 200, 204, 429]);
    for (const response of answers) {
      expect(response.headers.get('access-control-allow-origin')).toBe(PAGE);
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    }
    expect(answers[5]?.headers.get('retry-after')).toBe('9');
  });

  it('keeps CORS headers an http fault sets itself (to test a misconfigured server)', async () => {
    mock.reset();
    mock.fail('send-sms', { type: 'http', status: 200, headers: { 'access-control-allow-origin': 'null' } });
    const response = await mock.handle(sendSms({ origin: PAGE }));
    expect(response.headers.get('access-control-allow-origin')).toBe('null');
  });

  it('leaves a network error a network error', async () => {
    mock.reset();
    mock.fail('send-sms', 'network-error');
    expect((await mock.handle(sendSms({ origin: PAGE }))).type).toBe('error');
  });
});

describe('the preflight', () => {
  it('allows the credentialed request: Origin echoed, credentials true, POST', async () => {
    const response = await mock.handle(preflight(PAGE, 'content-type'));
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(PAGE);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('vary')).toBe('Origin, Access-Control-Request-Headers');
  });

  it('allows every header the official SDKs send, plus authorization and content-type', async () => {
    const wanted = ['authorization', 'content-type', ...SDK_HEADERS];
    // Listed up front (a browser caches it for max-age, whatever it asked the first time) …
    expect(allowedHeaders(await mock.handle(preflight(PAGE, 'content-type')))).toEqual(
      expect.arrayContaining(wanted),
    );
    expect(MOCK_CORS_ALLOWED_HEADERS).toEqual(expect.arrayContaining(wanted));
    // … and with no Origin too.
    expect(allowedHeaders(await mock.handle(preflight(undefined, wanted.join(', '))))).toEqual(
      expect.arrayContaining(wanted),
    );
  });

  it('also allows any other x-authing-* / x-genauth-* header it is asked for, and nothing else', async () => {
    const response = await mock.handle(
      preflight(PAGE, 'X-Authing-Ua, x-genauth-future-thing, x-evil, cookie'),
    );
    const allowed = allowedHeaders(response);
    expect(allowed).toEqual(expect.arrayContaining(['x-authing-ua', 'x-genauth-future-thing']));
    expect(allowed).not.toContain('x-evil');
    expect(allowed).not.toContain('cookie');
  });

  it('is not recorded as a request', async () => {
    mock.reset();
    await mock.handle(preflight(PAGE, 'content-type'));
    expect(mock.requests).toHaveLength(0);
  });
});

describe('CORS over HTTP (startMockServer)', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ port: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('echoes the Origin on the API, the dev routes and its own errors', async () => {
    const headers = { origin: PAGE, 'x-authing-app-id': server.mock.appId };
    const answers = [
      await fetch(`${server.url}/api/v3/get-profile`, {
        headers: { ...headers, authorization: `Bearer ${MOCK_TOKENS.noPhone}` },
      }),
      await fetch(`${server.url}/__mock/last-code?phone=13700137000`, { headers }),
      await fetch(`${server.url}/__mock/reset`, { method: 'POST', headers }),
      await fetch(`${server.url}/__mock/fail`, { method: 'POST', headers, body: 'not json' }),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 404, 200, 400]);
    for (const response of answers) {
      expect(response.headers.get('access-control-allow-origin')).toBe(PAGE);
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
      expect(response.headers.get('vary')).toContain('Origin');
    }
    const plain = await fetch(`${server.url}/__mock/last-code?phone=13700137000`);
    expect(plain.headers.get('access-control-allow-origin')).toBe('*');
  });
});
