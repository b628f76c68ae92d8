// @vitest-environment node
// The real client against the real mock, through MSW (no hand-made fetch stubs): every endpoint of
// the contract, and every row 1–14 of the network fault matrix for send-sms and bind-phone.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGenAuthClient } from '../../../src/api/create-genauth-client.js';
import { describeError } from '../../../src/api/error-map.js';
import { GenAuthError } from '../../../src/api/genauth-error.js';
import { createGenAuthMock, MOCK_PHONES, MOCK_TOKENS, type MockFault } from '../../../src/mock/index.js';

const mock = createGenAuthMock();
const server = setupServer(...mock.handlers);
const TOKEN = MOCK_TOKENS.noPhone;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.reset());
afterAll(() => server.close());

function clientFor(token: string | undefined = TOKEN, timeoutMs = 2_000) {
  return createGenAuthClient({ appHost: mock.appHost, appId: mock.appId, accessToken: token, timeoutMs });
}

async function failure(promise: Promise<unknown>): Promise<GenAuthError> {
  const outcome = await promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  if (outcome.ok) throw new Error(`expected a failure, got ${JSON.stringify(outcome.value)}`);
  expect(outcome.error).toBeInstanceOf(GenAuthError);
  const error = outcome.error as GenAuthError;
  // T15: the token never appears in anything the error carries.
  const everything = JSON.stringify({ ...error, message: error.message, stack: error.stack });
  for (const token of Object.values(MOCK_TOKENS)) expect(everything).not.toContain(token);
  return error;
}

describe('every endpoint of the contract (row 1, success)', () => {
  it('send-sms sends a code of codeLength digits', async () => {
    await expect(
      clientFor().sendSms({ channel: 'CHANNEL_BIND_PHONE', ...MOCK_PHONES.free }),
    ).resolves.toBeUndefined();
    expect(mock.lastCode('+8613700137000')).toMatch(/^\d{6}$/);
    expect(mock.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: '/api/v3/send-sms',
      route: 'send-sms',
    });
  });

  it('bind-phone binds the number, and get-profile shows it', async () => {
    const client = clientFor();
    await client.sendSms({ channel: 'CHANNEL_BIND_PHONE', ...MOCK_PHONES.free });
    const passCode = mock.lastCode(MOCK_PHONES.free.phoneNumber) ?? '';
    await expect(client.bindPhone({ passCode, ...MOCK_PHONES.free })).resolves.toBeUndefined();
    await expect(client.getProfile()).resolves.toMatchObject({
      userId: 'mock-user-no-phone',
      phone: '13700137000',
      phoneCountryCode: '+86',
      phoneVerified: true,
    });
  });

  it('unbind-phone removes the number', async () => {
    const client = clientFor(MOCK_TOKENS.bound);
    await client.sendSms({ channel: 'CHANNEL_UNBIND_PHONE', ...MOCK_PHONES.bound });
    const passCode = mock.lastCode('+86 138 0013 8000', 'CHANNEL_UNBIND_PHONE') ?? '';
    await expect(client.unbindPhone({ passCode })).resolves.toBeUndefined();
    await expect(client.getProfile()).resolves.toMatchObject({ phone: null, phoneVerified: false });
  });

  it('verify-update-phone-request and update-phone change the number', async () => {
    const client = clientFor(MOCK_TOKENS.bound);
    await client.sendSms({ channel: 'CHANNEL_BIND_PHONE', ...MOCK_PHONES.free });
    const tokenData = await client.verifyUpdatePhoneRequest({
      verifyMethod: 'PHONE_PASSCODE',
      phonePassCodePayload: {
        newPhoneNumber: MOCK_PHONES.free.phoneNumber,
        newPhoneCountryCode: MOCK_PHONES.free.phoneCountryCode,
        newPhonePassCode: mock.lastCode(MOCK_PHONES.free.phoneNumber) ?? '',
      },
    });
    expect(tokenData).toEqual({
      updatePhoneToken: expect.stringMatching(/^[0-9a-f]{32}$/),
      tokenExpiresIn: 300,
    });
    // Only defined fields go over the wire.
    expect(mock.requests.at(-1)?.body).toEqual({
      verifyMethod: 'PHONE_PASSCODE',
      phonePassCodePayload: {
        newPhoneNumber: '13700137000',
        newPhoneCountryCode: '+86',
        newPhonePassCode: expect.any(String),
      },
    });
    await expect(client.updatePhone({ updatePhoneToken: tokenData.updatePhoneToken })).resolves.toEqual({
      success: true,
    });
    await expect(client.getProfile()).resolves.toMatchObject({ phone: '13700137000' });
  });

  it('get-country-list returns the picker entries', async () => {
    const list = await clientFor().getCountryList();
    expect(list.length).toBeGreaterThan(5);
    expect(list[0]).toEqual({
      alpha2: 'CN',
      alpha3: 'CHN',
      phoneCountryCode: '+86',
      flag: '🇨🇳',
      name: { zh: '中国', en: 'China' },
    });
    expect(mock.requests.at(-1)).toMatchObject({ method: 'GET', path: '/api/v3/get-country-list' });
  });

  it('public-config reads the older { code: 200, data } envelope', async () => {
    await expect(clientFor().getPublicConfig()).resolves.toEqual({
      verifyCodeLength: 6,
      internationalSmsConfig: { enabled: false, defaultISOType: 'CN' },
    });
    expect(mock.requests.at(-1)).toMatchObject({
      method: 'GET',
      path: '/api/v2/applications/mock-app-id/public-config',
    });
  });

  it('public-config reports a tenant that never set the code length', async () => {
    const local = createGenAuthMock({
      appHost: 'https://tenant-b.genauth.test',
      verifyCodeLength: null,
      internationalSmsConfig: { enabled: true, defaultISOType: 'gb' },
    });
    server.use(...local.handlers);
    const client = createGenAuthClient({ appHost: local.appHost, appId: local.appId });
    await expect(client.getPublicConfig()).resolves.toEqual({
      internationalSmsConfig: { enabled: true, defaultISOType: 'GB' },
    });
  });
});

