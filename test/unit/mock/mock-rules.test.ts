// @vitest-environment node
// The service rules the mock enforces, through the real client and MSW.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createGenAuthClient } from '../../../src/api/create-genauth-client.js';
import { GenAuthError } from '../../../src/api/genauth-error.js';
import type { SmsChannel } from '../../../src/api/types.js';
import { createGenAuthMock, MOCK_PHONES, MOCK_TOKENS } from '../../../src/mock/index.js';

let clock = Date.UTC(2030, 0, 1);
const mock = createGenAuthMock({ now: () => clock });
const server = setupServer(...mock.handlers);
const UUID = /^[0-9a-f-]{36}$/;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  mock.reset();
  clock = Date.UTC(2030, 0, 1);
});
afterAll(() => server.close());

function clientFor(token?: string, lang?: string) {
  return createGenAuthClient({ appHost: mock.appHost, appId: mock.appId, accessToken: token, lang });
}

async function error(promise: Promise<unknown>): Promise<GenAuthError> {
  const result = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(result).toBeInstanceOf(GenAuthError);
  const e = result as GenAuthError;
  // Every failure carries a requestId.
  expect(e.requestId).toMatch(UUID);
  return e;
}

const free = MOCK_PHONES.free;
const send = (
  phone: { phoneNumber: string; phoneCountryCode: string } = free,
  channel: SmsChannel = 'CHANNEL_BIND_PHONE',
) => clientFor().sendSms({ channel, ...phone });
const code = (phone: string = free.phoneNumber, channel?: SmsChannel) => mock.lastCode(phone, channel) ?? '';

describe('send-sms', () => {
  it('sends codes of codeLength digits, and lastCode reads E.164 or national forms', async () => {
    await send();
    expect(code()).toMatch(/^\d{6}$/);
    expect(mock.lastCode('+8613700137000')).toBe(code());
    expect(mock.lastCode('8613700137000')).toBe(code());
    expect(mock.lastCode('+86 137-0013-7000')).toBe(code());
    expect(mock.lastCode('13700137000', 'CHANNEL_LOGIN')).toBeUndefined();
    expect(mock.lastCode('+8613800138000')).toBeUndefined();
    expect(mock.state.outbox).toHaveLength(1);
  });

  it('honours codeLength and generateCode', async () => {
    const local = createGenAuthMock({ appHost: 'https://four.genauth.test', codeLength: 4 });
    const fixed = createGenAuthMock({ appHost: 'https://fixed.genauth.test', generateCode: () => '424242' });
    server.use(...local.handlers, ...fixed.handlers);
    for (const m of [local, fixed]) {
      await createGenAuthClient({ appHost: m.appHost, appId: m.appId }).sendSms({
        channel: 'CHANNEL_BIND_PHONE',
        ...free,
      });
    }
    expect(local.lastCode(free.phoneNumber)).toMatch(/^\d{4}$/);
    expect(fixed.lastCode(free.phoneNumber)).toBe('424242');
  });

  it('allows one SMS a minute per phone and channel (429 in the body)', async () => {
    await send();
    const throttled = await error(send());
    expect(throttled).toMatchObject({ kind: 'api', httpStatus: 200, statusCode: 429 });
    // Another channel and another phone are not throttled.
    await send(free, 'CHANNEL_LOGIN');
    await send(MOCK_PHONES.bound);
    clock += 59_999;
    await error(send());
    clock += 1;
    await send();
    expect(mock.state.outbox).toHaveLength(4);
  });

  it('rejects invalid numbers with 2028', async () => {
    for (const phone of [
      { phoneNumber: '12345', phoneCountryCode: '+86' },
      { phoneNumber: '1380013800a', phoneCountryCode: '+86' },
      { phoneNumber: '+8613800138000', phoneCountryCode: '+86' },
      { phoneNumber: '13800138000', phoneCountryCode: '86x' },
      { phoneNumber: '1234567890123456', phoneCountryCode: '+44' },
    ]) {
      expect(await error(send(phone))).toMatchObject({ statusCode: 400, apiCode: 2028 });
    }
  });

  it('accepts a missing or plus-less calling code as mainland China', async () => {
    await clientFor().sendSms({
      channel: 'CHANNEL_BIND_PHONE',
      phoneNumber: free.phoneNumber,
      phoneCountryCode: '',
    });
    await clientFor().sendSms({
      channel: 'CHANNEL_LOGIN',
      phoneNumber: free.phoneNumber,
      phoneCountryCode: '86',
    });
    expect(mock.state.outbox.map((sms) => sms.phone)).toEqual(['+8613700137000', '+8613700137000']);
  });

  it('refuses international numbers unless the tenant enabled them', async () => {
    const uk = { phoneNumber: '7400123456', phoneCountryCode: '+44' };
    expect(await error(send(uk))).toMatchObject({ statusCode: 400, apiCode: undefined });
    mock.state.config.internationalSmsConfig.enabled = true;
    await send(uk);
    expect(code('+447400123456')).toMatch(/^\d{6}$/);
  });

  it('rejects an unknown channel', async () => {
    const result = await error(clientFor().sendSms({ channel: 'CHANNEL_NOPE' as SmsChannel, ...free }));
    expect(result.statusCode).toBe(400);
  });

  it('rejects a wrong app id', async () => {
    const client = createGenAuthClient({ appHost: mock.appHost, appId: 'someone-else' });
    expect(await error(client.sendSms({ channel: 'CHANNEL_BIND_PHONE', ...free }))).toMatchObject({
      statusCode: 400,
    });
    const config = await client.getPublicConfig().catch((e: unknown) => e);
    expect(config).toMatchObject({ kind: 'api', statusCode: 404 });
  });

  it('answers an app id with broken percent-encoding in the public-config path with the 404 of an unknown app', async () => {
    for (const id of ['%E0%A4%A', '100%', '%zz']) {
      const response = await mock.handle(
        new Request(`${mock.appHost}/api/v2/applications/${id}/public-config`),
      );
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ code: 404 });
    }
  });
});

