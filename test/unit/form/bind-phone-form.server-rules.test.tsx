import { screen, waitFor } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { enUS } from '../../../src/i18n/locales/en-US.js';
import { jaJP } from '../../../src/i18n/locales/ja-JP.js';
import { zhCN } from '../../../src/i18n/locales/zh-CN.js';
import { zhTW } from '../../../src/i18n/locales/zh-TW.js';
import type { Messages, SupportedLocale } from '../../../src/i18n/types.js';
import { createGenAuthMock, MOCK_PHONES, MOCK_TOKENS } from '../../../src/mock/index.js';
import { mockMessage } from '../../../src/mock/messages.js';
import {
  clientFor,
  parts,
  renderForm,
  requestsTo,
  sendCodeOk,
  settle,
  snapshotValues,
} from './form-harness.js';

// T16: the service's own rules, as the mock enforces them. Each outcome gets its own localized
// message at the place it concerns, all distinct, never raw JSON, in every shipped locale.

let clock = Date.now();
const mock = createGenAuthMock({ now: () => clock });
const server = setupServer(...mock.handlers);
const FREE = MOCK_PHONES.free.phoneNumber;
const TAKEN = MOCK_PHONES.taken.phoneNumber;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
  sessionStorage.clear();
  clock = Date.now();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

function setup(locale: string, props: Parameters<typeof renderForm>[0] = {}, token?: string) {
  return renderForm({ client: clientFor(mock, token), defaultCountry: 'CN', locale, ...props });
}

