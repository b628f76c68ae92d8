// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createGenAuthClient } from '../../../src/api/create-genauth-client.js';
import { BindPhoneForm } from '../../../src/components/forms/bind-phone-form.js';
import { createGenAuthMock, MOCK_TOKENS } from '../../../src/mock/index.js';

const mock = createGenAuthMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
  sessionStorage.clear();
});
afterAll(() => server.close());

function client(token: string = MOCK_TOKENS.noPhone) {
  return createGenAuthClient({ appHost: mock.appHost, appId: mock.appId, accessToken: token });
}

describe('BindPhoneForm, the whole flow against the mock', () => {
  it('sends a code, takes it and binds the number', async () => {
    const user = userEvent.setup();
    const onSuccess = vi.fn();
    render(<BindPhoneForm client={client()} defaultCountry="CN" onSuccess={onSuccess} />);

    await user.type(screen.getByRole('textbox', { name: 'Phone number' }), '13700137000');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    const codeInput = await screen.findByRole('textbox', { name: 'Verification code' });
    await waitFor(() => expect(codeInput).toHaveFocus());
    const code = mock.lastCode('+8613700137000');
    expect(code).toMatch(/^\d{6}$/);
    await user.type(codeInput, code as string);

    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess).toHaveBeenCalledWith({
      phoneNumber: '13700137000',
      phoneCountryCode: '+86',
      e164: '+8613700137000',
    });
    expect(await screen.findByRole('status')).toHaveTextContent('+86 137 0013 7000');
    const posts = mock.requests.filter((r) => r.method === 'POST').map((r) => [r.path, r.body]);
    expect(posts).toEqual([
      [
        '/api/v3/send-sms',
        { channel: 'CHANNEL_BIND_PHONE', phoneNumber: '13700137000', phoneCountryCode: '+86' },
      ],
      ['/api/v3/bind-phone', { passCode: code, phoneNumber: '13700137000', phoneCountryCode: '+86' }],
    ]);
  });
});