describe('bind-phone', () => {
  const bind = (
    passCode: string,
    phone: { phoneNumber: string; phoneCountryCode: string } = free,
    token: string = MOCK_TOKENS.noPhone,
  ) => clientFor(token).bindPhone({ passCode, ...phone });

  it('binds with the right code, once (single use)', async () => {
    await send();
    const passCode = code();
    await bind(passCode);
    expect(mock.state.users.find((u) => u.token === MOCK_TOKENS.noPhone)).toMatchObject({
      phone: free.phoneNumber,
      phoneCountryCode: '+86',
      phoneVerified: true,
    });
    // Unbind again so the same user may try to bind with the same code.
    mock.state.users[0]!.phone = null;
    expect(await error(bind(passCode))).toMatchObject({ statusCode: 400, apiCode: 2001 });
  });

  it('wrong code → 2001, and the right one still works afterwards', async () => {
    await send();
    expect(await error(bind('000000'))).toMatchObject({ statusCode: 400, apiCode: 2001 });
    await bind(code());
  });

  it('no code sent, or a code of another channel → 2001', async () => {
    expect(await error(bind('123456'))).toMatchObject({ apiCode: 2001 });
    await send(free, 'CHANNEL_LOGIN');
    expect(await error(bind(code()))).toMatchObject({ apiCode: 2001 });
  });

  it('an expired code → 2300 (5 minutes by default, on the injected clock)', async () => {
    await send();
    clock += 5 * 60_000;
    expect(await error(bind(code()))).toMatchObject({ statusCode: 400, apiCode: 2300 });
  });

  it('a code just before expiry still works', async () => {
    await send();
    clock += 5 * 60_000 - 1;
    await bind(code());
  });

  it('a number owned by another account → 2035', async () => {
    await send(MOCK_PHONES.taken);
    expect(await error(bind(code(MOCK_PHONES.taken.phoneNumber), MOCK_PHONES.taken))).toMatchObject({
      statusCode: 400,
      apiCode: 2035,
    });
  });

  it('a user who already has a phone → 422 pointing to the change flow', async () => {
    await send();
    const result = await error(bind(code(), free, MOCK_TOKENS.bound));
    expect(result).toMatchObject({ statusCode: 422, apiCode: undefined });
    expect(result.message).toMatch(/change/i);
  });

  it('no token or an unknown token → 401 / 2020', async () => {
    const anonymous = createGenAuthClient({ appHost: mock.appHost, appId: mock.appId });
    expect(await error(anonymous.bindPhone({ passCode: '1', ...free }))).toMatchObject({
      statusCode: 401,
      apiCode: 2020,
    });
    expect(await error(bind('1', free, 'not-a-token'))).toMatchObject({ statusCode: 401, apiCode: 2020 });
  });

  it('an invalid number → 2028, a missing code → 400', async () => {
    expect(await error(bind('123456', { phoneNumber: '999', phoneCountryCode: '+86' }))).toMatchObject({
      apiCode: 2028,
    });
    expect(await error(bind('', free))).toMatchObject({ statusCode: 400, apiCode: undefined });
  });

  it('localizes messages by the lang header, and each rule has its own message', async () => {
    await send();
    const en = await error(clientFor(MOCK_TOKENS.noPhone, 'en-US').bindPhone({ passCode: 'x', ...free }));
    const zh = await error(clientFor(MOCK_TOKENS.noPhone, 'zh-CN').bindPhone({ passCode: 'x', ...free }));
    const tw = await error(clientFor(MOCK_TOKENS.noPhone, 'zh-TW').bindPhone({ passCode: 'x', ...free }));
    const ja = await error(clientFor(MOCK_TOKENS.noPhone, 'ja-JP').bindPhone({ passCode: 'x', ...free }));
    expect(en.message).toBe('Incorrect verification code');
    expect(zh.message).toBe('验证码不正确');
    expect(new Set([en.message, zh.message, tw.message, ja.message]).size).toBe(4);

    const throttled = await error(send());
    clock += 5 * 60_000;
    const expired = await error(clientFor(MOCK_TOKENS.noPhone).bindPhone({ passCode: code(), ...free }));
    await send(MOCK_PHONES.taken);
    const taken = await error(
      clientFor(MOCK_TOKENS.noPhone).bindPhone({
        passCode: code(MOCK_PHONES.taken.phoneNumber),
        ...MOCK_PHONES.taken,
      }),
    );
    const messages = [en.message, throttled.message, expired.message, taken.message];
    expect(new Set(messages).size).toBe(messages.length);
    for (const message of messages) expect(message).not.toMatch(/[{}]/);
  });
});

