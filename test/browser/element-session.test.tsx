// T17 for the custom element: a 401 mid-flow asks the page's onUnauthorized; `true` replays the
// request once, anything else leaves the error in the form with the values kept.
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { BindPhoneElement } from '../../src/element/index.js';
import { createGenAuthMock, type GenAuthMock } from '../../src/mock/index.js';
import { mountElement, setUpElementTests } from './element-harness.js';

const TAG = 'bind-phone-session-test';
setUpElementTests(TAG);

async function mount(mock: GenAuthMock, onUnauthorized: BindPhoneElement['onUnauthorized']) {
  const errors: unknown[] = [];
  const { root } = await mountElement(TAG, mock, (element) => {
    element.onUnauthorized = onUnauthorized;
    element.addEventListener('bind-phone-error', (event) => errors.push((event as CustomEvent).detail));
  });
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
