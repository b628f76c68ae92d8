// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import type { ReactElement } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ChangePhoneForm,
  type ChangePhoneFormProps,
} from '../../../src/components/forms/change-phone-form.js';
import { COOLDOWN_KEY_PREFIX } from '../../../src/hooks/code-step/cooldown-storage.js';
import { apiQueryKey } from '../../../src/hooks/account/query-keys.js';
import { enUS } from '../../../src/i18n/locales/en-US.js';
import { zhCN } from '../../../src/i18n/locales/zh-CN.js';
import { createGenAuthMock, MOCK_PHONES, MOCK_TOKENS } from '../../../src/mock/index.js';
import type { MockFault } from '../../../src/mock/types.js';
import {
  clientFor,
  hideable,
  parts,
  pressWhenReady,
  requestsTo,
  settle,
  smsSent,
  wrongCode,
} from './change-harness.js';

const mock = createGenAuthMock({ resendIntervalMs: 0 });
const server = setupServer(...mock.handlers);
const NEW = MOCK_PHONES.free.phoneNumber;
const CURRENT = MOCK_PHONES.bound.phoneNumber;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
  sessionStorage.clear();
  vi.restoreAllMocks();
  vi.useRealTimers();
});
afterAll(() => server.close());

const boundUser = () => mock.state.users.find((user) => user.token === MOCK_TOKENS.bound);

function renderForm(
  props: Partial<ChangePhoneFormProps> = {},
  wrap: (el: ReactElement) => ReactElement = (el) => el,
) {
  const user = userEvent.setup();
  const client = props.client ?? clientFor(mock);
  const all = { client, defaultCountry: 'CN' as const, ...props };
  const view = render(wrap(<ChangePhoneForm {...all} />));
  return {
    ...view,
    user,
    client,
    rerenderForm: (next: Partial<ChangePhoneFormProps>) =>
      view.rerender(wrap(<ChangePhoneForm {...all} {...next} />)),
  };
}

/** New number typed, its code sent and typed; the change is the next request. */
async function upToSubmit(
  props: Partial<ChangePhoneFormProps> = {},
  wrap?: (el: ReactElement) => ReactElement,
) {
  const view = renderForm({ autoSubmit: false, ...props }, wrap);
  await view.user.type(parts.phone(), NEW);
  await view.user.click(parts.send());
  await waitFor(() => expect(parts.code()).toHaveFocus());
  await view.user.type(parts.code(), mock.lastCode(NEW) ?? '');
  return view;
}

function snapshotValues() {
  return { phone: parts.phone().value, country: parts.country().textContent, code: parts.code().value };
}

describe('ChangePhoneForm: the change itself', () => {
  it('verifies the new number, then updates with the token it got; onSuccess once; says so', async () => {
    const onSuccess = vi.fn();
    const { user } = await upToSubmit({ onSuccess });
    expect(screen.getByText('+86 138 0013 8000')).toBeInTheDocument();
    const code = parts.code().value;
    await user.click(parts.submit());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess).toHaveBeenCalledWith({
      phoneNumber: NEW,
      phoneCountryCode: '+86',
      e164: '+8613700137000',
    });
    expect(screen.getByRole('status')).toHaveTextContent('Your phone number is now +86 137 0013 7000.');

    expect(requestsTo(mock, 'verify-update-phone-request').map((r) => r.body)).toEqual([
      {
        verifyMethod: 'PHONE_PASSCODE',
        phonePassCodePayload: { newPhoneNumber: NEW, newPhoneCountryCode: '+86', newPhonePassCode: code },
      },
    ]);
    const updates = requestsTo(mock, 'update-phone').map((r) => r.body as { updatePhoneToken: string });
    expect(updates).toHaveLength(1);
    expect(updates[0]?.updatePhoneToken).toMatch(/\S{8,}/);
    expect(mock.state.updatePhoneTokens.size).toBe(0);
    expect(boundUser()?.phone).toBe(NEW);
    expect(smsSent(mock)).toEqual([
      { channel: 'CHANNEL_BIND_PHONE', phoneNumber: NEW, phoneCountryCode: '+86' },
    ]);
  });

  it('autoSubmit: the last digit of the new code submits, once', async () => {
    const onSuccess = vi.fn();
    const { user } = renderForm({ onSuccess });
    await user.type(parts.phone(), NEW);
    await user.click(parts.send());
    await waitFor(() => expect(parts.code()).toHaveFocus());
    await user.type(parts.code(), mock.lastCode(NEW) ?? '');
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(requestsTo(mock, 'verify-update-phone-request')).toHaveLength(1);
  });

  it('updates the profile query on success, even when the form unmounted mid-request', async () => {
    const queryClient = new QueryClient();
    const onSuccess = vi.fn();
    const view = await upToSubmit({ onSuccess }, (el) => (
      <QueryClientProvider client={queryClient}>{el}</QueryClientProvider>
    ));
    mock.fail('update-phone', { type: 'delay', ms: 80 });
    await view.user.click(parts.submit());
    await waitFor(() => expect(requestsTo(mock, 'update-phone')).toHaveLength(1));
    view.unmount();
    await waitFor(() =>
      expect(queryClient.getQueryData(apiQueryKey(view.client, 'profile'))).toMatchObject({
        phone: NEW,
        phoneCountryCode: '+86',
      }),
    );
    await settle(50);
    expect(onSuccess).not.toHaveBeenCalled();
  });
});

