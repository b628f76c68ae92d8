// @vitest-environment node
// startMockServer over real HTTP on a random port: CORS preflight, the dev route, the real client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGenAuthClient } from '../../../src/api/create-genauth-client.js';
import { MOCK_PHONES, MOCK_TOKENS, startMockServer, type MockServer } from '../../../src/mock/mock-server.js';

let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({ port: 0 });
});
afterAll(async () => {
  await server.close();
});

describe('startMockServer', () => {
  it('listens on loopback on the port it reports', () => {
    expect(server.host).toBe('127.0.0.1');
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.mock.appHost).toBe(server.url);
  });

  it('answers a CORS preflight that asks for the kit headers', async () => {
    const response = await fetch(`${server.url}/api/v3/bind-phone`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:6006',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, x-authing-app-id, x-genauth-lang',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:6006');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    const allowed = response.headers.get('access-control-allow-headers') ?? '';
    for (const name of ['authorization', 'content-type', 'x-authing-app-id', 'x-genauth-lang']) {
      expect(allowed).toContain(name);
    }
  });

  it('serves the whole bind flow to the real client, with the code read from the dev route', async () => {
    server.mock.reset();
    const client = createGenAuthClient({
      appHost: server.url,
      appId: server.mock.appId,
      accessToken: MOCK_TOKENS.noPhone,
    });
    await client.sendSms({ channel: 'CHANNEL_BIND_PHONE', ...MOCK_PHONES.free });

    // An unencoded "+" in the query is read as a plus, as a person would type it.
    for (const query of ['%2B8613700137000', '+8613700137000', '13700137000']) {
      const response = await fetch(`${server.url}/__mock/last-code?phone=${query}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(await response.json()).toEqual({
        phone: expect.any(String),
        code: server.mock.lastCode('13700137000'),
      });
    }
    const { code } = (await (await fetch(`${server.url}/__mock/last-code?phone=13700137000`)).json()) as {
      code: string;
    };
    await client.bindPhone({ passCode: code, ...MOCK_PHONES.free });
    await expect(client.getProfile()).resolves.toMatchObject({ phone: '13700137000', phoneVerified: true });
  });

  it('says 404 on the dev route for a phone that got no code', async () => {
    const response = await fetch(`${server.url}/__mock/last-code?phone=13600136000`);
    expect(response.status).toBe(404);
  });

  it('turns a network-error fault into a dropped connection', async () => {
    const client = createGenAuthClient({ appHost: server.url, appId: server.mock.appId });
    server.mock.fail('get-country-list', 'network-error');
    await expect(client.getCountryList()).rejects.toMatchObject({ kind: 'network' });
  });

  it('serves HTTP faults with their status and headers', async () => {
    const client = createGenAuthClient({ appHost: server.url, appId: server.mock.appId });
    server.mock.fail('send-sms', { type: 'retry-after', seconds: 7 });
    await expect(client.sendSms({ channel: 'CHANNEL_LOGIN', ...MOCK_PHONES.free })).rejects.toMatchObject({
      kind: 'api',
      httpStatus: 429,
      retryAfterMs: 7_000,
    });
    server.mock.fail('send-sms', '204');
    await expect(client.sendSms({ channel: 'CHANNEL_LOGIN', ...MOCK_PHONES.free })).rejects.toMatchObject({
      kind: 'bad-response',
      httpStatus: 204,
    });
  });

  it('releases a hanging request when the client times out', async () => {
    const client = createGenAuthClient({ appHost: server.url, appId: server.mock.appId, timeoutMs: 50 });
    server.mock.fail('get-country-list', 'hang');
    await expect(client.getCountryList()).rejects.toMatchObject({ kind: 'timeout' });
    // The server still answers the next request.
    await expect(client.getCountryList()).resolves.toHaveLength(10);
  });

  it('refuses a body over 1 MB with 413', async () => {
    const response = await fetch(`${server.url}/api/v3/send-sms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'x'.repeat(1_100_000),
    });
    expect(response.status).toBe(413);
  });

  it('closes cleanly with a request still parked, and frees the port', async () => {
    const other = await startMockServer({ port: 0 });
    other.mock.fail('get-profile', 'hang');
    const pending = fetch(`${other.url}/api/v3/get-profile`).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 30));
    await other.close();
    expect(await pending).toBeInstanceOf(TypeError);
    await expect(fetch(`${other.url}/api/v3/get-country-list`)).rejects.toBeInstanceOf(TypeError);
  });

  it('rejects on a busy port with an error that names it and keeps the code', async () => {
    const error: unknown = await startMockServer({ port: server.port }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      code: 'EADDRINUSE',
      message: `startMockServer: port ${server.port} on 127.0.0.1 is already in use.`,
    });
    expect((error as Error).cause).toMatchObject({ code: 'EADDRINUSE' });
    // The running server is untouched.
    expect((await fetch(`${server.url}/api/v3/get-country-list`)).status).toBe(200);
  });
});

describe('startMockServer control routes', () => {
  it('injects a fault with POST /__mock/fail and starts over with POST /__mock/reset', async () => {
    const client = createGenAuthClient({ appHost: server.url, appId: server.mock.appId });
    const injected = await fetch(`${server.url}/__mock/fail`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ route: 'get-country-list', fault: 'html', times: 2 }),
    });
    expect(injected.status).toBe(200);
    await expect(client.getCountryList()).rejects.toMatchObject({ kind: 'bad-response' });
    await fetch(`${server.url}/__mock/reset`, { method: 'POST' });
    await expect(client.getCountryList()).resolves.toHaveLength(10);
  });

  it('refuses a malformed fault with 400 and a message', async () => {
    for (const body of [
      'not json',
      JSON.stringify({ fault: 'html' }),
      JSON.stringify({ route: '*', fault: 'nope' }),
    ]) {
      const response = await fetch(`${server.url}/__mock/fail`, { method: 'POST', body });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toBeTruthy();
    }
  });
});
