import { render } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createGenAuthClient } from '../../src/api/create-genauth-client.js';
import { PhoneBinding } from '../../src/components/forms/phone-binding.js';
import { createGenAuthMock, MOCK_TOKENS } from '../../src/mock/index.js';
import '../../src/theme/styles.css';

// A phone change completed in real Chromium with real keys, through <PhoneBinding>: the tenant wants
// the current number proven first, so the code sent to it comes first, then the new number and its
// code; verify-update-phone-request → update-phone; the view shows the new number without a reload.
// The mock answers through the client's `fetch` option.

afterEach(() => {
  sessionStorage.clear();
});

it('changes the bound number (current number proven first) and shows the new one', async () => {
  const mock = createGenAuthMock({ requireOldPhoneVerification: true });
  const client = createGenAuthClient({
    appHost: mock.appHost,
    appId: mock.appId,
    accessToken: MOCK_TOKENS.bound,
    fetch: mock.fetch,
  });
  const onChanged = vi.fn();
  render(<PhoneBinding client={client} defaultCountry="CN" onChanged={onChanged} />);

  await expect.element(page.getByText('Current number: +86 138 0013 8000')).toBeInTheDocument();
  await userEvent.click(page.getByRole('button', { name: 'Change', exact: true }));

  // The form learns the tenant's rule from the service (2228) on the first try …
  const phone = page.getByRole('textbox', { name: 'Phone number' });
  await userEvent.click(phone);
  await userEvent.keyboard('13700137000');
  await userEvent.click(page.getByRole('button', { name: 'Send code' }));
  const code = page.getByRole('textbox', { name: 'Verification code' });
  await expect.element(code).toHaveFocus();
  const newCode = mock.lastCode('+8613700137000', 'CHANNEL_BIND_PHONE') ?? '';
  await userEvent.keyboard(newCode);

  // … and asks for the current number's code, keeping what was typed.
  const oldCode = page.getByRole('textbox', { name: 'Code sent to your current number' });
  await expect.element(oldCode).toHaveFocus();
  await expect.element(oldCode).toHaveAccessibleDescription(/To change your number, first confirm/);
  await expect.element(page.getByText('Step 1 of 2')).toBeInTheDocument();
  await userEvent.click(page.getByRole('button', { name: 'Send code' }));
  await expect.element(oldCode).toHaveFocus();
  await userEvent.keyboard(mock.lastCode('+8613800138000', 'CHANNEL_UNBIND_PHONE') ?? '');

  // The last digit moves on to the new number, still there; submit.
  await expect.element(page.getByText('Step 2 of 2')).toBeInTheDocument();
  await expect.element(phone).toHaveValue('137 0013 7000');
  await expect.element(code).toHaveValue(newCode);
  await userEvent.click(page.getByRole('button', { name: 'Change phone number' }));

  await expect.element(page.getByText('Current number: +86 137 0013 7000')).toBeInTheDocument();
  await expect
    .element(page.getByRole('status').first())
    .toHaveTextContent('Your phone number is now +86 137 0013 7000.');
  expect(onChanged).toHaveBeenCalledExactlyOnceWith({
    phoneNumber: '13700137000',
    phoneCountryCode: '+86',
    e164: '+8613700137000',
  });
  const changes = mock.requests
    .filter((request) => request.route === 'verify-update-phone-request' || request.route === 'update-phone')
    .map((request) => request.route);
  expect(changes).toEqual(['verify-update-phone-request', 'verify-update-phone-request', 'update-phone']);
  expect(mock.state.users.find((user) => user.token === MOCK_TOKENS.bound)?.phone).toBe('13700137000');
});
