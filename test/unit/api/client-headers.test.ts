// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createGenAuthClient, type GenAuthClientOptions } from '../../../src/api/create-genauth-client.js';
import { GenAuthError } from '../../../src/api/genauth-error.js';
import { sendRequest } from '../../../src/api/send-request.js';
import { createGenAuthMock, MOCK_TOKENS } from '../../../src/mock/index.js';

const mock = createGenAuthMock();
const OTHER_ORIGIN = 'https://elsewhere.example.test';
const otherRequests: Request[] = [];
const server = setupServer(
  ...mock.handlers,
  http.all(`${OTHER_ORIGIN}/*`, ({ request }) => {
    otherRequests.push(request);
    return HttpResponse.json({ statusCode: 200 });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  mock.reset();
  otherRequests.length = 0;
});
afterAll(() => server.close());

function client(options: Partial<GenAuthClientOptions> = {}) {
  return createGenAuthClient({ appHost: mock.appHost, appId: mock.appId, ...options });
}

function lastHeaders(): Record<string, string> {
  const record = mock.requests.at(-1);
  if (!record) throw new Error('no request reached the mock');
  return record.headers;
}

describe('headers', () => {
  it('sends the x-authing headers by default, and no lang header without a lang', async () => {
    await client({ accessToken: MOCK_TOKENS.noPhone }).getProfile();
    const headers = lastHeaders();
    expect(headers).toMatchObject({
      'x-authing-app-id': 'mock-app-id',
      'x-authing-request-from': 'react-bind-phone',
      'x-authing-sdk-version': expect.stringMatching(/^\d+\.\d+\.\d+/),
      authorization: `Bearer ${MOCK_TOKENS.noPhone}`,
      accept: 'application/json',
    });
    expect(headers['x-authing-lang']).toBeUndefined();
    expect(Object.keys(headers).some((name) => name.startsWith('x-genauth-'))).toBe(false);
    // A GET carries no body and no content-type.
    expect(headers['content-type']).toBeUndefined();
  });

  it('uses the x-genauth prefix for every x- header when asked', async () => {
    await client({ headerPrefix: 'x-genauth', lang: 'zh-CN', accessToken: MOCK_TOKENS.noPhone }).getProfile();
    const headers = lastHeaders();
    expect(headers).toMatchObject({
      'x-genauth-app-id': 'mock-app-id',
      'x-genauth-lang': 'zh-CN',
      'x-genauth-request-from': 'react-bind-phone',
      'x-genauth-sdk-version': expect.any(String),
    });
    expect(Object.keys(headers).some((name) => name.startsWith('x-authing-'))).toBe(false);
  });

  it('sends the bare token with authScheme raw (and the mock accepts it)', async () => {
    const profile = await client({ authScheme: 'raw', accessToken: MOCK_TOKENS.bound }).getProfile();
    expect(lastHeaders().authorization).toBe(MOCK_TOKENS.bound);
    expect(profile.phone).toBe('13800138000');
  });

  it('does not double a Bearer prefix the token provider already added', async () => {
    await client({ accessToken: `Bearer ${MOCK_TOKENS.noPhone}` }).getProfile();
    expect(lastHeaders().authorization).toBe(`Bearer ${MOCK_TOKENS.noPhone}`);
  });

  it('sends JSON with a content-type on POST', async () => {
    await client().sendSms({
      channel: 'CHANNEL_BIND_PHONE',
      phoneNumber: '13700137000',
      phoneCountryCode: '+86',
    });
    expect(lastHeaders()['content-type']).toBe('application/json');
    expect(mock.requests.at(-1)?.body).toEqual({
      channel: 'CHANNEL_BIND_PHONE',
      phoneNumber: '13700137000',
      phoneCountryCode: '+86',
    });
  });

  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-Hant-HK', 'zh-TW'],
    ['ja', 'ja-JP'],
    ['en-GB', 'en-US'],
    ['de-DE', 'en-US'],
  ])('maps lang %s to %s', async (lang, sent) => {
    await client({ lang }).getCountryList();
    expect(lastHeaders()['x-authing-lang']).toBe(sent);
  });

  it('lets RequestOptions.lang override the client lang for one call', async () => {
    const c = client({ lang: 'en-US' });
    await c.getCountryList({ lang: 'ja-JP' });
    expect(lastHeaders()['x-authing-lang']).toBe('ja-JP');
    await c.getCountryList();
    expect(lastHeaders()['x-authing-lang']).toBe('en-US');
  });

  it('gets the server message in the lang sent', async () => {
    const error = (await client({ lang: 'zh-CN' })
      .getProfile()
      .catch((e: unknown) => e)) as GenAuthError;
    expect(error.message).toBe('尚未登录，请重新登录');
  });
});

