import { act, fireEvent, screen, waitFor } from '@testing-library/react';
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
  type Mock,
  type MockInstance,
} from 'vitest';
import type { GenAuthError } from '../../../src/api/genauth-error.js';
import type { BindPhoneResult } from '../../../src/hooks/forms/use-bind-phone-form.js';
import type { UnauthorizedHandler } from '../../../src/api/replay-after-reauth.js';
import { MAX_SERVER_MESSAGE_LENGTH } from '../../../src/api/sanitize-text.js';
import { apiQueryKey } from '../../../src/hooks/account/query-keys.js';
import { COOLDOWN_KEY_PREFIX } from '../../../src/hooks/code-step/cooldown-storage.js';
import { loadMessages } from '../../../src/i18n/catalogs.js';
import { formatMessage } from '../../../src/i18n/format-message.js';
import { enUS } from '../../../src/i18n/locales/en-US.js';
import { jaJP } from '../../../src/i18n/locales/ja-JP.js';
import { zhCN } from '../../../src/i18n/locales/zh-CN.js';
import { zhTW } from '../../../src/i18n/locales/zh-TW.js';
import type { Messages } from '../../../src/i18n/types.js';
import { createGenAuthMock, MOCK_PHONES } from '../../../src/mock/index.js';
import type { MockFault } from '../../../src/mock/types.js';
import type { BindPhoneFormProps } from '../../../src/components/forms/bind-phone-form.js';
import {
  clientFor,
  hostQueryClient,
  parts,
  renderForm,
  requestsTo,
  sendCodeOk,
  settle,
  snapshotValues,
  tagsIn,
} from './form-harness.js';

// T6: the 16 rows of the network fault matrix (../shared/docs/test-plan.md), for send-sms and for
// bind-phone, driven through the form against the mock. After every error the phone text, the
// country and the code must be byte-identical to what they were before the request.

const mock = createGenAuthMock();
const server = setupServer(...mock.handlers);
const NATIONAL = MOCK_PHONES.free.phoneNumber; // 13700137000
const FORMATTED = '137 0013 7000';

