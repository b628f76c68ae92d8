// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createGenAuthClient } from '../../../src/api/create-genauth-client.js';
import type { GenAuthError } from '../../../src/api/genauth-error.js';
import { ChangePhoneForm } from '../../../src/components/forms/change-phone-form.js';
import { UnbindPhoneButton } from '../../../src/components/forms/unbind-phone-button.js';
import type { UnauthorizedHandler } from '../../../src/api/replay-after-reauth.js';
import { enUS } from '../../../src/i18n/locales/en-US.js';
import { createGenAuthMock, MOCK_PHONES, MOCK_TOKENS } from '../../../src/mock/index.js';
import type { MockFault, MockRoute } from '../../../src/mock/types.js';
import { clientFor, parts, requestsTo, settle, type User } from './change-harness.js';

// T17 for the change and unbind flows (mirrors bind-phone-form.session.test.tsx): the session
// expires mid-flow. onUnauthorized fires once, nothing typed is lost, and the request is replayed
// at most once, only when the host says a fresh token is in place.

const mock = createGenAuthMock({ resendIntervalMs: 0 });
const server = setupServer(...mock.handlers);
const NEW = MOCK_PHONES.free.phoneNumber;
const CURRENT = MOCK_PHONES.bound.phoneNumber;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
  sessionStorage.clear();
  localStorage.clear();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

const boundUser = () => mock.state.users.find((user) => user.token === MOCK_TOKENS.bound);

/** The callbacks every test hands to the component under test. */
interface Hooks {
  onUnauthorized: UnauthorizedHandler;
  onError: (error: GenAuthError) => void;
  onSuccess: () => void;
}

/** One request of a flow that the session can expire on. */
interface Stage {
  route: MockRoute;
  /** Renders and walks the flow up to the request; `act` is the gesture that sends it. */
  arrange: (hooks: Hooks) => Promise<{ user: User; act: () => Promise<void> }>;
  /** Everything the user typed or picked, as on screen. */
  values: () => Record<string, string | null>;
  /** What the user sees, and the mock holds, once the request went through. */
  wentThrough: (hooks: Hooks) => Promise<void>;
}

function renderChange(hooks: Hooks, client = clientFor(mock)) {
  const user = userEvent.setup();
  render(<ChangePhoneForm client={client} defaultCountry="CN" autoSubmit={false} {...hooks} />);
  return user;
}

function renderUnbind(hooks: Hooks) {
  const user = userEvent.setup();
  render(<UnbindPhoneButton client={clientFor(mock)} defaultOpen {...hooks} />);
  return user;
}

/** New number typed, its code sent and typed; verify is the next request. */
async function changeUpToSubmit(hooks: Hooks, client?: ReturnType<typeof clientFor>) {
  const user = renderChange(hooks, client);
  await user.type(parts.phone(), NEW);
  await user.click(parts.send());
  await waitFor(() => expect(parts.code()).toHaveFocus());
  await user.type(parts.code(), mock.lastCode(NEW) ?? '');
  return { user, act: () => user.click(parts.submit()) };
}

/** Code sent to the current number and typed; unbind is the next request. */
async function unbindUpToConfirm(hooks: Hooks) {
  const user = renderUnbind(hooks);
  await waitFor(() => expect(parts.send()).not.toHaveAttribute('aria-disabled'));
  await user.click(parts.send());
  await waitFor(() => expect(parts.code()).toHaveFocus());
  await user.type(parts.code(), mock.lastCode(CURRENT, 'CHANNEL_UNBIND_PHONE') ?? '');
  return { user, act: () => user.click(parts.submit()) };
}

const changeValues = () => ({
  phone: parts.phone().value,
  country: parts.country().textContent,
  code: parts.code().value,
});
const unbindValues = () => ({ code: parts.code().value });

async function changed(hooks: Hooks) {
  await waitFor(() => expect(hooks.onSuccess).toHaveBeenCalledTimes(1));
  expect(screen.getByRole('status')).toHaveTextContent('Your phone number is now +86 137 0013 7000.');
  expect(boundUser()?.phone).toBe(NEW);
  expect(requestsTo(mock, 'update-phone').length).toBeGreaterThanOrEqual(1);
}

