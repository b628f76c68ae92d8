// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import type { ReactElement } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  UnbindPhoneButton,
  type UnbindPhoneButtonProps,
} from '../../../src/components/forms/unbind-phone-button.js';
import { createGenAuthClient } from '../../../src/api/create-genauth-client.js';
import { apiQueryKey } from '../../../src/hooks/account/query-keys.js';
import { enUS } from '../../../src/i18n/locales/en-US.js';
import { jaJP } from '../../../src/i18n/locales/ja-JP.js';
import { createGenAuthMock, MOCK_PHONES, MOCK_TOKENS } from '../../../src/mock/index.js';
import { clientFor, hideable, parts, requestsTo, settle, smsSent, wrongCode } from './change-harness.js';

const mock = createGenAuthMock({ resendIntervalMs: 0 });
const server = setupServer(...mock.handlers);
const CURRENT = MOCK_PHONES.bound.phoneNumber;
const TAKEN = MOCK_PHONES.taken.phoneNumber;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
  sessionStorage.clear();
});
afterAll(() => server.close());

const trigger = () => screen.getByRole('button', { name: enUS.change.remove });

function renderButton(
  props: Partial<UnbindPhoneButtonProps> = {},
  queryClient?: QueryClient,
  wrap: (element: ReactElement) => ReactElement = (element) => element,
) {
  const user = userEvent.setup();
  const client = props.client ?? clientFor(mock);
  const tree = () => {
    const element = wrap(<UnbindPhoneButton client={client} {...props} />);
    return queryClient ? <QueryClientProvider client={queryClient}>{element}</QueryClientProvider> : element;
  };
  const view = render(tree());
  return { ...view, user, client, rerenderButton: () => view.rerender(tree()) };
}

/** Opens the step, sends the code and types it; the confirm is the next request. */
async function upToConfirm(
  props: Partial<UnbindPhoneButtonProps> = {},
  phone: string = CURRENT,
  queryClient?: QueryClient,
  wrap?: (element: ReactElement) => ReactElement,
) {
  const view = renderButton(props, queryClient, wrap);
  await view.user.click(trigger());
  await waitFor(() => expect(parts.send()).toHaveFocus());
  await waitFor(() => expect(parts.send()).not.toHaveAttribute('aria-disabled'));
  await view.user.click(parts.send());
  await waitFor(() => expect(parts.code()).toHaveFocus());
  await view.user.type(parts.code(), mock.lastCode(phone, 'CHANNEL_UNBIND_PHONE') ?? '');
  return view;
}

