import { screen, waitFor, within } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { enUS } from '../../../src/i18n/locales/en-US.js';
import { createGenAuthMock, MOCK_PHONES, MOCK_TOKENS, type GenAuthMock } from '../../../src/mock/index.js';
import type { MockFault } from '../../../src/mock/types.js';
import { clientFor, parts, renderForm, requestsTo, sendCodeOk, settle } from './form-harness.js';

// The tenant's public config and the user's profile, read through queries: international SMS,
// code length, default country; and when either cannot be read, defaults and silence.

/** The service's default: international SMS off. */
const intlOff = createGenAuthMock();
const intlOn = createGenAuthMock({
  appHost: 'https://intl.genauth.test',
  internationalSmsConfig: { enabled: true, defaultISOType: 'GB' },
});
const fourDigits = createGenAuthMock({ appHost: 'https://four.genauth.test', codeLength: 4 });
const lengthUnset = createGenAuthMock({ appHost: 'https://unset.genauth.test', verifyCodeLength: null });
const mocks: GenAuthMock[] = [intlOff, intlOn, fourDigits, lengthUnset];
const server = setupServer(...mocks.flatMap((mock) => mock.handlers));
const FREE = MOCK_PHONES.free.phoneNumber;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  for (const mock of mocks) mock.reset();
  sessionStorage.clear();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

const slots = () => document.querySelectorAll('[data-slot="slot"]').length;

async function openPicker(user: ReturnType<typeof renderForm>['user']) {
  await user.click(parts.country());
  return screen.getByRole('dialog');
}

describe('international SMS', () => {
  it('off: only mainland China is offered, and the picker says why', async () => {
    const { user } = renderForm({ client: clientFor(intlOff) });
    await waitFor(() => expect(requestsTo(intlOff, 'public-config')).toHaveLength(1));
    const dialog = await openPicker(user);
    await waitFor(() => expect(within(dialog).getAllByRole('option')).toHaveLength(1));
    expect(within(dialog).getByRole('option')).toHaveAccessibleName('China +86');
    expect(within(dialog).getByRole('combobox')).toHaveAccessibleDescription(enUS.country.onlyMainlandChina);
    expect(parts.country()).toHaveAccessibleName('Country or region China +86');
  });

  it('off, with a defaultCountry the tenant cannot text: CN is chosen instead', async () => {
    renderForm({ client: clientFor(intlOff), defaultCountry: 'US' });
    await waitFor(() => expect(parts.country()).toHaveAccessibleName('Country or region China +86'));
  });

  it('on: every country, no notice, and the tenant default country', async () => {
    const { user } = renderForm({ client: clientFor(intlOn) });
    await waitFor(() => expect(parts.country()).toHaveAccessibleName('Country or region United Kingdom +44'));
    const dialog = await openPicker(user);
    // The list mounts only the rows in view; the status counts them all.
    expect(Number(/\d+/.exec(within(dialog).getByRole('status').textContent ?? '')?.[0])).toBeGreaterThan(
      200,
    );
    expect(within(dialog).queryByText(enUS.country.onlyMainlandChina)).toBeNull();
  });

  it('on: the defaultCountry prop wins over the tenant default', async () => {
    renderForm({ client: clientFor(intlOn), defaultCountry: 'JP' });
    await settle(50);
    expect(parts.country()).toHaveAccessibleName('Country or region Japan +81');
  });
});

describe('code length', () => {
  it('tenant verifyCodeLength 4 → 4 slots, and a 4-digit code binds', async () => {
    const onSuccess = vi.fn();
    const { user } = renderForm({ client: clientFor(fourDigits), defaultCountry: 'CN', onSuccess });
    await waitFor(() => expect(slots()).toBe(4));
    expect(screen.getByText('Enter the 4-digit code we sent by SMS.')).toBeInTheDocument();
    await user.type(parts.phone(), FREE);
    await sendCodeOk(user);
    const code = fourDigits.lastCode(FREE) ?? '';
    expect(code).toMatch(/^\d{4}$/);
    await user.type(parts.code(), code);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(requestsTo(fourDigits, 'bind-phone')[0]?.body).toMatchObject({ passCode: code });
  });

  it('the codeLength prop wins over the tenant', async () => {
    renderForm({ client: clientFor(fourDigits), codeLength: 8 });
    await waitFor(() => expect(requestsTo(fourDigits, 'public-config')).toHaveLength(1));
    await settle(30);
    expect(slots()).toBe(8);
  });

  it('a tenant that never set it → 6', async () => {
    renderForm({ client: clientFor(lengthUnset) });
    await waitFor(() => expect(requestsTo(lengthUnset, 'public-config')).toHaveLength(1));
    await settle(30);
    expect(slots()).toBe(6);
  });
});

