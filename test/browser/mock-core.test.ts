import { getResponse } from 'msw';
import { expect, it } from 'vitest';
import { createGenAuthClient } from '../../src/api/create-genauth-client.js';
import { createGenAuthMock, MOCK_PHONES, MOCK_TOKENS } from '../../src/mock/index.js';

// Runs in real Chromium: the mock core (and its MSW handlers) must load and work without Node.

it('runs the bind flow in the browser through mock.fetch', async () => {
  expect(navigator.userAgent).toMatch(/Chrome/);
  const mock = createGenAuthMock();
  const client = createGenAuthClient({
    appHost: mock.appHost,
    appId: mock.appId,
    accessToken: MOCK_TOKENS.noPhone,
    fetch: mock.fetch,
  });
  await client.sendSms({ channel: 'CHANNEL_BIND_PHONE', ...MOCK_PHONES.free });
  const passCode = mock.lastCode(MOCK_PHONES.free.phoneNumber) ?? '';
  expect(passCode).toMatch(/^\d{6}$/);
  await client.bindPhone({ passCode, ...MOCK_PHONES.free });
  await expect(client.getProfile()).resolves.toMatchObject({ phone: MOCK_PHONES.free.phoneNumber });

  mock.fail('send-sms', 'network-error');
  await expect(client.sendSms({ channel: 'CHANNEL_LOGIN', ...MOCK_PHONES.free })).rejects.toMatchObject({
    kind: 'network',
  });
  mock.fail('get-profile', 'hang');
  const timed = createGenAuthClient({
    appHost: mock.appHost,
    appId: mock.appId,
    timeoutMs: 30,
    fetch: mock.fetch,
  });
  await expect(timed.getProfile()).rejects.toMatchObject({ kind: 'timeout' });
});

it('answers through its MSW handlers in the browser', async () => {
  const mock = createGenAuthMock();
  const response = await getResponse(
    mock.handlers,
    new Request(`${mock.appHost}/api/v3/get-country-list`, { headers: { 'x-authing-app-id': mock.appId } }),
  );
  expect(response?.status).toBe(200);
  expect(((await response?.json()) as { data: unknown[] }).data.length).toBeGreaterThan(0);
});
