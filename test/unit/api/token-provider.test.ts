// @vitest-environment node
import { setupServer } from 'msw/node';
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
  type MockInstance,
} from 'vitest';
import { createGenAuthClient, type GenAuthClientOptions } from '../../../src/api/create-genauth-client.js';
import { describeError } from '../../../src/api/error-map.js';
import { GenAuthError } from '../../../src/api/genauth-error.js';
import { isDevelopment } from '../../../src/api/token-failure.js';
import { errorMessage } from '../../../src/i18n/form-failure.js';
import { enUS } from '../../../src/i18n/locales/en-US.js';
import { jaJP } from '../../../src/i18n/locales/ja-JP.js';
import { zhCN } from '../../../src/i18n/locales/zh-CN.js';
import { zhTW } from '../../../src/i18n/locales/zh-TW.js';
import { createGenAuthMock, MOCK_TOKENS } from '../../../src/mock/index.js';

// A getAccessToken that throws or rejects is the app's own failure (a bug, a refresh that failed),
// not an expired session: its own error kind, the cause kept, one console.error in development.

const mock = createGenAuthMock();
const server = setupServer(...mock.handlers);
let consoleError: MockInstance<typeof console.error>;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  mock.reset();
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});
afterAll(() => server.close());

function client(getAccessToken: GenAuthClientOptions['getAccessToken']) {
  return createGenAuthClient({ appHost: mock.appHost, appId: mock.appId, getAccessToken });
}

async function failure(call: Promise<unknown>): Promise<GenAuthError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof GenAuthError)) throw new Error(`expected a GenAuthError, got ${String(error)}`);
  return error;
}

/** Everything console.error was given, as text (an Error with its message and stack). */
function logged(): string {
  return consoleError.mock.calls
    .flat()
    .map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}\n${arg.stack ?? ''}` : String(arg)))
    .join('\n');
}

describe('a token provider that fails', () => {
  it('rejects with kind token, the thrown error as cause, and sends nothing', async () => {
    // What an undeclared variable in the app's provider throws.
    const thrown = new ReferenceError('session is not defined');
    const error = await failure(
      client(() => {
        throw thrown;
      }).sendSms({ phoneNumber: '13700137000', phoneCountryCode: '+86', channel: 'CHANNEL_BIND_PHONE' }),
    );
    expect(error).toMatchObject({ kind: 'token', statusCode: undefined, httpStatus: undefined });
    expect(error.cause).toBe(thrown);
    expect(error.message).toMatch(/getAccessToken/);
    expect(mock.requests).toHaveLength(0);
  });

  it('does the same for a provider that rejects', async () => {
    const thrown = new Error('refresh endpoint answered 500');
    const error = await failure(client(() => Promise.reject(thrown)).getProfile());
    expect(error.kind).toBe('token');
    expect(error.cause).toBe(thrown);
    expect(mock.requests).toHaveLength(0);
  });

  it('is not a session error: no re-auth, the token message in every catalog', async () => {
    const error = await failure(
      client(() => {
        throw new Error('boom');
      }).getProfile(),
    );
    const description = describeError(error);
    expect(description).toEqual({
      field: 'form',
      action: 'retry',
      messageKey: 'token',
      useServerMessage: false,
    });
    expect(errorMessage(enUS, description, error)).toBe(
      'The app could not get a sign-in token. If this keeps happening, reload the page.',
    );
    for (const catalog of [enUS, zhCN, zhTW, jaJP]) {
      expect(errorMessage(catalog, description, error)).toBe(catalog.errors.token);
      expect(catalog.errors.token).not.toBe(catalog.errors.unauthorized);
    }
    expect(errorMessage(zhCN, description, error)).toBe(
      '应用无法获取登录凭证。如果问题持续出现，请刷新页面。',
    );
  });

  it('in development, logs once with the original error, until the provider works again', async () => {
    expect(isDevelopment()).toBe(true);
    const thrown = new TypeError("Cannot read properties of undefined (reading 'accessToken')");
    let broken = true;
    const c = client(() => {
      if (broken) throw thrown;
      return MOCK_TOKENS.noPhone;
    });
    await failure(c.getProfile());
    await failure(c.getCountryList());
    await failure(c.getProfile());
    expect(consoleError).toHaveBeenCalledTimes(1);
    const [text, original] = consoleError.mock.calls[0] ?? [];
    expect(text).toMatch(/getAccessToken threw or rejected/);
    expect(original).toBe(thrown);

    // It recovers, then fails again: that new failure is logged once more.
    broken = false;
    await c.getProfile();
    broken = true;
    await failure(c.getProfile());
    expect(consoleError).toHaveBeenCalledTimes(2);
    expect(consoleError.mock.calls[1]?.[1]).toBe(thrown);
  });

  it('each client logs its own provider once', async () => {
    const fail = () => {
      throw new Error('no session');
    };
    await failure(client(fail).getProfile());
    await failure(client(fail).getProfile());
    expect(consoleError).toHaveBeenCalledTimes(2);
  });

  it('never logs the token, even when the provider quotes the one it failed to refresh', async () => {
    const token = 'eyJhbGciOi.secret-payload.sig';
    let calls = 0;
    const c = client(() => {
      calls += 1;
      if (calls === 1) return token;
      throw new Error(`refresh of ${token} failed`);
    });
    await c.getCountryList();
    const error = await failure(c.getCountryList());
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(logged()).toContain('refresh of [redacted] failed');
    expect(logged()).not.toContain('secret-payload');
    // The error itself keeps the cause as thrown (the app's own object), but not in its own text.
    expect(`${error.message} ${error.stack ?? ''}`).not.toContain('secret-payload');
  });

  it('never logs in production', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(isDevelopment()).toBe(false);
    const error = await failure(
      client(() => {
        throw new Error('boom');
      }).getProfile(),
    );
    expect(error.kind).toBe('token');
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('counts as production where there is no `process` (a page without a bundler)', () => {
    const saved = globalThis.process;
    let result: boolean | undefined;
    // Synchronous, so nothing else runs while `process` is gone.
    Reflect.deleteProperty(globalThis, 'process');
    try {
      result = isDevelopment();
    } finally {
      globalThis.process = saved;
    }
    expect(result).toBe(false);
  });

  it('an abort while the provider runs stays an abort, and logs nothing', async () => {
    const controller = new AbortController();
    const c = client(
      () =>
        new Promise<string>((_, reject) => {
          controller.signal.addEventListener('abort', () => reject(new Error('provider gave up')));
        }),
    );
    const pending = c.getProfile({ signal: controller.signal });
    controller.abort();
    expect((await failure(pending)).kind).toBe('aborted');
    expect(consoleError).not.toHaveBeenCalled();
  });
});
