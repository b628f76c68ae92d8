import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { StrictMode, useState, type ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGenAuthClient } from '../../../src/api/create-genauth-client.js';
import { describeError } from '../../../src/api/error-map.js';
import type { GenAuthError } from '../../../src/api/genauth-error.js';
import type { GenAuthPhone, PhoneBindingApi } from '../../../src/api/types.js';
import { SendCodeButton } from '../../../src/components/fields/send-code-button.js';
import { COOLDOWN_KEY_PREFIX } from '../../../src/hooks/code-step/cooldown-storage.js';
import { useCooldown } from '../../../src/hooks/code-step/use-cooldown.js';
import { mayHaveSent } from '../../../src/api/genauth-error.js';
import { useSendSmsCode } from '../../../src/hooks/code-step/use-send-sms-code.js';
import { createGenAuthMock, MOCK_PHONES, MOCK_TOKENS } from '../../../src/mock/index.js';

// T7 (send side), T8 (no send during a cooldown) and T9 (lifecycle), counted at the mock's
// handler: every request that reached the network is in `mock.requests`.
const mock = createGenAuthMock({ resendIntervalMs: 0 });
const server = setupServer(...mock.handlers);
const api: PhoneBindingApi = createGenAuthClient({
  appHost: mock.appHost,
  appId: mock.appId,
  accessToken: MOCK_TOKENS.noPhone,
});
const sends = () => mock.requests.filter((request) => request.route === 'send-sms').length;

let counter = 0;
let queryClient: QueryClient;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  queryClient = new QueryClient();
  sessionStorage.clear();
});
afterEach(() => {
  mock.reset();
  queryClient.clear();
  vi.restoreAllMocks();
  vi.useRealTimers();
});
afterAll(() => server.close());

/** What the form will do: one send per accepted press, the cooldown from the outcome. */
function SendHarness({
  storageKey,
  phone = MOCK_PHONES.free,
  seconds = 60,
  lang,
}: {
  storageKey: string;
  phone?: GenAuthPhone;
  seconds?: number;
  lang?: string;
}) {
  const cooldown = useCooldown({ key: storageKey, defaultSeconds: seconds });
  const sms = useSendSmsCode({ api, lang });
  const [sentBefore, setSentBefore] = useState(false);
  const [maybeSent, setMaybeSent] = useState(false);
  const onSend = () => {
    setMaybeSent(false);
    sms.send(phone).then(
      () => {
        cooldown.start();
        setSentBefore(true);
      },
      (error: GenAuthError) => {
        if (describeError(error).action === 'cooldown') cooldown.start(error.retryAfterMs);
        else if (mayHaveSent(error)) {
          cooldown.start();
          setMaybeSent(true);
          setSentBefore(true);
        }
      },
    );
  };
  return (
    <SendCodeButton
      onSend={onSend}
      cooldownSeconds={cooldown.remainingSeconds}
      sending={sms.isPending}
      sentBefore={sentBefore}
      maybeSent={maybeSent}
    />
  );
}

function renderHarness(props: Partial<Parameters<typeof SendHarness>[0]> = {}, wrap = (n: ReactNode) => n) {
  const storageKey = props.storageKey ?? `CHANNEL_SEND_${(counter += 1)}`;
  const view = render(
    <QueryClientProvider client={queryClient}>
      {wrap(<SendHarness storageKey={storageKey} {...props} />)}
    </QueryClientProvider>,
  );
  return { ...view, storageKey, button: () => screen.getByRole('button') };
}

const waitForCooldown = () =>
  waitFor(() => expect(screen.getByRole('button')).toHaveTextContent(/Resend in \d+s/));

