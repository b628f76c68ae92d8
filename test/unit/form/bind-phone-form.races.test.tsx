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
  onTestFinished,
  vi,
  type MockInstance,
} from 'vitest';
import type { BindPhoneFormProps } from '../../../src/components/forms/bind-phone-form.js';
import { COOLDOWN_KEY_PREFIX, writeEndTime } from '../../../src/hooks/code-step/cooldown-storage.js';
import { createGenAuthMock, MOCK_PHONES } from '../../../src/mock/index.js';
import {
  clientFor,
  hostQueryClient,
  parts,
  renderForm,
  requestsTo,
  sendCodeOk,
  settle,
  snapshotValues,
} from './form-harness.js';

// T7 (one request per accepted gesture, late answers of superseded requests ignored) and T9
// (StrictMode, unmount and hidden/shown mid-request) for the whole form, counted at the mock: every request that
// reached the network is in `mock.requests`.

const mock = createGenAuthMock();
const server = setupServer(...mock.handlers);
const NATIONAL = MOCK_PHONES.free.phoneNumber;

let consoleError: MockInstance<typeof console.error>;
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});
afterEach(() => {
  expect(consoleError).not.toHaveBeenCalled();
  server.resetHandlers();
  mock.reset();
  sessionStorage.clear();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

const sends = () => requestsTo(mock, 'send-sms').length;
const binds = () => requestsTo(mock, 'bind-phone').length;

function setup(props: BindPhoneFormProps = {}, options: Parameters<typeof renderForm>[1] = {}) {
  return renderForm({ client: clientFor(mock), defaultCountry: 'CN', ...props }, options);
}

/** Types the number, gets a code and types it (without submitting when autoSubmit is off). */
async function upToCode(props: BindPhoneFormProps = {}) {
  const view = setup({ autoSubmit: false, ...props });
  await view.user.type(parts.phone(), NATIONAL);
  await sendCodeOk(view.user);
  await view.user.type(parts.code(), mock.lastCode(NATIONAL) ?? '');
  return view;
}

describe('T7: send, one request per accepted gesture', () => {
  it('double click → 1 request', async () => {
    const { user } = setup();
    await user.type(parts.phone(), NATIONAL);
    await user.dblClick(parts.send());
    await waitFor(() => expect(parts.code()).toHaveFocus());
    await settle();
    expect(sends()).toBe(1);
  });

  it('10 clicks in one task → 1 request', async () => {
    const { user } = setup();
    await user.type(parts.phone(), NATIONAL);
    act(() => {
      for (let i = 0; i < 10; i += 1) parts.send().click();
    });
    await waitFor(() => expect(parts.code()).toHaveFocus());
    await settle();
    expect(sends()).toBe(1);
  });

  it('Enter + click → 1 request', async () => {
    const { user } = setup();
    await user.type(parts.phone(), NATIONAL);
    mock.fail('send-sms', { type: 'delay', ms: 150 });
    parts.send().focus();
    await user.keyboard('{Enter}');
    await user.click(parts.send());
    await waitFor(() => expect(parts.send()).toHaveTextContent(/Resend in \d+s/));
    await settle();
    expect(sends()).toBe(1);
  });

  it('clicks during the cooldown → 0 requests; the first press after it → 1', async () => {
    const { user } = setup({ resendSeconds: 1 });
    await user.type(parts.phone(), NATIONAL);
    await sendCodeOk(user);
    for (let i = 0; i < 3; i += 1) await user.click(parts.send());
    parts.send().focus();
    await user.keyboard('{Enter}');
    expect(sends()).toBe(1);
    await waitFor(() => expect(parts.send()).toHaveTextContent('Resend code'), { timeout: 2500 });
    // The mock's own one-a-minute rule would refuse it; the point here is that it is sent once.
    await user.dblClick(parts.send());
    await waitFor(() => expect(parts.sendError()).toHaveTextContent('Too many requests'));
    expect(sends()).toBe(2);
  });
});

describe('T7: bind, one request per accepted gesture', () => {
  it('double click → 1 request', async () => {
    const onSuccess = vi.fn();
    const { user } = await upToCode({ onSuccess });
    await user.dblClick(parts.submit());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    await settle();
    expect(binds()).toBe(1);
  });

  it('10 clicks in one task → 1 request', async () => {
    const onSuccess = vi.fn();
    await upToCode({ onSuccess });
    act(() => {
      for (let i = 0; i < 10; i += 1) parts.submit().click();
    });
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    await settle();
    expect(binds()).toBe(1);
  });

  it('Enter in the code field + click → 1 request', async () => {
    const onSuccess = vi.fn();
    const { user } = await upToCode({ onSuccess });
    mock.fail('bind-phone', { type: 'delay', ms: 150 });
    parts.code().focus();
    await user.keyboard('{Enter}');
    await user.click(parts.submit());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    await settle();
    expect(binds()).toBe(1);
  });

  it('autoSubmit on the last digit + Enter + click → 1 request', async () => {
    const onSuccess = vi.fn();
    mock.fail('bind-phone', { type: 'delay', ms: 200 });
    const { user } = setup({ onSuccess });
    await user.type(parts.phone(), NATIONAL);
    await sendCodeOk(user);
    await user.type(parts.code(), `${mock.lastCode(NATIONAL) ?? ''}{Enter}`);
    await user.click(parts.submit());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    await settle();
    expect(binds()).toBe(1);
  });

  it('a second submit after a failure is a new gesture → 1 more request', async () => {
    const { user } = await upToCode();
    mock.fail('bind-phone', 'network-error');
    await user.click(parts.submit());
    await waitFor(() => expect(parts.alert()).toHaveAttribute('data-state', 'open'));
    await user.dblClick(parts.submit());
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/is now bound/));
    expect(binds()).toBe(2);
  });
});