describe('unbind-phone', () => {
  const unbind = (passCode: string, token: string = MOCK_TOKENS.bound) =>
    clientFor(token).unbindPhone({ passCode });

  it('needs a code sent to the current number on CHANNEL_UNBIND_PHONE', async () => {
    await send(MOCK_PHONES.bound, 'CHANNEL_BIND_PHONE');
    expect(await error(unbind(code(MOCK_PHONES.bound.phoneNumber)))).toMatchObject({ apiCode: 2001 });
    await send(MOCK_PHONES.bound, 'CHANNEL_UNBIND_PHONE');
    await unbind(code(MOCK_PHONES.bound.phoneNumber, 'CHANNEL_UNBIND_PHONE'));
    expect(mock.state.users.find((u) => u.token === MOCK_TOKENS.bound)).toMatchObject({
      phone: null,
      phoneVerified: false,
    });
  });

  it('an expired code → 2300', async () => {
    await send(MOCK_PHONES.bound, 'CHANNEL_UNBIND_PHONE');
    clock += 10 * 60_000;
    expect(await error(unbind(code(MOCK_PHONES.bound.phoneNumber)))).toMatchObject({ apiCode: 2300 });
  });

  it('2217 when the phone is the only sign-in method (a per-user flag)', async () => {
    await send(MOCK_PHONES.taken, 'CHANNEL_UNBIND_PHONE');
    expect(await error(unbind(code(MOCK_PHONES.taken.phoneNumber), MOCK_TOKENS.otherOwner))).toMatchObject({
      apiCode: 2217,
    });
    mock.state.users.find((u) => u.token === MOCK_TOKENS.otherOwner)!.phoneIsOnlySignInMethod = false;
    await unbind(code(MOCK_PHONES.taken.phoneNumber), MOCK_TOKENS.otherOwner);
  });

  it('a user without a phone → 400, no token → 401', async () => {
    expect(await error(unbind('123456', MOCK_TOKENS.noPhone))).toMatchObject({
      statusCode: 400,
      apiCode: undefined,
    });
    const anonymous = createGenAuthClient({ appHost: mock.appHost, appId: mock.appId });
    expect(await error(anonymous.unbindPhone({ passCode: '1' }))).toMatchObject({
      statusCode: 401,
      apiCode: 2020,
    });
  });
});