describe('ChangePhoneForm: hidden by an <Activity> mid-request (T9)', () => {
  it('changed while hidden: nothing reported until shown, then the success and onSuccess once', async () => {
    const onSuccess = vi.fn();
    const activity = hideable();
    const view = await upToSubmit({ onSuccess }, activity.wrap);
    mock.fail('update-phone', { type: 'delay', ms: 60 });
    await view.user.click(parts.submit());
    await waitFor(() => expect(requestsTo(mock, 'update-phone')).toHaveLength(1));
    activity.setHidden(true);
    view.rerenderForm({});
    await waitFor(() => expect(boundUser()?.phone).toBe(NEW));
    await settle(50);
    expect(onSuccess).not.toHaveBeenCalled();
    activity.setHidden(false);
    view.rerenderForm({});
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('status')).toHaveTextContent('Your phone number is now +86 137 0013 7000.');
    expect(requestsTo(mock, 'update-phone')).toHaveLength(1);
  });

  it('refused while hidden: the error shows when shown, the code kept, the form not stuck', async () => {
    const onError = vi.fn();
    const activity = hideable();
    const view = renderForm({ autoSubmit: false, onError }, activity.wrap);
    await view.user.type(parts.phone(), NEW);
    await view.user.click(parts.send());
    await waitFor(() => expect(parts.code()).toHaveFocus());
    await view.user.type(parts.code(), wrongCode(mock.lastCode(NEW)));
    const before = snapshotValues();
    mock.fail('verify-update-phone-request', { type: 'delay', ms: 60 });
    await view.user.click(parts.submit());
    activity.setHidden(true);
    view.rerenderForm({});
    await settle(150);
    expect(onError).not.toHaveBeenCalled();
    activity.setHidden(false);
    view.rerenderForm({});
    await waitFor(() => expect(parts.codeError()).not.toBeEmptyDOMElement());
    expect(onError).toHaveBeenCalledTimes(1);
    expect(snapshotValues()).toEqual(before);
    expect(parts.submit()).not.toHaveAttribute('aria-disabled');
  });
});