const STAGES: [string, Stage][] = [
  [
    'ChangePhoneForm send-sms',
    {
      route: 'send-sms',
      arrange: async (hooks) => {
        const user = renderChange(hooks);
        await user.type(parts.phone(), NEW);
        return { user, act: () => user.click(parts.send()) };
      },
      values: changeValues,
      wentThrough: async () => {
        await waitFor(() => expect(parts.code()).toHaveFocus());
        expect(parts.form()).toHaveTextContent('Code sent to +86 137****7000');
        expect(mock.state.outbox.map((sms) => sms.phoneNumber)).toEqual([NEW]);
      },
    },
  ],
  [
    'ChangePhoneForm verify',
    {
      route: 'verify-update-phone-request',
      arrange: changeUpToSubmit,
      values: changeValues,
      wentThrough: changed,
    },
  ],
  [
    'ChangePhoneForm update',
    { route: 'update-phone', arrange: changeUpToSubmit, values: changeValues, wentThrough: changed },
  ],
  [
    'UnbindPhoneButton send-sms',
    {
      route: 'send-sms',
      arrange: async (hooks) => {
        const user = renderUnbind(hooks);
        await waitFor(() => expect(parts.send()).not.toHaveAttribute('aria-disabled'));
        return { user, act: () => user.click(parts.send()) };
      },
      values: unbindValues,
      wentThrough: async () => {
        await waitFor(() => expect(parts.code()).toHaveFocus());
        expect(parts.form()).toHaveTextContent('Code sent to +86 138****8000');
        expect(mock.state.outbox.map((sms) => sms.channel)).toEqual(['CHANNEL_UNBIND_PHONE']);
      },
    },
  ],
  [
    'UnbindPhoneButton unbind',
    {
      route: 'unbind-phone',
      arrange: unbindUpToConfirm,
      values: unbindValues,
      wentThrough: async (hooks) => {
        await waitFor(() => expect(hooks.onSuccess).toHaveBeenCalledTimes(1));
        expect(screen.getByRole('status')).toHaveTextContent(enUS.change.removeSuccess);
        expect(boundUser()?.phone).toBeNull();
      },
    },
  ],
];

/** A session fault, and the error the user sees and onError hears of. */
interface SessionFault {
  fault: MockFault;
  text: string;
  error: { statusCode: number; apiCode: number };
}

const SIGNED_OUT = { text: enUS.apiCodes[2020], error: { statusCode: 401, apiCode: 2020 } };
const SIGNED_OUT_FAULT: SessionFault = { fault: 'unauthorized', ...SIGNED_OUT };
const SESSION_FAULTS: [string, SessionFault][] = [
  ['401 in the body', SIGNED_OUT_FAULT],
  ['HTTP 401', { fault: { type: 'unauthorized', http: true }, ...SIGNED_OUT }],
  [
    'a session apiCode (2206) with statusCode 400',
    {
      fault: { type: 'envelope', statusCode: 400, apiCode: 2206 },
      text: enUS.apiCodes[2206],
      error: { statusCode: 400, apiCode: 2206 },
    },
  ],
];

const CASES = STAGES.flatMap(([stage, spec]) =>
  SESSION_FAULTS.map(([name, session]) => [`${stage}, ${name}`, spec, session] as const),
);

function hooksWith(onUnauthorized: UnauthorizedHandler) {
  return { onUnauthorized: vi.fn(onUnauthorized), onError: vi.fn(), onSuccess: vi.fn() };
}

/** The session error is on screen, said once, with nothing else lost or sent. */
async function expectSessionError(
  hooks: ReturnType<typeof hooksWith>,
  session: SessionFault,
  route: MockRoute,
  requests: number,
) {
  await waitFor(() => expect(parts.alert()).toHaveTextContent(session.text));
  await settle(50);
  expect(hooks.onUnauthorized).toHaveBeenCalledTimes(1);
  expect(hooks.onError).toHaveBeenCalledTimes(1);
  expect(hooks.onError).toHaveBeenCalledWith(expect.objectContaining(session.error));
  expect(hooks.onSuccess).not.toHaveBeenCalled();
  expect(requestsTo(mock, route)).toHaveLength(requests);
  expect(parts.form()).not.toHaveAttribute('aria-busy');
}

describe.each(CASES)('T17 on %s', (_, stage, session) => {
  it.each([
    ['true', () => true],
    ['a promise of true', () => Promise.resolve(true)],
  ])(
    'onUnauthorized → %s: exactly one replay, the same request, and the flow goes on',
    async (__, handler) => {
      const hooks = hooksWith(handler);
      const { act } = await stage.arrange(hooks);
      mock.fail(stage.route, session.fault);
      await act();
      await stage.wentThrough(hooks);
      await settle(50);
      expect(hooks.onUnauthorized).toHaveBeenCalledTimes(1);
      expect(hooks.onError).not.toHaveBeenCalled();
      const sent = requestsTo(mock, stage.route);
      expect(sent).toHaveLength(2);
      expect(sent[1]?.body).toEqual(sent[0]?.body);
    },
  );

  it('onUnauthorized → true but the replay gets 401 again: asked once, no second replay, error shown', async () => {
    const hooks = hooksWith(() => true);
    const { act } = await stage.arrange(hooks);
    const before = stage.values();
    mock.fail(stage.route, session.fault, { times: 5 });
    await act();
    await expectSessionError(hooks, session, stage.route, 2);
    expect(stage.values()).toEqual(before);
  });

  it.each([
    ['false', () => false],
    ['undefined (void)', () => undefined],
    ['a rejection', () => Promise.reject(new Error('refresh failed: secret-refresh-token'))],
  ])('onUnauthorized → %s: no replay, the session error, values kept', async (__, handler) => {
    const hooks = hooksWith(handler);
    const { act } = await stage.arrange(hooks);
    const before = stage.values();
    mock.fail(stage.route, session.fault);
    await act();
    await expectSessionError(hooks, session, stage.route, 1);
    expect(parts.alert()).not.toHaveTextContent('secret');
    expect(stage.values()).toEqual(before);
  });
});