describe('change flow: verify-update-phone-request and update-phone', () => {
  const client = () => clientFor(MOCK_TOKENS.bound);
  const verify = (payload: Record<string, string>) =>
    client().verifyUpdatePhoneRequest({
      verifyMethod: 'PHONE_PASSCODE',
      phonePassCodePayload: {
        newPhoneNumber: free.phoneNumber,
        newPhoneCountryCode: '+86',
        newPhonePassCode: '',
        ...payload,
      },
    });

  it('issues a token that update-phone consumes once', async () => {
    await send();
    const { updatePhoneToken, tokenExpiresIn } = await verify({ newPhonePassCode: code() });
    expect(tokenExpiresIn).toBe(300);
    await expect(client().updatePhone({ updatePhoneToken })).resolves.toEqual({ success: true });
    expect(mock.state.users.find((u) => u.token === MOCK_TOKENS.bound)?.phone).toBe(free.phoneNumber);
    expect(await error(client().updatePhone({ updatePhoneToken }))).toMatchObject({ statusCode: 400 });
  });

  it('new code wrong → 2001, expired → 2300, used once', async () => {
    await send();
    expect(await error(verify({ newPhonePassCode: '999999' }))).toMatchObject({ apiCode: 2001 });
    clock += 6 * 60_000;
    expect(await error(verify({ newPhonePassCode: code() }))).toMatchObject({ apiCode: 2300 });
    clock += 60_000;
    await send();
    const passCode = code();
    await verify({ newPhonePassCode: passCode });
    expect(await error(verify({ newPhonePassCode: passCode }))).toMatchObject({ apiCode: 2001 });
  });

  it('the same number → 2230; a number owned by another → 2035; an invalid one → 2028', async () => {
    await send(MOCK_PHONES.bound);
    expect(
      await error(
        verify({
          newPhoneNumber: MOCK_PHONES.bound.phoneNumber,
          newPhonePassCode: code(MOCK_PHONES.bound.phoneNumber),
        }),
      ),
    ).toMatchObject({ apiCode: 2230 });
    await send(MOCK_PHONES.taken);
    expect(
      await error(
        verify({
          newPhoneNumber: MOCK_PHONES.taken.phoneNumber,
          newPhonePassCode: code(MOCK_PHONES.taken.phoneNumber),
        }),
      ),
    ).toMatchObject({ apiCode: 2035 });
    expect(await error(verify({ newPhoneNumber: '1', newPhonePassCode: '1' }))).toMatchObject({
      apiCode: 2028,
    });
  });

  it('with requireOldPhoneVerification: missing old proof → 2228, wrong old number or code → 2038', async () => {
    mock.state.config.requireOldPhoneVerification = true;
    await send();
    const newPhonePassCode = code();
    expect(await error(verify({ newPhonePassCode }))).toMatchObject({ apiCode: 2228 });
    expect(
      await error(verify({ newPhonePassCode, oldPhoneNumber: MOCK_PHONES.bound.phoneNumber })),
    ).toMatchObject({
      apiCode: 2228,
    });
    expect(
      await error(
        verify({
          newPhonePassCode,
          oldPhoneNumber: '13600136000',
          oldPhoneCountryCode: '+86',
          oldPhonePassCode: '1',
        }),
      ),
    ).toMatchObject({ apiCode: 2038 });
    expect(
      await error(
        verify({
          newPhonePassCode,
          oldPhoneNumber: MOCK_PHONES.bound.phoneNumber,
          oldPhonePassCode: '000000',
        }),
      ),
    ).toMatchObject({ apiCode: 2038 });

    await send(MOCK_PHONES.bound, 'CHANNEL_UNBIND_PHONE');
    const oldPhonePassCode = code(MOCK_PHONES.bound.phoneNumber, 'CHANNEL_UNBIND_PHONE');
    clock += 5 * 60_000;
    expect(
      await error(
        verify({ newPhonePassCode, oldPhoneNumber: MOCK_PHONES.bound.phoneNumber, oldPhonePassCode }),
      ),
    ).toMatchObject({ apiCode: 2038 });
  });

  it('with requireOldPhoneVerification: both codes right → a token, both codes used up', async () => {
    mock.state.config.requireOldPhoneVerification = true;
    await send();
    await send(MOCK_PHONES.bound, 'CHANNEL_UNBIND_PHONE');
    const payload = {
      newPhonePassCode: code(),
      oldPhoneNumber: MOCK_PHONES.bound.phoneNumber,
      oldPhoneCountryCode: '+86',
      oldPhonePassCode: code(MOCK_PHONES.bound.phoneNumber, 'CHANNEL_UNBIND_PHONE'),
    };
    const { updatePhoneToken } = await verify(payload);
    expect(updatePhoneToken).toBeTruthy();
    expect(mock.state.codes.size).toBe(0);
  });

  it("update-phone: unknown, expired or another user's token → 400", async () => {
    expect(await error(client().updatePhone({ updatePhoneToken: 'nope' }))).toMatchObject({
      statusCode: 400,
    });
    await send();
    const { updatePhoneToken } = await verify({ newPhonePassCode: code() });
    expect(await error(clientFor(MOCK_TOKENS.noPhone).updatePhone({ updatePhoneToken }))).toMatchObject({
      statusCode: 400,
    });
    clock += 5 * 60_000;
    expect(await error(client().updatePhone({ updatePhoneToken }))).toMatchObject({ statusCode: 400 });
    expect(mock.state.users.find((u) => u.token === MOCK_TOKENS.bound)?.phone).toBe(
      MOCK_PHONES.bound.phoneNumber,
    );
  });

  it('update-phone: 2035 when someone bound the number in the meantime', async () => {
    await send();
    const { updatePhoneToken } = await verify({ newPhonePassCode: code() });
    mock.state.users.find((u) => u.token === MOCK_TOKENS.noPhone)!.phone = free.phoneNumber;
    mock.state.users.find((u) => u.token === MOCK_TOKENS.noPhone)!.phoneCountryCode = '+86';
    expect(await error(client().updatePhone({ updatePhoneToken }))).toMatchObject({ apiCode: 2035 });
  });

  it('uses the configured channels', async () => {
    const local = createGenAuthMock({
      appHost: 'https://channels.genauth.test',
      changePhoneChannels: { newPhone: 'CHANNEL_COMPLETE_PHONE' },
    });
    server.use(...local.handlers);
    const c = createGenAuthClient({
      appHost: local.appHost,
      appId: local.appId,
      accessToken: MOCK_TOKENS.bound,
    });
    await c.sendSms({ channel: 'CHANNEL_COMPLETE_PHONE', ...free });
    await c.verifyUpdatePhoneRequest({
      verifyMethod: 'PHONE_PASSCODE',
      phonePassCodePayload: {
        newPhoneNumber: free.phoneNumber,
        newPhonePassCode: local.lastCode(free.phoneNumber) ?? '',
      },
    });
  });

  it('rejects another verifyMethod', async () => {
    const result = await error(
      client().verifyUpdatePhoneRequest({
        verifyMethod: 'EMAIL_PASSCODE' as 'PHONE_PASSCODE',
        phonePassCodePayload: { newPhoneNumber: free.phoneNumber, newPhonePassCode: '1' },
      }),
    );
    expect(result.statusCode).toBe(400);
  });
});

