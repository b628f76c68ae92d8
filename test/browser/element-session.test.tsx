// T17 for the custom element: a 401 mid-flow asks the page's onUnauthorized; `true` replays the
// request once, anything else leaves the error in the form with the values kept.
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createGenAuthClient } from '../../src/api/create-genauth-client.js';
import { defineBindPhoneElement, type BindPhoneElement } from '../../src/element/index.js';
import { createGenAuthMock, MOCK_TOKENS, type GenAuthMock } from '../../src/mock/index.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TAG = 'bind-phone-session-test';
beforeAll(() => {
  defineBindPhoneElement(TAG);
});
afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
});

async function mount(mock: GenAuthMock, onUnauthorized: BindPhoneElement['onUnauthorized']) {
  const element = document.createElement(TAG) as BindPhoneElement;
  element.client = createGenAuthClient({
    appHost: mock.appHost,
    appId: mock.appId,
    accessToken: MOCK_TOKENS.noPhone,
    fetch: mock.fetch,
  });
  element.onUnauthorized = onUnauthorized;
  const errors: unknown[] = [];
  element.addEventListener('bind-phone-error', (event) => errors.push((event as CustomEvent).detail));
  await act(async () => {
    document.body.append(element);
  });
  const root = element.shadowRoot;
  if (!root) throw new Error('the element has no shadow root');
  const phone = root.querySelector<HTMLInputElement>('input[name="phone"]');
  const send = root.querySelector<HTMLButtonElement>('[data-slot="send-row"] button');
  if (!phone || !send) throw new Error('no phone field or send button in the element');
  await userEvent.click(phone);
  await userEvent.keyboard('13700137000');
  return { root, phone, send, errors };
}

const sends = (mock: GenAuthMock) => mock.requests.filter((request) => request.route === 'send-sms');

describe('BindPhoneForm as a custom element: session gone (T17)', () => {
  it('onUnauthorized → true: asked once, the send replayed once, the code sent', async () => {
    const mock = createGenAuthMock();
    const onUnauthorized = vi.fn(async () => true);
    const { root, send, errors } = await mount(mock, onUnauthorized);
    mock.fail('send-sms', { type: 'unauthorized', http: true });
    await userEvent.click(send);
    const code = root.querySelector<HTMLInputElement>('input[name="code"]');
    await expect.poll(() => root.activeElement).toBe(code);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(sends(mock)).toHaveLength(2);
    expect(errors).toEqual([]);
  });

  it('onUnauthorized → false: no replay, the error shown and reported, the number kept', async () => {
    const mock = createGenAuthMock();
    const onUnauthorized = vi.fn(() => false);
    const { root, phone, send, errors } = await mount(mock, onUnauthorized);
    const typed = phone.value;
    mock.fail('send-sms', { type: 'unauthorized', http: true });
    await userEvent.click(send);
    await expect.poll(() => errors.length).toBe(1);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(sends(mock)).toHaveLength(1);
    expect(errors[0]).toMatchObject({ statusCode: 401 });
    expect(root.querySelector('[role="alert"]')?.textContent ?? '').not.toBe('');
    expect(phone.value).toBe(typed);
  });
});
