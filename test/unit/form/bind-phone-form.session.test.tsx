import { screen, waitFor } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createGenAuthClient } from '../../../src/api/create-genauth-client.js';
import type { GenAuthError } from '../../../src/api/genauth-error.js';
import type { BindPhoneFormProps } from '../../../src/components/forms/bind-phone-form.js';
import { loadMessages } from '../../../src/i18n/catalogs.js';
import { enUS } from '../../../src/i18n/locales/en-US.js';
import { zhCN } from '../../../src/i18n/locales/zh-CN.js';
import { createGenAuthMock, MOCK_PHONES, MOCK_TOKENS } from '../../../src/mock/index.js';
import type { MockFault } from '../../../src/mock/types.js';
import {
  clientFor,
  parts,
  renderForm,
  requestsTo,
  sendCodeOk,
  settle,
  snapshotValues,
} from './form-harness.js';

// T17: the session expires mid-flow. onUnauthorized fires, nothing typed is lost, and the request
// is replayed at most once, only when the host says a fresh token is in place.

const mock = createGenAuthMock();
const server = setupServer(...mock.handlers);
const FREE = MOCK_PHONES.free.phoneNumber;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
  sessionStorage.clear();
  localStorage.clear();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

/** Number typed and code received; the bind is the next request. */
async function upToBind(props: BindPhoneFormProps) {
  const view = renderForm({ client: clientFor(mock), defaultCountry: 'CN', autoSubmit: false, ...props });
  await view.user.type(parts.phone(), FREE);
  await sendCodeOk(view.user);
  await view.user.type(parts.code(), mock.lastCode(FREE) ?? '');
  return view;
}

const SESSION_FAULTS: [string, MockFault][] = [
  ['401 in the body', 'unauthorized'],
  ['HTTP 401', { type: 'unauthorized', http: true }],
  ['a session apiCode (2206) with statusCode 400', { type: 'envelope', statusCode: 400, apiCode: 2206 }],
];

describe.each(SESSION_FAULTS)('T17 on bind: %s', (_, fault) => {
  it('resolves true → exactly one replay, which binds', async () => {
    const onUnauthorized = vi.fn(() => Promise.resolve(true));
    const onSuccess = vi.fn();
    const { user } = await upToBind({ onUnauthorized, onSuccess });
    mock.fail('bind-phone', fault);
    await user.click(parts.submit());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(requestsTo(mock, 'bind-phone')).toHaveLength(2);
  });

  it('resolves true but the replay fails again → still one replay; error shown, values kept', async () => {
    const onUnauthorized = vi.fn(() => true);
    const onError = vi.fn();
    const { user } = await upToBind({ onUnauthorized, onError });
    const before = snapshotValues();
    mock.fail('bind-phone', fault, { times: 5 });
    await user.click(parts.submit());
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    await settle(50);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(requestsTo(mock, 'bind-phone')).toHaveLength(2);
    expect(parts.alert()).toHaveTextContent(/sign in again/i);
    expect(snapshotValues()).toEqual(before);
  });

  it.each([
    ['false', () => false],
    ['void', () => undefined],
    ['a promise of false', () => Promise.resolve(false)],
    ['a rejection', () => Promise.reject(new Error('refresh failed: secret-refresh-token'))],
  ])('resolves %s → no replay; the session message, values kept', async (__, handler) => {
    const onUnauthorized = vi.fn(handler);
    const onError = vi.fn();
    const { user } = await upToBind({ onUnauthorized, onError });
    const before = snapshotValues();
    mock.fail('bind-phone', fault);
    await user.click(parts.submit());
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    await settle(50);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(requestsTo(mock, 'bind-phone')).toHaveLength(1);
    expect(parts.alert()).toHaveTextContent(/sign in again/i);
    expect(parts.alert()).not.toHaveTextContent('secret');
    expect(snapshotValues()).toEqual(before);
  });
});

describe('T17 on send', () => {
  it.each(SESSION_FAULTS)('%s, resolves true → one replay, the code is sent', async (_, fault) => {
    const onUnauthorized = vi.fn(() => true);
    const { user } = renderForm({ client: clientFor(mock), defaultCountry: 'CN', onUnauthorized });
    await user.type(parts.phone(), FREE);
    mock.fail('send-sms', fault);
    await sendCodeOk(user);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(requestsTo(mock, 'send-sms')).toHaveLength(2);
  });

  it.each(SESSION_FAULTS)('%s, resolves false → no replay, values kept', async (_, fault) => {
    const onUnauthorized = vi.fn(() => false);
    const { user } = renderForm({ client: clientFor(mock), defaultCountry: 'CN', onUnauthorized });
    await user.type(parts.phone(), FREE);
    const before = snapshotValues();
    mock.fail('send-sms', fault);
    await user.click(parts.send());
    await waitFor(() => expect(parts.alert()).toHaveTextContent(/sign in again/i));
    await settle(50);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(requestsTo(mock, 'send-sms')).toHaveLength(1);
    expect(parts.send()).toHaveTextContent('Send code');
    expect(snapshotValues()).toEqual(before);
  });
});

