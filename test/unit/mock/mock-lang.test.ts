// @vitest-environment node
// The language the mock answers in when a request has no lang header: the `lang` option of
// createGenAuthMockCore / createGenAuthMock / startMockServer (MOCK_LANG sets it for the script).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGenAuthMock } from '../../../src/mock/index.js';
import {
  createGenAuthMockCore,
  MOCK_LANGS,
  MOCK_PHONES,
  startMockServer,
  type GenAuthMockOptions,
  type MockServer,
} from '../../../src/mock/mock-server.js';

const THROTTLED = {
  'en-US': 'Too many requests, please try again later',
  'zh-CN': '请求过于频繁，请稍后重试',
  'zh-TW': '請求過於頻繁，請稍後再試',
  'ja-JP': 'リクエストが多すぎます。しばらくしてからもう一度お試しください',
} as const;

function sendSms(host: string, headers: Record<string, string> = {}): Request {
  return new Request(`${host}/api/v3/send-sms`, {
    method: 'POST',
    headers: { 'x-authing-app-id': 'mock-app-id', 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ channel: 'CHANNEL_BIND_PHONE', ...MOCK_PHONES.free }),
  });
}

/** The message of a second send within the throttle window. */
async function throttledMessage(options: GenAuthMockOptions, headers?: Record<string, string>) {
  const mock = createGenAuthMockCore(options);
  await mock.handle(sendSms(mock.appHost));
  const body = (await (await mock.handle(sendSms(mock.appHost, headers))).json()) as { message: string };
  return body.message;
}

describe('the lang option', () => {
  it('lists the four languages the mock speaks', () => {
    expect([...MOCK_LANGS].sort()).toEqual(['en-US', 'ja-JP', 'zh-CN', 'zh-TW']);
  });

  it('is English without the option', async () => {
    expect(await throttledMessage({})).toBe(THROTTLED['en-US']);
  });

  it.each(MOCK_LANGS)('answers in %s when the request has no lang header', async (lang) => {
    expect(await throttledMessage({ lang })).toBe(THROTTLED[lang]);
  });

  it('gives way to a lang header under either prefix', async () => {
    expect(await throttledMessage({ lang: 'zh-CN' }, { 'x-authing-lang': 'ja-JP' })).toBe(THROTTLED['ja-JP']);
    expect(await throttledMessage({ lang: 'zh-CN' }, { 'x-genauth-lang': 'en-US' })).toBe(THROTTLED['en-US']);
  });

  it('is used for a lang header the mock does not know', async () => {
    expect(await throttledMessage({ lang: 'zh-TW' }, { 'x-authing-lang': 'fr-FR' })).toBe(THROTTLED['zh-TW']);
  });

  it('applies to injected faults and to createGenAuthMock too', async () => {
    const mock = createGenAuthMock({ lang: 'ja-JP' });
    mock.fail('send-sms', 'throttled');
    const body = (await (await mock.handle(sendSms(mock.appHost))).json()) as { message: string };
    expect(body.message).toBe(THROTTLED['ja-JP']);
    expect(mock.handlers).toHaveLength(1);
  });
});

describe('startMockServer({ lang })', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ port: 0, lang: 'zh-CN' });
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers over HTTP in the language it was given', async () => {
    const response = await fetch(`${server.url}/api/v3/get-profile`, {
      headers: { 'x-authing-app-id': server.mock.appId },
    });
    expect(await response.json()).toMatchObject({ statusCode: 401, message: '尚未登录，请重新登录' });
  });
});