type Call = (client: ReturnType<typeof clientFor>, signal?: AbortSignal) => Promise<unknown>;

const ROUTES: { route: 'send-sms' | 'bind-phone'; call: Call }[] = [
  {
    route: 'send-sms',
    call: (client, signal) =>
      client.sendSms({ channel: 'CHANNEL_BIND_PHONE', ...MOCK_PHONES.free }, { signal }),
  },
  {
    route: 'bind-phone',
    call: (client, signal) => client.bindPhone({ passCode: '123456', ...MOCK_PHONES.free }, { signal }),
  },
];

describe.each(ROUTES)('network fault matrix on $route', ({ route, call }) => {
  async function withFault(fault: MockFault, client = clientFor()): Promise<GenAuthError> {
    mock.fail(route, fault);
    return failure(call(client));
  }

  it('row 2: 200 { statusCode 400, apiCode, message } → api with every field', async () => {
    const error = await withFault({
      type: 'envelope',
      statusCode: 400,
      apiCode: '2001',
      message: 'Wrong code',
    });
    expect(error).toMatchObject({
      kind: 'api',
      httpStatus: 200,
      statusCode: 400,
      apiCode: 2001,
      message: 'Wrong code',
      requestId: expect.stringMatching(UUID),
    });
    expect(describeError(error)).toMatchObject({ field: 'code', apiCode: 2001 });
  });

  it('row 3: 200 { statusCode 429 } → throttled, no retryAfterMs (the UI uses 60 s)', async () => {
    const error = await withFault('throttled');
    expect(error).toMatchObject({ kind: 'api', httpStatus: 200, statusCode: 429, retryAfterMs: undefined });
    expect(error.requestId).toMatch(UUID);
    expect(describeError(error).action).toBe('cooldown');
  });

  it('row 4: HTTP 429 + Retry-After seconds → retryAfterMs from the header', async () => {
    const error = await withFault({ type: 'retry-after', seconds: 45 });
    expect(error).toMatchObject({ kind: 'api', httpStatus: 429, statusCode: 429, retryAfterMs: 45_000 });
    expect(describeError(error).action).toBe('cooldown');
  });

  it('row 4: HTTP 429 + Retry-After as an HTTP date', async () => {
    const error = await withFault({ type: 'retry-after', date: new Date(Date.now() + 120_000) });
    // The date has whole seconds, and a little time passes between answer and classification.
    expect(error.retryAfterMs).toBeGreaterThan(115_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(120_000);
  });

  it('row 4: Retry-After is clamped to 1 h', async () => {
    expect((await withFault({ type: 'retry-after', seconds: 86_400 })).retryAfterMs).toBe(3_600_000);
    expect((await withFault({ type: 'retry-after', seconds: 0 })).retryAfterMs).toBe(1_000);
  });

  it('row 4: body 429 with a Retry-After header reads it too', async () => {
    const error = await withFault({ type: 'retry-after', seconds: 10, inBody: true });
    expect(error).toMatchObject({ httpStatus: 200, statusCode: 429, retryAfterMs: 10_000 });
  });

  it('row 5: 401 in the body → api 401 / 2020, reauth', async () => {
    const error = await withFault('unauthorized');
    expect(error).toMatchObject({ kind: 'api', httpStatus: 200, statusCode: 401, apiCode: 2020 });
    expect(describeError(error).action).toBe('reauth');
  });

  it('row 5: HTTP 401', async () => {
    const error = await withFault({ type: 'unauthorized', http: true });
    expect(error).toMatchObject({ kind: 'api', httpStatus: 401, statusCode: 401 });
    expect(describeError(error).action).toBe('reauth');
  });

  it('row 5: HTTP 401 from a gateway without an envelope', async () => {
    const error = await withFault({ type: 'http', status: 401, body: 'Unauthorized' });
    expect(error).toMatchObject({ kind: 'api', httpStatus: 401, statusCode: 401, message: '' });
    expect(describeError(error).action).toBe('reauth');
  });

  it('row 6: 403 → forbidden, no retry', async () => {
    const error = await withFault('forbidden');
    expect(error).toMatchObject({ kind: 'api', statusCode: 403 });
    expect(describeError(error)).toMatchObject({ messageKey: 'forbidden', action: 'none' });
    const http = await withFault({ type: 'forbidden', http: true });
    expect(http).toMatchObject({ httpStatus: 403, statusCode: 403 });
  });

  it.each([500, 502, 503])('row 7: HTTP %i with an envelope → api, retry', async (status) => {
    const error = await withFault({ type: 'server-error', status });
    expect(error).toMatchObject({ kind: 'api', httpStatus: status, statusCode: status });
    expect(error.requestId).toMatch(UUID);
    expect(describeError(error)).toMatchObject({ messageKey: 'server', action: 'retry' });
  });

  it('row 7: HTTP 502 HTML page from a gateway → api 502, no HTML kept', async () => {
    const error = await withFault({
      type: 'http',
      status: 502,
      body: '<html><body>Bad gateway</body></html>',
    });
    expect(error).toMatchObject({ kind: 'api', httpStatus: 502, statusCode: 502, message: '' });
    expect(describeError(error).action).toBe('retry');
  });

  it.each([500, 503, 601, 603])('row 7: body statusCode %i on HTTP 200 → api, retry', async (status) => {
    const error = await withFault({ type: 'server-error', status, inBody: true });
    expect(error).toMatchObject({ kind: 'api', httpStatus: 200, statusCode: status });
    expect(describeError(error)).toMatchObject({
      messageKey: status >= 600 ? 'thirdParty' : 'server',
      action: 'retry',
    });
  });

  it('row 7: the request went through but the answer was a 500 (commit)', async () => {
    mock.fail(route, { type: 'server-error', commit: true });
    const error = await failure(call(clientFor()));
    expect(error.statusCode).toBe(500);
    if (route === 'send-sms') expect(mock.lastCode(MOCK_PHONES.free.phoneNumber)).toMatch(/^\d{6}$/);
  });

  it('row 8: no answer until the client timeout → timeout', async () => {
    const error = await withFault('hang', clientFor(TOKEN, 40));
    expect(error).toMatchObject({ kind: 'timeout' });
    expect(describeError(error)).toMatchObject({ messageKey: 'timeout', action: 'retry' });
  });

  it('row 8: the caller gives up first → aborted', async () => {
    mock.fail(route, 'hang');
    const controller = new AbortController();
    const pending = failure(call(clientFor(), controller.signal));
    setTimeout(() => controller.abort(), 10);
    expect((await pending).kind).toBe('aborted');
  });

  it('row 9: fetch TypeError → network', async () => {
    const error = await withFault('network-error');
    expect(error).toMatchObject({ kind: 'network', httpStatus: undefined });
    expect(describeError(error, { online: false }).messageKey).toBe('offline');
  });

  it('row 10: 200 with an HTML page → bad-response, no HTML in the message', async () => {
    const error = await withFault('html');
    expect(error).toMatchObject({ kind: 'bad-response', httpStatus: 200 });
    expect(error.message).not.toMatch(/<|script|Gateway/);
  });

  it('row 11: 200 with truncated JSON → bad-response, never success', async () => {
    expect((await withFault('truncated-json')).kind).toBe('bad-response');
  });

  it('row 12: 200 with an empty body → bad-response', async () => {
    expect((await withFault('empty')).kind).toBe('bad-response');
  });

  it('row 12: 204 → bad-response', async () => {
    expect(await withFault('204')).toMatchObject({ kind: 'bad-response', httpStatus: 204 });
  });

  it('row 13: { statusCode: "200" } → bad-response', async () => {
    expect((await withFault('string-status')).kind).toBe('bad-response');
  });

  it('row 13: statusCode missing → bad-response', async () => {
    expect((await withFault('missing-status')).kind).toBe('bad-response');
  });

  it('row 14: a 100 kB HTML/script message → text, capped at 300, control and bidi removed', async () => {
    const error = await withFault('xss');
    expect(error).toMatchObject({ kind: 'api', statusCode: 400, requestId: expect.stringMatching(UUID) });
    expect(error.message.length).toBeLessThanOrEqual(300);
    expect(error.message.startsWith('<img src=x onerror="alert(1)">')).toBe(true);
    // eslint-disable-next-line no-control-regex
    expect(error.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('real server rules through the client (rows 2, 3, 5)', () => {
  it('row 3: a second send within a minute is throttled by the mock itself', async () => {
    const client = clientFor();
    await client.sendSms({ channel: 'CHANNEL_BIND_PHONE', ...MOCK_PHONES.free });
    const error = await failure(client.sendSms({ channel: 'CHANNEL_BIND_PHONE', ...MOCK_PHONES.free }));
    expect(error).toMatchObject({
      kind: 'api',
      statusCode: 429,
      retryAfterMs: undefined,
      requestId: expect.stringMatching(UUID),
    });
  });

  it('row 2: a wrong code is 2001 on the code field', async () => {
    const error = await failure(clientFor().bindPhone({ passCode: '000000', ...MOCK_PHONES.free }));
    expect(error).toMatchObject({ kind: 'api', statusCode: 400, apiCode: 2001 });
    expect(describeError(error).field).toBe('code');
  });

  it('row 5: bind-phone without a token is 401 / 2020', async () => {
    const anonymous = createGenAuthClient({ appHost: mock.appHost, appId: mock.appId });
    const error = await failure(anonymous.bindPhone({ passCode: '000000', ...MOCK_PHONES.free }));
    expect(error).toMatchObject({ kind: 'api', statusCode: 401, apiCode: 2020 });
  });

  it('faults on the other endpoints are classified the same way', async () => {
    const client = clientFor(MOCK_TOKENS.bound);
    mock.fail('get-profile', 'html');
    await expect(client.getProfile()).rejects.toMatchObject({ kind: 'bad-response' });
    mock.fail('get-country-list', 'string-status');
    await expect(client.getCountryList()).rejects.toMatchObject({ kind: 'bad-response' });
    mock.fail('public-config', 'string-status');
    await expect(client.getPublicConfig()).rejects.toMatchObject({ kind: 'bad-response' });
    mock.fail('public-config', { type: 'envelope', statusCode: 500, message: 'down' });
    await expect(client.getPublicConfig()).rejects.toMatchObject({
      kind: 'api',
      statusCode: 500,
      message: 'down',
    });
    mock.fail('unbind-phone', 'network-error');
    await expect(client.unbindPhone({ passCode: '1' })).rejects.toMatchObject({ kind: 'network' });
    mock.fail('update-phone', 'throttled');
    await expect(client.updatePhone({ updatePhoneToken: 'x' })).rejects.toMatchObject({ statusCode: 429 });
    mock.fail('verify-update-phone-request', { type: 'retry-after', seconds: 5 });
    await expect(
      client.verifyUpdatePhoneRequest({
        verifyMethod: 'PHONE_PASSCODE',
        phonePassCodePayload: { newPhoneNumber: '13700137000', newPhonePassCode: '1' },
      }),
    ).rejects.toMatchObject({ httpStatus: 429, retryAfterMs: 5_000 });
  });

  it('a success envelope without the data an endpoint needs is bad-response', async () => {
    const client = clientFor(MOCK_TOKENS.bound);
    mock.fail('verify-update-phone-request', {
      type: 'http',
      status: 200,
      body: { statusCode: 200, data: {} },
    });
    await expect(
      client.verifyUpdatePhoneRequest({
        verifyMethod: 'PHONE_PASSCODE',
        phonePassCodePayload: { newPhoneNumber: '13700137000', newPhonePassCode: '1' },
      }),
    ).rejects.toMatchObject({ kind: 'bad-response' });
    mock.fail('get-profile', { type: 'http', status: 200, body: { statusCode: 200 } });
    await expect(client.getProfile()).rejects.toMatchObject({ kind: 'bad-response' });
    mock.fail('get-profile', {
      type: 'http',
      status: 200,
      body: { statusCode: 200, data: { phone: 13800138000 } },
    });
    await expect(client.getProfile()).rejects.toMatchObject({ kind: 'bad-response' });
    mock.fail('get-country-list', {
      type: 'http',
      status: 200,
      body: { statusCode: 200, data: { CN: '+86' } },
    });
    await expect(client.getCountryList()).rejects.toMatchObject({ kind: 'bad-response' });
    mock.fail('public-config', { type: 'http', status: 200, body: { code: 200 } });
    await expect(client.getPublicConfig()).rejects.toMatchObject({ kind: 'bad-response' });
  });

  it('update-phone without data still reports success (statusCode 200 says it happened)', async () => {
    mock.fail('update-phone', { type: 'http', status: 200, body: { statusCode: 200 } });
    await expect(clientFor(MOCK_TOKENS.bound).updatePhone({ updatePhoneToken: 'x' })).resolves.toEqual({
      success: true,
    });
  });

  it('skips malformed country entries instead of failing the list', async () => {
    mock.fail('get-country-list', {
      type: 'http',
      status: 200,
      body: {
        statusCode: 200,
        data: [{ alpha2: 'CN', phoneCountryCode: '+86', name: {} }, { alpha2: 5 }, null],
      },
    });
    await expect(clientFor().getCountryList()).resolves.toEqual([
      { alpha2: 'CN', phoneCountryCode: '+86', name: {} },
    ]);
  });

  it('drops a public-config code length outside 1…12', async () => {
    mock.fail('public-config', {
      type: 'http',
      status: 200,
      body: { code: 200, data: { verifyCodeLength: 0 } },
    });
    await expect(clientFor().getPublicConfig()).resolves.toEqual({});
  });
});