describe('settings that cannot be read', () => {
  const FAILURES: [string, MockFault][] = [
    ['404', { type: 'http', status: 404, body: '<html><body>Not Found</body></html>' }],
    ['offline / CORS', 'network-error'],
    ['an unreadable answer', 'truncated-json'],
  ];

  it.each(FAILURES)(
    'public config and profile both fail (%s): defaults, silence, and the flow works',
    async (_, fault) => {
      intlOff.fail('public-config', fault);
      intlOff.fail('get-profile', fault);
      const onSuccess = vi.fn();
      const onError = vi.fn();
      const onAlreadyBound = vi.fn();
      const { user, container } = renderForm({
        client: clientFor(intlOff),
        defaultCountry: 'CN',
        onSuccess,
        onError,
        onAlreadyBound,
      });
      await waitFor(() => expect(requestsTo(intlOff, 'get-profile')).toHaveLength(1));
      await waitFor(() => expect(requestsTo(intlOff, 'public-config')).toHaveLength(1));
      await settle(30);
      // Defaults: 6 digits, every country; and nothing on screen about the failure.
      expect(slots()).toBe(6);
      expect(parts.alert()).toBeEmptyDOMElement();
      expect(container).not.toHaveTextContent(/error|fail|wrong|unreadable|reach/i);
      const dialog = await openPicker(user);
      // The list mounts only the rows in view; the status counts them all.
      expect(Number(/\d+/.exec(within(dialog).getByRole('status').textContent ?? '')?.[0])).toBeGreaterThan(
        200,
      );
      await user.keyboard('{Escape}');

      await user.type(parts.phone(), FREE);
      await sendCodeOk(user);
      await user.type(parts.code(), intlOff.lastCode(FREE) ?? '');
      await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
      expect(onError).not.toHaveBeenCalled();
      expect(onAlreadyBound).not.toHaveBeenCalled();
      // Not retried on their own.
      expect(requestsTo(intlOff, 'public-config')).toHaveLength(1);
    },
  );

  it('a profile 401 (no session yet) is not reported either', async () => {
    const onUnauthorized = vi.fn();
    renderForm({ client: clientFor(intlOff, 'not-a-token'), defaultCountry: 'CN', onUnauthorized });
    await waitFor(() => expect(requestsTo(intlOff, 'get-profile')).toHaveLength(1));
    await settle(30);
    expect(parts.alert()).toBeEmptyDOMElement();
    expect(onUnauthorized).not.toHaveBeenCalled();
  });
});

describe('settings that arrive after the user started', () => {
  it('a country the tenant cannot text, picked before the settings arrived, falls back to CN', async () => {
    intlOff.fail('public-config', { type: 'delay', ms: 1200 });
    const { user } = renderForm({ client: clientFor(intlOff), defaultCountry: 'US' });
    await user.type(parts.phone(), '2015550123');
    expect(parts.country()).toHaveAccessibleName('Country or region United States +1');
    await waitFor(() => expect(parts.country()).toHaveAccessibleName('Country or region China +86'), {
      timeout: 2500,
    });
    // The text is kept as typed; it is simply not a Chinese mobile, and nothing is sent.
    expect(parts.phone().value.replace(/\D/g, '')).toBe('2015550123');
    await user.click(parts.send());
    expect(requestsTo(intlOff, 'send-sms')).toHaveLength(0);
  });
});

// T6 with what a user picked, not the defaults: a country other than the tenant's, its number and
// a code typed in part; a failed resend and a failed bind keep all three byte-identical.
describe('values kept through failures, away from the defaults', () => {
  it('a picked country, its number and a typed code survive a failed resend and a failed bind', async () => {
    const onError = vi.fn();
    const { user } = renderForm({ client: clientFor(intlOn), autoSubmit: false, resendSeconds: 1, onError });
    await waitFor(() => expect(parts.country()).toHaveAccessibleName('Country or region United Kingdom +44'));
    const dialog = await openPicker(user);
    await user.type(within(dialog).getByRole('combobox'), 'germany');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(parts.country()).toHaveAccessibleName('Country or region Germany +49'));
    await user.type(parts.phone(), '15123456789');
    await sendCodeOk(user);
    await user.type(parts.code(), '12');
    const values = () => ({
      country: parts.country().textContent,
      phone: parts.phone().value,
      code: parts.code().value,
    });
    const typed = values();
    expect(typed.code).toBe('12');

    await waitFor(() => expect(parts.send()).not.toHaveAttribute('aria-disabled'), { timeout: 3000 });
    intlOn.fail('send-sms', 'server-error');
    await user.click(parts.send());
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(values()).toEqual(typed);

    await user.type(parts.code(), '3456');
    const complete = values();
    intlOn.fail('bind-phone', 'server-error');
    await user.click(parts.submit());
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(2));
    expect(values()).toEqual(complete);
    expect(complete.country).toContain('+49');
    expect(requestsTo(intlOn, 'bind-phone')).toHaveLength(1);
  });
});