describe('ChangePhoneForm: the current number first', () => {
  it('requireOldPhoneVerification: step 1 proves the current number on its channel, step 2 the new one', async () => {
    mock.state.config.requireOldPhoneVerification = true;
    mock.state.config.changePhoneChannels = {
      newPhone: 'CHANNEL_COMPLETE_PHONE',
      oldPhone: 'CHANNEL_IDENTITY_VERIFICATION',
    };
    const onSuccess = vi.fn();
    const { user } = renderForm({
      requireOldPhoneVerification: true,
      newPhoneChannel: 'CHANNEL_COMPLETE_PHONE',
      oldPhoneChannel: 'CHANNEL_IDENTITY_VERIFICATION',
      onSuccess,
    });
    await waitFor(() => expect(parts.form()).toHaveTextContent('Current number: +86 138 0013 8000'));
    // The number is shown once, in the header; the step says which number gets the code.
    expect(parts.form()).toHaveTextContent(enUS.change.oldCodeStep);
    expect(parts.form().textContent?.split('+86 138 0013 8000')).toHaveLength(2);
    expect(parts.form()).toHaveTextContent(enUS.change.descriptionBoth);
    expect(parts.step()).toHaveTextContent('Step 1 of 2');
    expect(parts.form()).toHaveAccessibleDescription('Step 1 of 2');
    expect(screen.getByRole('textbox', { name: enUS.change.oldCodeLabel })).toBe(parts.oldCode());
    expect(parts.has('input[name="phone"]')).toBe(false);

    // Continue with no code: said at the field, no request.
    await user.click(parts.submit());
    expect(parts.submit()).toHaveTextContent(enUS.change.continue);
    await waitFor(() => expect(parts.oldCodeError()).toHaveTextContent('Enter all 6 digits.'));
    expect(parts.oldCode()).toHaveFocus();

    // A double click sends one SMS, to the current number, on the old-number channel.
    await user.dblClick(parts.send());
    await waitFor(() => expect(parts.oldCode()).toHaveFocus());
    expect(smsSent(mock)).toEqual([
      { channel: 'CHANNEL_IDENTITY_VERIFICATION', phoneNumber: CURRENT, phoneCountryCode: '+86' },
    ]);
    const oldCode = mock.lastCode(CURRENT, 'CHANNEL_IDENTITY_VERIFICATION') ?? '';
    await user.type(parts.oldCode(), oldCode);
    // The last digit moves on (no request: the code is checked with the change).
    await waitFor(() => expect(parts.phone()).toHaveFocus());
    expect(parts.step()).toHaveTextContent('Step 2 of 2');
    expect(requestsTo(mock, 'verify-update-phone-request')).toHaveLength(0);

    // Cooldowns are per channel: the new number's button is free while the old one cools down.
    expect(localStorage.getItem(`${COOLDOWN_KEY_PREFIX}CHANNEL_IDENTITY_VERIFICATION`)).not.toBeNull();
    await user.type(parts.phone(), NEW);
    expect(parts.send()).not.toHaveAttribute('aria-disabled');

    // Back keeps the code; Continue (Enter) comes back.
    await user.click(parts.back());
    await waitFor(() => expect(parts.oldCode()).toHaveFocus());
    expect(parts.oldCode().value).toBe(oldCode);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(parts.phone().value).toBe('137 0013 7000'));

    await user.click(parts.send());
    await waitFor(() => expect(parts.code()).toHaveFocus());
    expect(smsSent(mock).at(-1)).toEqual({
      channel: 'CHANNEL_COMPLETE_PHONE',
      phoneNumber: NEW,
      phoneCountryCode: '+86',
    });
    // A wrong new code is said at its field and keeps the form on step 2: only a failure at the
    // current number's code goes back to step 1.
    await user.type(parts.code(), wrongCode(mock.lastCode(NEW, 'CHANNEL_COMPLETE_PHONE')));
    await waitFor(() => expect(parts.codeError()).toHaveTextContent(enUS.apiCodes[2001]));
    expect(parts.form()).toHaveAttribute('data-step', 'new');
    expect(parts.step()).toHaveTextContent('Step 2 of 2');
    await user.clear(parts.code());
    await user.type(parts.code(), mock.lastCode(NEW, 'CHANNEL_COMPLETE_PHONE') ?? '');
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(requestsTo(mock, 'verify-update-phone-request')[0]?.body).toMatchObject({
      phonePassCodePayload: {
        oldPhoneNumber: CURRENT,
        oldPhoneCountryCode: '+86',
        oldPhonePassCode: oldCode,
      },
    });
    // The flow is over: both channels' cooldowns are cleared.
    expect(localStorage.getItem(`${COOLDOWN_KEY_PREFIX}CHANNEL_IDENTITY_VERIFICATION`)).toBeNull();
    expect(localStorage.getItem(`${COOLDOWN_KEY_PREFIX}CHANNEL_COMPLETE_PHONE`)).toBeNull();
  });

  it('2228 from the service brings the old-number step in; 2038 sends the user back to it; values kept', async () => {
    mock.state.config.requireOldPhoneVerification = true;
    const onError = vi.fn();
    const { user } = await upToSubmit({ onError });
    const before = snapshotValues();
    await user.click(parts.submit());
    await waitFor(() => expect(parts.oldCodeError()).toHaveTextContent(enUS.apiCodes[2228]));
    expect(parts.oldCode()).toHaveFocus();
    expect(parts.oldCode()).toHaveAttribute('aria-invalid', 'true');

    // The same (still empty) code cannot continue.
    await user.click(parts.submit());
    expect(parts.form()).toHaveAttribute('data-step', 'old');

    await user.click(parts.send());
    await waitFor(() => expect(parts.oldCode()).toHaveFocus());
    const bad = wrongCode(mock.lastCode(CURRENT, 'CHANNEL_UNBIND_PHONE'));
    await user.type(parts.oldCode(), bad);
    await user.click(parts.submit());
    await waitFor(() => expect(parts.form()).toHaveAttribute('data-step', 'new'));
    expect(snapshotValues()).toEqual(before);

    await user.click(parts.submit());
    await waitFor(() => expect(parts.oldCodeError()).toHaveTextContent(enUS.apiCodes[2038]));
    expect(parts.oldCode()).toHaveFocus();
    expect(parts.oldCode().value).toBe(bad);
    // Continuing with the refused code is refused at once; editing it clears the error.
    await user.click(parts.submit());
    expect(parts.form()).toHaveAttribute('data-step', 'old');
    await user.type(parts.oldCode(), '{Backspace}');
    expect(onError.mock.calls.map(([error]) => error.apiCode)).toEqual([2228, 2038]);
  });
});

