// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { StrictMode, type ReactElement } from 'react';
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
import { ChangePhoneForm } from '../../../src/components/forms/change-phone-form.js';
import { PhoneBinding } from '../../../src/components/forms/phone-binding.js';
import { UnbindPhoneButton } from '../../../src/components/forms/unbind-phone-button.js';
import { enUS } from '../../../src/i18n/locales/en-US.js';
import { createGenAuthMock, MOCK_PHONES, MOCK_TOKENS } from '../../../src/mock/index.js';
import type { MockRoute } from '../../../src/mock/types.js';
import {
  clientFor,
  parts,
  pressWhenReady,
  requestsTo,
  settle,
  smsSent,
  wrongCode,
} from './change-harness.js';

// T9 for the change side: StrictMode mounts send nothing, a StrictMode flow sends each request once,
// and unmounting mid-request warns nothing, reports nothing, and leaves no pending state behind.

const mock = createGenAuthMock({ resendIntervalMs: 0 });
const server = setupServer(...mock.handlers);
const NEW = MOCK_PHONES.free.phoneNumber;
const CURRENT = MOCK_PHONES.bound.phoneNumber;
const ACTIONS: MockRoute[] = ['send-sms', 'verify-update-phone-request', 'update-phone', 'unbind-phone'];

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

const counts = (routes: MockRoute[] = ACTIONS) => routes.map((route) => requestsTo(mock, route).length);
const boundUser = () => mock.state.users.find((u) => u.token === MOCK_TOKENS.bound);
const strict = (element: ReactElement) => <StrictMode>{element}</StrictMode>;
const withClient = (queryClient: QueryClient, element: ReactElement) => (
  <QueryClientProvider client={queryClient}>{element}</QueryClientProvider>
);

/** The new number typed and its code sent (the form's own cooldown is 1 s). */
async function sendNewCode(user: ReturnType<typeof userEvent.setup>) {
  await user.type(parts.phone(), NEW);
  await user.click(parts.send());
  await waitFor(() => expect(parts.code()).toHaveFocus());
}

/** The unbind step opened, its code sent. */
async function sendUnbindCode(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: enUS.change.remove }));
  await pressWhenReady(user, parts.send);
  await waitFor(() => expect(parts.code()).toHaveFocus());
}

describe('T9: StrictMode', () => {
  it('0 action requests on mount, for each component', async () => {
    render(strict(<ChangePhoneForm client={clientFor(mock)} defaultCountry="CN" />));
    render(strict(<UnbindPhoneButton client={clientFor(mock)} defaultOpen />));
    render(strict(<PhoneBinding client={clientFor(mock)} />));
    // Every component read the profile and shows the current number: its mount effects have run.
    await waitFor(() => expect(screen.getAllByText('+86 138 0013 8000')).toHaveLength(3));
    await settle(80);
    expect(requestsTo(mock, 'get-profile').length).toBeGreaterThan(0);
    expect(counts()).toEqual([0, 0, 0, 0]);
  });

  it('ChangePhoneForm: the whole change sends one SMS and changes once', async () => {
    const user = userEvent.setup();
    const onSuccess = vi.fn();
    render(strict(<ChangePhoneForm client={clientFor(mock)} defaultCountry="CN" onSuccess={onSuccess} />));
    await sendNewCode(user);
    await user.type(parts.code(), mock.lastCode(NEW) ?? '');
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('status')).toHaveTextContent('+86 137 0013 7000');
    await settle(80);
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(counts()).toEqual([1, 1, 1, 0]);
    expect(boundUser()?.phone).toBe(NEW);
  });

  it('UnbindPhoneButton: the whole removal sends one SMS and unbinds once', async () => {
    const user = userEvent.setup();
    const onSuccess = vi.fn();
    render(strict(<UnbindPhoneButton client={clientFor(mock)} onSuccess={onSuccess} />));
    await sendUnbindCode(user);
    await user.type(parts.code(), mock.lastCode(CURRENT, 'CHANNEL_UNBIND_PHONE') ?? '');
    await user.click(parts.submit());
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(enUS.change.removeSuccess));
    await settle(80);
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(counts()).toEqual([1, 0, 0, 1]);
    expect(boundUser()?.phone).toBeNull();
  });

  it('PhoneBinding: Change → one SMS, one change, back to the bound view with the new number', async () => {
    const user = userEvent.setup();
    const onChanged = vi.fn();
    render(strict(<PhoneBinding client={clientFor(mock)} defaultCountry="CN" onChanged={onChanged} />));
    await user.click(await screen.findByRole('button', { name: enUS.change.change }));
    await sendNewCode(user);
    await user.type(parts.code(), mock.lastCode(NEW) ?? '');
    await waitFor(() => expect(parts.current()).toHaveTextContent('+86 137 0013 7000'));
    await settle(80);
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(counts()).toEqual([1, 1, 1, 0]);
  });
});