/** Not JSON, not a template left unfilled, not an English fallback in another locale. */
function expectHumanText(text: string, locale: SupportedLocale) {
  expect(text.trim()).not.toBe('');
  expect(text).not.toMatch(/[{}]|statusCode|apiCode|requestId|"/);
  if (locale !== 'en-US') expect(text).toMatch(/[\u3040-\u30ff\u3400-\u9fff]/);
}

// The expected texts. The forms get only `locale` and load their catalog on demand.
const CATALOGS: Record<SupportedLocale, Messages> = {
  'en-US': enUS,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  'ja-JP': jaJP,
};
const LOCALES = Object.keys(CATALOGS) as SupportedLocale[];

describe.each(LOCALES)('T16 server rules in %s', (locale) => {
  const messages = CATALOGS[locale];
  const seen = new Map<string, string>();

  afterAll(() => {
    // Six rules, six different messages.
    expect([...seen.keys()].sort()).toEqual(
      ['alreadyBound', 'expired', 'reused', 'taken', 'throttled', 'wrong'].sort(),
    );
    expect(new Set(seen.values()).size).toBe(6);
  });

  it('a second send within 60 s is throttled on the send button', async () => {
    // The first SMS went out from elsewhere (another tab or device) a moment ago.
    await clientFor(mock).sendSms({ channel: 'CHANNEL_BIND_PHONE', ...MOCK_PHONES.free });
    const { user } = setup(locale);
    await user.type(parts.phone(), FREE);
    const before = snapshotValues();
    await user.click(parts.send());
    await waitFor(() => expect(parts.sendError()).not.toBeEmptyDOMElement());
    const text = parts.sendError().textContent ?? '';
    // The kit's own words for a refused send, not the server's "try again later".
    expect(text).toBe(messages.send.throttled);
    expect(parts.send()).toHaveAccessibleDescription(text);
    expect(parts.send()).toHaveAttribute('aria-disabled', 'true');
    expect(snapshotValues()).toEqual(before);
    expectHumanText(text, locale);
    seen.set('throttled', text);
  });

  it('a reused code (its first use went through, the answer was lost): the retry says the number is bound', async () => {
    const onSuccess = vi.fn();
    const { user } = setup(locale, { autoSubmit: false, onSuccess });
    await user.type(parts.phone(), FREE);
    await sendCodeOk(user);
    await user.type(parts.code(), mock.lastCode(FREE) ?? '');
    mock.fail('bind-phone', { type: 'network-error', commit: true });
    await user.click(parts.submit());
    await waitFor(() => expect(parts.alert()).toHaveTextContent(messages.errors.network));
    await user.click(parts.submit());
    // The server refuses the second use ("the account has a phone"); the profile shows it is this
    // number, so the user is told it is bound, not sent to the change flow for it.
    const line = await screen.findByRole('status');
    await waitFor(() =>
      expect(line).toHaveTextContent(messages.form.success.replace('{phone}', '+86 137 0013 7000')),
    );
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onSuccess).toHaveBeenCalledWith({ ...MOCK_PHONES.free, e164: '+8613700137000' });
    expect(requestsTo(mock, 'bind-phone')).toHaveLength(2);
    const text = line.textContent ?? '';
    expectHumanText(text, locale);
    seen.set('reused', text);
  });

  it('a first try of the number the account already has (bound meanwhile) is refused, not called a success', async () => {
    const onSuccess = vi.fn();
    const { user } = setup(locale, { autoSubmit: false, onSuccess });
    await user.type(parts.phone(), FREE);
    await sendCodeOk(user);
    await user.type(parts.code(), '000000');
    const account = mock.state.users.find((candidate) => candidate.token === MOCK_TOKENS.noPhone);
    if (!account) throw new Error('no noPhone user in the mock');
    Object.assign(account, { phone: FREE, phoneCountryCode: '+86' });
    await user.click(parts.submit());
    // No earlier try of this number lost its answer: the code was never checked, so no success.
    await waitFor(() => expect(parts.alert()).toHaveTextContent(mockMessage(locale, 'alreadyHasPhone')));
    expect(onSuccess).not.toHaveBeenCalled();
    expect(requestsTo(mock, 'get-profile')).toHaveLength(1);
  });

  it('a phone bound meanwhile from elsewhere, another number: the refusal is shown, values kept', async () => {
    const { user } = setup(locale, { autoSubmit: false });
    await user.type(parts.phone(), FREE);
    await sendCodeOk(user);
    await user.type(parts.code(), mock.lastCode(FREE) ?? '');
    const account = mock.state.users.find((candidate) => candidate.token === MOCK_TOKENS.noPhone);
    if (!account) throw new Error('no noPhone user in the mock');
    Object.assign(account, { phone: '13600136000', phoneCountryCode: '+86' });
    const before = snapshotValues();
    await user.click(parts.submit());
    await waitFor(() => expect(parts.alert()).toHaveTextContent(mockMessage(locale, 'alreadyHasPhone')));
    expect(snapshotValues()).toEqual(before);
    expect(requestsTo(mock, 'bind-phone')).toHaveLength(1);
  });

  it('an expired code is refused on the code field, which offers a new code', async () => {
    const { user } = setup(locale, { resendSeconds: 1 });
    await user.type(parts.phone(), FREE);
    await sendCodeOk(user);
    clock += 5 * 60_000 + 1;
    const code = mock.lastCode(FREE) ?? '';
    await user.type(parts.code(), code);
    await waitFor(() => expect(parts.codeError()).toHaveTextContent(messages.apiCodes[2300]));
    const text = parts.codeError().textContent ?? '';
    expect(parts.code()).toHaveAccessibleDescription(expect.stringContaining(text));
    expect(parts.code()).toHaveValue(code);
    await waitFor(() => expect(parts.code()).toHaveFocus());
    // The new code is offered right at the field (its row's send button), once the cooldown ends.
    const offer = document.querySelector<HTMLButtonElement>(
      '[data-slot="code-row"][data-invalid] [data-slot="send-row"] button',
    );
    expect(offer).not.toBeNull();
    if (locale === 'en-US') {
      await waitFor(() => expect(offer).toHaveTextContent(messages.send.resend), { timeout: 2500 });
      await user.click(offer as HTMLButtonElement);
      await waitFor(() => expect(requestsTo(mock, 'send-sms')).toHaveLength(2));
      await waitFor(() => expect(parts.code()).toHaveFocus());
      expect(mock.lastCode(FREE)).not.toBeUndefined();
    }
    expectHumanText(text, locale);
    seen.set('expired', text);
  });

  it('a wrong code is refused on the code field, kept and selected', async () => {
    const { user } = setup(locale);
    await user.type(parts.phone(), FREE);
    await sendCodeOk(user);
    const wrong = mock.lastCode(FREE) === '000000' ? '111111' : '000000';
    await user.type(parts.code(), wrong);
    await waitFor(() => expect(parts.codeError()).toHaveTextContent(messages.apiCodes[2001]));
    const text = parts.codeError().textContent ?? '';
    const input = parts.code();
    expect(input).toHaveValue(wrong);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(input).toHaveFocus());
    await settle();
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, wrong.length]);
    expectHumanText(text, locale);
    seen.set('wrong', text);
  });

  it('a user who already has a phone is told before typing, and onAlreadyBound fires once', async () => {
    const onAlreadyBound = vi.fn();
    setup(locale, { onAlreadyBound }, MOCK_TOKENS.bound);
    const notice = await screen.findByRole('status');
    await waitFor(() => expect(notice).toHaveTextContent('+86 138 0013 8000'));
    expect(document.querySelector('input')).toBeNull();
    await settle(50);
    expect(onAlreadyBound).toHaveBeenCalledTimes(1);
    expect(onAlreadyBound).toHaveBeenCalledWith(
      expect.objectContaining({ phone: MOCK_PHONES.bound.phoneNumber, phoneCountryCode: '+86' }),
    );
    expect(requestsTo(mock, 'send-sms')).toHaveLength(0);
    const text = notice.textContent ?? '';
    expectHumanText(text.replace(/\+86 138 0013 8000/, ''), locale);
    seen.set('alreadyBound', text);
  });

  it('a number used by another account is refused on the phone field (2035)', async () => {
    const { user } = setup(locale, { autoSubmit: false });
    await user.type(parts.phone(), TAKEN);
    await sendCodeOk(user);
    await user.type(parts.code(), mock.lastCode(TAKEN) ?? '');
    const before = snapshotValues();
    await user.click(parts.submit());
    await waitFor(() => expect(parts.phoneError()).toHaveTextContent(messages.apiCodes[2035]));
    const text = parts.phoneError().textContent ?? '';
    expect(parts.phone()).toHaveAccessibleDescription(text);
    expect(parts.phone()).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(parts.phone()).toHaveFocus());
    expect(snapshotValues()).toEqual(before);
    expectHumanText(text, locale);
    seen.set('taken', text);
  });
});
