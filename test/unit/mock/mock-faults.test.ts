// @vitest-environment node
// fail(route, fault) and the raw answers of the core, through handle() (the transport-free core).
import { afterEach, describe, expect, it } from 'vitest';
import { createGenAuthMock, MOCK_PHONES, MOCK_TOKENS, type MockFault } from '../../../src/mock/index.js';

const mock = createGenAuthMock();
afterEach(() => mock.reset());

const HOST = mock.appHost;
const APP_HEADERS = { 'x-authing-app-id': 'mock-app-id', 'content-type': 'application/json' };

function sendSms(init: RequestInit = {}): Request {
  return new Request(`${HOST}/api/v3/send-sms`, {
    method: 'POST',
    headers: APP_HEADERS,
    body: JSON.stringify({ channel: 'CHANNEL_BIND_PHONE', ...MOCK_PHONES.free }),
    ...init,
  });
}

function profile(init: RequestInit = {}): Request {
  return new Request(`${HOST}/api/v3/get-profile`, {
    headers: { ...APP_HEADERS, authorization: `Bearer ${MOCK_TOKENS.bound}` },
    ...init,
  });
}

async function bodyOf(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

describe('fail()', () => {
  it('is one-shot by default', async () => {
    mock.fail('get-profile', 'forbidden');
    expect((await bodyOf(await mock.handle(profile()))).statusCode).toBe(403);
    expect((await bodyOf(await mock.handle(profile()))).statusCode).toBe(200);
  });

  it('applies { times } requests, or all with Infinity until reset', async () => {
    mock.fail('get-profile', 'forbidden', { times: 2 });
    const codes = [];
    for (let i = 0; i < 3; i += 1) codes.push((await bodyOf(await mock.handle(profile()))).statusCode);
    expect(codes).toEqual([403, 403, 200]);
    mock.fail('get-profile', 'forbidden', { times: Infinity });
    for (let i = 0; i < 5; i += 1) expect((await bodyOf(await mock.handle(profile()))).statusCode).toBe(403);
    mock.reset();
    expect((await bodyOf(await mock.handle(profile()))).statusCode).toBe(200);
  });

  it('matches only its route, or every route with "*"', async () => {
    mock.fail('bind-phone', 'forbidden');
    expect((await bodyOf(await mock.handle(profile()))).statusCode).toBe(200);
    mock.reset();
    mock.fail('*', 'forbidden');
    expect((await bodyOf(await mock.handle(profile()))).statusCode).toBe(403);
  });

  it('queues faults in order', async () => {
    mock.fail('get-profile', 'forbidden');
    mock.fail('get-profile', 'throttled');
    expect((await bodyOf(await mock.handle(profile()))).statusCode).toBe(403);
    expect((await bodyOf(await mock.handle(profile()))).statusCode).toBe(429);
  });

  it('commit runs the endpoint first: the SMS is sent, the answer is the fault', async () => {
    mock.fail('send-sms', { type: 'server-error', status: 503, commit: true });
    const response = await mock.handle(sendSms());
    expect(response.status).toBe(503);
    expect(mock.lastCode(MOCK_PHONES.free.phoneNumber)).toMatch(/^\d{6}$/);
  });

  it('without commit, nothing happens on the server side', async () => {
    mock.fail('send-sms', 'server-error');
    await mock.handle(sendSms());
    expect(mock.lastCode(MOCK_PHONES.free.phoneNumber)).toBeUndefined();
  });

  it.each<[MockFault, RegExp]>([
    ['no-such-fault' as MockFault, /unknown fault/],
    [{ type: 'delay', ms: -1 }, /delay/],
    [{ type: 'http', status: 99 }, /status/],
    [{ type: 'http', status: 600 }, /status/],
    [{ type: 'html', status: 1000 }, /status/],
  ])('refuses a malformed fault %j', (fault, message) => {
    expect(() => mock.fail('send-sms', fault)).toThrow(message);
  });

  it('refuses an unknown route', () => {
    expect(() => mock.fail('sned-sms' as '*', 'html')).toThrow(/unknown route/);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses times = %s', (times) => {
    expect(() => mock.fail('send-sms', 'html', { times })).toThrow(/times/);
  });
});

describe('fault answers', () => {
  async function answer(fault: MockFault, request: Request = sendSms()) {
    mock.fail('*', fault);
    const response = await mock.handle(request);
    const text = response.type === 'error' ? '' : await response.text();
    return { response, text };
  }

  it('network-error is a Response.error()', async () => {
    const { response } = await answer('network-error');
    expect(response.type).toBe('error');
  });

  it('html is a 200 text/html page', async () => {
    const { response, text } = await answer('html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(text).toMatch(/^<!doctype html>/);
  });

  it('truncated-json, empty, 204, string-status, missing-status', async () => {
    expect((await answer('truncated-json')).text).toBe('{"statusCode":200,"message":"Operation succ');
    expect(await answer('empty')).toMatchObject({ text: '' });
    const noContent = await answer('204');
    expect(noContent.response.status).toBe(204);
    expect(JSON.parse((await answer('string-status')).text)).toMatchObject({ statusCode: '200' });
    expect(JSON.parse((await answer('missing-status')).text)).not.toHaveProperty('statusCode');
  });

  it('xss is a 100 kB message by default, or the size asked', async () => {
    const big = JSON.parse((await answer('xss')).text) as { message: string; requestId: string };
    expect(big.message).toHaveLength(100_000);
    expect(big.message).toContain('<script>');
    expect(big.requestId).toBeTruthy();
    const small = JSON.parse((await answer({ type: 'xss', size: 50, payload: '<b>' })).text) as {
      message: string;
    };
    expect(small.message).toBe('<b>'.repeat(17).slice(0, 50));
  });

  it('retry-after: HTTP 429 with seconds, a date, or in the body', async () => {
    const seconds = await answer({ type: 'retry-after', seconds: 12 });
    expect(seconds.response.status).toBe(429);
    expect(seconds.response.headers.get('retry-after')).toBe('12');
    expect(JSON.parse(seconds.text)).toMatchObject({ statusCode: 429 });
    const date = new Date(Date.UTC(2030, 0, 1));
    const dated = await answer({ type: 'retry-after', date });
    expect(dated.response.headers.get('retry-after')).toBe(date.toUTCString());
    const inBody = await answer({ type: 'retry-after', inBody: true });
    expect(inBody.response.status).toBe(200);
    expect(inBody.response.headers.get('retry-after')).toBe('30');
  });

  it('http sends any status, body and headers', async () => {
    const { response, text } = await answer({
      type: 'http',
      status: 418,
      body: 'short and stout',
      headers: { 'x-a': 'b' },
    });
    expect(response.status).toBe(418);
    expect(response.headers.get('x-a')).toBe('b');
    expect(text).toBe('short and stout');
    const json = await answer({ type: 'http', status: 200, body: { statusCode: 200, data: [] } });
    expect(JSON.parse(json.text)).toEqual({ statusCode: 200, data: [] });
  });

  it('envelope sends exactly the fields given, plus a requestId unless set', async () => {
    const { response, text } = await answer({
      type: 'envelope',
      statusCode: 400,
      apiCode: '2011',
      message: 'x',
      httpStatus: 400,
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(text)).toEqual({
      statusCode: 400,
      apiCode: '2011',
      message: 'x',
      requestId: expect.any(String),
    });
    const bare = await answer({ type: 'envelope', statusCode: 500, requestId: null });
    expect(JSON.parse(bare.text)).toEqual({ statusCode: 500, requestId: null });
  });

  it('server-error with a 6xx goes in the body (it is not an HTTP status)', async () => {
    const { response, text } = await answer({ type: 'server-error', status: 601 });
    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ statusCode: 601 });
  });

  it('public-config faults use the v2 `code` field', async () => {
    const request = new Request(`${HOST}/api/v2/applications/mock-app-id/public-config`);
    const { text } = await answer('string-status', request);
    expect(JSON.parse(text)).toMatchObject({ code: '200' });
    expect(JSON.parse(text)).not.toHaveProperty('statusCode');
  });
});

describe('timing', () => {
  it('delay answers normally after the wait', async () => {
    mock.fail('get-profile', { type: 'delay', ms: 40 });
    const started = Date.now();
    const response = await mock.handle(profile());
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
    expect((await bodyOf(response)).statusCode).toBe(200);
  });

  it('latencyMs delays every answer', async () => {
    const slow = createGenAuthMock({ latencyMs: 40 });
    const started = Date.now();
    await slow.handle(profile());
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
  });

  it('hang never answers until the request is aborted', async () => {
    mock.fail('get-profile', 'hang');
    const controller = new AbortController();
    let settled = false;
    const pending = mock.handle(profile({ signal: controller.signal })).then((response) => {
      settled = true;
      return response;
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(settled).toBe(false);
    controller.abort();
    expect((await pending).type).toBe('error');
  });

  it('reset() releases parked requests', async () => {
    mock.fail('get-profile', 'hang');
    const pending = mock.handle(profile());
    // Let the request reach the fault before resetting (reset also clears queued faults).
    await new Promise((resolve) => setTimeout(resolve, 10));
    mock.reset();
    expect((await pending).type).toBe('error');
  });

  it('an abort during a delay ends it early', async () => {
    mock.fail('get-profile', { type: 'delay', ms: 10_000 });
    const controller = new AbortController();
    const pending = mock.handle(profile({ signal: controller.signal }));
    controller.abort();
    expect((await pending).type).toBe('error');
  });
});

describe('core answers', () => {
  it('answers a preflight with the CORS headers the kit needs', async () => {
    const response = await mock.handle(new Request(`${HOST}/api/v3/bind-phone`, { method: 'OPTIONS' }));
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const allowed = response.headers.get('access-control-allow-headers') ?? '';
    for (const name of [
      'authorization',
      'content-type',
      'x-authing-app-id',
      'x-genauth-lang',
      'x-genauth-sdk-version',
    ]) {
      expect(allowed).toContain(name);
    }
    expect(mock.requests).toHaveLength(0);
  });

  it('exposes Retry-After to browsers on every answer', async () => {
    const response = await mock.handle(profile());
    expect(response.headers.get('access-control-expose-headers')).toMatch(/retry-after/);
  });

  it('answers an unknown path or a wrong method with HTTP 404', async () => {
    const unknown = await mock.handle(new Request(`${HOST}/api/v3/nope`));
    expect(unknown.status).toBe(404);
    expect(await bodyOf(unknown)).toMatchObject({ statusCode: 404, requestId: expect.any(String) });
    const wrongMethod = await mock.handle(new Request(`${HOST}/api/v3/send-sms`, { headers: APP_HEADERS }));
    expect(wrongMethod.status).toBe(404);
  });

  it('answers a body that is not JSON with HTTP 400, and records the raw text', async () => {
    const response = await mock.handle(sendSms({ body: '{not json' }));
    expect(response.status).toBe(400);
    expect(mock.requests.at(-1)?.body).toBe('{not json');
  });

  it('accepts the x-genauth prefix and a raw token', async () => {
    const response = await mock.handle(
      new Request(`${HOST}/api/v3/get-profile`, {
        headers: {
          'x-genauth-app-id': 'mock-app-id',
          'x-genauth-lang': 'zh-CN',
          authorization: MOCK_TOKENS.bound,
        },
      }),
    );
    expect(await bodyOf(response)).toMatchObject({ statusCode: 200, message: '操作成功' });
  });

  it('mock.fetch behaves like fetch: resolves answers, rejects network faults with a TypeError', async () => {
    const ok = await mock.fetch(`${HOST}/api/v3/get-country-list`, { headers: APP_HEADERS });
    expect(ok.status).toBe(200);
    mock.fail('get-country-list', 'network-error');
    await expect(
      mock.fetch(`${HOST}/api/v3/get-country-list`, { headers: APP_HEADERS }),
    ).rejects.toBeInstanceOf(TypeError);
    mock.fail('get-country-list', 'hang');
    const controller = new AbortController();
    const pending = mock.fetch(`${HOST}/api/v3/get-country-list`, {
      headers: APP_HEADERS,
      signal: controller.signal,
    });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