describe('one gesture, one request (T7)', () => {
  it('sends once for a double click', async () => {
    const user = userEvent.setup();
    const { button } = renderHarness();
    await user.dblClick(button());
    await waitForCooldown();
    expect(sends()).toBe(1);
  });

  it('sends once for 10 clicks dispatched in one task', async () => {
    const { button } = renderHarness();
    act(() => {
      for (let i = 0; i < 10; i += 1) button().click();
    });
    await waitForCooldown();
    expect(sends()).toBe(1);
  });

  it('sends once for Enter + click', async () => {
    const user = userEvent.setup({ delay: null });
    const { button } = renderHarness();
    button().focus();
    await user.keyboard('{Enter}');
    await user.click(button());
    await waitForCooldown();
    expect(sends()).toBe(1);
  });

  it('never retries on its own: one request for a 500', async () => {
    mock.fail('send-sms', { type: 'server-error', status: 500 });
    renderHarness();
    fireEvent.click(screen.getByRole('button'));
    await waitForCooldown();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sends()).toBe(1);
  });
});

describe('the guards, each on its own', () => {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );

  it('useSendSmsCode sends once for calls in one task and while in flight', async () => {
    mock.fail('send-sms', { type: 'delay', ms: 50 });
    const { result } = renderHook(() => useSendSmsCode({ api }), { wrapper });
    const outcomes: string[] = [];
    act(() => {
      for (let i = 0; i < 10; i += 1) {
        result.current.send(MOCK_PHONES.free).then(
          () => outcomes.push('sent'),
          () => outcomes.push('failed'),
        );
      }
    });
    // A later task, while the first is still in flight.
    await new Promise((resolve) => setTimeout(resolve, 10));
    void result.current.send(MOCK_PHONES.free);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sends()).toBe(1);
    // Refused calls have no outcome of their own: one settles, nine never do.
    expect(outcomes).toEqual(['sent']);
    // Released once settled: the next call sends.
    await act(() => result.current.send(MOCK_PHONES.free));
    expect(sends()).toBe(2);
  });

  it('useSendSmsCode is released after a failure, and returns the GenAuthError', async () => {
    mock.fail('send-sms', { type: 'forbidden', http: true });
    const { result } = renderHook(() => useSendSmsCode({ api }), { wrapper });
    let caught: unknown;
    await act(() => result.current.send(MOCK_PHONES.free).catch((error: unknown) => (caught = error)));
    expect(caught).toMatchObject({ name: 'GenAuthError', kind: 'api', statusCode: 403 });
    await waitFor(() => expect(result.current.isError).toBe(true));
    await act(() => result.current.send(MOCK_PHONES.free));
    expect(sends()).toBe(2);
  });

  it('SendCodeButton calls onSend once for 10 clicks in one task, even with stale props', () => {
    const onSend = vi.fn();
    render(<SendCodeButton onSend={onSend} cooldownSeconds={0} sending={false} sentBefore={false} />);
    const button = screen.getByRole('button', { name: 'Send code' });
    act(() => {
      for (let i = 0; i < 10; i += 1) button.click();
    });
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it('SendCodeButton calls onSend once for Enter + click in one task', async () => {
    const onSend = vi.fn();
    render(<SendCodeButton onSend={onSend} cooldownSeconds={0} sending={false} sentBefore={false} />);
    const button = screen.getByRole('button', { name: 'Send code' });
    act(() => {
      // What a keyboard activation dispatches, then a pointer click, before any re-render.
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      button.click();
      button.click();
    });
    expect(onSend).toHaveBeenCalledTimes(1);
    // A later task with the same props is a new gesture.
    await new Promise((resolve) => setTimeout(resolve, 0));
    act(() => button.click());
    expect(onSend).toHaveBeenCalledTimes(2);
  });
});

