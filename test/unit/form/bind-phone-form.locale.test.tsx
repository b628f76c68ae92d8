import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BindPhoneProvider } from '../../../src/components/bind-phone-provider.js';
import { BindPhoneForm } from '../../../src/components/forms/bind-phone-form.js';
import { jaJP } from '../../../src/i18n/locales/ja-JP.js';
import { zhCN } from '../../../src/i18n/locales/zh-CN.js';
import { zhTW } from '../../../src/i18n/locales/zh-TW.js';
import { createGenAuthMock, MOCK_PHONES } from '../../../src/mock/index.js';
import { mockMessage } from '../../../src/mock/messages.js';
import { clientFor, parts, renderForm, requestsTo, sendCodeOk, snapshotValues } from './form-harness.js';

// The locale prop: catalogs, the lang header, a locale switch re-wording errors already on screen,
// and the deep-partial `messages` override, for the form and every part inside it. Only the locale
// is given, so each catalog is loaded on demand: the first look at a new language awaits it.

const mock = createGenAuthMock();
const server = setupServer(...mock.handlers);
const FREE = MOCK_PHONES.free.phoneNumber;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
  sessionStorage.clear();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

const wrongCode = () => (mock.lastCode(FREE) === '000000' ? '111111' : '000000');

describe('locale="zh-CN"', () => {
  it('shows Chinese in the form and in every part, and sends the lang header on every call', async () => {
    const { user } = renderForm({ client: clientFor(mock), defaultCountry: 'CN', locale: 'zh-CN' });
    expect(await screen.findByRole('heading', { name: zhCN.form.title })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: zhCN.phone.label })).toBe(parts.phone());
    expect(screen.getByRole('textbox', { name: zhCN.code.label })).toBe(parts.code());
    expect(parts.country()).toHaveAccessibleName(`${zhCN.country.label} 中国 +86`);
    expect(parts.send()).toHaveTextContent(zhCN.send.send);
    expect(parts.submit()).toHaveTextContent(zhCN.form.submit);

    await user.type(parts.phone(), FREE);
    await sendCodeOk(user);
    expect(screen.getByText(/137\*\*\*\*7000/).closest('p')).toHaveTextContent(/^验证码已发送至/);
    await user.type(parts.code(), wrongCode());
    await waitFor(() => expect(parts.codeError()).toHaveTextContent(zhCN.apiCodes[2001]));

    const calls = mock.requests.filter((r) => r.route);
    expect(new Set(calls.map((r) => r.route))).toEqual(
      new Set(['public-config', 'get-profile', 'send-sms', 'bind-phone']),
    );
    for (const request of calls) expect(request.headers['x-authing-lang']).toBe('zh-CN');
  });

  it('takes the locale from BindPhoneProvider when the form has no locale prop', async () => {
    const user = userEvent.setup();
    render(
      <BindPhoneProvider client={clientFor(mock)} locale="ja-JP">
        <BindPhoneForm defaultCountry="CN" />
      </BindPhoneProvider>,
    );
    expect(await screen.findByRole('heading', { name: jaJP.form.title })).toBeInTheDocument();
    await user.type(parts.phone(), FREE);
    mock.fail('send-sms', { type: 'forbidden' });
    await user.click(parts.send());
    await waitFor(() => expect(parts.alert()).toHaveTextContent(mockMessage('ja-JP', 'forbidden')));
    expect(requestsTo(mock, 'send-sms')[0]?.headers['x-authing-lang']).toBe('ja-JP');
  });
});