let consoleError: MockInstance<typeof console.error>;
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});
afterEach(() => {
  server.resetHandlers();
  mock.reset();
  sessionStorage.clear();
  localStorage.clear();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

interface Context {
  props: BindPhoneFormProps & {
    onError: Mock<(error: GenAuthError) => void>;
    onSuccess: Mock<(result: BindPhoneResult) => void>;
    onUnauthorized: Mock<UnauthorizedHandler>;
  };
  route: 'send-sms' | 'bind-phone';
}

interface Row {
  row: number;
  name: string;
  fault?: MockFault;
  /** Client options for this row (a short timeout for row 8). */
  timeoutMs?: number;
  /** Asserts the outcome; runs once the request settled. */
  expectSend: (context: Context) => Promise<void> | void;
  expectBind: (context: Context) => Promise<void> | void;
  /** Rows 15 and 16 drive the request themselves. */
  custom?: boolean;
}

const alertText = () => parts.alert().textContent ?? '';
const retryButton = () => screen.queryByRole('button', { name: enUS.form.retry });
const cooldownSeconds = () => Number(/Resend in (\d+)s/.exec(parts.send().textContent ?? '')?.[1] ?? 0);

/** The alert holds only the kit's own elements: the message, and the request id when there is one. */
function expectAlertOnlyKitElements() {
  for (const tag of tagsIn(parts.alert())) expect(['p', 'small', 'code']).toContain(tag);
}

function expectCooldownAbout(seconds: number) {
  const left = cooldownSeconds();
  expect(left).toBeGreaterThanOrEqual(seconds - 2);
  expect(left).toBeLessThanOrEqual(seconds);
}

async function expectFormAlert(text: string | RegExp, { retry }: { retry: boolean }) {
  await waitFor(() => expect(parts.alert()).toHaveAttribute('data-state', 'open'));
  if (typeof text === 'string') expect(alertText()).toContain(text);
  else expect(alertText()).toMatch(text);
  expectAlertOnlyKitElements();
  if (retry) expect(retryButton()).toBeInTheDocument();
  else expect(retryButton()).toBeNull();
}

/** Row 7 on send: the SMS may have gone out. Cooldown, the "if no code arrives" text, no retry. */
async function expectMaybeSent() {
  await waitFor(() =>
    expect(parts.sendStatus()).toHaveTextContent(
      /^We could not confirm that the code was sent\. If no code arrives, you can ask for a new one in (59|60) seconds\.$/,
    ),
  );
  expect(parts.alert().querySelectorAll('p')[1]).toHaveTextContent(enUS.send.unconfirmed);
  expectCooldownAbout(60);
  expect(parts.send()).toHaveAttribute('aria-disabled', 'true');
  // Nothing claims the code was sent, and nothing is retried on its own, nor offered by hand.
  expect(screen.queryByText(/Code sent to/)).toBeNull();
  expect(retryButton()).toBeNull();
  await settle(60);
  expect(requestsTo(mock, 'send-sms')).toHaveLength(1);
}

const rows: Row[] = [
  {
    row: 1,
    name: '200 {statusCode:200}',
    expectSend: async () => {
      await waitFor(() => expect(parts.code()).toHaveFocus());
      expect(screen.getByText(/Code sent to/)).toHaveTextContent('Code sent to +86 137****7000');
      expectCooldownAbout(60);
      expect(parts.sendStatus()).toHaveTextContent('Code sent. You can ask for another in 60 seconds.');
    },
    expectBind: async ({ props }) => {
      await waitFor(() => expect(props.onSuccess).toHaveBeenCalledTimes(1));
      expect(props.onSuccess).toHaveBeenCalledWith({
        phoneNumber: NATIONAL,
        phoneCountryCode: '+86',
        e164: `+86${NATIONAL}`,
      });
      expect(screen.getByRole('status')).toHaveTextContent(
        'Your phone number +86 137 0013 7000 is now bound to your account.',
      );
    },
  },
  {
    row: 2,
    name: '200 {statusCode:400, apiCode, message}',
    fault: { type: 'envelope', statusCode: 400, apiCode: 2028, message: 'Invalid phone number' },
    expectSend: async () => {
      await waitFor(() => expect(parts.phoneError()).toHaveTextContent(enUS.apiCodes[2028]));
      expect(parts.phone()).toHaveAttribute('aria-invalid', 'true');
      expect(parts.phone()).toHaveAccessibleDescription(enUS.apiCodes[2028]);
      await waitFor(() => expect(parts.phone()).toHaveFocus());
    },
    expectBind: async () => {
      await waitFor(() => expect(parts.phoneError()).toHaveTextContent(enUS.apiCodes[2028]));
      expect(parts.phone()).toHaveAccessibleDescription(enUS.apiCodes[2028]);
      await waitFor(() => expect(parts.phone()).toHaveFocus());
    },
  },
  {
    row: 3,
    name: '200 {statusCode:429}',
    fault: 'throttled',
    expectSend: async () => {
      await waitFor(() => expect(parts.sendError()).toHaveTextContent(enUS.send.throttled));
      expectCooldownAbout(60);
      // The throttle message is tied to the button it concerns.
      expect(parts.send()).toHaveAccessibleDescription(enUS.send.throttled);
    },
    expectBind: async () => {
      await expectFormAlert(/too many/i, { retry: false });
    },
  },
  {
    row: 4,
    name: 'HTTP 429 + Retry-After (clamped to 1 h)',
    fault: { type: 'retry-after', seconds: 7200 },
    expectSend: async () => {
      await waitFor(() => expect(parts.sendError()).toHaveTextContent(enUS.send.throttled));
      expectCooldownAbout(3600);
    },
    expectBind: async () => {
      await expectFormAlert(/too many/i, { retry: false });
      expectCooldownAbout(3600);
    },
  },
  {
    row: 5,
    name: '401 in the body',
    fault: 'unauthorized',
    expectSend: async ({ props }) => {
      await expectFormAlert(enUS.apiCodes[2020], { retry: false });
      expect(props.onUnauthorized).toHaveBeenCalledTimes(1);
    },
    expectBind: async ({ props }) => {
      await expectFormAlert(enUS.apiCodes[2020], { retry: false });
      expect(props.onUnauthorized).toHaveBeenCalledTimes(1);
    },
  },
  {
    row: 6,
    name: '403',
    fault: { type: 'forbidden', http: true },
    expectSend: async () => {
      await expectFormAlert('You are not allowed to do this', { retry: false });
      await settle(60);
      expect(requestsTo(mock, 'send-sms')).toHaveLength(1);
      expect(parts.send()).toHaveTextContent('Send code');
    },
    expectBind: async () => {
      await expectFormAlert('You are not allowed to do this', { retry: false });
      await settle(60);
      expect(requestsTo(mock, 'bind-phone')).toHaveLength(1);
    },
  },
  {
    row: 7,
    name: 'HTTP 502',
    fault: { type: 'server-error', status: 502 },
    expectSend: expectMaybeSent,
    expectBind: async () => {
      await expectFormAlert(enUS.errors.server, { retry: true });
      expect(alertText()).not.toContain('Internal server error');
      await settle(60);
      expect(requestsTo(mock, 'bind-phone')).toHaveLength(1);
    },
  },
  {
    row: 8,
    name: 'no answer until the client timeout',
    fault: 'hang',
    timeoutMs: 250,
    expectSend: async () => {
      await expectFormAlert(enUS.errors.timeout, { retry: false });
      await expectMaybeSent();
    },
    expectBind: async () => {
      await expectFormAlert(enUS.errors.timeout, { retry: true });
    },
  },
  {
    row: 9,
    name: 'fetch TypeError',
    fault: 'network-error',
    expectSend: async () => {
      await expectFormAlert(enUS.errors.network, { retry: true });
      // Nothing left the browser: no cooldown, the button sends at once.
      expect(parts.send()).toHaveTextContent('Send code');
      expect(parts.send()).not.toHaveAttribute('aria-disabled');
    },
    expectBind: async () => {
      await expectFormAlert(enUS.errors.network, { retry: true });
    },
  },
  {
    row: 10,
    name: '200 with an HTML page',
    fault: 'html',
    expectSend: async () => {
      await expectFormAlert(enUS.errors.badResponse, { retry: false });
      expect(alertText()).not.toContain('<');
      expect(document.querySelector('h1, script, title')).toBeNull();
      await expectMaybeSent();
    },
    expectBind: async () => {
      await expectFormAlert(enUS.errors.badResponse, { retry: true });
      expect(alertText()).not.toContain('<');
      expect(document.querySelector('h1, script, title')).toBeNull();
    },
  },
  {
    row: 11,
    name: '200 with truncated JSON',
    fault: 'truncated-json',
    expectSend: async () => {
      await expectFormAlert(enUS.errors.badResponse, { retry: false });
      await expectMaybeSent();
    },
    expectBind: async ({ props }) => {
      await expectFormAlert(enUS.errors.badResponse, { retry: true });
      expect(props.onSuccess).not.toHaveBeenCalled();
    },
  },
  {
    row: 12,
    name: '200 with an empty body',
    fault: 'empty',
    expectSend: async () => {
      await expectFormAlert(enUS.errors.badResponse, { retry: false });
      await expectMaybeSent();
    },
    expectBind: async ({ props }) => {
      await expectFormAlert(enUS.errors.badResponse, { retry: true });
      expect(props.onSuccess).not.toHaveBeenCalled();
    },
  },
  {
    row: 13,
    name: '200 {statusCode:"200"}',
    fault: 'string-status',
    expectSend: async () => {
      await expectFormAlert(enUS.errors.badResponse, { retry: false });
      await expectMaybeSent();
    },
    expectBind: async ({ props }) => {
      await expectFormAlert(enUS.errors.badResponse, { retry: true });
      expect(props.onSuccess).not.toHaveBeenCalled();
    },
  },
  {
    row: 14,
    name: '200 {statusCode:400, message: 100 kB of HTML}',
    fault: 'xss',
    expectSend: async () => {
      await expectFormAlert(/^<img src=x onerror="alert\(1\)"><script>/, { retry: false });
      const message = parts.alert().querySelector('p')?.textContent ?? '';
      expect(message.length).toBeLessThanOrEqual(MAX_SERVER_MESSAGE_LENGTH);
      expect(message.endsWith('…')).toBe(true);
      // eslint-disable-next-line no-control-regex -- the test looks for control characters
      expect(message).not.toMatch(/[\u0000-\u001f\u202e]/);
      expect(document.querySelector('img, svg, script')).toBeNull();
    },
    expectBind: async () => {
      await expectFormAlert(/^<img src=x onerror="alert\(1\)"><script>/, { retry: false });
      const message = parts.alert().querySelector('p')?.textContent ?? '';
      expect(message.length).toBeLessThanOrEqual(MAX_SERVER_MESSAGE_LENGTH);
      expect(document.querySelector('img, svg, script')).toBeNull();
    },
  },
  {
    row: 15,
    name: 'success after a slow answer while the user clicks 5 times',
    custom: true,
    expectSend: async ({ props }) => {
      mock.fail('send-sms', { type: 'delay', ms: 400 });
      const { user } = setup(props);
      await user.type(parts.phone(), NATIONAL);
      const before = snapshotValues();
      for (let i = 0; i < 5; i += 1) await user.click(parts.send());
      // Busy, announced, and the button keeps focus (aria-disabled, not disabled).
      expect(parts.send()).toHaveTextContent('Sending…');
      expect(parts.send()).toHaveAttribute('aria-disabled', 'true');
      expect(parts.sendStatus()).toHaveTextContent('Sending…');
      expect(parts.send()).toHaveFocus();
      await waitFor(() => expect(parts.code()).toHaveFocus());
      expect(requestsTo(mock, 'send-sms')).toHaveLength(1);
      expect(snapshotValues()).toEqual(before);
    },
    expectBind: async ({ props }) => {
      const { user } = setup({ ...props, autoSubmit: false });
      await user.type(parts.phone(), NATIONAL);
      await sendCodeOk(user);
      await user.type(parts.code(), mock.lastCode(NATIONAL) ?? '');
      mock.fail('bind-phone', { type: 'delay', ms: 400 });
      for (let i = 0; i < 5; i += 1) await user.click(parts.submit());
      expect(parts.submit()).toHaveTextContent('Binding…');
      expect(parts.submit()).toHaveAttribute('aria-disabled', 'true');
      expect(parts.status()).toHaveTextContent('Binding…');
      expect(screen.getByRole('form')).toHaveAttribute('aria-busy', 'true');
      expect(parts.submit()).toHaveFocus();
      await waitFor(() => expect(props.onSuccess).toHaveBeenCalledTimes(1));
      expect(requestsTo(mock, 'bind-phone')).toHaveLength(1);
    },
  },
  {
    row: 16,
    name: 'success after unmount',
    custom: true,
    expectSend: async ({ props }) => {
      mock.fail('send-sms', { type: 'delay', ms: 150 });
      const { user, unmount } = setup(props);
      await user.type(parts.phone(), NATIONAL);
      await user.click(parts.send());
      unmount();
      await act(() => settle(300));
      expect(requestsTo(mock, 'send-sms')).toHaveLength(1);
      expect(mock.lastCode(NATIONAL)).toMatch(/^\d{6}$/);
      expect(props.onError).not.toHaveBeenCalled();
      // The cooldown is kept: the next form (a remount, a reload) cannot send a second SMS yet.
      const key = `${COOLDOWN_KEY_PREFIX}CHANNEL_BIND_PHONE`;
      // Kept where every form of the origin sees it (whichever storage the cooldown uses).
      expect(localStorage.getItem(key) ?? sessionStorage.getItem(key)).toMatch(/\d/);
      setup(props);
      expectCooldownAbout(60);
    },
    expectBind: async ({ props }) => {
      const queryClient = hostQueryClient();
      const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
      const { user, unmount } = setup({ ...props, autoSubmit: false }, queryClient);
      await user.type(parts.phone(), NATIONAL);
      await sendCodeOk(user);
      await user.type(parts.code(), mock.lastCode(NATIONAL) ?? '');
      mock.fail('bind-phone', { type: 'delay', ms: 150 });
      await user.click(parts.submit());
      unmount();
      await act(() => settle(300));
      expect(mock.state.users.find((u) => u.userId === 'mock-user-no-phone')?.phone).toBe(NATIONAL);
      // No UI callbacks after unmount, but the profile query is invalidated for the rest of the app.
      expect(props.onSuccess).not.toHaveBeenCalled();
      expect(props.onError).not.toHaveBeenCalled();
      expect(invalidate).toHaveBeenCalledTimes(1);
      const key = invalidate.mock.calls[0]?.[0]?.queryKey ?? [];
      expect(key.at(-1)).toBe('profile');
      expect(queryClient.getQueryState(key)?.isInvalidated).toBe(true);
    },
  },
];

let currentClient = clientFor(mock);
function setup(props: BindPhoneFormProps, queryClient = hostQueryClient()) {
  return renderForm({ client: currentClient, defaultCountry: 'CN', ...props }, { queryClient });
}

function newContext(route: Context['route']): Context {
  return {
    route,
    props: {
      onError: vi.fn<(error: GenAuthError) => void>(),
      onSuccess: vi.fn<(result: BindPhoneResult) => void>(),
      onUnauthorized: vi.fn<UnauthorizedHandler>(),
    },
  };
}

describe('T6 network fault matrix, send-sms', () => {
  it.each(rows.map((row) => [row.row, row.name, row] as const))('row %i: %s', async (_, __, row) => {
    currentClient = clientFor(mock, undefined, row.timeoutMs ? { timeoutMs: row.timeoutMs } : {});
    const context = newContext('send-sms');
    if (row.custom) {
      await row.expectSend(context);
    } else {
      const { user } = setup(context.props);
      await user.type(parts.phone(), NATIONAL);
      expect(parts.phone()).toHaveValue(FORMATTED);
      const before = snapshotValues();
      if (row.fault) mock.fail('send-sms', row.fault);
      await user.click(parts.send());
      await row.expectSend(context);
      expect(snapshotValues()).toEqual(before);
      expect(requestsTo(mock, 'send-sms')).toHaveLength(1);
      if (row.row !== 1) expect(context.props.onError).toHaveBeenCalledTimes(1);
    }
    expect(consoleError).not.toHaveBeenCalled();
  });
});

describe('T6 network fault matrix, bind-phone', () => {
  it.each(rows.map((row) => [row.row, row.name, row] as const))('row %i: %s', async (_, __, row) => {
    currentClient = clientFor(mock, undefined, row.timeoutMs ? { timeoutMs: row.timeoutMs } : {});
    const context = newContext('bind-phone');
    if (row.custom) {
      await row.expectBind(context);
    } else {
      const { user } = setup({ ...context.props, autoSubmit: false });
      await user.type(parts.phone(), NATIONAL);
      await sendCodeOk(user);
      await user.type(parts.code(), mock.lastCode(NATIONAL) ?? '');
      const before = snapshotValues();
      expect(before.code).toMatch(/^\d{6}$/);
      if (row.fault) mock.fail('bind-phone', row.fault);
      await user.click(parts.submit());
      await row.expectBind(context);
      if (row.row !== 1) {
        expect(snapshotValues()).toEqual(before);
        expect(context.props.onError).toHaveBeenCalledTimes(1);
        expect(context.props.onSuccess).not.toHaveBeenCalled();
      }
      expect(requestsTo(mock, 'bind-phone')).toHaveLength(1);
    }
    expect(consoleError).not.toHaveBeenCalled();
  });
});

describe('T6 variants of rows 4, 5, 7, 9, 12, 13', () => {
  async function sendWith(fault: MockFault, props: Partial<BindPhoneFormProps> = {}) {
    const { user } = setup(props);
    await user.type(parts.phone(), NATIONAL);
    const before = snapshotValues();
    mock.fail('send-sms', fault);
    await user.click(parts.send());
    return before;
  }

  it('row 4: Retry-After in seconds sets the cooldown', async () => {
    const before = await sendWith({ type: 'retry-after', seconds: 120 });
    await waitFor(() => expect(parts.sendError()).toHaveTextContent(enUS.send.throttled));
    expectCooldownAbout(120);
    expect(snapshotValues()).toEqual(before);
  });

  it('row 4: Retry-After as an HTTP date sets the cooldown', async () => {
    const before = await sendWith({ type: 'retry-after', date: new Date(Date.now() + 90_000) });
    await waitFor(() => expect(parts.sendError()).toHaveTextContent(enUS.send.throttled));
    expectCooldownAbout(90);
    expect(snapshotValues()).toEqual(before);
  });

  it('row 4: Retry-After on an HTTP 200 answer with a 429 body', async () => {
    const before = await sendWith({ type: 'retry-after', seconds: 45, inBody: true });
    await waitFor(() => expect(parts.sendError()).toHaveTextContent(enUS.send.throttled));
    expectCooldownAbout(45);
    expect(snapshotValues()).toEqual(before);
  });

  it('row 5: HTTP 401 calls onUnauthorized and keeps the values', async () => {
    const onUnauthorized = vi.fn(() => false);
    const before = await sendWith({ type: 'unauthorized', http: true }, { onUnauthorized });
    await expectFormAlert(enUS.apiCodes[2020], { retry: false });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(snapshotValues()).toEqual(before);
  });

  it.each([
    ['HTTP 500', { type: 'server-error', status: 500 }],
    ['HTTP 503', { type: 'server-error', status: 503 }],
    ['body 500', { type: 'server-error', status: 500, inBody: true }],
    ['body 601 (SMS provider)', { type: 'server-error', status: 601 }],
  ] as const)('row 7 on send, %s: may have been sent', async (_, fault) => {
    const before = await sendWith(fault);
    await expectMaybeSent();
    expect(snapshotValues()).toEqual(before);
  });

  it('row 9: "offline" when the browser says so', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const before = await sendWith('network-error');
    await expectFormAlert(enUS.errors.offline, { retry: true });
    expect(snapshotValues()).toEqual(before);
  });

  it.each(['204', 'missing-status'] as const)('rows 12/13: %s is unreadable', async (fault) => {
    const before = await sendWith(fault);
    await expectFormAlert(enUS.errors.badResponse, { retry: false });
    await expectMaybeSent();
    expect(snapshotValues()).toEqual(before);
  });

  it('row 9: "Try again" sends again by hand, once per press', async () => {
    const { user } = setup({});
    await user.type(parts.phone(), NATIONAL);
    mock.fail('send-sms', 'network-error');
    await user.click(parts.send());
    await expectFormAlert(enUS.errors.network, { retry: true });
    await user.click(retryButton() as HTMLElement);
    await waitFor(() => expect(parts.code()).toHaveFocus());
    expect(requestsTo(mock, 'send-sms')).toHaveLength(2);
  });

  it('row 7 on bind: "Try again" submits again with the same values', async () => {
    const onSuccess = vi.fn();
    const { user } = setup({ autoSubmit: false, onSuccess });
    await user.type(parts.phone(), NATIONAL);
    await sendCodeOk(user);
    const code = mock.lastCode(NATIONAL) ?? '';
    await user.type(parts.code(), code);
    mock.fail('bind-phone', { type: 'server-error', status: 500 });
    await user.click(parts.submit());
    await expectFormAlert(enUS.errors.server, { retry: true });
    fireEvent.click(retryButton() as HTMLElement);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(requestsTo(mock, 'bind-phone').map((r) => r.body)).toEqual([
      { passCode: code, phoneNumber: NATIONAL, phoneCountryCode: '+86' },
      { passCode: code, phoneNumber: NATIONAL, phoneCountryCode: '+86' },
    ]);
  });

  it('row 1 on bind invalidates the profile query of the host QueryClient', async () => {
    const queryClient = hostQueryClient();
    const onSuccess = vi.fn();
    const { user } = setup({ onSuccess }, queryClient);
    await user.type(parts.phone(), NATIONAL);
    await sendCodeOk(user);
    await user.type(parts.code(), mock.lastCode(NATIONAL) ?? '');
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    const key = apiQueryKey(currentClient, 'profile');
    // Refetched by the form's own observer: the cache now holds the bound number.
    await waitFor(() => expect(queryClient.getQueryData(key)).toMatchObject({ phone: NATIONAL }));
    expect(requestsTo(mock, 'get-profile')).toHaveLength(2);
  });
});

describe('T6 on send, line by line: what happened, in the user language, and no "sent" unless accepted', () => {
  const CATALOGS: Record<string, Messages> = { 'en-US': enUS, 'zh-CN': zhCN, 'zh-TW': zhTW, 'ja-JP': jaJP };
  beforeAll(() => Promise.all(Object.keys(CATALOGS).map((locale) => loadMessages(locale))));

  /** Every line of the send step and the form: none may be left out of a check. */
  interface Lines {
    /** The send button's status line (read by screen readers when the cooldown starts). */
    status: string;
    /** The line next to the button (a throttled send). */
    sendError: string;
    /** The form alert's paragraphs. */
    alert: string[];
    /** The alert's request id line, when there is one. */
    requestId?: string;
    /** "Try again" offered. */
    retry: boolean;
    /** Seconds of cooldown (0: none). */
    cooldown: number;
  }

  const SERVER_400 = 'International SMS is not enabled for this application';
  const seconds = (template: string, n: number) => formatMessage(template, { seconds: n });

  const ROWS: [string, MockFault, number | undefined, (m: Messages) => Lines][] = [
    [
      'row 4: HTTP 429 with Retry-After: 120',
      { type: 'retry-after', seconds: 120 },
      undefined,
      (m) => ({
        status: seconds(m.send.refused, 120),
        sendError: m.send.throttled,
        alert: [],
        retry: false,
        cooldown: 120,
      }),
    ],
    [
      'row 3: body statusCode 429',
      'throttled',
      undefined,
      (m) => ({
        status: seconds(m.send.refused, 60),
        sendError: m.send.throttled,
        alert: [],
        retry: false,
        cooldown: 60,
      }),
    ],
    [
      'row 7: HTTP 500 (may have been sent)',
      {
        type: 'envelope',
        httpStatus: 500,
        statusCode: 500,
        message: 'Internal server error',
        requestId: 'req-500',
      },
      undefined,
      (m) => ({
        status: seconds(m.send.maybeSent, 60),
        sendError: '',
        alert: [m.errors.server, m.send.unconfirmed],
        requestId: `${m.form.requestId}: req-500`,
        retry: false,
        cooldown: 60,
      }),
    ],
    [
      'row 8: no answer until the client timeout (may have been sent)',
      'hang',
      250,
      (m) => ({
        status: seconds(m.send.maybeSent, 60),
        sendError: '',
        alert: [m.errors.timeout, m.send.unconfirmed],
        retry: false,
        cooldown: 60,
      }),
    ],
    [
      'row 9: fetch TypeError',
      'network-error',
      undefined,
      (m) => ({
        status: '',
        sendError: '',
        alert: [m.errors.network, m.send.notSent],
        retry: true,
        cooldown: 0,
      }),
    ],
    [
      'row 2: 400 with an apiCode the kit does not know (the server says what)',
      { type: 'envelope', statusCode: 400, apiCode: 2999, message: SERVER_400, requestId: 'req-400' },
      undefined,
      (m) => ({
        status: '',
        sendError: '',
        alert: [SERVER_400, m.send.notSent],
        requestId: `${m.form.requestId}: req-400`,
        retry: false,
        cooldown: 0,
      }),
    ],
  ];

  /** The words of a template before or after its first placeholder, e.g. "Code sent. You can ask…". */
  const claimOf = (template: string) =>
    template
      .split(/\{\w+\}/)
      .map((part) => part.trim())
      .find((part) => part.length > 0) ?? template;

  describe.each(Object.keys(CATALOGS))('%s', (locale) => {
    const m = CATALOGS[locale] as Messages;

    it.each(ROWS)('%s', async (_, fault, timeoutMs, expectedOf) => {
      const expected = expectedOf(m);
      currentClient = clientFor(mock, undefined, timeoutMs ? { timeoutMs } : {});
      const onError = vi.fn();
      const { user } = setup({ locale, onError });
      await user.type(parts.phone(), NATIONAL);
      const before = snapshotValues();
      mock.fail('send-sms', fault);
      await user.click(parts.send());
      await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));

      const alertLines = Array.from(parts.alert().querySelectorAll('p'), (p) => p.textContent);
      expect({
        status: parts.sendStatus().textContent,
        sendError: parts.sendError().textContent,
        alert: alertLines,
        requestId: parts.alert().querySelector('small')?.textContent,
        retry: screen.queryByRole('button', { name: m.form.retry }) !== null,
      }).toEqual({ ...expected, cooldown: undefined, requestId: expected.requestId });
      if (expected.cooldown) expect(parts.send()).toHaveAttribute('aria-disabled', 'true');
      else expect(parts.send()).not.toHaveAttribute('aria-disabled');
      if (expected.sendError) expect(parts.send()).toHaveAccessibleDescription(expected.sendError);

      // Nothing was accepted: no line anywhere says a code was sent.
      const page = document.body.textContent ?? '';
      expect(page).not.toContain(claimOf(m.send.sent));
      expect(page).not.toContain(claimOf(m.code.sentTo));
      expect(document.querySelector('[data-slot="sent"]')).toBeNull();
      // The server's raw words for a throttle or a 5xx are not shown.
      expect(page).not.toMatch(
        /Too many requests, please|Internal server error|请求过于频繁，请稍后|請求過於頻繁|リクエストが多すぎます。しばらく/,
      );
      expect(snapshotValues()).toEqual(before);
      expect(requestsTo(mock, 'send-sms')).toHaveLength(1);
    });
  });

  it('row 1, for contrast: an accepted send says so, in every line that speaks of it', async () => {
    const { user } = setup({});
    await user.type(parts.phone(), NATIONAL);
    await sendCodeOk(user);
    expect(parts.sendStatus()).toHaveTextContent(seconds(enUS.send.sent, 60));
    expect(screen.getByText(/Code sent to/)).toHaveTextContent('Code sent to +86 137****7000');
    expect(parts.alert()).toBeEmptyDOMElement();
    expect(parts.sendError()).toBeEmptyDOMElement();
  });
});
