import { screen, waitFor } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_REQUEST_ID_LENGTH,
  MAX_SERVER_MESSAGE_LENGTH,
  sanitizeServerMessage,
} from '../../../src/api/sanitize-text.js';
import type { BindPhoneFormProps } from '../../../src/components/forms/bind-phone-form.js';
import { enUS } from '../../../src/i18n/locales/en-US.js';
import { createGenAuthMock, MOCK_PHONES, MOCK_TOKENS } from '../../../src/mock/index.js';
import {
  clientFor,
  parts,
  renderForm,
  requestsTo,
  sendCodeOk,
  snapshotValues,
  tagsIn,
} from './form-harness.js';
import { XSS_PAYLOADS } from './xss-payloads.js';

// T11: about a hundred hostile strings as the server's `message`, `requestId` and `apiCode`, as
// `messages` overrides, and as the phone of the profile. Each is rendered as text (the exact
// sanitized text is on screen), capped, adds no element, and runs nothing.

const mock = createGenAuthMock();
const server = setupServer(...mock.handlers);
const FREE = MOCK_PHONES.free.phoneNumber;

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
afterAll(() => server.close());

/** What the form must show for a hostile text: the kit's sanitized form of it, or `fallback`. */
function shown(payload: string, fallback: string): string {
  return sanitizeServerMessage(payload) || fallback;
}

/**
 * The page's elements by tag, outside the alert (checked on its own) and the "Try again" button: a
 * payload that became markup anywhere would show up as an extra one.
 */
function formTags(): string {
  const alert = parts.alert();
  return Array.from(document.body.querySelectorAll('*'))
    .filter((element) => !alert.contains(element) && element.getAttribute('data-slot') !== 'retry')
    .map((element) => element.tagName.toLowerCase())
    .sort()
    .join(',');
}

function expectAlertOnlyKitElements() {
  for (const tag of tagsIn(parts.alert())) expect(['p', 'small', 'code']).toContain(tag);
}

let checked = 0;
afterAll(() => {
  // Every payload went through every path below.
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(100);
  expect(checked).toBe(XSS_PAYLOADS.length * 5);
});

describe(`T11: ${XSS_PAYLOADS.length} payloads`, { timeout: 60_000 }, () => {
  it('as the server message and requestId of a send failure', async () => {
    const { user } = renderForm({ client: clientFor(mock), defaultCountry: 'CN' });
    await user.type(parts.phone(), FREE);
    const before = snapshotValues();
    for (const [index, payload] of XSS_PAYLOADS.entries()) {
      const requestId = `req-${index}`;
      mock.fail('send-sms', { type: 'envelope', statusCode: 400, message: payload, requestId });
      await user.click(parts.send());
      await waitFor(() => expect(parts.alert()).toHaveTextContent(requestId));
      const message = parts.alert().querySelector('p')?.textContent ?? '';
      expect(message).toBe(shown(payload, enUS.errors.invalidArgument));
      expect(message.length).toBeLessThanOrEqual(MAX_SERVER_MESSAGE_LENGTH);
      expectAlertOnlyKitElements();
      checked += 1;
    }
    expect(requestsTo(mock, 'send-sms')).toHaveLength(XSS_PAYLOADS.length);
    expect(snapshotValues()).toEqual(before);
  });

  it('as the requestId and the apiCode', async () => {
    const { user } = renderForm({ client: clientFor(mock), defaultCountry: 'CN' });
    await user.type(parts.phone(), FREE);
    const tags = formTags();
    for (const [index, payload] of XSS_PAYLOADS.entries()) {
      const message = `failure ${index}`;
      mock.fail('send-sms', {
        type: 'envelope',
        statusCode: 400,
        apiCode: payload,
        requestId: payload,
        message,
      });
      await user.click(parts.send());
      await waitFor(() => expect(parts.alert()).toHaveTextContent(message));
      const requestId = parts.alert().querySelector('code')?.textContent;
      if (requestId !== undefined) {
        expect(requestId.length).toBeLessThanOrEqual(MAX_REQUEST_ID_LENGTH);
        // eslint-disable-next-line no-control-regex -- the test looks for control characters
        expect(requestId).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
        expect(
          // eslint-disable-next-line no-control-regex -- the test looks for control characters
          payload.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ''),
        ).toContain(requestId.replace(/…$/, '').trim());
      }
      expect(formTags()).toBe(tags);
      expectAlertOnlyKitElements();
      checked += 1;
    }
  });

  it('as a messages override of a form-level error', async () => {
    const props: BindPhoneFormProps = { client: clientFor(mock), defaultCountry: 'CN' };
    const { user, rerenderForm } = renderForm(props);
    await user.type(parts.phone(), FREE);
    for (const payload of XSS_PAYLOADS) {
      rerenderForm({ ...props, messages: { errors: { network: payload } } });
      mock.fail('send-sms', 'network-error');
      const tags = formTags();
      await user.click(parts.send());
      const expected = shown(payload, enUS.errors.generic);
      await waitFor(() => expect(parts.alert().querySelector('p')?.textContent).toBe(expected));
      expect(expected.length).toBeLessThanOrEqual(MAX_SERVER_MESSAGE_LENGTH);
      expectAlertOnlyKitElements();
      expect(formTags()).toBe(tags);
      checked += 1;
    }
  });

  it('as a messages override of a field error (wrong code)', async () => {
    const props: BindPhoneFormProps = { client: clientFor(mock), defaultCountry: 'CN', autoSubmit: false };
    const { user, rerenderForm } = renderForm(props);
    await user.type(parts.phone(), FREE);
    await sendCodeOk(user);
    const wrong = mock.lastCode(FREE) === '000000' ? '111111' : '000000';
    await user.type(parts.code(), wrong);
    const before = snapshotValues();
    const tags = formTags();
    for (const payload of XSS_PAYLOADS) {
      rerenderForm({ ...props, messages: { apiCodes: { 2001: payload } } });
      await user.click(parts.submit());
      const expected = shown(payload, enUS.errors.generic);
      await waitFor(() => expect(parts.codeError().textContent).toBe(expected));
      expect(parts.codeError().children).toHaveLength(0);
      expect(formTags()).toBe(tags);
      checked += 1;
    }
    expect(requestsTo(mock, 'bind-phone')).toHaveLength(XSS_PAYLOADS.length);
    expect(snapshotValues()).toEqual(before);
  });

  it('as the phone number in the profile of a user who already has one', async () => {
    for (const payload of XSS_PAYLOADS) {
      const user = mock.state.users.find((u) => u.token === MOCK_TOKENS.bound);
      if (!user) throw new Error('seeded user missing');
      user.phone = payload;
      const view = renderForm({ client: clientFor(mock, MOCK_TOKENS.bound) });
      const callout = await screen.findByRole('status');
      await waitFor(() => expect(callout).toHaveTextContent(/already has the phone number/));
      // The callout's sentence: the number in it is text inside its one left-to-right isolate.
      const notice = callout.querySelector('[data-slot="callout-text"]') as HTMLElement;
      expect([...notice.querySelectorAll('*')].map((element) => element.localName)).toEqual(['bdi']);
      expect((notice.textContent ?? '').length).toBeLessThanOrEqual(
        enUS.form.alreadyBound.length + MAX_SERVER_MESSAGE_LENGTH,
      );
      // eslint-disable-next-line no-control-regex -- the test looks for control characters
      expect(notice.textContent).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
      view.unmount();
      checked += 1;
    }
  });
});
