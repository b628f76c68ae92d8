import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createGenAuthClient } from '../../../src/api/create-genauth-client.js';
import { BindPhoneForm } from '../../../src/components/forms/bind-phone-form.js';
import { createGenAuthMock, MOCK_PHONES, MOCK_TOKENS } from '../../../src/mock/index.js';

// WebOTP with Chromium's own navigator.credentials. No SMS can reach this machine (the API reads
// it on an Android phone: Chrome there, or a desktop Chrome paired with one through sync), so the
// real request stays pending until the kit aborts it; the spy below records the calls and passes
// them through, it answers nothing. What a code delivered through WebOTP does (fills the field,
// submits once, a late one dropped) is checked with a fake credentials.get in
// test/browser/code-input.test.tsx and in jsdom (test/unit/code/use-web-otp.test.tsx,
// test/unit/form/sms-code-autofill.test.tsx).

const mock = createGenAuthMock();
const client = createGenAuthClient({
  appHost: mock.appHost,
  appId: mock.appId,
  accessToken: MOCK_TOKENS.noPhone,
  fetch: mock.fetch,
});

let unhandled: unknown[];
const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);

beforeEach(() => {
  mock.reset();
  unhandled = [];
  window.addEventListener('unhandledrejection', onUnhandled);
});
afterEach(() => {
  window.removeEventListener('unhandledrejection', onUnhandled);
  vi.restoreAllMocks();
});

/** How the real request ended, or 'pending' if it has not after `ms`. */
function settled(request: Promise<unknown>, ms: number): Promise<string> {
  return Promise.race([
    request.then(
      () => 'resolved',
      (error: unknown) => (error instanceof DOMException ? error.name : 'rejected'),
    ),
    new Promise<string>((resolve) => setTimeout(() => resolve('pending'), ms)),
  ]);
}

async function sendCode(): Promise<void> {
  await userEvent.click(page.getByRole('textbox', { name: 'Phone number' }));
  await userEvent.keyboard(MOCK_PHONES.free.phoneNumber);
  await userEvent.click(page.getByRole('button', { name: 'Send code' }));
  await expect.element(page.getByRole('textbox', { name: 'Verification code' })).toHaveFocus();
}

describe('WebOTP in real Chromium', () => {
  it('a send asks Chromium for the SMS code once; typing the code binds and aborts the request', async () => {
    expect('OTPCredential' in window).toBe(true);
    const get = vi.spyOn(CredentialsContainer.prototype, 'get');
    render(<BindPhoneForm client={client} defaultCountry="CN" />);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Nothing is asked before a code was sent.
    expect(get).not.toHaveBeenCalled();

    await sendCode();
    await expect.poll(() => get.mock.calls.length).toBe(1);
    const options = get.mock.calls[0]?.[0] as CredentialRequestOptions & { otp?: { transport: string[] } };
    expect(options.otp).toEqual({ transport: ['sms'] });
    const request = get.mock.results[0]?.value as Promise<unknown>;
    // Real Chromium, no phone: the request waits.
    expect(await settled(request, 300)).toBe('pending');
    expect(options.signal?.aborted).toBe(false);

    await userEvent.keyboard(mock.state.outbox.at(-1)?.code ?? '');
    await expect
      .element(page.getByRole('status').filter({ hasText: 'is now bound' }))
      .toHaveTextContent('Your phone number +86 137 0013 7000 is now bound to your account.');
    expect(options.signal?.aborted).toBe(true);
    expect(await settled(request, 1_000)).toBe('AbortError');
    expect(get).toHaveBeenCalledTimes(1);
    expect(unhandled).toEqual([]);
  });

  it('leaving the form while Chromium waits for the SMS aborts the request', async () => {
    const get = vi.spyOn(CredentialsContainer.prototype, 'get');
    const view = render(<BindPhoneForm client={client} defaultCountry="CN" />);
    await sendCode();
    await expect.poll(() => get.mock.calls.length).toBe(1);
    const request = get.mock.results[0]?.value as Promise<unknown>;
    expect(await settled(request, 300)).toBe('pending');
    view.unmount();
    expect(await settled(request, 1_000)).toBe('AbortError');
    expect(unhandled).toEqual([]);
  });
});