describe('switching the locale prop', () => {
  it('re-words a catalog error already on screen, and the parts, and the next requests', async () => {
    const props = { client: clientFor(mock), defaultCountry: 'CN' as const };
    const { user, rerenderForm } = renderForm({ ...props, locale: 'en-US' });
    await user.type(parts.phone(), FREE);
    await sendCodeOk(user);
    await user.type(parts.code(), wrongCode());
    await waitFor(() => expect(parts.codeError()).toHaveTextContent('That code is not right'));
    const before = snapshotValues();

    rerenderForm({ ...props, locale: 'ja-JP' });
    await waitFor(() => expect(parts.codeError()).toHaveTextContent(jaJP.apiCodes[2001]));
    expect(screen.getByRole('textbox', { name: jaJP.code.label })).toBe(parts.code());
    expect(parts.submit()).toHaveTextContent(jaJP.form.submit);
    expect(snapshotValues().phone).toBe(before.phone);
    expect(snapshotValues().code).toBe(before.code);

    rerenderForm({ ...props, locale: 'zh-TW' });
    await waitFor(() => expect(parts.codeError()).toHaveTextContent(zhTW.apiCodes[2001]));
    await user.click(parts.submit());
    await waitFor(() => expect(requestsTo(mock, 'bind-phone')).toHaveLength(2));
    expect(requestsTo(mock, 'bind-phone')[1]?.headers['x-authing-lang']).toBe('zh-TW');
  });

  it('replaces a server message written in the old language by the new catalog', async () => {
    const props = { client: clientFor(mock), defaultCountry: 'CN' as const };
    const { user, rerenderForm } = renderForm({ ...props, locale: 'en-US' });
    await user.type(parts.phone(), FREE);
    mock.fail('send-sms', { type: 'forbidden' });
    await user.click(parts.send());
    await waitFor(() => expect(parts.alert()).toHaveTextContent(mockMessage('en-US', 'forbidden')));
    const requestId = parts.alert().querySelector('code')?.textContent;
    expect(requestId).toMatch(/\S/);

    rerenderForm({ ...props, locale: 'zh-CN' });
    await waitFor(() => expect(parts.alert()).toHaveTextContent(zhCN.errors.forbidden));
    expect(parts.alert()).not.toHaveTextContent(mockMessage('en-US', 'forbidden'));
    expect(parts.alert()).toHaveTextContent(`${zhCN.form.requestId}: ${requestId ?? ''}`);

    // Back in the language the server wrote in: its own, more specific text again.
    rerenderForm({ ...props, locale: 'en-US' });
    expect(parts.alert()).toHaveTextContent(mockMessage('en-US', 'forbidden'));
  });

  it('keeps the server message when it is in the language on screen', async () => {
    const { user } = renderForm({ client: clientFor(mock), defaultCountry: 'CN', locale: 'zh-TW' });
    await user.type(parts.phone(), FREE);
    mock.fail('send-sms', { type: 'forbidden' });
    await user.click(parts.send());
    await waitFor(() => expect(parts.alert()).toHaveTextContent(mockMessage('zh-TW', 'forbidden')));
  });
});

describe('messages override', () => {
  it('applies a deep-partial override to the form and its parts, on top of the locale', async () => {
    const messages = {
      form: { submit: 'Link my phone' },
      send: { send: 'Text me a code' },
      apiCodes: { 2001: 'Nope, that code is wrong.' },
    };
    const { user, rerenderForm } = renderForm({ client: clientFor(mock), defaultCountry: 'CN', messages });
    expect(parts.submit()).toHaveTextContent('Link my phone');
    expect(parts.send()).toHaveTextContent('Text me a code');
    // Everything not overridden stays the catalog's.
    expect(screen.getByRole('textbox', { name: 'Phone number' })).toBe(parts.phone());
    await user.type(parts.phone(), FREE);
    await sendCodeOk(user);
    await user.type(parts.code(), wrongCode());
    await waitFor(() => expect(parts.codeError()).toHaveTextContent('Nope, that code is wrong.'));

    rerenderForm({ client: clientFor(mock), defaultCountry: 'CN', messages, locale: 'zh-CN' });
    expect(await screen.findByRole('textbox', { name: zhCN.phone.label })).toBe(parts.phone());
    expect(parts.codeError()).toHaveTextContent('Nope, that code is wrong.');
    expect(parts.submit()).toHaveTextContent('Link my phone');
  });
});