describe('ChangePhoneForm: where each refusal lands', () => {
  const ON_PHONE: [string, string, string][] = [
    ['2230, the same number', CURRENT, enUS.apiCodes[2230]],
    ['2035, a number bound elsewhere', MOCK_PHONES.taken.phoneNumber, enUS.apiCodes[2035]],
  ];
  it.each(ON_PHONE)('%s: on the new phone field, focused, values kept', async (_, number, text) => {
    const { user } = renderForm({ autoSubmit: false });
    await user.type(parts.phone(), number);
    await user.click(parts.send());
    await waitFor(() => expect(parts.code()).toHaveFocus());
    await user.type(parts.code(), mock.lastCode(number) ?? '');
    const before = snapshotValues();
    await user.click(parts.submit());
    await waitFor(() => expect(parts.phoneError()).toHaveTextContent(text));
    expect(parts.phone()).toHaveFocus();
    expect(parts.phone()).toHaveAttribute('aria-invalid', 'true');
    expect(snapshotValues()).toEqual(before);
  });

  it('2001, a wrong code: on the new code field, focused and selected, values kept', async () => {
    const { user } = renderForm({ autoSubmit: false });
    await user.type(parts.phone(), NEW);
    await user.click(parts.send());
    await waitFor(() => expect(parts.code()).toHaveFocus());
    await user.type(parts.code(), wrongCode(mock.lastCode(NEW)));
    const before = snapshotValues();
    await user.click(parts.submit());
    await waitFor(() => expect(parts.codeError()).toHaveTextContent(enUS.apiCodes[2001]));
    expect(parts.code()).toHaveFocus();
    expect(snapshotValues()).toEqual(before);
  });

  it('2300, an expired code: on the new code field, with "Resend code" right there', async () => {
    mock.state.config.codeTtlMs = 0;
    const { user } = await upToSubmit({ resendSeconds: 1 });
    const before = snapshotValues();
    await user.click(parts.submit());
    await waitFor(() => expect(parts.codeError()).toHaveTextContent(enUS.apiCodes[2300]));
    expect(parts.code()).toHaveFocus();
    expect(snapshotValues()).toEqual(before);
    mock.state.config.codeTtlMs = 300_000;
    await pressWhenReady(user, parts.newCode);
    await waitFor(() => expect(smsSent(mock)).toHaveLength(2));
  });
});