describe('T17 after a refused replay the user can finish', () => {
  it('update-phone 401, not refreshed: submitting again updates with the kept token, no new verify', async () => {
    const hooks = hooksWith(() => false);
    const { act } = await changeUpToSubmit(hooks);
    mock.fail('update-phone', SIGNED_OUT_FAULT.fault);
    await act();
    await expectSessionError(hooks, SIGNED_OUT_FAULT, 'update-phone', 1);
    await act();
    await changed(hooks);
    expect(requestsTo(mock, 'verify-update-phone-request')).toHaveLength(1);
    const tokens = requestsTo(mock, 'update-phone').map(
      (r) => (r.body as { updatePhoneToken: string }).updatePhoneToken,
    );
    expect(tokens).toHaveLength(2);
    expect(tokens[1]).toBe(tokens[0]);
  });
});

describe('T17 the way it happens: the token expires mid-flow, getAccessToken refreshes it', () => {
  it('the change verify fails with the old token, is replayed once with the fresh one, and changes', async () => {
    let token: string = MOCK_TOKENS.bound;
    const client = createGenAuthClient({
      appHost: mock.appHost,
      appId: mock.appId,
      getAccessToken: () => token,
    });
    const hooks = hooksWith(() => {
      token = MOCK_TOKENS.bound;
      return true;
    });
    const { act } = await changeUpToSubmit(hooks, client);
    token = 'expired-token';
    await act();
    await changed(hooks);
    expect(hooks.onUnauthorized).toHaveBeenCalledTimes(1);
    const verifies = requestsTo(mock, 'verify-update-phone-request');
    expect(verifies.map((request) => request.headers.authorization)).toEqual([
      'Bearer expired-token',
      `Bearer ${MOCK_TOKENS.bound}`,
    ]);
    expect(requestsTo(mock, 'update-phone').map((request) => request.headers.authorization)).toEqual([
      `Bearer ${MOCK_TOKENS.bound}`,
    ]);
  });
});

describe('a getAccessToken that throws is the app failing to get a token, not an expired session', () => {
  function brokenClient(thrown: Error, state: { works: boolean }) {
    return createGenAuthClient({
      appHost: mock.appHost,
      appId: mock.appId,
      getAccessToken: () => {
        if (!state.works) throw thrown;
        return MOCK_TOKENS.bound;
      },
    });
  }
  const alertLines = () => Array.from(parts.alert().querySelectorAll('p'), (p) => p.textContent);

  it('ChangePhoneForm send: the token message, Try again once it works, never onUnauthorized', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const thrown = new ReferenceError('auth is not defined');
    const state = { works: false };
    const hooks = hooksWith(() => true);
    const user = renderChange(hooks, brokenClient(thrown, state));
    await user.type(parts.phone(), NEW);
    await user.click(parts.send());
    await waitFor(() => expect(alertLines()).toEqual([enUS.errors.token, enUS.send.notSent]));
    expect(document.body.textContent).not.toContain(enUS.errors.unauthorized);
    expect(hooks.onUnauthorized).not.toHaveBeenCalled();
    expect(hooks.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'token', cause: thrown }));
    expect(mock.requests).toHaveLength(0);
    // The profile read on mount failed the same way: one line in the console for both.
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(consoleError.mock.calls[0]).toContain(thrown);

    state.works = true;
    await user.click(parts.retry());
    await waitFor(() => expect(parts.code()).toHaveFocus());
    expect(parts.form()).toHaveTextContent('Code sent to +86 137****7000');
    expect(requestsTo(mock, 'send-sms')).toHaveLength(1);
    expect(hooks.onUnauthorized).not.toHaveBeenCalled();
  });

  it('UnbindPhoneButton send: the token message and "No code was sent.", onError with the cause', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const thrown = new TypeError("Cannot read properties of undefined (reading 'token')");
    const state = { works: true };
    const hooks = hooksWith(() => true);
    const user = userEvent.setup();
    render(<UnbindPhoneButton client={brokenClient(thrown, state)} defaultOpen {...hooks} />);
    await waitFor(() => expect(parts.send()).not.toHaveAttribute('aria-disabled'));
    state.works = false;
    await user.click(parts.send());
    await waitFor(() => expect(alertLines()).toEqual([enUS.errors.token, enUS.send.notSent]));
    expect(hooks.onUnauthorized).not.toHaveBeenCalled();
    expect(hooks.onError).toHaveBeenCalledTimes(1);
    expect(hooks.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'token', cause: thrown }));
    expect(requestsTo(mock, 'send-sms')).toHaveLength(0);
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(consoleError.mock.calls[0]).toContain(thrown);
  });
});