describe('T7: answers out of order', () => {
  it('a resend answered after the bind succeeded is ignored', async () => {
    const onError = vi.fn();
    const onSuccess = vi.fn();
    const view = renderForm({
      client: clientFor(mock, undefined, { timeoutMs: 300 }),
      defaultCountry: 'CN',
      resendSeconds: 1,
      onError,
      onSuccess,
    });
    const { user } = view;
    await user.type(parts.phone(), NATIONAL);
    await sendCodeOk(user);
    const code = mock.lastCode(NATIONAL) ?? '';
    await waitFor(() => expect(parts.send()).toHaveTextContent('Resend code'), { timeout: 2500 });
    mock.fail('send-sms', 'hang');
    await user.click(parts.send());
    expect(parts.send()).toHaveTextContent('Sending…');
    await user.type(parts.code(), code);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    // The resend times out after the bind: its failure belongs to nothing on screen any more.
    await act(() => settle(450));
    expect(onError).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(/is now bound/);
    expect([sends(), binds()]).toEqual([2, 1]);
  });

  it('a send answered after "Change number" does not bring the old number back', async () => {
    const { user } = setup({ resendSeconds: 1 });
    await user.type(parts.phone(), NATIONAL);
    await sendCodeOk(user);
    await waitFor(() => expect(parts.send()).toHaveTextContent('Resend code'), { timeout: 2500 });
    mock.state.lastSentAt.clear();
    mock.fail('send-sms', { type: 'delay', ms: 250 });
    await user.click(parts.send());
    await user.click(screen.getByRole('button', { name: 'Change number' }));
    await waitFor(() => expect(parts.phone()).toHaveFocus());
    await act(() => settle(400));
    expect(sends()).toBe(2);
    // The SMS went out, so the cooldown runs; but the form stays on the number step.
    expect(parts.send()).toHaveTextContent(/Resend in \d+s/);
    expect(screen.queryByText(/Code sent to/)).toBeNull();
    expect(parts.phone()).toHaveFocus();
  });

  it('a resend and a bind in flight together: each answer lands once, in either order', async () => {
    for (const order of ['send-first', 'bind-first'] as const) {
      mock.reset();
      localStorage.clear();
      const onSuccess = vi.fn();
      const onError = vi.fn();
      const view = setup({ autoSubmit: false, resendSeconds: 1, onSuccess, onError });
      await view.user.type(parts.phone(), NATIONAL);
      await sendCodeOk(view.user);
      await view.user.type(parts.code(), mock.lastCode(NATIONAL) ?? '');
      await waitFor(() => expect(parts.send()).toHaveTextContent('Resend code'), { timeout: 2500 });
      mock.state.lastSentAt.clear();
      // The mock runs each endpoint after its delay, so the shorter delay is served first.
      mock.fail('send-sms', { type: 'delay', ms: order === 'send-first' ? 50 : 300 });
      mock.fail('bind-phone', { type: 'delay', ms: order === 'send-first' ? 300 : 50 });
      fireEvent.click(parts.send());
      fireEvent.click(parts.submit());
      await act(() => settle(450));
      if (order === 'send-first') {
        // The new code replaced the one the bind carried: "wrong code" on the code field, which is
        // kept and selected; the resend's success is shown too.
        expect(onError).toHaveBeenCalledTimes(1);
        expect(onSuccess).not.toHaveBeenCalled();
        expect(parts.codeError()).toHaveTextContent('That code is not right');
        expect(parts.send()).toHaveTextContent(/Resend in \d+s/);
      } else {
        // Bound first: the late resend answer changes nothing on screen.
        expect(onSuccess).toHaveBeenCalledTimes(1);
        expect(onError).not.toHaveBeenCalled();
        expect(screen.getByRole('status')).toHaveTextContent(/is now bound/);
      }
      expect([sends(), binds()]).toEqual([2, 1]);
      view.unmount();
    }
  });
});

