import { act } from 'react';
import { afterEach, expect, it } from 'vitest';
import { createGenAuthClient } from '../../src/api/create-genauth-client.js';
import { defineBindPhoneElement, type BindPhoneElement } from '../../src/element/index.js';
import { enUS } from '../../src/i18n/locales/en-US.js';
import { jaJP } from '../../src/i18n/locales/ja-JP.js';
import { zhTW } from '../../src/i18n/locales/zh-TW.js';
import { createGenAuthMock, MOCK_TOKENS } from '../../src/mock/index.js';

// Tells React this is a test that wraps updates in act(), so the element's render is flushed.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.replaceChildren();
});

// The element is one file with every catalog inside: it hands the page's language over, so the
// first render is already in it, with no load (and no en-US flash) in between.
it('renders in its locale attribute from the first render, and follows a change', async () => {
  defineBindPhoneElement('bind-phone-locale-test');
  const mock = createGenAuthMock();
  const element = document.createElement('bind-phone-locale-test') as BindPhoneElement;
  element.client = createGenAuthClient({
    appHost: mock.appHost,
    appId: mock.appId,
    accessToken: MOCK_TOKENS.noPhone,
    fetch: mock.fetch,
  });
  element.setAttribute('locale', 'ja-JP');
  await act(async () => {
    document.body.append(element);
  });
  const title = () => element.shadowRoot?.querySelector('[data-slot="title"]')?.textContent;
  expect(title()).toBe(jaJP.form.title);

  await act(async () => {
    element.setAttribute('locale', 'zh-Hant-HK');
  });
  expect(title()).toBe(zhTW.form.title);
  await act(async () => {
    element.removeAttribute('locale');
  });
  expect(title()).toBe(enUS.form.title);
});