describe('access token', () => {
  it('calls getAccessToken before every call and uses what it returns', async () => {
    const tokens = [MOCK_TOKENS.noPhone, MOCK_TOKENS.bound];
    const getAccessToken = vi.fn(async () => tokens.shift());
    const c = client({ getAccessToken, accessToken: 'ignored-token' });
    expect((await c.getProfile()).userId).toBe('mock-user-no-phone');
    expect((await c.getProfile()).userId).toBe('mock-user-bound');
    expect(getAccessToken).toHaveBeenCalledTimes(2);
  });

  it('accepts a synchronous getAccessToken', async () => {
    const profile = await client({ getAccessToken: () => MOCK_TOKENS.bound }).getProfile();
    expect(profile.userId).toBe('mock-user-bound');
  });

  it('sends no authorization header without a token (the server answers 401)', async () => {
    const error = (await client({ getAccessToken: () => undefined })
      .getProfile()
      .catch((e: unknown) => e)) as GenAuthError;
    expect(lastHeaders().authorization).toBeUndefined();
    expect(error).toMatchObject({ kind: 'api', statusCode: 401, apiCode: 2020 });
  });

  it('drops a token with characters a header cannot carry', async () => {
    await client({ accessToken: 'abc\r\nx-injected: 1' })
      .getProfile()
      .catch(() => undefined);
    expect(lastHeaders().authorization).toBeUndefined();
    expect(lastHeaders()['x-injected']).toBeUndefined();
  });

  it('sends the token only to the appHost origin, checked on the final URL', async () => {
    const getAccessToken = vi.fn(() => 'secret-token');
    const config = {
      appHost: mock.appHost,
      appId: mock.appId,
      headerPrefix: 'x-authing' as const,
      authScheme: 'Bearer' as const,
      lang: undefined,
      timeoutMs: 1_000,
      fetch: undefined,
      getToken: getAccessToken,
    };
    for (const path of [
      `${OTHER_ORIGIN}/api/v3/get-profile`,
      '//elsewhere.example.test/api/v3/get-profile',
    ]) {
      await sendRequest(config, { method: 'GET', path, envelope: 'v3' });
    }
    expect(otherRequests).toHaveLength(2);
    for (const request of otherRequests) expect(request.headers.get('authorization')).toBeNull();
    expect(getAccessToken).not.toHaveBeenCalled();
    // The same config does send it to its own origin.
    await sendRequest(config, { method: 'GET', path: '/api/v3/get-country-list', envelope: 'v3' });
    expect(lastHeaders().authorization).toBe('Bearer secret-token');
  });

  it('encodes the appId in the public-config path so it cannot leave the origin', async () => {
    const c = createGenAuthClient({
      appHost: mock.appHost,
      appId: '..%2F..%2F@elsewhere.example.test',
      accessToken: 't',
    });
    await c.getPublicConfig().catch(() => undefined);
    expect(otherRequests).toHaveLength(0);
    expect(mock.requests.at(-1)?.path).toMatch(/^\/api\/v2\/applications\/[^/]+\/public-config$/);
  });

  it('never follows a redirect (the token cannot be carried to another origin)', async () => {
    mock.fail('get-profile', { type: 'http', status: 302, headers: { location: `${OTHER_ORIGIN}/steal` } });
    const error = (await client({ accessToken: MOCK_TOKENS.noPhone })
      .getProfile()
      .catch((e: unknown) => e)) as GenAuthError;
    expect(error).toBeInstanceOf(GenAuthError);
    expect(error.kind).toBe('network');
    expect(otherRequests).toHaveLength(0);
  });

  it('redacts the token if a server echoes it in its message', async () => {
    mock.fail('bind-phone', {
      type: 'envelope',
      statusCode: 400,
      message: `Token ${MOCK_TOKENS.noPhone} is not allowed`,
      requestId: `id-${MOCK_TOKENS.noPhone}`,
    });
    const error = (await client({ accessToken: MOCK_TOKENS.noPhone })
      .bindPhone({ passCode: '123456', phoneNumber: '13700137000', phoneCountryCode: '+86' })
      .catch((e: unknown) => e)) as GenAuthError;
    expect(error.message).toBe('Token [redacted] is not allowed');
    expect(error.requestId).toBe('id-[redacted]');
    expect(JSON.stringify({ ...error, message: error.message, stack: error.stack })).not.toContain(
      MOCK_TOKENS.noPhone,
    );
  });
});

describe('timeout and abort', () => {
  const sms = { channel: 'CHANNEL_BIND_PHONE' as const, phoneNumber: '13700137000', phoneCountryCode: '+86' };

  it('fails with kind timeout when no answer comes in time', async () => {
    mock.fail('send-sms', 'hang');
    const started = Date.now();
    const error = (await client({ timeoutMs: 50 })
      .sendSms(sms)
      .catch((e: unknown) => e)) as GenAuthError;
    expect(error).toMatchObject({ kind: 'timeout', message: expect.stringContaining('50 ms') });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('times out a slow answer too (delay longer than the timeout)', async () => {
    mock.fail('send-sms', { type: 'delay', ms: 500 });
    const error = (await client({ timeoutMs: 30 })
      .sendSms(sms)
      .catch((e: unknown) => e)) as GenAuthError;
    expect(error.kind).toBe('timeout');
  });

  it('fails with kind aborted when the caller aborts mid-flight', async () => {
    mock.fail('send-sms', 'hang');
    const controller = new AbortController();
    const pending = client({ timeoutMs: 5_000 }).sendSms(sms, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
  });

  it('fails with kind aborted, without a request, when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(client().sendSms(sms, { signal: controller.signal })).rejects.toMatchObject({
      kind: 'aborted',
    });
    expect(mock.requests).toHaveLength(0);
  });

  it('aborts while waiting for the token provider', async () => {
    const controller = new AbortController();
    const c = client({ getAccessToken: () => new Promise<string>(() => undefined) });
    const pending = c.getProfile({ signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
  });

  it('times out a token provider that never answers', async () => {
    const c = client({ timeoutMs: 30, getAccessToken: () => new Promise<string>(() => undefined) });
    await expect(c.getProfile()).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('leaves no listener on the caller signal after the call', async () => {
    const controller = new AbortController();
    const add = vi.spyOn(controller.signal, 'addEventListener');
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    await client().getCountryList({ signal: controller.signal });
    expect(add.mock.calls.length).toBe(remove.mock.calls.length);
  });

  it('uses a custom fetch when given one', async () => {
    const fetchSpy = vi.fn(mock.fetch);
    await client({ fetch: fetchSpy }).getCountryList();
    expect(fetchSpy).toHaveBeenCalledOnce();
  });
});