describe('T8: the cooldown through the form', () => {
  it('storage that throws: the cooldown still holds, in memory, and no send gets through it', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    // The page keeps that cooldown in memory for its life: end it for the tests after this one.
    onTestFinished(() => {
      vi.restoreAllMocks();
      writeEndTime('CHANNEL_BIND_PHONE', null);
    });
    const { user } = setup();
    await user.type(parts.phone(), NATIONAL);
    await sendCodeOk(user);
    expect(parts.send()).toHaveTextContent(/Resend in (59|60)s/);
    for (let i = 0; i < 3; i += 1) await user.click(parts.send());
    await settle();
    expect(sends()).toBe(1);
    expect(parts.send()).toHaveAttribute('aria-disabled', 'true');
  });

  it('another tab sent a code to this channel: this form waits out the same cooldown', async () => {
    // An imitation kept for speed: the other tab's write and its storage event are made up here.
    // The real test is test/e2e/cooldown-tabs.test.ts: two pages of one Chromium, the send made
    // in one, the requests of the other counted at the mock.
    const view = setup();
    await view.user.type(parts.phone(), NATIONAL);
    const storageKey = `${COOLDOWN_KEY_PREFIX}CHANNEL_BIND_PHONE`;
    const endsAt = String(Date.now() + 30_000);
    localStorage.setItem(storageKey, endsAt);
    onTestFinished(() => localStorage.removeItem(storageKey));
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', { key: storageKey, newValue: endsAt, storageArea: localStorage }),
      );
    });
    await waitFor(() => expect(parts.send()).toHaveTextContent(/Resend in (29|30)s|in (29|30)s/));
    await view.user.click(parts.send());
    await settle();
    expect(sends()).toBe(0);
  });
});

