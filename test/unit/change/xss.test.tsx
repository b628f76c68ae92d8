// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import type { ReactElement } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_SERVER_MESSAGE_LENGTH, sanitizeServerMessage } from '../../../src/api/sanitize-text.js';
import { ChangePhoneForm } from '../../../src/components/forms/change-phone-form.js';
import { PhoneBinding } from '../../../src/components/forms/phone-binding.js';
import { UnbindPhoneButton } from '../../../src/components/forms/unbind-phone-button.js';
import { enUS } from '../../../src/i18n/locales/en-US.js';
import { createGenAuthMock, MOCK_PHONES, MOCK_TOKENS } from '../../../src/mock/index.js';
import type { MockFault, MockRoute } from '../../../src/mock/types.js';
import { tagsIn } from '../form/form-harness.js';
import { XSS_PAYLOADS } from '../form/xss-payloads.js';
import { clientFor, parts, pressWhenReady, requestsTo, wrongCode, type User } from './change-harness.js';

// T11 for the change side: about a hundred hostile strings as the server `message` of a failed
// request and as the phone of the profile, in ChangePhoneForm, UnbindPhoneButton and PhoneBinding.
// Each is rendered as text (the kit's sanitized text is on screen), capped, adds no element, runs nothing.

const mock = createGenAuthMock({ resendIntervalMs: 0 });
const server = setupServer(...mock.handlers);
const NEW = MOCK_PHONES.free.phoneNumber;
const CURRENT = MOCK_PHONES.bound.phoneNumber;
// eslint-disable-next-line no-control-regex -- the test looks for control and bidi characters
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  delete window.__bpXss;
});
afterEach(() => {
  expect(window.__bpXss).toBeUndefined();
  server.resetHandlers();
  mock.reset();
  sessionStorage.clear();
  vi.restoreAllMocks();
});
let checked = 0;
afterAll(() => {
  server.close();
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(100);
  // Every payload went through the three message paths and the three phone paths.
  expect(checked).toBe(XSS_PAYLOADS.length * 6);
});

const boundUser = () => {
  const user = mock.state.users.find((u) => u.token === MOCK_TOKENS.bound);
  if (!user) throw new Error('seeded user missing');
  return user;
};

/** The page's tags outside the alert (checked on its own) and its "Try again" button. */
function tagsOutsideAlert(): string {
  const alert = screen.getByRole('alert');
  return Array.from(document.body.querySelectorAll('*'))
    .filter((element) => !alert.contains(element) && element.getAttribute('data-slot') !== 'retry')
    .map((element) => element.tagName.toLowerCase())
    .sort()
    .join(',');
}

/** The alert shows `payload` as the kit's sanitized text, capped, with only the kit's own elements. */
function expectSafeAlert(payload: string) {
  const alert = screen.getByRole('alert');
  const message = alert.querySelector('p')?.textContent ?? '';
  expect(message).toBe(sanitizeServerMessage(payload) || enUS.errors.invalidArgument);
  expect(message.length).toBeLessThanOrEqual(MAX_SERVER_MESSAGE_LENGTH);
  for (const tag of tagsIn(alert)) expect(['p', 'small', 'code']).toContain(tag);
}

const envelope = (message: string, requestId: string): MockFault => ({
  type: 'envelope',
  statusCode: 400,
  message,
  requestId,
});

/**
 * Runs every payload as the message of a failed `route`, pressing submit each time (the form was
 * brought up to it by the caller); the request id tells each answer apart.
 */
async function eachPayloadOnSubmit(user: User, route: MockRoute) {
  const tags = tagsOutsideAlert();
  const code = parts.code().value;
  for (const [index, payload] of XSS_PAYLOADS.entries()) {
    mock.fail(route, envelope(payload, `req-${index}`));
    await user.click(parts.submit());
    await waitFor(() => expect(parts.alert()).toHaveTextContent(`req-${index}`));
    expectSafeAlert(payload);
    expect(tagsOutsideAlert()).toBe(tags);
    checked += 1;
  }
  expect(requestsTo(mock, route)).toHaveLength(XSS_PAYLOADS.length);
  expect(parts.code().value).toBe(code);
}

