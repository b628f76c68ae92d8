// The whole BindPhoneForm (country picker, phone field, send button, code field), with the kit's
// stylesheet, talking to the kit's in-page mock through the client's `fetch` option.
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { createGenAuthClient } from '../../src/api/index.js';
import { BindPhoneForm } from '../../src/components/index.js';
import { createGenAuthMock } from '../../src/mock/create-genauth-mock.js';
import { MOCK_TOKENS } from '../../src/mock/seed.js';
import type { CountryCode } from '../../src/phone/types.js';
import '../../src/theme/styles.css';
import { installBench, pageCountry } from './harness.js';

const country = pageCountry() as CountryCode;
// International SMS on, so the picker lists every country (off, the tenant allows CN only).
const mock = createGenAuthMock({ internationalSmsConfig: { enabled: true, defaultISOType: country } });
const client = createGenAuthClient({
  appHost: mock.appHost,
  appId: mock.appId,
  accessToken: MOCK_TOKENS.noPhone,
  fetch: mock.fetch,
});

installBench({
  phone: 'input[name="phone"]',
  trigger: 'button[aria-haspopup="dialog"]',
  listbox: '[role="listbox"]',
  search: 'input[role="combobox"]',
});
createRoot(document.getElementById('root') as HTMLElement).render(
  h(BindPhoneForm, { client, locale: 'en-US', defaultCountry: country }),
);