describe('ChangePhoneForm: the update token', () => {
  it('update-phone lost on the network: "Try again" sends update-phone again with the same token', async () => {
    const onSuccess = vi.fn();
    const { user } = await upToSubmit({ onSuccess });
    mock.fail('update-phone', 'network-error');
    const before = snapshotValues();
    await user.click(parts.submit());
    await waitFor(() => expect(parts.alert()).toHaveTextContent(enUS.errors.network));
    expect(snapshotValues()).toEqual(before);
    await user.click(parts.retry());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(requestsTo(mock, 'verify-update-phone-request')).toHaveLength(1);
    const tokens = requestsTo(mock, 'update-phone').map(
      (r) => (r.body as { updatePhoneToken: string }).updatePhoneToken,
    );
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).toBe(tokens[1]);
  });

  it('a token that ran out before update-phone is not sent: "verify again" at the new code field', async () => {
    mock.state.config.updatePhoneTokenTtlMs = 0;
    const onError = vi.fn();
    const { user } = await upToSubmit({ onError });
    const before = snapshotValues();
    await user.click(parts.submit());
    await waitFor(() => expect(parts.codeError()).toHaveTextContent(enUS.change.tokenExpired));
    expect(requestsTo(mock, 'verify-update-phone-request')).toHaveLength(1);
    expect(requestsTo(mock, 'update-phone')).toHaveLength(0);
    expect(parts.code()).toHaveFocus();
    expect(parts.newCode()).toBeInTheDocument();
    expect(snapshotValues()).toEqual(before);
    expect(onError).not.toHaveBeenCalled();
  });

  it('a token that ran out while "Try again" waited is not sent either', async () => {
    mock.state.config.updatePhoneTokenTtlMs = 1000;
    const { user } = await upToSubmit();
    mock.fail('update-phone', 'network-error');
    await user.click(parts.submit());
    await waitFor(() => expect(parts.retry()).toBeInTheDocument());
    await settle(1100);
    await user.click(parts.retry());
    await waitFor(() => expect(parts.codeError()).toHaveTextContent(enUS.change.tokenExpired));
    expect(requestsTo(mock, 'update-phone')).toHaveLength(1);
    // Resubmitting verifies again (with the now spent code: refused as such).
    await user.click(parts.submit());
    await waitFor(() => expect(parts.codeError()).toHaveTextContent(enUS.apiCodes[2001]));
    expect(requestsTo(mock, 'verify-update-phone-request')).toHaveLength(2);
  });

  it('the service refuses the token (its clock): "verify again", and onError hears of it', async () => {
    const onError = vi.fn();
    const { user } = await upToSubmit({ onError });
    mock.fail('update-phone', {
      type: 'envelope',
      statusCode: 400,
      message: 'The phone change request has expired, please start again',
    });
    await user.click(parts.submit());
    await waitFor(() => expect(parts.codeError()).toHaveTextContent(enUS.change.tokenExpired));
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'api', statusCode: 400 });
  });

  it('update-phone answers success: false → the number was not changed, verify again', async () => {
    const onSuccess = vi.fn();
    const { user } = await upToSubmit({ onSuccess });
    mock.fail('update-phone', {
      type: 'http',
      status: 200,
      body: { statusCode: 200, message: 'ok', data: { success: false } },
    });
    await user.click(parts.submit());
    await waitFor(() => expect(parts.codeError()).toHaveTextContent(enUS.change.notChanged));
    expect(onSuccess).not.toHaveBeenCalled();
  });
});