describe('no send during a cooldown (T8)', () => {
  it('accepts 0 presses while cooling down, then one after it ends', async () => {
    const user = userEvent.setup();
    const { button } = renderHarness({ seconds: 1 });
    await user.click(button());
    await waitForCooldown();
    expect(sends()).toBe(1);
    expect(button()).toHaveAttribute('aria-disabled', 'true');
    for (let i = 0; i < 5; i += 1) await user.click(button());
    button().focus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(sends()).toBe(1);
    await waitFor(() => expect(button()).toHaveTextContent('Resend code'), { timeout: 2_000 });
    await user.click(button());
    await waitFor(() => expect(sends()).toBe(2));
  });

  it('accepts 0 presses during a cooldown that a reload restored', async () => {
    const storageKey = `CHANNEL_SEND_${(counter += 1)}`;
    localStorage.setItem(`${COOLDOWN_KEY_PREFIX}${storageKey}`, String(Date.now() + 30_000));
    const user = userEvent.setup();
    const { button } = renderHarness({ storageKey });
    await waitFor(() => expect(button()).toHaveTextContent(/Resend in (30|29)s/));
    await user.click(button());
    act(() => button().click());
    expect(sends()).toBe(0);
  });

  it('cools down for Retry-After when throttled', async () => {
    mock.fail('send-sms', { type: 'retry-after', seconds: 30 });
    renderHarness();
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(screen.getByRole('button')).toHaveTextContent(/Resend in (30|29)s/));
  });

  it('cools down and says "if no code arrives" when the SMS may have gone out', async () => {
    mock.fail('send-sms', { type: 'server-error', status: 502 });
    renderHarness();
    fireEvent.click(screen.getByRole('button'));
    await waitForCooldown();
    expect(screen.getByRole('status')).toHaveTextContent(
      'We could not confirm that the code was sent. If no code arrives, you can ask for a new one in 60 seconds.',
    );
  });

  it('does not cool down when the request never left (offline)', async () => {
    mock.fail('send-sms', 'network-error');
    const { button } = renderHarness();
    fireEvent.click(button());
    await waitFor(() => expect(button()).not.toHaveAttribute('aria-disabled'));
    expect(button()).toHaveTextContent('Send code');
    expect(sends()).toBe(1);
  });

  it('sends the channel and the lang, and stores no phone number', async () => {
    const { storageKey } = renderHarness({ lang: 'zh-CN' });
    fireEvent.click(screen.getByRole('button'));
    await waitForCooldown();
    const request = mock.requests.find((r) => r.route === 'send-sms');
    expect(request?.body).toEqual({ ...MOCK_PHONES.free, channel: 'CHANNEL_BIND_PHONE' });
    expect(request?.headers['x-authing-lang']).toBe('zh-CN');
    expect(Object.keys(localStorage)).toEqual([`${COOLDOWN_KEY_PREFIX}${storageKey}`]);
    const stored = Object.values(localStorage).join(' ') + Object.keys(localStorage).join(' ');
    expect(stored).not.toContain(MOCK_PHONES.free.phoneNumber);
  });
});

describe('React lifecycle (T9)', () => {
  it('sends 0 requests on mount under StrictMode, and one per press after', async () => {
    renderHarness({}, (node) => <StrictMode>{node}</StrictMode>);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sends()).toBe(0);
    expect(mock.requests).toHaveLength(0);
    fireEvent.click(screen.getByRole('button'));
    await waitForCooldown();
    expect(sends()).toBe(1);
  });

  it('gives no warning for an answer after unmount, and keeps the cooldown', async () => {
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    mock.fail('send-sms', { type: 'delay', ms: 100 });
    const { storageKey, unmount } = renderHarness();
    fireEvent.click(screen.getByRole('button'));
    unmount();
    await waitFor(() => expect(localStorage.getItem(`${COOLDOWN_KEY_PREFIX}${storageKey}`)).not.toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    expect(sends()).toBe(1);
    renderHarness({ storageKey });
    await waitFor(() => expect(screen.getByRole('button')).toHaveTextContent(/Resend in (60|59)s/));
  });

  it('is never stuck pending: the in-flight guard is released after a failure', async () => {
    mock.fail('send-sms', 'network-error');
    const { button } = renderHarness();
    fireEvent.click(button());
    await waitFor(() => expect(button()).toHaveTextContent('Send code'));
    await waitFor(() => expect(button()).not.toHaveAttribute('aria-disabled'));
    fireEvent.click(button());
    await waitForCooldown();
    expect(sends()).toBe(2);
  });

  it('leaves 0 timers after unmount', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
      shouldAdvanceTime: true,
    });
    const { unmount } = renderHarness();
    fireEvent.click(screen.getByRole('button'));
    await waitForCooldown();
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    unmount();
    // The mutation cache belongs to the host's QueryClient (its gc timer); the host clears it.
    queryClient.clear();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(vi.getTimerCount()).toBe(0);
  });
});