describe('bookkeeping', () => {
  it('records every request with method, path, headers and parsed body', async () => {
    await send();
    await clientFor(MOCK_TOKENS.noPhone).getProfile();
    expect(mock.requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/api/v3/send-sms',
        route: 'send-sms',
        body: { channel: 'CHANNEL_BIND_PHONE', phoneNumber: '13700137000', phoneCountryCode: '+86' },
        headers: expect.objectContaining({ 'x-authing-app-id': 'mock-app-id' }),
        at: clock,
      }),
      expect.objectContaining({
        method: 'GET',
        path: '/api/v3/get-profile',
        body: undefined,
        headers: expect.objectContaining({ authorization: 'Bearer mock-token' }),
      }),
    ]);
  });

  it('reset() restores the seeded tenant', async () => {
    await send();
    await clientFor(MOCK_TOKENS.noPhone).bindPhone({ passCode: code(), ...free });
    mock.state.config.requireOldPhoneVerification = true;
    mock.reset();
    expect(mock.requests).toHaveLength(0);
    expect(mock.state.outbox).toHaveLength(0);
    expect(mock.state.config.requireOldPhoneVerification).toBe(false);
    expect(mock.state.users.find((u) => u.token === MOCK_TOKENS.noPhone)?.phone).toBeNull();
    await send();
  });

  it('adds users from options, replacing a seeded one with the same userId', () => {
    const local = createGenAuthMock({
      users: [
        {
          userId: 'mock-user-bound',
          token: 'replaced',
          phone: null,
          phoneCountryCode: null,
          phoneVerified: false,
          phoneIsOnlySignInMethod: false,
        },
        {
          userId: 'u4',
          token: 't4',
          phone: null,
          phoneCountryCode: null,
          phoneVerified: false,
          phoneIsOnlySignInMethod: false,
        },
      ],
    });
    expect(local.state.users.map((u) => u.token)).toEqual([
      'mock-token',
      'mock-token-other',
      'replaced',
      't4',
    ]);
  });

  it('never writes to the console', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((name) =>
      vi.spyOn(console, name).mockImplementation(() => undefined),
    );
    await send();
    await send().catch(() => undefined);
    await clientFor()
      .bindPhone({ passCode: 'bad', ...free })
      .catch(() => undefined);
    mock.fail('send-sms', 'xss');
    await send(MOCK_PHONES.bound).catch(() => undefined);
    for (const spy of spies) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
  });
});