describe('UnbindPhoneButton', () => {
  it('opens a step: a code to the current number on CHANNEL_UNBIND_PHONE, entered, confirmed', async () => {
    const queryClient = new QueryClient();
    const onSuccess = vi.fn();
    const { user, client } = await upToConfirm({ onSuccess }, CURRENT, queryClient);
    expect(screen.getByRole('heading')).toHaveTextContent(enUS.change.removeTitle);
    expect(parts.form()).toHaveAccessibleDescription(
      'We will text a code to +86 138 0013 8000 to confirm it is you.',
    );
    expect(smsSent(mock)).toEqual([
      { channel: 'CHANNEL_UNBIND_PHONE', phoneNumber: CURRENT, phoneCountryCode: '+86' },
    ]);
    // Removing is confirmed by hand: a complete code sends nothing by itself.
    await settle();
    expect(requestsTo(mock, 'unbind-phone')).toHaveLength(0);

    await user.click(parts.submit());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess).toHaveBeenCalledWith({
      phoneNumber: CURRENT,
      phoneCountryCode: '+86',
      e164: '+8613800138000',
    });
    expect(screen.getByRole('status')).toHaveTextContent(enUS.change.removeSuccess);
    expect(requestsTo(mock, 'unbind-phone').map((r) => r.body)).toEqual([
      { passCode: mock.lastCode(CURRENT, 'CHANNEL_UNBIND_PHONE') },
    ]);
    expect(queryClient.getQueryData(apiQueryKey(client, 'profile'))).toMatchObject({ phone: null });
  });

  it('removed while an <Activity> hides it (T9): onSuccess once, when shown again', async () => {
    const onSuccess = vi.fn();
    const activity = hideable();
    const view = await upToConfirm({ onSuccess }, CURRENT, undefined, activity.wrap);
    mock.fail('unbind-phone', { type: 'delay', ms: 60 });
    await view.user.click(parts.submit());
    activity.setHidden(true);
    view.rerenderButton();
    await settle(150);
    expect(requestsTo(mock, 'unbind-phone')).toHaveLength(1);
    expect(onSuccess).not.toHaveBeenCalled();
    activity.setHidden(false);
    view.rerenderButton();
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('status')).toHaveTextContent(enUS.change.removeSuccess);
  });

  it('T7: a resend answered after the number was removed is ignored', async () => {
    const onSuccess = vi.fn();
    const onError = vi.fn();
    // A client that gives up after 300 ms: the resend below times out after the removal.
    const client = createGenAuthClient({
      appHost: mock.appHost,
      appId: mock.appId,
      accessToken: MOCK_TOKENS.bound,
      timeoutMs: 300,
    });
    const { user } = await upToConfirm({ client, onSuccess, onError, resendSeconds: 1 });
    await waitFor(() => expect(parts.send()).not.toHaveAttribute('aria-disabled'), { timeout: 2500 });
    mock.fail('send-sms', 'hang');
    await user.click(parts.send());
    await user.click(parts.submit());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    await act(() => settle(450));
    expect(onError).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(enUS.change.removeSuccess);
    expect([smsSent(mock).length, requestsTo(mock, 'unbind-phone').length]).toEqual([2, 1]);
  });

  it('2217, the only way to sign in: explained in the step, the code kept, nothing removed', async () => {
    const onError = vi.fn();
    const { user } = await upToConfirm({ client: clientFor(mock, MOCK_TOKENS.otherOwner), onError }, TAKEN);
    const code = parts.code().value;
    await user.click(parts.submit());
    await waitFor(() => expect(parts.alert()).toHaveTextContent(enUS.apiCodes[2217]));
    expect(parts.alert()).toHaveTextContent(/Request ID: \S+/);
    expect(parts.code().value).toBe(code);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ apiCode: 2217 }));
    expect(mock.state.users.find((u) => u.token === MOCK_TOKENS.otherOwner)?.phone).toBe(TAKEN);
  });

  it('2217 is re-worded when the locale changes', async () => {
    const client = clientFor(mock, MOCK_TOKENS.otherOwner);
    const { user, rerender } = await upToConfirm({ client }, TAKEN);
    await user.click(parts.submit());
    await waitFor(() => expect(parts.alert()).toHaveTextContent(enUS.apiCodes[2217]));
    rerender(<UnbindPhoneButton client={client} locale="ja-JP" />);
    // The ja-JP catalog is loaded on demand: the switch shows once it has arrived.
    await waitFor(() => expect(parts.alert()).toHaveTextContent(jaJP.apiCodes[2217]));
    expect(parts.submit()).toHaveTextContent(jaJP.change.removeSubmit);
  });

  it('a wrong code: 2001 on the code field, focused; values kept', async () => {
    const { user } = renderButton({ defaultOpen: true });
    await waitFor(() => expect(parts.send()).not.toHaveAttribute('aria-disabled'));
    await user.click(parts.send());
    await waitFor(() => expect(parts.code()).toHaveFocus());
    const bad = wrongCode(mock.lastCode(CURRENT, 'CHANNEL_UNBIND_PHONE'));
    await user.type(parts.code(), bad);
    await user.click(parts.submit());
    await waitFor(() => expect(parts.codeError()).toHaveTextContent(enUS.apiCodes[2001]));
    expect(parts.code()).toHaveFocus();
    expect(parts.code()).toHaveAttribute('aria-invalid', 'true');
    expect(parts.code().value).toBe(bad);
  });

  it('an incomplete code is said at the field, with no request', async () => {
    const { user } = renderButton({ defaultOpen: true });
    await user.click(await screen.findByRole('button', { name: enUS.change.removeSubmit }));
    await waitFor(() => expect(parts.codeError()).toHaveTextContent('Enter all 6 digits.'));
    expect(requestsTo(mock, 'unbind-phone')).toHaveLength(0);
  });

  it('a double click on confirm, and on send: one request each', async () => {
    const onSuccess = vi.fn();
    const view = renderButton({ onSuccess });
    await view.user.click(trigger());
    await waitFor(() => expect(parts.send()).not.toHaveAttribute('aria-disabled'));
    await view.user.dblClick(parts.send());
    await waitFor(() => expect(parts.code()).toHaveFocus());
    expect(smsSent(mock)).toHaveLength(1);
    await view.user.type(parts.code(), mock.lastCode(CURRENT, 'CHANNEL_UNBIND_PHONE') ?? '');
    mock.fail('unbind-phone', { type: 'delay', ms: 60 });
    await view.user.dblClick(parts.submit());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    await settle(50);
    expect(requestsTo(mock, 'unbind-phone')).toHaveLength(1);
  });

  it('Cancel closes the step, gives focus back to Remove and calls onCancel', async () => {
    const onCancel = vi.fn();
    const { user } = renderButton({ onCancel });
    await user.click(trigger());
    await waitFor(() => expect(parts.send()).toHaveFocus());
    await user.click(parts.cancel());
    await waitFor(() => expect(trigger()).toHaveFocus());
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(parts.has('form')).toBe(false);
  });

  it('the phone prop says where the code goes, before the profile is read', async () => {
    mock.fail('get-profile', 'hang');
    const { user } = renderButton({
      defaultOpen: true,
      phone: { phoneNumber: CURRENT, phoneCountryCode: '+86' },
    });
    await user.click(parts.send());
    await waitFor(() => expect(smsSent(mock)).toHaveLength(1));
  });

  it('session gone on confirm: onUnauthorized → true replays it once', async () => {
    const onUnauthorized = vi.fn(() => true);
    const onSuccess = vi.fn();
    const { user } = await upToConfirm({ onUnauthorized, onSuccess });
    mock.fail('unbind-phone', 'unauthorized');
    await user.click(parts.submit());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(requestsTo(mock, 'unbind-phone')).toHaveLength(2);
  });
});
