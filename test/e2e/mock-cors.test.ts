// @vitest-environment node
// Credentialed requests from a page on another origin to the mock server, in real Chromium: the
// way the official Authing / GenAuth SDKs call (XMLHttpRequest with withCredentials, every one of
// their x-authing-* / x-genauth-* headers), and fetch with credentials: 'include'. Chromium does the
// preflight and enforces the CORS answer; a control answer with `*` shows it would refuse.
import { createServer, type Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { MOCK_TOKENS, startMockServer, type MockServer } from '../../src/mock/mock-server.js';

let mock: MockServer;
let site: Server;
let pageOrigin: string;
let browser: Browser;
let page: Page;

/** What the official SDKs send on every call, under the given prefix. */
function sdkHeaders(prefix: 'x-authing' | 'x-genauth', appId: string): Record<string, string> {
  return {
    [`${prefix}-app-id`]: appId,
    [`${prefix}-app-tenant-id`]: 'tenant-1',
    [`${prefix}-userpool-id`]: 'pool-1',
    [`${prefix}-request-from`]: 'sdk',
    [`${prefix}-sdk-version`]: 'sdk:1.0.0',
    [`${prefix}-lang`]: 'zh-CN',
    [`${prefix}-device-id`]: 'device-1',
  };
}

interface Outcome {
  ok: boolean;
  status?: number;
  body?: { statusCode?: number; message?: string };
  retryAfter?: string | null;
  error?: string;
}

beforeAll(async () => {
  mock = await startMockServer({ port: 0 });
  // A plain page on another port of localhost: another origin than the mock's 127.0.0.1.
  site = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>app</title>');
  });
  await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
  const address = site.address();
  pageOrigin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  page = await browser.newPage();
  await page.goto(`${pageOrigin}/`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await mock?.close();
  await new Promise((done) => site?.close(done));
});

beforeEach(() => {
  mock.mock.reset();
});

/** XMLHttpRequest with withCredentials, as axios does with `withCredentials: true`. */
function xhr(url: string, method: string, headers: Record<string, string>, body?: unknown): Promise<Outcome> {
  return page.evaluate(
    ({ url, method, headers, body }) =>
      new Promise<Outcome>((done) => {
        const request = new XMLHttpRequest();
        request.open(method, url);
        request.withCredentials = true;
        for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
        request.onload = () =>
          done({
            ok: true,
            status: request.status,
            body: JSON.parse(request.responseText) as Outcome['body'],
          });
        request.onerror = () => done({ ok: false, error: 'network error' });
        request.send(body === undefined ? null : JSON.stringify(body));
      }),
    { url, method, headers, body },
  );
}

/** fetch with credentials: 'include'. */
function credentialedFetch(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<Outcome> {
  return page.evaluate(
    async ({ url, method, headers, body }) => {
      try {
        const response = await fetch(url, {
          method,
          headers,
          credentials: 'include',
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return {
          ok: true,
          status: response.status,
          body: (await response.json()) as Outcome['body'],
          retryAfter: response.headers.get('retry-after'),
        };
      } catch (error) {
        return { ok: false, error: String(error) };
      }
    },
    { url, method, headers, body },
  );
}

const phone = { phoneNumber: '13700137000', phoneCountryCode: '+86' };

it('serves the bind flow to credentialed XHR with every x-authing-* header the SDKs send', async () => {
  const headers = { ...sdkHeaders('x-authing', mock.mock.appId), 'content-type': 'application/json' };
  const sent = await xhr(`${mock.url}/api/v3/send-sms`, 'POST', headers, {
    channel: 'CHANNEL_BIND_PHONE',
    ...phone,
  });
  expect(sent).toEqual({ ok: true, status: 200, body: expect.objectContaining({ statusCode: 200 }) });

  const code = mock.mock.lastCode('13700137000');
  expect(code).toMatch(/^\d{6}$/);
  const bound = await xhr(
    `${mock.url}/api/v3/bind-phone`,
    'POST',
    { ...headers, authorization: `Bearer ${MOCK_TOKENS.noPhone}` },
    { passCode: code, ...phone },
  );
  // The lang header went through: the answer is in Chinese.
  expect(bound).toEqual({ ok: true, status: 200, body: expect.objectContaining({ message: '操作成功' }) });

  // The preflight really happened (custom headers), and the real request carried every header.
  const received = mock.mock.requests.map((request) => request.headers);
  expect(received).toHaveLength(2);
  for (const [name, value] of Object.entries(sdkHeaders('x-authing', mock.mock.appId))) {
    expect(received[1]?.[name]).toBe(value);
  }
  expect(received[1]?.origin).toBe(pageOrigin);
});

it('serves credentialed fetch with every x-genauth-* header, and exposes Retry-After', async () => {
  const headers = {
    ...sdkHeaders('x-genauth', mock.mock.appId),
    authorization: `Bearer ${MOCK_TOKENS.bound}`,
  };
  const profile = await credentialedFetch(`${mock.url}/api/v3/get-profile`, 'GET', headers);
  expect(profile).toMatchObject({ ok: true, status: 200, body: { statusCode: 200 } });

  mock.mock.fail('send-sms', { type: 'retry-after', seconds: 42 });
  const throttled = await credentialedFetch(
    `${mock.url}/api/v3/send-sms`,
    'POST',
    { ...headers, 'content-type': 'application/json' },
    { channel: 'CHANNEL_BIND_PHONE', ...phone },
  );
  expect(throttled).toMatchObject({ ok: true, status: 429, retryAfter: '42' });
});

it('is refused by Chromium when the answer says * to a credentialed request (the control)', async () => {
  // Same server, same request; only the allowed origin of the answer differs.
  mock.mock.fail('get-profile', {
    type: 'http',
    status: 200,
    body: { statusCode: 200 },
    headers: { 'access-control-allow-origin': '*' },
  });
  const headers = {
    ...sdkHeaders('x-authing', mock.mock.appId),
    authorization: `Bearer ${MOCK_TOKENS.bound}`,
  };
  const refused = await credentialedFetch(`${mock.url}/api/v3/get-profile`, 'GET', headers);
  expect(refused).toEqual({ ok: false, error: expect.stringContaining('TypeError') });
  // The request reached the server: the browser refused to hand over the answer.
  expect(mock.mock.requests).toHaveLength(1);
});
