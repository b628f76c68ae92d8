import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChangePhoneForm } from '../../../src/components/forms/change-phone-form.js';
import { UnbindPhoneButton } from '../../../src/components/forms/unbind-phone-button.js';
import { enUS } from '../../../src/i18n/locales/en-US.js';
import { createGenAuthMock, MOCK_PHONES, MOCK_TOKENS } from '../../../src/mock/index.js';
import { parts as changeParts } from '../change/change-harness.js';
import { clientFor, parts, renderForm, requestsTo, sendCodeOk, settle } from './form-harness.js';

// T5 for the real forms: WebOTP (Chrome on Android) fills the code of the SMS just sent and
// submits it when autoSubmit is on; a request is aborted on submit, on a resend and on unmount,
// and a code that arrives after that fills nothing and sends nothing. The browser's side is a
// fake `navigator.credentials` that resolves even after an abort, so the kit must drop late codes.

const mock = createGenAuthMock({ resendIntervalMs: 0 });
const server = setupServer(...mock.handlers);
const NATIONAL = MOCK_PHONES.free.phoneNumber;

interface Asked {
  signal: AbortSignal | undefined;
  answer: (code: string) => void;
}
let asked: Asked[];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  asked = [];
  vi.stubGlobal('OTPCredential', class {});
  Object.defineProperty(navigator, 'credentials', {
    configurable: true,
    value: {
      get: (options: CredentialRequestOptions) =>
        new Promise((resolve) => {
          asked.push({
            signal: options.signal ?? undefined,
            answer: (code) => resolve({ id: 'otp', type: 'otp', code }),
          });
        }),
    },
  });
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'credentials');
  vi.unstubAllGlobals();
  server.resetHandlers();
  mock.reset();
  sessionStorage.clear();
});
afterAll(() => server.close());

const binds = () => requestsTo(mock, 'bind-phone');
const live = () => asked.filter((request) => !request.signal?.aborted);

async function answer(request: Asked | undefined, code: string) {
  if (!request) throw new Error('the form did not ask for the SMS code');
  await act(async () => {
    request.answer(code);
    await settle(10);
  });
}

describe('BindPhoneForm and WebOTP', () => {
  it('asks nothing before a code is sent, then once; the code fills the field and binds, once', async () => {
    const onSuccess = vi.fn();
    const { user } = renderForm({ client: clientFor(mock), defaultCountry: 'CN', onSuccess });
    await user.type(parts.phone(), NATIONAL);
    expect(asked).toHaveLength(0);
    await sendCodeOk(user);
    await waitFor(() => expect(live()).toHaveLength(1));
    const code = mock.lastCode(NATIONAL) ?? '';
    await answer(live()[0], code);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(binds().map((request) => (request.body as { passCode: string }).passCode)).toEqual([code]);
    expect(live()).toHaveLength(0);
  });

  it('takes the code out of what the browser hands over, and only a code of the right length', async () => {
    const { user } = renderForm({ client: clientFor(mock), defaultCountry: 'CN', autoSubmit: false });
    await user.type(parts.phone(), NATIONAL);
    await sendCodeOk(user);
    await waitFor(() => expect(live()).toHaveLength(1));
    await answer(live()[0], '12 34');
    expect(parts.code()).toHaveValue('');
    expect(binds()).toHaveLength(0);
  });

  it('a submit by hand aborts it: a late code fills nothing and binds nothing more', async () => {
    const { user } = renderForm({ client: clientFor(mock), defaultCountry: 'CN', autoSubmit: false });
    await user.type(parts.phone(), NATIONAL);
    await sendCodeOk(user);
    await waitFor(() => expect(live()).toHaveLength(1));
    const request = live()[0];
    await user.type(parts.code(), '000000');
    mock.fail('bind-phone', { type: 'delay', ms: 50 });
    await user.click(parts.submit());
    expect(request?.signal?.aborted).toBe(true);
    await answer(request, '654321');
    await waitFor(() => expect(parts.submit()).not.toHaveAttribute('aria-disabled'));
    expect(parts.code()).toHaveValue('000000');
    expect(binds()).toHaveLength(1);
  });

  it('a resend aborts the request and asks anew for the new SMS; unmount aborts it', async () => {
    const view = renderForm({ client: clientFor(mock), defaultCountry: 'CN', resendSeconds: 1 });
    await view.user.type(parts.phone(), NATIONAL);
    await sendCodeOk(view.user);
    await waitFor(() => expect(live()).toHaveLength(1));
    const first = live()[0];
    await waitFor(() => expect(parts.send()).not.toHaveAttribute('aria-disabled'), { timeout: 3000 });
    await view.user.click(parts.send());
    await waitFor(() => expect(requestsTo(mock, 'send-sms')).toHaveLength(2));
    expect(first?.signal?.aborted).toBe(true);
    await waitFor(() => expect(live()).toHaveLength(1));
    const second = live()[0];
    expect(second).not.toBe(first);
    await answer(first, '111111');
    expect(parts.code()).toHaveValue('');
    view.unmount();
    expect(second?.signal?.aborted).toBe(true);
    expect(binds()).toHaveLength(0);
  });
});

describe('ChangePhoneForm and UnbindPhoneButton with WebOTP', () => {
  it('ChangePhoneForm: the new number’s SMS fills its code and the change goes through, once', async () => {
    const onSuccess = vi.fn();
    const user = userEvent.setup();
    render(
      <ChangePhoneForm
        client={clientFor(mock, MOCK_TOKENS.bound)}
        defaultCountry="CN"
        onSuccess={onSuccess}
      />,
    );
    await user.type(changeParts.phone(), NATIONAL);
    expect(asked).toHaveLength(0);
    await user.click(changeParts.send());
    await waitFor(() => expect(live()).toHaveLength(1));
    await answer(live()[0], mock.lastCode(NATIONAL) ?? '');
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(requestsTo(mock, 'update-phone')).toHaveLength(1);
    expect(live()).toHaveLength(0);
  });

  it('UnbindPhoneButton: the SMS fills the code; removing still waits for the confirm', async () => {
    const onSuccess = vi.fn();
    const user = userEvent.setup();
    render(<UnbindPhoneButton client={clientFor(mock, MOCK_TOKENS.bound)} onSuccess={onSuccess} />);
    await user.click(screen.getByRole('button', { name: enUS.change.remove }));
    await waitFor(() => expect(changeParts.send()).not.toHaveAttribute('aria-disabled'));
    await user.click(changeParts.send());
    await waitFor(() => expect(live()).toHaveLength(1));
    const code = mock.lastCode(MOCK_PHONES.bound.phoneNumber, 'CHANNEL_UNBIND_PHONE') ?? '';
    await answer(live()[0], code);
    expect(changeParts.code()).toHaveValue(code);
    expect(requestsTo(mock, 'unbind-phone')).toHaveLength(0);
    await user.click(changeParts.submit());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(requestsTo(mock, 'unbind-phone')).toHaveLength(1);
  });
});