describe('T9: ChangePhoneForm unmounted mid-request', () => {
  it('mid-send: nothing reported, and a new form sends again', async () => {
    const queryClient = new QueryClient();
    const onError = vi.fn();
    const props = { client: clientFor(mock), defaultCountry: 'CN' as const, resendSeconds: 1, onError };
    const first = render(withClient(queryClient, <ChangePhoneForm {...props} />));
    const user = userEvent.setup();
    await user.type(parts.phone(), NEW);
    mock.fail('send-sms', { type: 'delay', ms: 80 });
    await user.click(parts.send());
    expect(parts.send()).toHaveTextContent(enUS.send.sending);
    first.unmount();
    await act(() => settle(200));
    render(withClient(queryClient, <ChangePhoneForm {...props} />));
    expect(parts.send()).not.toHaveTextContent(enUS.send.sending);
    await user.type(parts.phone(), NEW);
    await pressWhenReady(user, parts.send);
    await waitFor(() => expect(parts.code()).toHaveFocus());
    expect(smsSent(mock)).toHaveLength(2);
    expect(onError).not.toHaveBeenCalled();
  });

  it.each([
    ['verify-update-phone-request', 'a wrong code'],
    ['update-phone', 'the right code'],
  ] as const)('mid-%s (%s): no onSuccess or onError, and a new form is not pending', async (route, kind) => {
    const queryClient = new QueryClient();
    const onSuccess = vi.fn();
    const onError = vi.fn();
    const props = { client: clientFor(mock), defaultCountry: 'CN' as const, autoSubmit: false };
    const first = render(withClient(queryClient, <ChangePhoneForm {...props} {...{ onSuccess, onError }} />));
    const user = userEvent.setup();
    await sendNewCode(user);
    const code = mock.lastCode(NEW);
    await user.type(parts.code(), kind === 'a wrong code' ? wrongCode(code) : (code ?? ''));
    mock.fail(route, { type: 'delay', ms: 80 });
    await user.click(parts.submit());
    await waitFor(() => expect(requestsTo(mock, route)).toHaveLength(1));
    expect(parts.submit()).toHaveAttribute('aria-disabled', 'true');
    first.unmount();
    await act(() => settle(250));
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
    render(withClient(queryClient, <ChangePhoneForm {...props} />));
    expect(parts.submit()).not.toHaveAttribute('aria-disabled');
    expect(parts.submit()).toHaveTextContent(enUS.change.submit);
    expect(parts.form()).not.toHaveAttribute('aria-busy');
  });
});

describe('T9: UnbindPhoneButton unmounted mid-request', () => {
  it('mid-send: nothing reported, and a new step sends again', async () => {
    const queryClient = new QueryClient();
    const onError = vi.fn();
    const props = { client: clientFor(mock), defaultOpen: true, resendSeconds: 1, onError };
    const first = render(withClient(queryClient, <UnbindPhoneButton {...props} />));
    const user = userEvent.setup();
    mock.fail('send-sms', { type: 'delay', ms: 80 });
    await pressWhenReady(user, parts.send);
    expect(parts.send()).toHaveTextContent(enUS.send.sending);
    first.unmount();
    await act(() => settle(200));
    render(withClient(queryClient, <UnbindPhoneButton {...props} />));
    expect(parts.send()).not.toHaveTextContent(enUS.send.sending);
    await pressWhenReady(user, parts.send);
    await waitFor(() => expect(parts.code()).toHaveFocus());
    expect(smsSent(mock)).toHaveLength(2);
    expect(onError).not.toHaveBeenCalled();
  });

  it('mid-unbind: removed, but no onSuccess or onError, and a new step is not pending', async () => {
    const queryClient = new QueryClient();
    const onSuccess = vi.fn();
    const onError = vi.fn();
    const client = clientFor(mock);
    const first = render(withClient(queryClient, <UnbindPhoneButton {...{ client, onSuccess, onError }} />));
    const user = userEvent.setup();
    await sendUnbindCode(user);
    await user.type(parts.code(), mock.lastCode(CURRENT, 'CHANNEL_UNBIND_PHONE') ?? '');
    mock.fail('unbind-phone', { type: 'delay', ms: 80 });
    await user.click(parts.submit());
    expect(parts.submit()).toHaveAttribute('aria-disabled', 'true');
    first.unmount();
    await act(() => settle(250));
    expect(boundUser()?.phone).toBeNull();
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
    render(withClient(queryClient, <UnbindPhoneButton client={client} defaultOpen />));
    expect(parts.submit()).not.toHaveAttribute('aria-disabled');
    expect(parts.submit()).toHaveTextContent(enUS.change.removeSubmit);
  });
});

describe('T9: PhoneBinding unmounted mid-request', () => {
  it('mid-change: no onChanged or onError, and a new instance shows the number, not pending', async () => {
    const queryClient = new QueryClient();
    const onChanged = vi.fn();
    const onError = vi.fn();
    const client = clientFor(mock);
    const props = { client, defaultCountry: 'CN' as const, onChanged, onError };
    const first = render(withClient(queryClient, <PhoneBinding {...props} />));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: enUS.change.change }));
    await sendNewCode(user);
    mock.fail('update-phone', { type: 'delay', ms: 80 });
    await user.type(parts.code(), mock.lastCode(NEW) ?? '');
    await waitFor(() => expect(requestsTo(mock, 'update-phone')).toHaveLength(1));
    first.unmount();
    await act(() => settle(250));
    expect(boundUser()?.phone).toBe(NEW);
    expect(onChanged).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
    render(withClient(queryClient, <PhoneBinding client={client} defaultCountry="CN" />));
    await waitFor(() => expect(parts.current()).toHaveTextContent('+86 137 0013 7000'));
    expect(document.querySelector('[data-slot="root"]')).toHaveAttribute('data-state', 'bound');
    await user.click(parts.changeButton());
    expect(parts.submit()).not.toHaveAttribute('aria-disabled');
    expect(parts.submit()).toHaveTextContent(enUS.change.submit);
  });
});