describe('T9: lifecycle', () => {
  it('StrictMode: 0 send or bind requests on mount, one read of each setting', async () => {
    setup({}, { strict: true, queryClient: hostQueryClient() });
    await waitFor(() => expect(requestsTo(mock, 'get-profile')).toHaveLength(1));
    await waitFor(() => expect(requestsTo(mock, 'public-config')).toHaveLength(1));
    await settle(50);
    expect([sends(), binds()]).toEqual([0, 0]);
  });

  it('StrictMode: the whole flow sends one SMS and binds once', async () => {
    const onSuccess = vi.fn();
    const onAlreadyBound = vi.fn();
    const { user } = setup({ onSuccess, onAlreadyBound }, { strict: true });
    await user.type(parts.phone(), NATIONAL);
    await sendCodeOk(user);
    await user.type(parts.code(), mock.lastCode(NATIONAL) ?? '');
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    // The profile read after the bind shows the new number: that is not "already bound".
    await waitFor(() => expect(requestsTo(mock, 'get-profile')).toHaveLength(2));
    await settle();
    expect(onAlreadyBound).not.toHaveBeenCalled();
    expect([sends(), binds()]).toEqual([1, 1]);
  });

  it('unmount mid-send: no warnings, and a new form is not stuck pending', async () => {
    const queryClient = hostQueryClient();
    mock.fail('send-sms', 'hang');
    const first = setup({}, { queryClient });
    await first.user.type(parts.phone(), NATIONAL);
    await first.user.click(parts.send());
    expect(parts.send()).toHaveTextContent('Sending…');
    first.unmount();
    mock.reset(); // releases the parked request: it fails as a dropped connection
    await act(() => settle(50));
    const second = setup({}, { queryClient });
    expect(parts.send()).toHaveTextContent('Send code');
    await second.user.type(parts.phone(), NATIONAL);
    await sendCodeOk(second.user);
    expect(sends()).toBe(1);
  });

  it('unmount mid-bind: no warnings, no callbacks, and a new form is not stuck pending', async () => {
    const queryClient = hostQueryClient();
    const onSuccess = vi.fn();
    const onError = vi.fn();
    const first = setup({ autoSubmit: false, onSuccess, onError }, { queryClient });
    await first.user.type(parts.phone(), NATIONAL);
    await sendCodeOk(first.user);
    await first.user.type(parts.code(), '000000');
    mock.fail('bind-phone', { type: 'delay', ms: 100 });
    await first.user.click(parts.submit());
    expect(parts.submit()).toHaveAttribute('aria-disabled', 'true');
    first.unmount();
    await act(() => settle(250));
    expect(onError).not.toHaveBeenCalled();
    expect(onSuccess).not.toHaveBeenCalled();
    setup({ autoSubmit: false }, { queryClient });
    expect(parts.submit()).not.toHaveAttribute('aria-disabled');
    expect(parts.submit()).toHaveTextContent('Bind phone number');
  });

  // Hidden by an <Activity> (a host's tab or route kept alive): effects are cleaned up, state kept.
  it('hidden mid-send, answered while hidden, shown: the code step, one SMS, no resend on show', async () => {
    const view = setup();
    await view.user.type(parts.phone(), NATIONAL);
    mock.fail('send-sms', { type: 'delay', ms: 60 });
    await view.user.click(parts.send());
    expect(parts.send()).toHaveTextContent('Sending…');
    view.setHidden(true);
    await act(() => settle(150));
    view.setHidden(false);
    await waitFor(() => expect(parts.send()).toHaveTextContent(/Resend in \d+s/));
    // Where the code went, and focus on its field, as if the form had never been hidden.
    expect(document.querySelector('form')).toHaveAttribute('data-state', 'code-sent');
    await waitFor(() => expect(parts.code()).toHaveFocus());
    await act(() => settle(50));
    expect(sends()).toBe(1);
  });

  it('hidden and shown mid-send, then answered: not stuck pending, one SMS', async () => {
    const view = setup();
    await view.user.type(parts.phone(), NATIONAL);
    mock.fail('send-sms', { type: 'delay', ms: 80 });
    await view.user.click(parts.send());
    view.setHidden(true);
    view.setHidden(false);
    expect(parts.send()).toHaveTextContent('Sending…');
    await waitFor(() => expect(parts.send()).toHaveTextContent(/Resend in \d+s/));
    expect(sends()).toBe(1);
  });

  it('hidden mid-bind, bound while hidden: onSuccess once, and the success shows when shown', async () => {
    const onSuccess = vi.fn();
    const view = await upToCode({ onSuccess });
    mock.fail('bind-phone', { type: 'delay', ms: 60 });
    await view.user.click(parts.submit());
    view.setHidden(true);
    await act(() => settle(150));
    // The host hears of it with the user: when the form is shown again.
    expect(onSuccess).not.toHaveBeenCalled();
    view.setHidden(false);
    await waitFor(() =>
      expect(document.querySelector('[data-slot="root"]')).toHaveAttribute('data-state', 'success'),
    );
    await act(() => settle(50));
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect([sends(), binds()]).toEqual([1, 1]);
  });

  it('hidden with a resend and the bind in flight: the bind wins, the late resend failure is not reported', async () => {
    const onSuccess = vi.fn();
    const onError = vi.fn();
    // A client that gives up after 300 ms: the resend below times out, after the bind answered.
    const client = clientFor(mock, undefined, { timeoutMs: 300 });
    const view = await upToCode({ client, onSuccess, onError, resendSeconds: 1 });
    await waitFor(() => expect(parts.send()).not.toHaveAttribute('aria-disabled'), { timeout: 3000 });
    mock.fail('send-sms', 'hang');
    await view.user.click(parts.send());
    mock.fail('bind-phone', { type: 'delay', ms: 20 });
    await view.user.click(parts.submit());
    view.setHidden(true);
    await act(() => settle(500));
    view.setHidden(false);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    await act(() => settle(50));
    expect(onError).not.toHaveBeenCalled();
    expect(document.querySelector('[data-slot="root"]')).toHaveAttribute('data-state', 'success');
  });

  it('hidden mid-bind, refused while hidden: the error shows when shown, values kept, onError once', async () => {
    const onError = vi.fn();
    const view = setup({ autoSubmit: false, onError });
    await view.user.type(parts.phone(), NATIONAL);
    await sendCodeOk(view.user);
    await view.user.type(parts.code(), '000000');
    const before = snapshotValues();
    mock.fail('bind-phone', { type: 'delay', ms: 60 });
    await view.user.click(parts.submit());
    view.setHidden(true);
    await act(() => settle(150));
    expect(onError).not.toHaveBeenCalled();
    view.setHidden(false);
    await waitFor(() => expect(parts.codeError()).not.toBeEmptyDOMElement());
    expect(parts.code()).toHaveAttribute('aria-invalid', 'true');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(snapshotValues()).toEqual(before);
    expect(parts.submit()).not.toHaveAttribute('aria-disabled');
    expect(binds()).toBe(1);
  });

  it('values survive a bind error and a re-render with new props', async () => {
    const view = await upToCode();
    const before = snapshotValues();
    mock.fail('bind-phone', 'network-error');
    await view.user.click(parts.submit());
    await waitFor(() => expect(parts.alert()).toHaveAttribute('data-state', 'open'));
    view.rerenderForm({
      client: clientFor(mock),
      defaultCountry: 'CN',
      autoSubmit: false,
      resendSeconds: 30,
    });
    expect(snapshotValues()).toEqual(before);
  });
});