describe('ChangePhoneForm: one gesture, one request', () => {
  it('a double click and Enter + click on submit: one verify, one update', async () => {
    const onSuccess = vi.fn();
    const { user } = await upToSubmit({ onSuccess });
    mock.fail('verify-update-phone-request', { type: 'delay', ms: 60 });
    await user.dblClick(parts.submit());
    parts.submit().focus();
    await user.keyboard('{Enter}');
    await user.click(parts.submit());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    await settle(50);
    expect(requestsTo(mock, 'verify-update-phone-request')).toHaveLength(1);
    expect(requestsTo(mock, 'update-phone')).toHaveLength(1);
  });

  it('a double click on send: one SMS', async () => {
    const { user } = renderForm();
    await user.type(parts.phone(), NEW);
    await user.dblClick(parts.send());
    await waitFor(() => expect(parts.code()).toHaveFocus());
    expect(smsSent(mock)).toHaveLength(1);
  });

  it('the code cannot change while the change is in flight', async () => {
    const { user } = await upToSubmit();
    const code = parts.code().value;
    mock.fail('verify-update-phone-request', { type: 'delay', ms: 1000 });
    await user.click(parts.submit());
    expect(parts.form()).toHaveAttribute('aria-busy', 'true');
    expect(parts.submit()).toHaveAttribute('aria-disabled', 'true');
    await user.type(parts.code(), '{Backspace}');
    expect(parts.code().value).toBe(code);
  });
});

describe('ChangePhoneForm: session and locale', () => {
  const SESSION: [string, MockFault][] = [
    ['401 in the body', 'unauthorized'],
    ['a session apiCode (2206)', { type: 'envelope', statusCode: 400, apiCode: 2206 }],
  ];

  it.each(SESSION)('verify answers %s: onUnauthorized → true replays it once → changed', async (_, fault) => {
    const onUnauthorized = vi.fn(() => Promise.resolve(true));
    const onSuccess = vi.fn();
    const { user } = await upToSubmit({ onUnauthorized, onSuccess });
    mock.fail('verify-update-phone-request', fault);
    await user.click(parts.submit());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(requestsTo(mock, 'verify-update-phone-request')).toHaveLength(2);
  });

  it.each(SESSION)(
    'update answers %s twice: one replay, the session message, values kept, token kept',
    async (_, fault) => {
      const onUnauthorized = vi.fn(() => true);
      const { user } = await upToSubmit({ onUnauthorized });
      mock.fail('update-phone', fault, { times: 2 });
      const before = snapshotValues();
      await user.click(parts.submit());
      await waitFor(() => expect(parts.alert()).toHaveTextContent(/sign in again/i));
      expect(onUnauthorized).toHaveBeenCalledTimes(1);
      expect(requestsTo(mock, 'update-phone')).toHaveLength(2);
      expect(snapshotValues()).toEqual(before);
      // Signed in again: submitting finishes the same change, no new verification.
      await user.click(parts.submit());
      await waitFor(() => expect(boundUser()?.phone).toBe(NEW));
      expect(requestsTo(mock, 'verify-update-phone-request')).toHaveLength(1);
    },
  );

  it('an error on screen is re-worded when the locale changes', async () => {
    const { user, rerenderForm } = renderForm({ autoSubmit: false });
    await user.type(parts.phone(), CURRENT);
    await user.click(parts.send());
    await waitFor(() => expect(parts.code()).toHaveFocus());
    await user.type(parts.code(), mock.lastCode(CURRENT) ?? '');
    await user.click(parts.submit());
    await waitFor(() => expect(parts.phoneError()).toHaveTextContent(enUS.apiCodes[2230]));
    rerenderForm({ autoSubmit: false, locale: 'zh-CN' });
    // The zh-CN catalog is loaded on demand: the switch shows once it has arrived.
    await waitFor(() => expect(parts.phoneError()).toHaveTextContent(zhCN.apiCodes[2230]));
    expect(screen.getByRole('heading')).toHaveTextContent(zhCN.change.title);
    expect(parts.submit()).toHaveTextContent(zhCN.change.submit);
  });

  it('a server message with no catalog text falls back to the class message after a locale switch', async () => {
    const { user, rerenderForm } = await upToSubmit();
    mock.fail('verify-update-phone-request', {
      type: 'envelope',
      statusCode: 403,
      message: 'Forbidden by policy',
      requestId: 'req-123',
    });
    await user.click(parts.submit());
    await waitFor(() => expect(parts.alert()).toHaveTextContent('Forbidden by policy'));
    expect(parts.alert()).toHaveTextContent('req-123');
    rerenderForm({ autoSubmit: false, locale: 'zh-CN' });
    await waitFor(() => expect(parts.alert()).toHaveTextContent(zhCN.errors.forbidden));
  });
});