describe('T17 the way it happens: a token expires mid-flow, getAccessToken refreshes it', () => {
  it('the bind fails with the old token, is replayed once with the fresh one, and binds', async () => {
    let token = 'expired-token';
    const client = createGenAuthClient({
      appHost: mock.appHost,
      appId: mock.appId,
      getAccessToken: () => token,
    });
    const onUnauthorized = vi.fn(async () => {
      token = MOCK_TOKENS.noPhone;
      return true;
    });
    const onSuccess = vi.fn();
    const { user } = renderForm({ client, defaultCountry: 'CN', onUnauthorized, onSuccess });
    await user.type(parts.phone(), FREE);
    await sendCodeOk(user);
    await user.type(parts.code(), mock.lastCode(FREE) ?? '');
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    const binds = requestsTo(mock, 'bind-phone');
    expect(binds.map((request) => request.headers.authorization)).toEqual([
      'Bearer expired-token',
      `Bearer ${MOCK_TOKENS.noPhone}`,
    ]);
    expect(binds[0]?.body).toEqual(binds[1]?.body);
    expect(screen.getByRole('status')).toHaveTextContent(/is now bound/);
  });

  it('without onUnauthorized the form says to sign in again and keeps everything', async () => {
    const client = createGenAuthClient({ appHost: mock.appHost, appId: mock.appId, accessToken: 'expired' });
    const onError = vi.fn();
    const { user } = renderForm({ client, defaultCountry: 'CN', autoSubmit: false, onError });
    await user.type(parts.phone(), FREE);
    await sendCodeOk(user);
    await user.type(parts.code(), mock.lastCode(FREE) ?? '');
    const before = snapshotValues();
    await user.click(parts.submit());
    await waitFor(() => expect(parts.alert()).toHaveTextContent(enUS.apiCodes[2020]));
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ statusCode: 401, apiCode: 2020 }));
    expect(requestsTo(mock, 'bind-phone')).toHaveLength(1);
    expect(snapshotValues()).toEqual(before);
  });
});

describe('a getAccessToken that throws is the app failing to get a token, not an expired session', () => {
  /** A client whose provider throws until `works` is set, like one that reads an undeclared variable. */
  function brokenClient(thrown: Error, state = { works: false }) {
    return createGenAuthClient({
      appHost: mock.appHost,
      appId: mock.appId,
      getAccessToken: () => {
        if (!state.works) throw thrown;
        return MOCK_TOKENS.noPhone;
      },
    });
  }

  function alertLines() {
    return Array.from(parts.alert().querySelectorAll('p'), (p) => p.textContent);
  }

  it.each([
    ['en-US', enUS],
    ['zh-CN', zhCN],
  ] as const)(
    'on send (%s): its own message, onError with the cause, no onUnauthorized, one console.error',
    async (locale, messages) => {
      await loadMessages(locale);
      const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const thrown = new ReferenceError('session is not defined');
      const onError = vi.fn<(error: GenAuthError) => void>();
      const onUnauthorized = vi.fn(() => true);
      const { user } = renderForm({
        client: brokenClient(thrown),
        locale,
        defaultCountry: 'CN',
        onError,
        onUnauthorized,
      });
      await user.type(parts.phone(), FREE);
      const before = snapshotValues();
      await user.click(parts.send());
      await waitFor(() => expect(parts.alert()).toHaveAttribute('data-state', 'open'));
      expect(alertLines()).toEqual([messages.errors.token, messages.send.notSent]);
      expect(document.body.textContent).not.toContain(messages.errors.unauthorized);
      // Nothing left the browser, so nothing waits for a cooldown: "Try again" is offered.
      expect(screen.getByRole('button', { name: messages.form.retry })).toBeInTheDocument();
      expect(parts.send()).not.toHaveAttribute('aria-disabled');
      expect(requestsTo(mock, 'send-sms')).toHaveLength(0);
      expect(snapshotValues()).toEqual(before);

      expect(onUnauthorized).not.toHaveBeenCalled();
      expect(onError).toHaveBeenCalledTimes(1);
      const error = onError.mock.calls[0]?.[0];
      expect(error).toMatchObject({ kind: 'token' });
      expect(error?.cause).toBe(thrown);
      // The profile and tenant reads on mount failed the same way: still one line in the console.
      expect(consoleError).toHaveBeenCalledTimes(1);
      expect(consoleError.mock.calls[0]).toContain(thrown);
    },
  );

  it('on bind: the token message without a send line, no onUnauthorized, no replay', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const thrown = new TypeError("Cannot read properties of undefined (reading 'token')");
    const state = { works: true };
    const onError = vi.fn<(error: GenAuthError) => void>();
    const onUnauthorized = vi.fn(() => true);
    const { user } = renderForm({
      client: brokenClient(thrown, state),
      defaultCountry: 'CN',
      autoSubmit: false,
      onError,
      onUnauthorized,
    });
    await user.type(parts.phone(), FREE);
    await sendCodeOk(user);
    await user.type(parts.code(), mock.lastCode(FREE) ?? '');
    const before = snapshotValues();
    state.works = false;
    await user.click(parts.submit());
    await waitFor(() => expect(parts.alert()).toHaveAttribute('data-state', 'open'));
    expect(alertLines()).toEqual([enUS.errors.token]);
    expect(onUnauthorized).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'token', cause: thrown }));
    expect(requestsTo(mock, 'bind-phone')).toHaveLength(0);
    expect(snapshotValues()).toEqual(before);
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(consoleError.mock.calls[0]).toContain(thrown);
  });
});