describe(`T11: ${XSS_PAYLOADS.length} payloads as the server message`, { timeout: 60_000 }, () => {
  it('ChangePhoneForm: of a failed verify-update-phone-request', async () => {
    const user = userEvent.setup();
    render(<ChangePhoneForm client={clientFor(mock)} defaultCountry="CN" autoSubmit={false} />);
    await user.type(parts.phone(), NEW);
    await user.click(parts.send());
    await waitFor(() => expect(parts.code()).toHaveFocus());
    await user.type(parts.code(), wrongCode(mock.lastCode(NEW)));
    await eachPayloadOnSubmit(user, 'verify-update-phone-request');
    expect(boundUser().phone).toBe(CURRENT);
  });

  it('UnbindPhoneButton: of a failed unbind-phone', async () => {
    const user = userEvent.setup();
    render(<UnbindPhoneButton client={clientFor(mock)} defaultOpen />);
    await pressWhenReady(user, parts.send);
    await waitFor(() => expect(parts.code()).toHaveFocus());
    await user.type(parts.code(), mock.lastCode(CURRENT, 'CHANNEL_UNBIND_PHONE') ?? '');
    await eachPayloadOnSubmit(user, 'unbind-phone');
    expect(boundUser().phone).toBe(CURRENT);
  });

  it('PhoneBinding: of a profile read that failed', async () => {
    // The error view for a plain message: the tags a hostile one must not add to.
    const renderFailed = async (message: string, requestId: string) => {
      mock.fail('get-profile', envelope(message, requestId));
      const view = render(<PhoneBinding client={clientFor(mock)} />);
      await waitFor(() => expect(screen.getByRole('alert')).toHaveAttribute('data-state', 'open'));
      expect(document.querySelector('[data-slot="root"]')).toHaveAttribute('data-state', 'error');
      const tags = tagsOutsideAlert();
      view.unmount();
      view.container.remove();
      return tags;
    };
    const tags = await renderFailed('Plain failure', 'req-plain');
    for (const [index, payload] of XSS_PAYLOADS.entries()) {
      mock.fail('get-profile', envelope(payload, `req-${index}`));
      const view = render(<PhoneBinding client={clientFor(mock)} />);
      await waitFor(() => expect(screen.getByRole('alert')).toHaveAttribute('data-state', 'open'));
      expectSafeAlert(payload);
      expect(tagsOutsideAlert()).toBe(tags);
      view.unmount();
      view.container.remove();
      checked += 1;
    }
  });
});

describe('T11: the `xss` fault (100 kB of markup, controls and bidi marks)', () => {
  it.each([
    ['ChangePhoneForm', 'send-sms'],
    ['UnbindPhoneButton', 'send-sms'],
    ['UnbindPhoneButton', 'unbind-phone'],
  ] as const)('%s, on %s: capped text, no new element', async (component, route) => {
    const user = userEvent.setup();
    const client = clientFor(mock);
    if (component === 'ChangePhoneForm') {
      render(<ChangePhoneForm client={client} defaultCountry="CN" />);
      await user.type(parts.phone(), NEW);
    } else {
      render(<UnbindPhoneButton client={client} defaultOpen />);
      await waitFor(() => expect(parts.send()).not.toHaveAttribute('aria-disabled'));
    }
    if (route === 'unbind-phone') {
      await user.click(parts.send());
      await waitFor(() => expect(parts.code()).toHaveFocus());
      await user.type(parts.code(), mock.lastCode(CURRENT, 'CHANNEL_UNBIND_PHONE') ?? '');
    }
    mock.fail(route, 'xss');
    const tags = tagsIn(document.body).length;
    await user.click(route === 'unbind-phone' ? parts.submit() : parts.send());
    await waitFor(() => expect(requestsTo(mock, route).length).toBeGreaterThan(0));
    // Shown somewhere as a message: in the alert or under the send button.
    const shown = await waitFor(() => {
      const texts = [parts.alert().querySelector('p'), document.querySelector('[data-slot="send-error"]')]
        .map((element) => element?.textContent ?? '')
        .filter((text) => text.includes('<'));
      expect(texts).toHaveLength(1);
      return texts[0] ?? '';
    });
    expect(shown.length).toBeLessThanOrEqual(MAX_SERVER_MESSAGE_LENGTH);
    expect(shown).not.toMatch(INVISIBLE);
    // The alert gains at most its own <p>s (the message, and whether a code was sent), <small> and
    // <code>; no other element appears.
    expect(tagsIn(document.body).length).toBeLessThanOrEqual(tags + 4);
    expect(document.querySelector('img, script, svg, iframe')).toBeNull();
  });
});

/** Each component, rendered for the bound user, and the element whose text holds its current number. */
const PHONE_VIEWS: [string, () => ReactElement, () => HTMLElement | null][] = [
  [
    "PhoneBinding's current number",
    () => <PhoneBinding client={clientFor(mock)} />,
    () => document.querySelector('[data-slot="bound"] [data-slot="current"]'),
  ],
  [
    "UnbindPhoneButton's description",
    () => <UnbindPhoneButton client={clientFor(mock)} defaultOpen />,
    () => document.querySelector('form [data-slot="description"]'),
  ],
  [
    "ChangePhoneForm's current number",
    () => <ChangePhoneForm client={clientFor(mock)} defaultCountry="CN" />,
    () => document.querySelector('form [data-slot="current"]'),
  ],
];

describe(`T11: ${XSS_PAYLOADS.length} payloads as the profile's phone`, { timeout: 60_000 }, () => {
  it.each(PHONE_VIEWS)('%s: text, capped, no new element', async (_, element, part) => {
    // The page as it is with a real number: the tags a hostile one must not add to.
    const baseline = render(element());
    await waitFor(() => expect(part()?.querySelector('bdi')).toHaveTextContent('+86 138 0013 8000'));
    const tags = tagsIn(baseline.container).join(',');
    baseline.unmount();
    for (const payload of XSS_PAYLOADS) {
      boundUser().phone = payload;
      const view = render(element());
      await waitFor(() => expect(part()?.querySelector('bdi')).toBeInstanceOf(HTMLElement));
      const number = part()?.querySelector('bdi');
      const text = number?.textContent ?? '';
      expect(number?.children).toHaveLength(0);
      expect(tagsIn(view.container).join(',')).toBe(tags);
      expect(text.length).toBeLessThanOrEqual(MAX_SERVER_MESSAGE_LENGTH);
      expect(text).not.toMatch(INVISIBLE);
      view.unmount();
      checked += 1;
    }
  });
});
