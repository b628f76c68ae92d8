import { render } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createGenAuthClient } from '../../src/api/create-genauth-client.js';
import { BindPhoneForm } from '../../src/components/forms/bind-phone-form.js';
import { createGenAuthMock, MOCK_TOKENS } from '../../src/mock/index.js';

// The whole flow in real Chromium, the way a user does it: pick the country by searching for it,
// type the number, send, read the SMS (from the mock's outbox), type the code; then the exact
// requests the service received. The mock answers through the client's `fetch` option (the MSW
// worker script is not served in Vitest's browser mode: `publicDir` is off for the library build).

it('binds a UK number picked by search, with real keys, and sends exactly the expected requests', async () => {
  const mock = createGenAuthMock({ internationalSmsConfig: { enabled: true, defaultISOType: 'CN' } });
  const client = createGenAuthClient({
    appHost: mock.appHost,
    appId: mock.appId,
    accessToken: MOCK_TOKENS.noPhone,
    fetch: mock.fetch,
  });
  const onSuccess = vi.fn();
  render(<BindPhoneForm client={client} onSuccess={onSuccess} />);

  const trigger = page.getByRole('button', { name: /^Country or region/ });
  await expect.element(trigger).toHaveAccessibleName('Country or region China +86');
  await userEvent.click(trigger);
  const search = page.getByRole('combobox', { name: 'Search countries' });
  await expect.element(search).toHaveFocus();
  await userEvent.keyboard('united kingdom');
  await expect.element(page.getByRole('option')).toHaveAccessibleName('United Kingdom +44');
  await userEvent.click(page.getByRole('option', { name: 'United Kingdom +44' }));
  await expect.element(trigger).toHaveAccessibleName('Country or region United Kingdom +44');

  const phone = page.getByRole('textbox', { name: 'Phone number' });
  await userEvent.click(phone);
  await userEvent.keyboard('07400123456');
  await expect.element(phone).toHaveValue('07400 123456');

  await userEvent.click(page.getByRole('button', { name: 'Send code' }));
  const code = page.getByRole('textbox', { name: 'Verification code' });
  await expect.element(code).toHaveFocus();
  await expect.element(page.getByText(/^Code sent to/)).toHaveTextContent('Code sent to +44 74*****456');
  const sms = mock.state.outbox.at(-1);
  expect(sms).toMatchObject({ phone: '+447400123456', channel: 'CHANNEL_BIND_PHONE' });
  const passCode = sms?.code ?? '';
  expect(passCode).toMatch(/^\d{6}$/);
  await userEvent.keyboard(passCode);

  await expect
    .element(page.getByRole('status'))
    .toHaveTextContent('Your phone number +44 7400 123456 is now bound to your account.');
  expect(onSuccess).toHaveBeenCalledExactlyOnceWith({
    phoneNumber: '7400123456',
    phoneCountryCode: '+44',
    e164: '+447400123456',
  });

  const requests = mock.requests.map(({ method, path, body, headers }) => ({
    method,
    path,
    body,
    appId: headers['x-authing-app-id'],
    authorization: headers.authorization,
    lang: headers['x-authing-lang'],
  }));
  const common = { appId: mock.appId, authorization: `Bearer ${MOCK_TOKENS.noPhone}`, lang: 'en-US' };
  const reads = requests.filter((request) => request.method === 'GET');
  const writes = requests.filter((request) => request.method !== 'GET');
  expect(reads).toHaveLength(3);
  expect(reads).toEqual(
    expect.arrayContaining([
      { method: 'GET', path: `/api/v2/applications/${mock.appId}/public-config`, body: undefined, ...common },
      // Read on mount, and again after the bind (the profile query is invalidated).
      { method: 'GET', path: '/api/v3/get-profile', body: undefined, ...common },
    ]),
  );
  expect(reads.filter((request) => request.path === '/api/v3/get-profile')).toHaveLength(2);
  expect(writes).toEqual([
    {
      method: 'POST',
      path: '/api/v3/send-sms',
      body: { channel: 'CHANNEL_BIND_PHONE', phoneNumber: '7400123456', phoneCountryCode: '+44' },
      ...common,
    },
    {
      method: 'POST',
      path: '/api/v3/bind-phone',
      body: { passCode, phoneNumber: '7400123456', phoneCountryCode: '+44' },
      ...common,
    },
  ]);
  expect(mock.state.users.find((user) => user.token === MOCK_TOKENS.noPhone)).toMatchObject({
    phone: '7400123456',
    phoneCountryCode: '+44',
    phoneVerified: true,
  });
});