describe('config props instead of a client (what a server page can pass)', () => {
  const config = { appHost: intlOff.appHost, appId: intlOff.appId, accessToken: MOCK_TOKENS.noPhone };

  it('appHost, appId and accessToken make the client: tenant, profile and the whole bind go to that host', async () => {
    const onSuccess = vi.fn();
    const { user } = renderForm({ ...config, autoSubmit: false, onSuccess });
    await waitFor(() => expect(requestsTo(intlOff, 'get-profile')).toHaveLength(1));
    expect(requestsTo(intlOff, 'public-config')).toHaveLength(1);
    const profile = requestsTo(intlOff, 'get-profile')[0];
    expect(profile?.headers['x-authing-app-id']).toBe(intlOff.appId);
    expect(profile?.headers.authorization).toBe(`Bearer ${MOCK_TOKENS.noPhone}`);

    await user.type(parts.phone(), FREE);
    await sendCodeOk(user);
    const code = intlOff.lastCode(`+86${FREE}`);
    if (!code) throw new Error('the mock sent no code');
    await user.type(parts.code(), code);
    await user.click(parts.submit());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(requestsTo(intlOff, 'bind-phone')).toHaveLength(1);
    // The lang header follows the form's locale (en-US), as with a client of one's own.
    expect(requestsTo(intlOff, 'bind-phone')[0]?.headers['x-authing-lang']).toBe('en-US');
  });

  it('the plain-data options reach the client: headerPrefix, authScheme', async () => {
    renderForm({ ...config, headerPrefix: 'x-genauth', authScheme: 'raw' });
    await waitFor(() => expect(requestsTo(intlOff, 'get-profile')).toHaveLength(1));
    const profile = requestsTo(intlOff, 'get-profile')[0];
    expect(profile?.headers['x-genauth-app-id']).toBe(intlOff.appId);
    expect(profile?.headers['x-authing-app-id']).toBeUndefined();
    expect(profile?.headers.authorization).toBe(MOCK_TOKENS.noPhone);
  });

  it('timeoutMs reaches the client: a send that outlasts it fails as a timeout', async () => {
    const onError = vi.fn();
    const { user } = renderForm({ ...config, timeoutMs: 50, onError });
    await waitFor(() => expect(requestsTo(intlOff, 'public-config')).toHaveLength(1));
    intlOff.fail('send-sms', { type: 'delay', ms: 400 });
    await user.type(parts.phone(), FREE);
    await user.click(parts.send());
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'timeout' });
  });

  it('one client while the values stay: a re-render reads nothing again; a new token reads the profile again', async () => {
    const { rerenderForm } = renderForm({ ...config });
    await waitFor(() => expect(requestsTo(intlOff, 'get-profile')).toHaveLength(1));
    rerenderForm({ ...config });
    rerenderForm({ ...config, showHeader: false });
    await settle(50);
    expect(requestsTo(intlOff, 'get-profile')).toHaveLength(1);
    expect(requestsTo(intlOff, 'public-config')).toHaveLength(1);

    rerenderForm({ ...config, accessToken: MOCK_TOKENS.bound });
    await waitFor(() => expect(requestsTo(intlOff, 'get-profile')).toHaveLength(2));
    expect(requestsTo(intlOff, 'get-profile')[1]?.headers.authorization).toBe(`Bearer ${MOCK_TOKENS.bound}`);
  });

  it('a client given as well wins over the config props', async () => {
    renderForm({ ...config, appHost: 'https://elsewhere.genauth.test', client: clientFor(intlOn) });
    await waitFor(() => expect(requestsTo(intlOn, 'get-profile')).toHaveLength(1));
    expect(intlOff.requests).toHaveLength(0);
  });

  it('no client, no config props, no provider: the error names all three ways', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderForm({})).toThrow(/client=.*appHost.*appId.*BindPhoneProvider/s);
  });

  it('appHost without appId: the error names appId', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderForm({ appHost: intlOff.appHost })).toThrow(/appId/);
  });
});
